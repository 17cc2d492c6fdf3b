package io.github.cameldatagrok.component;

import org.apache.camel.support.DefaultProducer;

/** Base of the {@code datagrok:} producers: registers the producer health check while the producer runs. */
public abstract class DatagrokProducer extends DefaultProducer {

    private final ProducerCapabilities capabilities;
    private DatagrokHealthCheckRegistration healthCheck;

    protected DatagrokProducer(DatagrokEndpoint endpoint) {
        this(endpoint, null);
    }

    /** A producer whose {@code action} and {@code outputType} are checked against {@code capabilities} at start. */
    protected DatagrokProducer(DatagrokEndpoint endpoint, ProducerCapabilities capabilities) {
        super(endpoint);
        this.capabilities = capabilities;
    }

    @Override
    public DatagrokEndpoint getEndpoint() {
        return (DatagrokEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        if (capabilities != null) {
            capabilities.check(getEndpoint().getConfiguration());
        }
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
