package io.github.cameldatagrok.component;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

import io.github.cameldatagrok.transport.testing.FakeHttpServer;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.health.DefaultHealthCheckRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every producer and consumer has a readiness check (function calls and consumers included), and a check makes one
 * attempt within healthCheckTimeout: a silent server is reported down in about that time, not after retries.
 */
class HealthCheckScopeTest extends DatagrokTestSupport {

    /** Accepts, reads the request, and never answers. */
    private static FakeHttpServer silent;

    @BeforeAll
    static void startSilentServer() throws Exception {
        silent = FakeHttpServer.start((request, out) -> Thread.sleep(60_000));
    }

    @AfterAll
    static void stopSilentServer() throws Exception {
        silent.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        HealthCheckRegistry registry = new DefaultHealthCheckRegistry();
        registry.setCamelContext(context);
        registry.setExposureLevel("full");
        context.getCamelContextExtension().addContextPlugin(HealthCheckRegistry.class, registry);
        registry.register(registry.resolveById("consumers")); // as Camel Main does (camel.health.consumers-enabled)
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        emulator().tables().put("Admin:Checked:T", "id\n1\n");
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").to("datagrok:call:Sin");
                from("datagrok:table:Admin:Checked:T?initialDelay=0&delay=60000").routeId("table-poll").to("mock:table");
                from("datagrok:file:System:DemoFiles/checked/?initialDelay=0&delay=60000").routeId("file-poll").to("mock:files");
                from("direct:silent").to("datagrok:group:Devs?maxAttempts=3&healthCheckTimeout=700&baseUrl="
                        + silent.baseUrl() + "/api");
            }
        };
    }

    private boolean polled(String method, String path) {
        return emulator().requests().stream().anyMatch(r -> r.is(method, path));
    }

    private List<HealthCheck.Result> readiness() {
        HealthCheckRegistry registry = context.getCamelContextExtension().getContextPlugin(HealthCheckRegistry.class);
        registry.getRepository("producers").ifPresent(r -> r.setEnabled(true));
        Collection<HealthCheck.Result> results = HealthCheckHelper.invokeReadiness(context);
        return results.stream().filter(r -> r.getCheck().getId().contains("datagrok")
                || r.getCheck().getId().endsWith("-poll")).toList();
    }

    @Test
    void callProducersAndConsumersHaveChecksAndASilentServerIsDownAfterOneShortAttempt() throws Exception {
        // until its first poll a consumer is not ready (Camel's poll state); wait for both first polls
        await().atMost(Duration.ofSeconds(20))
                .until(() -> polled("GET", "/public/v1/tables/.*") && polled("POST", "/public/v1/files/sync/.*"));
        Thread.sleep(200);
        long start = System.nanoTime();
        List<HealthCheck.Result> results = readiness();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        List<String> ids = results.stream().map(r -> r.getCheck().getId()).toList();
        assertThat(ids).contains("consumer:table-poll", "consumer:file-poll")
                .anyMatch(id -> id.startsWith("producer:datagrok://call:Sin"));
        // the consumers' checks probe Datagrok (their details come from the Datagrok check), not just the polls
        assertThat(results).filteredOn(r -> r.getCheck().getId().endsWith("-poll"))
                .allSatisfy(r -> assertThat(r.getDetails()).as(r.getMessage().orElse("") + r.getError()).containsKey("baseUrl").containsEntry("status", "ok"));
        assertThat(results).filteredOn(r -> !r.getCheck().getId().contains("group"))
                .allSatisfy(r -> assertThat(r.getState()).isEqualTo(HealthCheck.State.UP));

        HealthCheck.Result silentCheck = results.stream().filter(r -> r.getCheck().getId().contains("group"))
                .findFirst().orElseThrow();
        assertThat(silentCheck.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(silent.requests()).hasSize(1); // one attempt, although maxAttempts=3
        assertThat(took).isLessThan(Duration.ofSeconds(5));
    }
}
