package io.github.cameldatagrok.grafana.docs.snippets;

import io.github.cameldatagrok.grafana.component.GrafanaComponent;
import io.github.cameldatagrok.grafana.docs.GrafanaDocs;
import io.github.cameldatagrok.grafana.emulator.GrafanaEmulator;
import io.github.cameldatagrok.grafana.emulator.GrafanaEmulatorExtension;
import io.github.cameldatagrok.support.docs.SnippetCamelTestSupport;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs the {@code grafana:} documents' code blocks against the Grafana emulator (Grafana 13, so {@code apiVersion=auto}
 * picks the {@code /apis} routes). The working directory is {@code target/docs-run}, so the snippets' relative paths
 * ({@code file:backup/dashboards}) stay in the build folder. The component is configured as a user's
 * {@code application.properties} would (base URL and token on the component), never in the snippets. Any exchange
 * that fails in a snippet's routes fails the test.
 */
abstract class GrafanaSnippetTestSupport extends SnippetCamelTestSupport {

    @RegisterExtension
    static final GrafanaEmulatorExtension GRAFANA = GrafanaEmulatorExtension.create(b -> b.version(13));

    GrafanaEmulator emulator() {
        return GRAFANA.emulator();
    }

    @BeforeEach
    void emptyGrafana() {
        emulator().reset();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        GrafanaComponent grafana = new GrafanaComponent();
        grafana.getConfiguration().setBaseUrl(GRAFANA.baseUrl());
        grafana.getConfiguration().setToken(GRAFANA.token());
        context.addComponent("grafana", grafana);
        return context;
    }

    static String yaml(String name) {
        return GrafanaDocs.DOCS.yaml(name);
    }
}
