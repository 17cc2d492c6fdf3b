package io.github.cameldatagrok.emulator.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Datagrok's error shapes (status, {@code api-error} header, ApiError body on HTTP 200), in one place so every area answers alike:
 * <ol>
 * <li>HTTP status >= 400 with {@code {"message": "...", "errorCode": n}} ({@link #httpError});</li>
 * <li>HTTP 200 with an ApiError object {@code {"#type":"ApiError","message":"...","errorCode":n}}
 * ({@link #apiError}), or that object as a JSON string literal ({@link #apiErrorAsString});</li>
 * <li>the {@code api-error} response header, set with both ApiError forms unless a test asks otherwise.</li>
 * </ol>
 */
public final class ApiErrors {

    public static final String API_ERROR_HEADER = "api-error";

    private ApiErrors() {
    }

    public static ObjectNode apiErrorBody(String message, Integer errorCode) {
        ObjectNode body = Json.object();
        body.put("#type", "ApiError");
        body.put("message", message);
        if (errorCode != null) {
            body.put("errorCode", errorCode);
        }
        return body;
    }

    public static ObjectNode httpErrorBody(String message, Integer errorCode) {
        ObjectNode body = Json.object();
        body.put("message", message);
        if (errorCode != null) {
            body.put("errorCode", errorCode);
        }
        return body;
    }

    /** HTTP 200 + {@code api-error} header + ApiError object: how Datagrok reports most failures. */
    public static void apiError(Exchange exchange, String message, Integer errorCode) throws IOException {
        apiError(exchange, message, errorCode, true);
    }

    public static void apiError(Exchange exchange, String message, Integer errorCode, boolean header)
            throws IOException {
        if (header) {
            exchange.responseHeader(API_ERROR_HEADER, headerValue(message));
        }
        exchange.sendJson(200, apiErrorBody(message, errorCode));
    }

    /**
     * HTTP 200 with the ApiError object serialized into a JSON string literal ({@code "{\"#type\":...}"}):
     * what a Datagrok handler that returned text produces.
     */
    public static void apiErrorAsString(Exchange exchange, String message, Integer errorCode, String contentType,
            boolean header) throws IOException {
        if (header) {
            exchange.responseHeader(API_ERROR_HEADER, headerValue(message));
        }
        try {
            String inner = Json.MAPPER.writeValueAsString(apiErrorBody(message, errorCode));
            byte[] body = Json.MAPPER.writeValueAsBytes(inner);
            exchange.send(200, contentType, body);
        } catch (JsonProcessingException e) {
            throw new IOException(e);
        }
    }

    /** An HTTP error status with {@code {"message": ..., "errorCode": status}}. */
    public static void httpError(Exchange exchange, int status, String message) throws IOException {
        exchange.sendJson(status, httpErrorBody(message, status));
    }

    /** 401 {@code {"message":"Unauthorized"}}. */
    public static void unauthorized(Exchange exchange) throws IOException {
        exchange.sendJson(401, httpErrorBody("Unauthorized", null));
    }

    /** 404 {@code {"message":"Not Found"}}: unknown route or method. */
    public static void routeNotFound(Exchange exchange) throws IOException {
        exchange.sendJson(404, httpErrorBody("Not Found", null));
    }

    /** Plain body of an arbitrary content type (an HTML gateway page, say) with an error status. */
    public static void rawError(Exchange exchange, int status, String contentType, String body) throws IOException {
        exchange.send(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Header values must be visible ASCII; the message is reduced to that, and kept short. */
    static String headerValue(String message) {
        String text = message == null || message.isBlank() ? "ApiError" : message;
        StringBuilder out = new StringBuilder(Math.min(text.length(), 200));
        for (int i = 0; i < text.length() && out.length() < 200; i++) {
            char c = text.charAt(i);
            out.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return out.toString().trim();
    }
}
