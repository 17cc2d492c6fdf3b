package io.github.cameldatagrok.component;

import java.util.Map;

import io.github.cameldatagrok.client.DatagrokApiException;
import io.github.cameldatagrok.client.model.DatagrokHealth;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.util.URISupport;

/**
 * Readiness of a Datagrok endpoint: the server answers its health route with the endpoint's API key
 * (reachability and authentication) and reports itself {@code ok}.
 */
public class DatagrokHealthCheck extends AbstractHealthCheck {

    private final DatagrokEndpoint endpoint;
    private final HealthCheck polls;

    /** A producer's check. */
    public DatagrokHealthCheck(DatagrokEndpoint endpoint) {
        this(endpoint, "producer", null);
    }

    private DatagrokHealthCheck(DatagrokEndpoint endpoint, String kind, HealthCheck polls) {
        super("camel", kind + ":" + URISupport.sanitizeUri(endpoint.getEndpointUri()));
        this.endpoint = endpoint;
        this.polls = polls;
    }

    /**
     * Gives a polling consumer this check, which Camel's consumers health repository calls as the consumer's own
     * ({@code consumer:<routeId>}): the consumer's poll state first (a poll that failed makes it DOWN), then the
     * probe.
     */
    public static void install(DefaultConsumer consumer, DatagrokEndpoint endpoint) {
        HealthCheck current = consumer.getHealthCheck();
        if (!(current instanceof DatagrokHealthCheck)) {
            DatagrokHealthCheck check = new DatagrokHealthCheck(endpoint, "consumer", current);
            check.setEnabled(endpoint.getComponent().isHealthCheckConsumerEnabled());
            consumer.setHealthCheck(check);
        }
    }

    @Override
    public boolean isLiveness() {
        return false; // a remote server being down is no reason to restart this JVM
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        if (polls != null) {
            Result polled = polls.call(options);
            // a failed poll makes the consumer DOWN; "not yet polled" is left to the probe
            if (polled.getState() == State.DOWN && polled.getError().isPresent()) {
                polled.getDetails().forEach(builder::detail);
                polled.getMessage().ifPresent(builder::message);
                polled.getError().ifPresent(builder::error);
                builder.down();
                return;
            }
        }
        builder.detail(ENDPOINT_URI, URISupport.sanitizeUri(endpoint.getEndpointUri()));
        builder.detail("baseUrl", endpoint.getServiceUrl());
        try {
            DatagrokHealth health = endpoint.getClient().healthCheck();
            builder.detail("status", health.status());
            if (health.version() != null) {
                builder.detail("version", health.version());
            }
            if (health.isOk()) {
                builder.up();
            } else {
                builder.message("Datagrok reports status " + health.status()).down();
            }
        } catch (DatagrokApiException e) {
            builder.detail(HTTP_RESPONSE_CODE, e.getStatusCode());
            builder.message(e.getMessage()).error(e).down();
        } catch (RuntimeException e) {
            builder.message("Datagrok is not reachable: " + e.getMessage()).error(e).down();
        }
    }
}
