package io.github.cameldatagrok.grafana.component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.cameldatagrok.grafana.emulator.GrafanaEmulatorExtension;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * from("grafana:dashboard"): the first poll emits every dashboard the search finds, later polls those whose version
 * changed; a failed exchange is emitted again; the state survives a restart; to("file:") writes uid.json backups.
 */
class DashboardConsumerTest extends GrafanaTestSupport {

    @RegisterExtension
    static final GrafanaEmulatorExtension GRAFANA = GrafanaEmulatorExtension.create(b -> b.version(11));

    @TempDir
    static Path work;

    private static final AtomicBoolean FAIL_ONCE = new AtomicBoolean();

    @Override
    GrafanaEmulatorExtension grafana() {
        return GRAFANA;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("grafana:dashboard?query=Sales&delay=100&workDirectory=" + work.resolve("state"))
                        .routeId("poll").autoStartup(false)
                        .process(e -> {
                            if (FAIL_ONCE.getAndSet(false)) {
                                throw new IllegalStateException("boom");
                            }
                        })
                        .to("file:" + work.resolve("backup") + "?fileExist=Override")
                        .to("mock:changed");
                from("grafana:dashboard?tags=ops&delay=100&idempotentRepository=#seen").routeId("shared").autoStartup(false)
                        .to("mock:shared");
            }
        };
    }

    @Override
    protected void bindToRegistry(org.apache.camel.spi.Registry registry) {
        registry.bind("seen", MemoryIdempotentRepository.memoryIdempotentRepository());
    }

    @Test
    void emitsAllThenOnlyChangedAndRetriesAFailure() throws Exception {
        emulator().dashboards().put("s1", "Sales EU", null);
        emulator().dashboards().put("s2", "Sales US", null);
        emulator().dashboards().put("other", "Other", null);
        MockEndpoint changed = getMockEndpoint("mock:changed");
        changed.expectedMessageCount(2);
        context.getRouteController().startRoute("poll");
        changed.assertIsSatisfied(10_000);
        assertThat(Files.readString(work.resolve("backup/s1.json"))).contains("Sales EU");
        assertThat(changed.getExchanges()).allMatch(e -> e.getMessage().getHeader(GrafanaConstants.VERSION) != null);

        // an idle poll on the legacy routes: the search (one page), then a read of each dashboard it found, as the
        // search reports no version
        emulator().clearRequests();
        Thread.sleep(500);
        List<List<String>> polls = new java.util.ArrayList<>();
        for (io.github.cameldatagrok.emulator.RecordedRequest r : emulator().requests()) {
            if (r.is("GET", "/api/search")) {
                polls.add(new java.util.ArrayList<>());
            }
            if (!polls.isEmpty()) {
                polls.get(polls.size() - 1).add(r.method() + " " + r.path());
            }
        }
        assertThat(polls).hasSizeGreaterThanOrEqualTo(3);
        assertThat(polls.subList(0, polls.size() - 1)).allSatisfy(poll -> assertThat(poll).containsExactly(
                "GET /api/search", "GET /api/dashboards/uid/s1", "GET /api/dashboards/uid/s2"));

        // then one change: only that one comes
        changed.reset();
        changed.expectedMessageCount(1);
        changed.expectedHeaderReceived(GrafanaConstants.UID, "s2");
        FAIL_ONCE.set(true);
        template.requestBody("grafana:dashboard?overwrite=true",
                "{\"uid\":\"s2\",\"title\":\"Sales US\",\"panels\":[{\"id\":1}]}");
        changed.assertIsSatisfied(10_000);
        // the failed exchange did not record the version: the next poll brought it again
        assertThat(changed.getExchanges().get(0).getMessage().getHeader(GrafanaConstants.VERSION)).isEqualTo(2L);
        Thread.sleep(400);
        assertThat(changed.getReceivedCounter()).isEqualTo(1);

        // after a restart the state file says what was emitted: nothing again
        context.getRouteController().stopRoute("poll");
        changed.reset();
        changed.expectedMessageCount(0);
        context.getRouteController().startRoute("poll");
        Thread.sleep(600);
        changed.assertIsSatisfied();
    }

    @Test
    void anIdempotentRepositoryIsShared() throws Exception {
        emulator().dashboards().put("o1", "Ops one", null, "ops");
        MockEndpoint shared = getMockEndpoint("mock:shared");
        shared.expectedMessageCount(1);
        context.getRouteController().startRoute("shared");
        shared.assertIsSatisfied(10_000);
        Thread.sleep(400);
        assertThat(shared.getReceivedCounter()).isEqualTo(1);
        assertThat(List.of(shared.getExchanges().get(0).getMessage().getHeader(GrafanaConstants.UID)))
                .containsExactly("o1");
    }
}
