package io.github.cameldatagrok.component;

import org.apache.camel.support.DefaultProducer;

/** What every {@code datagrok:} producer shares: its endpoint and a readiness check while it runs. */
public abstract class DatagrokProducer extends DefaultProducer {

    private DatagrokHealthCheckRegistration healthCheck;

    protected DatagrokProducer(DatagrokEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public DatagrokEndpoint getEndpoint() {
        return (DatagrokEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
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
