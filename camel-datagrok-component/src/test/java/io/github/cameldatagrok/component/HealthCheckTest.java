package io.github.cameldatagrok.component;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.health.DefaultHealthCheckRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The component's readiness check proves the server is reachable and accepts the key. */
class HealthCheckTest extends DatagrokTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        HealthCheckRegistry registry = new DefaultHealthCheckRegistry();
        registry.setCamelContext(context);
        registry.setExposureLevel("full"); // list healthy checks too, not only the failing ones
        context.getCamelContextExtension().addContextPlugin(HealthCheckRegistry.class, registry);
        registry.getRepository("producers").ifPresent(r -> r.setEnabled(true));
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:good").routeId("good").to("datagrok:table:Admin:Health:T");
                from("direct:bad").routeId("bad").to("datagrok:table:Admin:Health:T?apiKey=wrong-key");
                from("direct:down").routeId("down").to("datagrok:table:Admin:Health:T?baseUrl=http://127.0.0.1:1/api&maxAttempts=1");
            }
        };
    }

    private List<HealthCheck.Result> datagrokResults() {
        HealthCheckRegistry registry = context.getCamelContextExtension().getContextPlugin(HealthCheckRegistry.class);
        registry.getRepository("producers").ifPresent(r -> r.setEnabled(true));
        Collection<HealthCheck.Result> results = HealthCheckHelper.invokeReadiness(context);
        return results.stream().filter(r -> r.getCheck().getId().contains("datagrok")).toList();
    }

    @Test
    void readinessReflectsReachabilityAndAuthentication() {
        List<HealthCheck.Result> results = datagrokResults();
        assertThat(results).hasSize(3);

        HealthCheck.Result good = byEndpoint(results, uri -> !uri.contains("?"));
        assertThat(good.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(good.getDetails()).containsEntry("status", "ok");

        HealthCheck.Result bad = byEndpoint(results, uri -> uri.contains("apiKey="));
        assertThat(bad.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(bad.getMessage()).get().asString().contains("HTTP 401");
        assertThat(bad.getMessage().get() + bad.getDetails()).doesNotContain("wrong-key");

        HealthCheck.Result down = byEndpoint(results, uri -> uri.contains("127.0.0.1"));
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getMessage()).get().asString().contains("not reachable");
    }

    private static HealthCheck.Result byEndpoint(List<HealthCheck.Result> results, Predicate<String> uri) {
        return results.stream().filter(r -> uri.test(String.valueOf(r.getDetails().get(HealthCheck.ENDPOINT_URI))))
                .findFirst().orElseThrow(() -> new AssertionError("no such health check in " + results));
    }
}
