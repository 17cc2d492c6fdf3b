package io.github.cameldatagrok.grafana.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Grafana answered with an error status. Carries what Grafana said in whichever of its error shapes it used:
 * {@code {"message"}}, {@code {"message","status"}} (dashboard and folder saves), the errutil
 * {@code {"statusCode","messageId","message"}}, the RBAC {@code {"accessErrorId","message","title"}} or the
 * Kubernetes {@code Status} of the {@code /apis} routes ({@code reason}); for a body that is not JSON (a proxy's HTML
 * page), its first few hundred characters as the message.
 */
public class GrafanaApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String method;
    private final String path;
    private final int statusCode;
    private final String grafanaMessage;
    private final String grafanaStatus;
    private final String messageId;
    private final String reason;
    private final transient JsonNode body;

    public GrafanaApiException(String method, String path, int statusCode, String grafanaMessage, String grafanaStatus,
                               String messageId, String reason, JsonNode body) {
        super(describe(method, path, statusCode, grafanaMessage, grafanaStatus != null ? grafanaStatus
                : messageId != null ? messageId : reason));
        this.method = method;
        this.path = path;
        this.statusCode = statusCode;
        this.grafanaMessage = grafanaMessage;
        this.grafanaStatus = grafanaStatus;
        this.messageId = messageId;
        this.reason = reason;
        this.body = body;
    }

    private static String describe(String method, String path, int status, String message, String code) {
        StringBuilder text = new StringBuilder("Grafana answered ").append(method).append(' ').append(path)
                .append(" with HTTP ").append(status);
        if (code != null && !code.isEmpty()) {
            text.append(" (").append(code).append(')');
        }
        if (message != null && !message.isEmpty()) {
            text.append(": ").append(message);
        }
        return text.toString();
    }

    /** The HTTP method of the failed request. */
    public String getMethod() {
        return method;
    }

    /** The path of the failed request, without the base URL and the query. */
    public String getPath() {
        return path;
    }

    public int getStatusCode() {
        return statusCode;
    }

    /** Grafana's {@code message}, or the start of a non-JSON body. */
    public String getGrafanaMessage() {
        return grafanaMessage;
    }

    /**
     * The {@code status} field of a dashboard or folder error ({@code version-mismatch}, {@code name-exists},
     * {@code plugin-dashboard}, {@code not-found}, {@code empty-name}), or null.
     */
    public String getGrafanaStatus() {
        return grafanaStatus;
    }

    /** The errutil {@code messageId} ({@code publicdashboards.dashboardIsPublic}, {@code auth.unauthorized}), or null. */
    public String getMessageId() {
        return messageId;
    }

    /** The {@code reason} of a Kubernetes Status from the {@code /apis} routes ({@code Conflict}, {@code NotFound}), or null. */
    public String getReason() {
        return reason;
    }

    /** The error body when it was JSON, else null. */
    public JsonNode getBody() {
        return body;
    }
}
