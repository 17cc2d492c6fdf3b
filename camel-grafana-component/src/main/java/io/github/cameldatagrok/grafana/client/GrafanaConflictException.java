package io.github.cameldatagrok.grafana.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A save lost to another change: 412 with {@code status} {@code version-mismatch}, {@code name-exists} or
 * {@code plugin-dashboard} (legacy {@code POST /api/dashboards/db} up to 13.0), or 409 (the same route after Grafana
 * rebuilt it on the {@code /apis} client, folder and data-source clashes, and every {@code /apis} conflict). Read the
 * dashboard again, reapply the change and save once more, or save with {@code overwrite}.
 */
public class GrafanaConflictException extends GrafanaApiException {

    private static final long serialVersionUID = 1L;

    public GrafanaConflictException(String method, String path, int statusCode, String grafanaMessage,
                                    String grafanaStatus, String messageId, String reason, JsonNode body) {
        super(method, path, statusCode, grafanaMessage, grafanaStatus, messageId, reason, body);
    }
}
