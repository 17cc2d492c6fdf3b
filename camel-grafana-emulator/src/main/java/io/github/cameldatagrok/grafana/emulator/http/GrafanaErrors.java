package io.github.cameldatagrok.grafana.emulator.http;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.emulator.http.Exchange;

/**
 * Grafana's error bodies, one method per shape, so every area answers alike:
 * <ol>
 * <li>{@code {"message"}}: most of {@code /api} ({@link #message});</li>
 * <li>{@code {"message","status"}}: dashboard and folder save and lookup ({@link #withStatus});</li>
 * <li>{@code {"extra":null,"message","messageId","statusCode","traceID":""}}: errutil, the authn 401s and public
 * dashboards ({@link #errutil});</li>
 * <li>the Kubernetes {@code Status} of {@code /apis} ({@link #kubernetes}).</li>
 * </ol>
 * Faults add the rest (HTML pages, RBAC 403s) as raw bodies.
 */
public final class GrafanaErrors {

    public static final ObjectMapper JSON = new ObjectMapper();

    private GrafanaErrors() {
    }

    public static void message(Exchange exchange, int status, String message) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.put("message", message);
        exchange.sendJson(status, body);
    }

    public static void withStatus(Exchange exchange, int code, String message, String status) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.put("message", message);
        body.put("status", status);
        exchange.sendJson(code, body);
    }

    public static ObjectNode errutilBody(int statusCode, String messageId, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.putNull("extra");
        body.put("message", message);
        body.put("messageId", messageId);
        body.put("statusCode", statusCode);
        body.put("traceID", "");
        return body;
    }

    public static void errutil(Exchange exchange, int statusCode, String messageId, String message)
            throws IOException {
        exchange.sendJson(statusCode, errutilBody(statusCode, messageId, message));
    }

    /**
     * A Kubernetes Status failure: {@code reason} is {@code NotFound}, {@code AlreadyExists}, {@code Conflict},
     * {@code BadRequest}, {@code Invalid}, {@code Forbidden}...; {@code name}/{@code group}/{@code kind} fill
     * {@code details} when not null.
     */
    public static void kubernetes(Exchange exchange, int code, String reason, String message, String name,
            String group, String kind) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.put("kind", "Status");
        body.put("apiVersion", "v1");
        body.putObject("metadata");
        body.put("status", "Failure");
        body.put("message", message);
        body.put("reason", reason);
        if (name != null || group != null || kind != null) {
            ObjectNode details = body.putObject("details");
            if (name != null) {
                details.put("name", name);
            }
            if (group != null) {
                details.put("group", group);
            }
            if (kind != null) {
                details.put("kind", kind);
            }
        }
        body.put("code", code);
        exchange.sendJson(code, body);
    }

    /** 404 {@code {"message":"Not found"}}: an unknown {@code /api} route (Grafana's router answers so). */
    public static void routeNotFound(Exchange exchange) throws IOException {
        message(exchange, 404, "Not found");
    }
}
