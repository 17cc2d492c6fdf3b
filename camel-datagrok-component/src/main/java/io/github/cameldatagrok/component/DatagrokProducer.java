package io.github.cameldatagrok.component;

import org.apache.camel.support.DefaultProducer;

/**
 * Base of the {@code datagrok:} producers: checks the endpoint's action and outputType against what the producer
 * supports when it starts, and registers the producer health check while it runs.
 */
public abstract class DatagrokProducer extends DefaultProducer {

    private DatagrokHealthCheckRegistration healthCheck;

    protected DatagrokProducer(DatagrokEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public DatagrokEndpoint getEndpoint() {
        return (DatagrokEndpoint) super.getEndpoint();
    }

    /** The actions and output types this producer supports. */
    protected abstract OperationSupport support();

    @Override
    protected void doStart() throws Exception {
        support().check(getEndpoint().getConfiguration());
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
