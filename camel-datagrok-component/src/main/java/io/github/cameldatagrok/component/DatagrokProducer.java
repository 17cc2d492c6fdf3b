package io.github.cameldatagrok.component;

import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultProducer;

/**
 * Base of the {@code datagrok:} producers: checks the endpoint's action and outputType against what the producer
 * supports when it starts, each message's action before anything is sent, and registers the producer health check
 * while it runs.
 */
public abstract class DatagrokProducer extends DefaultProducer {

    private final OperationSupport support;
    private DatagrokHealthCheckRegistration healthCheck;

    /** @param support the actions and output types this producer supports */
    protected DatagrokProducer(DatagrokEndpoint endpoint, OperationSupport support) {
        super(endpoint);
        this.support = support;
    }

    @Override
    public DatagrokEndpoint getEndpoint() {
        return (DatagrokEndpoint) super.getEndpoint();
    }

    /**
     * Clears the result headers an earlier step left, then checks the message's action (before anything is sent)
     * and hands over.
     */
    @Override
    public final void process(Exchange exchange) throws Exception {
        ResultHeaders.clear(exchange.getMessage());
        produce(exchange, support.hasActions() ? support.action(exchange, getEndpoint()) : null);
    }

    /**
     * Does the operation.
     *
     * @param action the message's action (header, else option, else the default), supported; null for an operation
     *               that takes none
     */
    protected abstract void produce(Exchange exchange, DatagrokAction action) throws Exception;

    @Override
    protected void doStart() throws Exception {
        support.check(getEndpoint().getConfiguration());
        super.doStart();
        healthCheck = DatagrokHealthCheckRegistration.forProducer(getEndpoint());
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheck != null) {
            healthCheck.remove();
            healthCheck = null;
        }
        super.doStop();
    }
}
