package io.github.cameldatagrok.component;

import java.util.Map;

import io.github.cameldatagrok.client.DatagrokApiException;
import io.github.cameldatagrok.client.model.DatagrokHealth;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.apache.camel.util.URISupport;

/**
 * Readiness of a Datagrok endpoint: the server answers its health route with the endpoint's API key
 * (reachability and authentication) and reports itself {@code ok}.
 */
public class DatagrokHealthCheck extends AbstractHealthCheck {

    private final DatagrokEndpoint endpoint;

    public DatagrokHealthCheck(DatagrokEndpoint endpoint) {
        super("camel", "producer:" + URISupport.sanitizeUri(endpoint.getEndpointUri()));
        this.endpoint = endpoint;
    }

    @Override
    public boolean isLiveness() {
        return false; // a remote server being down is no reason to restart this JVM
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
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
