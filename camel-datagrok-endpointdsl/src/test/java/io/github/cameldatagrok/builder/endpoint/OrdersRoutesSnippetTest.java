package io.github.cameldatagrok.builder.endpoint;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's Endpoint DSL routes ({@link OrdersRoutes}) against the emulator: the download and the polling route. */
class OrdersRoutesSnippetTest extends EmulatorRouteTestSupport {

    @BeforeAll
    static void seed() {
        DATAGROK.emulator().tables().put("Admin:Sales:Orders", "id,total\n1,3.5\n2,4\n");
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new OrdersRoutes();
    }

    @Test
    void downloadAndPoll() throws Exception {
        // the poller's first poll comes after Camel's default initial delay of 1 s and emits the table
        NotifyBuilder polled = new NotifyBuilder(context).from("datagrok:*").whenCompleted(1).create();
        assertThat((List<?>) template.requestBody("direct:report", (Object) null)).hasSize(2);
        assertThat(polled.matches(20, TimeUnit.SECONDS)).isTrue();
    }
}
