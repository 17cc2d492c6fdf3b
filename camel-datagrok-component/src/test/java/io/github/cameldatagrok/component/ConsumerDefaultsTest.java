package io.github.cameldatagrok.component;

import org.apache.camel.Consumer;
import org.apache.camel.support.ScheduledPollConsumer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The consumers poll a remote server: their default delay is tens of seconds, not Camel's 500 ms. */
class ConsumerDefaultsTest extends DatagrokTestSupport {

    private long delayOf(String uri) throws Exception {
        Consumer consumer = context.getEndpoint(uri).createConsumer(exchange -> { });
        return ((ScheduledPollConsumer) consumer).getDelay();
    }

    @Test
    void defaultDelaysSuitARemoteApiAndTheOptionStillWins() throws Exception {
        assertThat(delayOf("datagrok:table:Admin:Sales:Orders")).isEqualTo(DatagrokEndpoint.DEFAULT_TABLE_DELAY)
                .isEqualTo(60_000);
        assertThat(delayOf("datagrok:file:System:DemoFiles/incoming")).isEqualTo(DatagrokEndpoint.DEFAULT_FILE_DELAY)
                .isEqualTo(30_000);
        assertThat(delayOf("datagrok:table:Admin:Sales:Orders?delay=250")).isEqualTo(250);
        assertThat(delayOf("datagrok:file:System:DemoFiles/incoming?delay=1000")).isEqualTo(1000);
    }
}
