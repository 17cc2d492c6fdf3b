package io.github.cameldatagrok.grafana.component;

import io.github.cameldatagrok.grafana.emulator.GrafanaEmulatorExtension;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** from("grafana:annotation?tags=..."): each new annotation once, oldest first; others' tags are not seen. */
class AnnotationConsumerTest extends GrafanaTestSupport {

    @RegisterExtension
    static final GrafanaEmulatorExtension GRAFANA = GrafanaEmulatorExtension.create(b -> b.version(13));

    @TempDir
    static java.nio.file.Path work;

    @Override
    GrafanaEmulatorExtension grafana() {
        return GRAFANA;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("grafana:annotation?tags=deploy&delay=100&workDirectory=" + work).routeId("poll").autoStartup(false)
                        .to("mock:new");
            }
        };
    }

    @Test
    void emitsEachNewAnnotationOnceOldestFirst() throws Exception {
        template.requestBody("grafana:annotation", "{\"text\":\"second\",\"tags\":[\"deploy\"],\"time\":2000}");
        template.requestBody("grafana:annotation", "{\"text\":\"first\",\"tags\":[\"deploy\"],\"time\":1000}");
        template.requestBody("grafana:annotation", "{\"text\":\"other\",\"tags\":[\"alert\"],\"time\":1500}");
        MockEndpoint seen = getMockEndpoint("mock:new");
        seen.expectedMessageCount(2);
        context.getRouteController().startRoute("poll");
        seen.assertIsSatisfied(10_000);
        assertThat(seen.getExchanges().get(0).getMessage().getBody(java.util.Map.class).get("text")).isEqualTo("first");
        assertThat(seen.getExchanges().get(1).getMessage().getBody(java.util.Map.class).get("text")).isEqualTo("second");

        seen.reset();
        seen.expectedMessageCount(1);
        template.requestBody("grafana:annotation", "{\"text\":\"third\",\"tags\":[\"deploy\"]}");
        seen.assertIsSatisfied(10_000);
        assertThat(seen.getExchanges().get(0).getMessage().getHeader(GrafanaConstants.UID)).isNotNull();
        Thread.sleep(400);
        assertThat(seen.getReceivedCounter()).isEqualTo(1);
    }
}
