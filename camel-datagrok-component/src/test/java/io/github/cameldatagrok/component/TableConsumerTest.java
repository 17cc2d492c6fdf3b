package io.github.cameldatagrok.component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.cameldatagrok.emulator.Fault;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Polling a table: emitted on the first poll and on each change, again after a failed exchange, never twice. */
class TableConsumerTest extends DatagrokTestSupport {

    private final AtomicInteger failuresLeft = new AtomicInteger();

    @Override
    protected RouteBuilder createRouteBuilder() {
        emulator().tables().put("Admin:Polled:Orders", "id,qty\n1,5\n");
        emulator().tables().put("Admin:Polled:Rows", "id,qty\n1,5\n2,7\n");
        emulator().tables().put("Admin:Polled:Flaky", "id\n1\n");
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("datagrok:table:Admin:Polled:Orders?delay=50&initialDelay=0&outputType=string")
                        .routeId("poll-string").to("mock:orders");
                from("datagrok:table:Admin:Polled:Rows?delay=50&initialDelay=0&outputType=rows")
                        .routeId("poll-rows").to("mock:rows");
                from("datagrok:table:Admin:Polled:Flaky?delay=50&initialDelay=0&outputType=string")
                        .routeId("poll-flaky").autoStartup(false)
                        .process(e -> {
                            if (failuresLeft.getAndDecrement() > 0) {
                                throw new IllegalStateException("route failed on purpose");
                            }
                        })
                        .to("mock:flaky");
            }
        };
    }

    @Test
    void firstPollEmitsThenOnlyChanges() throws Exception {
        MockEndpoint orders = getMockEndpoint("mock:orders");
        orders.expectedBodiesReceived("id,qty\n1,5\n");
        orders.assertIsSatisfied();
        Exchange first = orders.getReceivedExchanges().get(0);
        assertThat(first.getMessage().getHeader(DatagrokConstants.CONTENT_HASH, String.class)).hasSize(64);
        assertThat(first.getMessage().getHeader(DatagrokConstants.GROK_NAME)).isEqualTo("Admin:Polled:Orders");
        assertThat(first.getMessage().getHeader(DatagrokConstants.CONTENT_LENGTH)).isEqualTo(11L);

        // several polls of unchanged content emit nothing more
        long polls = countPolls("Admin.Polled.Orders");
        awaitPolls("Admin.Polled.Orders", polls + 3);
        assertThat(orders.getReceivedCounter()).isEqualTo(1);

        orders.reset();
        orders.expectedBodiesReceived("id,qty\n1,6\n");
        emulator().tables().put("Admin:Polled:Orders", "id,qty\n1,6\n");
        orders.assertIsSatisfied();
        assertThat(orders.getReceivedExchanges().get(0).getMessage().getHeader(DatagrokConstants.CONTENT_HASH))
                .isNotEqualTo(first.getMessage().getHeader(DatagrokConstants.CONTENT_HASH));
    }

    @Test
    void rowsOutput() throws Exception {
        MockEndpoint rows = getMockEndpoint("mock:rows");
        rows.expectedMessageCount(1);
        rows.assertIsSatisfied();
        assertThat(rows.getReceivedExchanges().get(0).getMessage().getBody(List.class))
                .containsExactly(Map.of("id", 1, "qty", 5), Map.of("id", 2, "qty", 7));
    }

    @Test
    void failedExchangeIsEmittedAgainOnTheNextPoll() throws Exception {
        failuresLeft.set(2);
        MockEndpoint flaky = getMockEndpoint("mock:flaky");
        flaky.expectedBodiesReceived("id\n1\n");
        context.getRouteController().startRoute("poll-flaky");
        flaky.assertIsSatisfied();
        assertThat(failuresLeft.get()).isNegative();
    }

    @Test
    void failedPollRecordsNothingAndTheNextPollSucceeds() throws Exception {
        emulator().faults().add(Fault.on("GET", "/public/v1/tables/Admin.Polled.Flaky").status(500).times(2));
        MockEndpoint flaky = getMockEndpoint("mock:flaky");
        flaky.expectedMessageCount(1);
        context.getRouteController().startRoute("poll-flaky");
        flaky.assertIsSatisfied();
    }

    private long countPolls(String dotted) {
        return emulator().requests().stream().filter(r -> r.path().endsWith("/" + dotted)).count();
    }

    private void awaitPolls(String dotted, long count) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(countPolls(dotted)).isGreaterThanOrEqualTo(count));
    }
}
