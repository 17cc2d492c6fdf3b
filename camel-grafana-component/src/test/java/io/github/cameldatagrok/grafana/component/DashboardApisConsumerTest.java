package io.github.cameldatagrok.grafana.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.cameldatagrok.emulator.RecordedRequest;
import io.github.cameldatagrok.grafana.emulator.GrafanaEmulatorExtension;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * from("grafana:dashboard") on Grafana 13's {@code /apis}: the paged list carries every dashboard in full, so an idle
 * poll is one request per page and a change is emitted from the list, with no read of the dashboard; a filter is the
 * search's (one more request per page of hits). Requests are counted in the emulator's log, poll by poll.
 */
class DashboardApisConsumerTest extends GrafanaTestSupport {

    @RegisterExtension
    static final GrafanaEmulatorExtension GRAFANA = GrafanaEmulatorExtension.create(b -> b.version(13));

    private static final String LIST = "/apis/dashboard.grafana.app/v1/namespaces/default/dashboards";

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
                from("grafana:dashboard?delay=50&workDirectory=" + work.resolve("all"))
                        .routeId("all").autoStartup(false)
                        .process(e -> {
                            if (FAIL_ONCE.getAndSet(false)) {
                                throw new IllegalStateException("boom");
                            }
                        })
                        .to("mock:all");
                from("grafana:dashboard?pageSize=3&delay=50&workDirectory=" + work.resolve("paged"))
                        .routeId("paged").autoStartup(false).to("mock:paged");
                from("grafana:dashboard?folderUids=ops&delay=50&workDirectory=" + work.resolve("ops"))
                        .routeId("ops").autoStartup(false).to("mock:ops");
                from("grafana:dashboard?query=Sales&delay=50&workDirectory=" + work.resolve("sales"))
                        .routeId("sales").autoStartup(false).to("mock:sales");
                from("grafana:dashboard?maxResponseSize=6000&delay=50&workDirectory=" + work.resolve("small"))
                        .routeId("small").autoStartup(false).to("mock:small");
            }
        };
    }

    @Test
    void anIdlePollIsOneListRequestAndAChangeIsEmittedWithoutARead() throws Exception {
        emulator().dashboards().put("s1", "Sales EU", null);
        emulator().dashboards().put("s2", "Sales US", null);
        emulator().dashboards().put("o1", "Other", null);
        MockEndpoint all = getMockEndpoint("mock:all");
        all.expectedMessageCount(3);
        context.getRouteController().startRoute("all");
        all.assertIsSatisfied(10_000);

        emulator().clearRequests();
        Thread.sleep(500);
        // each poll is exactly one request, the list's first (and only) page: no search, no read
        assertThat(completePolls(LIST, 1)).isGreaterThanOrEqualTo(2);

        all.reset();
        all.expectedMessageCount(1);
        all.expectedHeaderReceived(GrafanaConstants.UID, "s2");
        emulator().clearRequests();
        FAIL_ONCE.set(true);
        emulator().dashboards().put("s2", "Sales US, new", null);
        all.assertIsSatisfied(10_000);
        // the first exchange of the change failed, so the next poll brought it again, and then it was recorded
        assertThat(all.getExchanges().get(0).getMessage().getHeader(GrafanaConstants.VERSION)).isEqualTo(2L);
        assertThat(all.getExchanges().get(0).getMessage().getBody(String.class)).contains("Sales US, new");
        Thread.sleep(300);
        assertThat(all.getReceivedCounter()).isEqualTo(1);
        assertThat(emulator().requests()).allMatch(r -> r.is("GET", LIST), "only the list was asked for");

        // a deleted dashboard is forgotten: created again, it comes again
        emulator().dashboards().delete("o1");
        Thread.sleep(300);
        all.reset();
        all.expectedMessageCount(1);
        all.expectedHeaderReceived(GrafanaConstants.UID, "o1");
        emulator().dashboards().put("o1", "Other", null);
        all.assertIsSatisfied(10_000);

        // after a restart the state file says what was emitted: nothing again
        context.getRouteController().stopRoute("all");
        all.reset();
        all.expectedMessageCount(0);
        context.getRouteController().startRoute("all");
        Thread.sleep(600);
        all.assertIsSatisfied();
    }

    @Test
    void everyPageIsFollowedAndAnIdlePollIsOneRequestPerPage() throws Exception {
        for (int i = 1; i <= 5; i++) {
            emulator().dashboards().put("d" + i, "Dashboard " + i, null);
        }
        MockEndpoint paged = getMockEndpoint("mock:paged");
        paged.expectedMessageCount(5);
        context.getRouteController().startRoute("paged");
        paged.assertIsSatisfied(10_000);
        // limit=3: a short first page of 2 with a token (only the token says more), then the last 3
        emulator().clearRequests();
        Thread.sleep(800);
        assertThat(completePolls(LIST, 2)).isGreaterThanOrEqualTo(2);
        assertThat(emulator().requests()).allMatch(r -> r.query().contains("limit=3"));
    }

    @Test
    void aFilterKeepsTheSearchsMeaning() throws Exception {
        emulator().folders().create("ops", "Ops", null, null);
        emulator().dashboards().put("ops-a", "Ops A", "ops");
        emulator().dashboards().put("ops-b", "Sales in ops", "ops");
        emulator().dashboards().put("root-sales", "Sales", null);
        MockEndpoint ops = getMockEndpoint("mock:ops");
        ops.expectedMessageCount(2);
        MockEndpoint sales = getMockEndpoint("mock:sales");
        sales.expectedMessageCount(2);
        context.getRouteController().startRoute("ops");
        context.getRouteController().startRoute("sales");
        ops.assertIsSatisfied(10_000);
        sales.assertIsSatisfied(10_000);
        assertThat(ops.getExchanges()).extracting(e -> e.getMessage().getHeader(GrafanaConstants.UID, String.class))
                .containsExactlyInAnyOrder("ops-a", "ops-b");
        assertThat(sales.getExchanges()).extracting(e -> e.getMessage().getHeader(GrafanaConstants.UID, String.class))
                .containsExactlyInAnyOrder("ops-b", "root-sales");
        context.getRouteController().stopRoute("sales");

        // an idle poll: one search page, then one list page; no read
        emulator().clearRequests();
        Thread.sleep(500);
        List<RecordedRequest> sent = emulator().requests();
        assertThat(sent).allMatch(r -> r.is("GET", "/api/search") || r.is("GET", LIST));
        int searches = 0;
        for (int i = 0; i + 1 < sent.size(); i++) {
            if (sent.get(i).is("GET", "/api/search")) {
                assertThat(sent.get(i + 1).is("GET", LIST)).as("the search is followed by the list").isTrue();
                assertThat(sent.get(i).query()).contains("folderUIDs=ops");
                searches++;
            }
        }
        assertThat(searches).isGreaterThanOrEqualTo(2);
        assertThat(sent.size()).isBetween(2 * searches, 2 * searches + 1);
    }

    @Test
    void aPageOverMaxResponseSizeIsAskedAgainWithFewerDashboards() throws Exception {
        String panels = "x".repeat(2000);
        for (int i = 1; i <= 4; i++) {
            emulator().dashboards().put("{\"uid\":\"big" + i + "\",\"title\":\"Big " + i + "\",\"description\":\""
                    + panels + "\"}", null);
        }
        MockEndpoint small = getMockEndpoint("mock:small");
        small.expectedMessageCount(4);
        context.getRouteController().startRoute("small");
        small.assertIsSatisfied(10_000);
        // the page size came down to what fits, and stays there
        emulator().clearRequests();
        Thread.sleep(400);
        List<RecordedRequest> sent = emulator().requests("GET", LIST);
        assertThat(sent).isNotEmpty().allMatch(r -> !r.query().contains("limit=1000"));
    }

    /**
     * The complete polls in the request log (the first and the last may be cut by the log's clearing and the test's
     * end): each must be exactly {@code pages} list requests, the first without {@code continue}, the others with it,
     * and nothing else was asked for. Returns how many there were.
     */
    private int completePolls(String list, int pages) {
        List<RecordedRequest> sent = emulator().requests();
        assertThat(sent).allMatch(r -> r.is("GET", list), "only the list was asked for");
        List<List<RecordedRequest>> polls = new ArrayList<>();
        for (RecordedRequest request : sent) {
            boolean first = request.query() == null || !request.query().contains("continue=");
            if (first) {
                polls.add(new ArrayList<>());
            }
            if (!polls.isEmpty()) {
                polls.get(polls.size() - 1).add(request);
            }
        }
        if (!polls.isEmpty()) {
            polls.remove(polls.size() - 1); // may still be under way
        }
        assertThat(polls).allSatisfy(poll -> assertThat(poll).hasSize(pages));
        return polls.size();
    }
}
