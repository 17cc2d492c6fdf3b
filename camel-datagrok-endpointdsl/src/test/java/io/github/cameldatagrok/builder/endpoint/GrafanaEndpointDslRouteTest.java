package io.github.cameldatagrok.builder.endpoint;

import java.util.List;
import java.util.Map;

import io.github.cameldatagrok.grafana.client.GrafanaApiVersion;
import io.github.cameldatagrok.grafana.component.GrafanaAction;
import io.github.cameldatagrok.grafana.component.GrafanaComponent;
import io.github.cameldatagrok.grafana.component.GrafanaEndpoint;
import io.github.cameldatagrok.grafana.emulator.GrafanaEmulator;
import io.github.cameldatagrok.grafana.emulator.GrafanaEmulatorExtension;
import io.github.cameldatagrok.grafana.emulator.dashboards.Dashboard;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routes of grafana-component.adoc's Endpoint DSL block ({@link DashboardRoutes}), written with the generated
 * builders, against the Grafana emulator (Grafana 13, so {@code /apis}) over real HTTP.
 * The component gets the base URL and token, as an application's configuration would give them.
 */
class GrafanaEndpointDslRouteTest extends CamelTestSupport {

    @RegisterExtension
    static final GrafanaEmulatorExtension GRAFANA = GrafanaEmulatorExtension.create(b -> b.version(13));

    private static GrafanaEmulator emulator() {
        return GRAFANA.emulator();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        GrafanaComponent component = new GrafanaComponent();
        component.getConfiguration().setBaseUrl(GRAFANA.baseUrl());
        component.getConfiguration().setToken(GRAFANA.token());
        context.addComponent("grafana", component);
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new DashboardRoutes();
    }

    @BeforeEach
    void opsFolder() {
        emulator().reset();
        emulator().folders().create("ops", "Ops", null, null);
    }

    @Test
    void dashboardsSavedAndSearchedThroughTypedEndpoints() {
        template.sendBody("direct:provision", "{\"uid\":\"ops-overview\",\"title\":\"Ops overview\",\"tags\":[\"prod\"]}");
        template.sendBody("direct:provision", "{\"uid\":\"ops-staging\",\"title\":\"Ops staging\",\"tags\":[\"staging\"]}");
        Dashboard saved = emulator().dashboards().find("ops-overview").orElseThrow();
        assertThat(saved.folderUid()).isEqualTo("ops");
        assertThat(saved.message()).isEqualTo("provisioned by Camel");
        assertThat(saved.version()).isEqualTo(1);

        // overwrite(true): saved again without a version, it is a new version, not a conflict
        template.sendBody("direct:provision", "{\"uid\":\"ops-overview\",\"title\":\"Ops, new\",\"tags\":[\"prod\"]}");
        assertThat(emulator().dashboards().find("ops-overview").orElseThrow().version()).isEqualTo(2);

        List<?> hits = template.requestBody("direct:prodDashboards", null, List.class);
        assertThat(hits).hasSize(1);
        Map<?, ?> hit = (Map<?, ?>) hits.get(0);
        assertThat(hit.get("uid")).isEqualTo("ops-overview");
        assertThat(hit.get("title")).isEqualTo("Ops, new");
    }

    @Test
    void theBuildersMakeTheEndpointsCamelParses() {
        GrafanaEndpoint search = context.getEndpoints().stream()
                .filter(e -> e instanceof GrafanaEndpoint g && g.getConfiguration().getAction() == GrafanaAction.search)
                .map(GrafanaEndpoint.class::cast).findFirst().orElseThrow();
        assertThat(search.getConfiguration().getTags()).isEqualTo("prod");
        assertThat(search.getConfiguration().getType()).isEqualTo("dash-db");
        assertThat(search.getConfiguration().getMaxAttempts()).isEqualTo(5);
        assertThat(search.getConfiguration().getApiVersion()).isEqualTo(GrafanaApiVersion.auto);
        assertThat(search.getEndpointUri()).startsWith("grafana://dashboard?");
    }
}
