package io.github.cameldatagrok.grafana.docs;

import io.github.cameldatagrok.support.docs.ComponentDocsCheck;

/** The options tables of {@code grafana-component.adoc} match the generated component JSON. */
class GrafanaDocsTest extends ComponentDocsCheck {

    GrafanaDocsTest() {
        super("src/main/docs/grafana-component.adoc",
                "/META-INF/io/github/cameldatagrok/grafana/component/grafana.json", "Grafana");
    }
}
