package io.github.cameldatagrok.docs;

import io.github.cameldatagrok.support.docs.DocSnippetsCheck;

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
class DocSnippetsTest extends DocSnippetsCheck {

    DocSnippetsTest() {
        super(DocSnippets.DOCS);
    }
}
