package io.github.cameldatagrok.docs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.cameldatagrok.support.docs.DocBlocks;
import io.github.cameldatagrok.support.docs.DocBlocks.Block;

/**
 * The code blocks of the project's documents (README.md and the component's adoc page), each named by the marker line
 * just above it: {@code <!-- snippet: NAME -->} in Markdown, {@code // snippet: NAME} in AsciiDoc. A Java block is
 * kept identical to the region between {@code // tag::NAME[]} and {@code // end::NAME[]} of a tested source under
 * {@code docs/snippets}; a YAML block is loaded verbatim, by {@link #yaml(String)}, by a test there.
 */
public final class DocSnippets {

    /** The documents whose code blocks are checked, relative to the component module. */
    public static final List<Path> DOCUMENTS = List.of(
            document("docs.readme", "../README.md"),
            document("docs.adoc", "src/main/docs/datagrok-component.adoc"));

    /** Where the tested sources of the Java blocks are. */
    public static final Path SNIPPET_SOURCES = document("docs.snippets",
            "src/test/java/io/github/cameldatagrok/docs/snippets");

    /** Tested sources of blocks that need another module (the Endpoint DSL's builders, the examples). */
    public static final List<Path> OTHER_SNIPPET_SOURCES = List.of(
            document("docs.snippets.endpointdsl", "../camel-datagrok-endpointdsl/src/test/java"),
            // the examples run their routes in their own tests (the cluster's against ZooKeeper and PostgreSQL)
            document("docs.snippets.examples", "../examples"));

    /** The documents and the sources that test their blocks. */
    public static final DocBlocks DOCS = new DocBlocks(DOCUMENTS, sources());

    private DocSnippets() {
    }

    private static Path document(String property, String fallback) {
        return Path.of(System.getProperty(property, fallback)).toAbsolutePath().normalize();
    }

    private static List<Path> sources() {
        List<Path> all = new ArrayList<>(OTHER_SNIPPET_SOURCES.size() + 1);
        all.add(SNIPPET_SOURCES);
        all.addAll(OTHER_SNIPPET_SOURCES);
        return all;
    }

    /** Every code block of every document. */
    public static List<Block> all() {
        return DOCS.all();
    }

    /**
     * A block of the component's page ({@code datagrok-component.adoc}) named {@code name}, in {@code language}: for the
     * page's sections whose blocks are already tested where they are written.
     */
    public static Block componentPageBlock(String name, String language) {
        Path page = document("docs.adoc", "src/main/docs/datagrok-component.adoc");
        List<Block> found = DocBlocks.blocks(page).stream().filter(b -> name.equals(b.name())).toList();
        if (found.size() != 1 || !language.equals(found.get(0).language())) {
            throw new IllegalStateException(page.getFileName() + " has " + found.size() + " " + language
                    + " blocks marked 'snippet: " + name + "'");
        }
        return found.get(0);
    }

    /** The text of the YAML block named {@code name}, exactly as the document has it. */
    public static String yaml(String name) {
        return DOCS.yaml(name);
    }

    /** The block named {@code name}, which must be in language {@code language}. */
    public static Block named(String name, String language) {
        return DOCS.named(name, language);
    }

    /**
     * The region of the tested sources between {@code // tag::NAME[]} and {@code // end::NAME[]}, without its common
     * indentation; null when no source has it.
     */
    public static String taggedSource(String name) {
        return DOCS.taggedSource(name);
    }

    /** Lines without their common leading white space, trailing white space removed. */
    public static String dedent(List<String> lines) {
        return DocBlocks.dedent(lines);
    }
}
