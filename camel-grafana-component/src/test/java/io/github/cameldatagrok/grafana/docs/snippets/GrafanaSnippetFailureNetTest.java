package io.github.cameldatagrok.grafana.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cameldatagrok.grafana.client.GrafanaNotFoundException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

/** The snippet tests' net: a grafana: call failing in a route a snippet added is seen, so the snippet's test fails. */
class GrafanaSnippetFailureNetTest extends GrafanaSnippetTestSupport {

    @Test
    void aFailedGrafanaCallIsSeen() throws Exception {
        failuresExpected = true;
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:missing").to("grafana:dashboard:missing?action=get");
            }
        });
        template.send("direct:missing", e -> { });
        assertThat(failures).singleElement()
                .satisfies(e -> assertThat(e.getException()).isInstanceOf(GrafanaNotFoundException.class));
    }
}
