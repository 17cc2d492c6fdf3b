package io.github.cameldatagrok.grafana.docs.snippets;

import io.github.cameldatagrok.grafana.component.GrafanaComponent;
import io.github.cameldatagrok.grafana.emulator.GrafanaEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The component page's "Testing routes" block, as a user writes it; {@link MyRouteUsageTest} runs a route on it. */
// tag::adoc-testing[]
class MyRouteTest extends CamelTestSupport {
    @RegisterExtension
    static GrafanaEmulatorExtension GRAFANA = GrafanaEmulatorExtension.create(b -> b.version(13));

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        GrafanaComponent grafana = context.getComponent("grafana", GrafanaComponent.class);
        grafana.getConfiguration().setBaseUrl(GRAFANA.baseUrl());
        grafana.getConfiguration().setToken(GRAFANA.token());
        return context;
    }
}
// end::adoc-testing[]
