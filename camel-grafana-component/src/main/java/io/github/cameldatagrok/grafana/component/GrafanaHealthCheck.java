package io.github.cameldatagrok.grafana.component;

import java.util.Map;

import io.github.cameldatagrok.grafana.client.GrafanaApiException;
import io.github.cameldatagrok.grafana.client.model.GrafanaHealth;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.apache.camel.util.URISupport;

/**
 * Readiness of a Grafana endpoint: {@code GET /api/health} answers with {@code "database":"ok"}, and the endpoint's
 * credentials are accepted ({@code GET /api/search?limit=1}; the health route itself needs none).
 */
public class GrafanaHealthCheck extends AbstractHealthCheck {

    private final GrafanaEndpoint endpoint;

    public GrafanaHealthCheck(GrafanaEndpoint endpoint) {
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
            GrafanaHealth health = endpoint.getClient().health();
            builder.detail("database", health.database());
            if (health.version() != null) {
                builder.detail("version", health.version());
            }
            if (!health.isOk()) {
                builder.message("Grafana reports its database " + health.database()).down();
                return;
            }
            endpoint.getClient().dashboards().search(new io.github.cameldatagrok.grafana.client.model.SearchQuery(
                    null, null, null, null, null, false, 1, 1));
            builder.up();
        } catch (GrafanaApiException e) {
            builder.detail(HTTP_RESPONSE_CODE, e.getStatusCode());
            builder.message(e.getMessage()).error(e).down();
        } catch (RuntimeException e) {
            builder.message("Grafana is not reachable: " + e.getMessage()).error(e).down();
        }
    }
}
