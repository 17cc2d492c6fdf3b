package io.github.cameldatagrok.support.consumer;

import java.util.function.Supplier;

import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultConsumer;

/** How the polling consumers route one exchange in the poll thread. */
public final class ConsumerExchanges {

    private ConsumerExchanges() {
    }

    /**
     * Routes the exchange synchronously, hands a failure to the consumer's exception handler with {@code what}, and
     * releases the exchange. Completion callbacks (recording what was processed) have run when this returns.
     */
    public static void process(DefaultConsumer consumer, Exchange exchange, String what) {
        process(consumer, exchange, () -> what);
    }

    /** As {@link #process(DefaultConsumer, Exchange, String)}, the description made only for a failure. */
    public static void process(DefaultConsumer consumer, Exchange exchange, Supplier<String> what) {
        try {
            consumer.getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        try {
            if (exchange.getException() != null) {
                consumer.getExceptionHandler().handleException(what.get(), exchange, exchange.getException());
            }
        } finally {
            consumer.releaseExchange(exchange, false);
        }
    }
}
