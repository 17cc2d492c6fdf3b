package io.github.cameldatagrok.grafana.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Turns an error answer of Grafana into the matching {@link GrafanaApiException}. */
final class GrafanaErrors {

    /** How much of a non-JSON error body (a proxy's HTML page) becomes the message. */
    static final int TEXT_SNIPPET = 300;

    private GrafanaErrors() {
    }

    /**
     * @param contentType the answer's {@code Content-Type}; the body is parsed as JSON only when it says JSON, since
     *                    proxies in front of Grafana answer with HTML (nginx's 413 page) or plain text
     */
    static GrafanaApiException of(String method, String path, int status, String contentType, String bodyText,
                                  ObjectMapper json) {
        JsonNode body = null;
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("json") && bodyText != null) {
            try {
                body = json.readTree(bodyText);
            } catch (JsonProcessingException e) {
                body = null;
            }
        }
        String message;
        String grafanaStatus = null;
        String messageId = null;
        String reason = null;
        if (body != null && body.isObject()) {
            message = text(body, "message");
            // {"message","status"}: the status field of dashboard and folder errors; a Kubernetes Status has
            // "status":"Failure" and a reason instead
            if ("Status".equals(text(body, "kind"))) {
                reason = text(body, "reason");
            } else {
                grafanaStatus = text(body, "status");
            }
            messageId = text(body, "messageId");
            if (message == null) {
                message = text(body, "error");
            }
        } else {
            message = snippet(bodyText);
        }
        if (status == 409 || status == 412) {
            // 409 always; 412 is how legacy dashboard and folder saves report a lost race (its status says which)
            return new GrafanaConflictException(method, path, status, message, grafanaStatus, messageId, reason, body);
        }
        if (status == 404) {
            return new GrafanaNotFoundException(method, path, status, message, grafanaStatus, messageId, reason, body);
        }
        return new GrafanaApiException(method, path, status, message, grafanaStatus, messageId, reason, body);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
    }

    static String snippet(String text) {
        if (text == null) {
            return null;
        }
        String collapsed = text.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim();
        return collapsed.length() <= TEXT_SNIPPET ? collapsed : collapsed.substring(0, TEXT_SNIPPET) + "...";
    }
}
