package io.github.cameldatagrok.support.http;

import java.io.Closeable;

import org.apache.camel.Component;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * An endpoint with its own vendor client on the component's shared pool: the client is built (and its settings
 * checked) when the endpoint starts, before any route sends anything, and closed when it stops.
 *
 * @param <C> the vendor client
 */
public abstract class HttpClientEndpoint<C extends Closeable> extends ScheduledPollEndpoint
        implements EndpointServiceLocation {

    private volatile C client;

    protected HttpClientEndpoint(String uri, Component component) {
        super(uri, component);
    }

    /** Builds the client from this endpoint's configuration. */
    protected abstract C createClient() throws Exception;

    @Override
    protected void doStart() throws Exception {
        client = createClient();
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        C started = client;
        if (started != null) {
            client = null;
            started.close();
        }
    }

    /** The client of this endpoint; available once the endpoint is started. */
    public C getClient() {
        C started = client;
        if (started == null) {
            throw new IllegalStateException("Endpoint " + getEndpointUri() + " is not started");
        }
        return started;
    }

    /** The started client, or null. */
    protected C startedClient() {
        return client;
    }

    @Override
    public String getServiceProtocol() {
        return "http";
    }
}
