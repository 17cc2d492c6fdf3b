package io.github.cameldatagrok.examples.cluster;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;

/** Prints {@code POLL <node> <epoch millis>} for every poll: which node is polling, and since when. */
final class PollLog implements PollingConsumerPollStrategy {

    private final String node;

    PollLog(String node) {
        this.node = node;
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        System.out.println("POLL " + node + " " + System.currentTimeMillis());
        return true;
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        return false;
    }
}
