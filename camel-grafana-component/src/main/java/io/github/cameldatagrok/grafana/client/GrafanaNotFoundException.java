package io.github.cameldatagrok.grafana.client;

import com.fasterxml.jackson.databind.JsonNode;

/** Grafana answered 404: the dashboard, folder, data source, annotation or snapshot does not exist. */
public class GrafanaNotFoundException extends GrafanaApiException {

    private static final long serialVersionUID = 1L;

    public GrafanaNotFoundException(String method, String path, int statusCode, String grafanaMessage,
                                    String grafanaStatus, String messageId, String reason, JsonNode body) {
        super(method, path, statusCode, grafanaMessage, grafanaStatus, messageId, reason, body);
    }
}
