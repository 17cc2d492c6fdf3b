package io.github.cameldatagrok.grafana.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

/** The "Testing routes" class of the page works: a route saving a dashboard reaches its emulator. */
class MyRouteUsageTest extends MyRouteTest {

    @Test
    void aRouteTalksToTheEmulator() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:save").to("grafana:dashboard");
            }
        });
        template.sendBody("direct:save", "{\"uid\":\"mine\",\"title\":\"Mine\"}");
        assertThat(GRAFANA.emulator().dashboards().find("mine")).isPresent();
        assertThat(GRAFANA.emulator().requests("POST", "/apis/dashboard.grafana.app/v1/.*")).hasSize(1);
    }
}
