package io.github.cameldatagrok.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.github.cameldatagrok.docs.DocSnippets.Block;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Java and YAML block of README.md and the component's page runs as written: each is marked with a name, a Java
 * block is the same text as a region of a tested source, a YAML block is loaded from the document by a test.
 * <p>
 * To add a block: put {@code <!-- snippet: NAME -->} (Markdown) or {@code // snippet: NAME} (AsciiDoc) on the line
 * above it; for Java, copy it between {@code // tag::NAME[]} and {@code // end::NAME[]} into a test under
 * {@code io.github.cameldatagrok.docs.snippets} that runs it against the emulator (or into an example's sources, or the
 * Endpoint DSL module's tests, whose own tests run it); for YAML, load it there with {@code DocSnippets.yaml("NAME")}
 * and run it.
 */
class DocSnippetsTest {

    private static final Set<String> CHECKED = Set.of("java", "yaml");

    @Test
    void everyJavaAndYamlBlockIsNamedOnce() {
        List<String> unnamed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (Block block : DocSnippets.all()) {
            if (!CHECKED.contains(block.language())) {
                continue;
            }
            if (block.name() == null) {
                unnamed.add(block.where() + " (" + block.language() + ")");
            } else if (!seen.add(block.name())) {
                twice.add(block.name());
            }
        }
        assertThat(unnamed).as("blocks without a snippet marker: see DocSnippetsTest's javadoc").isEmpty();
        assertThat(twice).as("snippet names used twice").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyBlockIsTested() {
        return DocSnippets.all().stream()
                .filter(b -> CHECKED.contains(b.language()) && b.name() != null)
                .map(b -> DynamicTest.dynamicTest(b.name() + " (" + b.where() + ")", () -> {
                    if (b.language().equals("java")) {
                        String source = DocSnippets.taggedSource(b.name());
                        assertThat(source).as("a tested source holding // tag::" + b.name() + "[] under "
                                + DocSnippets.SNIPPET_SOURCES).isNotNull();
                        assertThat(DocSnippets.dedent(b.text().lines().toList()))
                                .as(b.where() + " is the same as its tested source").isEqualTo(source);
                    } else {
                        assertThat(DocSnippets.yamlLoadedByATest(b.name()))
                                .as("a test under " + DocSnippets.SNIPPET_SOURCES + " runs DocSnippets.yaml(\""
                                        + b.name() + "\")").isTrue();
                    }
                }));
    }
}
