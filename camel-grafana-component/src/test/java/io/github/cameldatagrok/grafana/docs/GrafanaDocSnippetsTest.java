package io.github.cameldatagrok.grafana.docs;

import io.github.cameldatagrok.support.docs.DocSnippetsCheck;

/**
 * Every Java and YAML block of {@code grafana-component.adoc} and the emulator's README runs as written: a Java block
 * is the same text as a {@code // tag::NAME[]} region of a tested source (the snippet tests in
 * {@code io.github.cameldatagrok.grafana.docs.snippets} run them against the Grafana emulator), a YAML block is loaded
 * there with {@code yaml("NAME")}.
 */
class GrafanaDocSnippetsTest extends DocSnippetsCheck {

    GrafanaDocSnippetsTest() {
        super(GrafanaDocs.DOCS);
    }
}
