package io.github.cameldatagrok.grafana.emulator.http;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.emulator.http.Exchange;

/**
 * Reads a JSON object request body. Grafana's binding answers 400 {@code {"message":"bad request data"}} to a body
 * it cannot decode; the emulator also refuses a body sent as another media type (415), and one over
 * {@value #MAX_BYTES} bytes (413), rather than holding it in heap.
 */
public final class JsonRequest {

    public static final int MAX_BYTES = 16 * 1024 * 1024;

    private JsonRequest() {
    }

    /** The body as a JSON object, or null after answering the error itself. */
    public static ObjectNode object(Exchange exchange) throws IOException {
        return object(exchange, MAX_BYTES, false);
    }

    /**
     * @param maxBytes    larger bodies are refused
     * @param errutilForm answer errors in the errutil shape with this area's {@code badRequest} id (public dashboards)
     */
    public static ObjectNode object(Exchange exchange, int maxBytes, boolean errutilForm) throws IOException {
        String mediaType = exchange.mediaType();
        if (mediaType != null && !mediaType.equals("application/json")) {
            GrafanaErrors.message(exchange, 415, "Unsupported Media Type: " + exchange.contentType()
                    + "; this route takes application/json");
            return null;
        }
        byte[] bytes;
        try {
            bytes = exchange.readSmallBody(maxBytes);
        } catch (Exchange.BodyTooLargeException tooLarge) {
            if (errutilForm) {
                GrafanaErrors.errutil(exchange, 400, "publicdashboards.badRequest", "request body too large");
            } else {
                GrafanaErrors.message(exchange, 413, "request body too large");
            }
            return null;
        }
        JsonNode node;
        try {
            node = bytes.length == 0 ? null : GrafanaErrors.JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            if (errutilForm) {
                GrafanaErrors.errutil(exchange, 400, "publicdashboards.badRequest", "bad request data");
            } else {
                GrafanaErrors.message(exchange, 400, "bad request data");
            }
            return null;
        }
        return (ObjectNode) node;
    }
}
