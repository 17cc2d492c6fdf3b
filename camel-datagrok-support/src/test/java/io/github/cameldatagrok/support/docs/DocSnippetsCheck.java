package io.github.cameldatagrok.support.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.github.cameldatagrok.support.docs.DocBlocks.Block;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Java and YAML block of a component's documents runs as written: each is marked with a name, a Java block is
 * the same text as a region of a tested source, a YAML block is loaded from the document by a test. A component's
 * test extends this class with its {@link DocBlocks}.
 * <p>
 * To add a block: put {@code <!-- snippet: NAME -->} (Markdown) or {@code // snippet: NAME} (AsciiDoc) on the line
 * above it; for Java, copy it between {@code // tag::NAME[]} and {@code // end::NAME[]} into a test under one of the
 * source folders that runs it against the emulator (a {@link SnippetCamelTestSupport} fails on any failed exchange);
 * for YAML, load it there with {@code yaml("NAME")} and run it. Blocks in other languages (properties, XML, shell)
 * are not checked here.
 */
public abstract class DocSnippetsCheck {

    private static final Set<String> CHECKED = Set.of("java", "yaml");

    private final DocBlocks docs;

    protected DocSnippetsCheck(DocBlocks docs) {
        this.docs = docs;
    }

    @Test
    void everyJavaAndYamlBlockIsNamedOnce() {
        List<String> unnamed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (Block block : docs.all()) {
            if (!CHECKED.contains(block.language())) {
                continue;
            }
            if (block.name() == null) {
                unnamed.add(block.where() + " (" + block.language() + ")");
            } else if (!seen.add(block.name())) {
                twice.add(block.name());
            }
        }
        assertThat(unnamed).as("blocks without a snippet marker: see DocSnippetsCheck's javadoc").isEmpty();
        assertThat(twice).as("snippet names used twice").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyBlockIsTested() {
        return docs.all().stream()
                .filter(b -> CHECKED.contains(b.language()) && b.name() != null)
                .map(b -> DynamicTest.dynamicTest(b.name() + " (" + b.where() + ")", () -> {
                    if (b.language().equals("java")) {
                        String source = docs.taggedSource(b.name());
                        assertThat(source).as("a tested source holding // tag::" + b.name() + "[] under "
                                + docs.sources()).isNotNull();
                        assertThat(DocBlocks.dedent(b.text().lines().toList()))
                                .as(b.where() + " is the same as its tested source").isEqualTo(source);
                    } else {
                        assertThat(docs.yamlLoadedByATest(b.name()))
                                .as("a test under " + docs.sources() + " runs yaml(\"" + b.name() + "\")").isTrue();
                    }
                }));
    }
}
