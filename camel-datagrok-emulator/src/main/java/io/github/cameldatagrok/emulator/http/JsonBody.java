package io.github.cameldatagrok.emulator.http;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** Reads a small JSON request body (an entity to save), refusing bodies that are not JSON or too large. */
public final class JsonBody {

    /** Entities are small; a larger body is refused rather than held in heap. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    private JsonBody() {
    }

    /**
     * The body as JSON, or null after answering the error itself: 415 for another Content-Type, ApiError 400 for
     * an empty, too large or malformed body.
     */
    public static JsonNode read(Exchange exchange) throws IOException {
        if (!"application/json".equals(exchange.mediaType())) {
            ApiErrors.httpError(exchange, 415, "Unsupported Media Type: "
                    + (exchange.contentType() == null ? "no Content-Type" : exchange.contentType())
                    + "; this route takes application/json");
            return null;
        }
        byte[] bytes;
        try {
            bytes = exchange.readSmallBody(MAX_BYTES);
        } catch (Exchange.BodyTooLargeException tooLarge) {
            ApiErrors.apiError(exchange, tooLarge.getMessage(), 400);
            return null;
        }
        if (bytes.length == 0) {
            ApiErrors.apiError(exchange, "Empty request body: a JSON entity is required", 400);
            return null;
        }
        try {
            return Json.MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            ApiErrors.apiError(exchange, "Malformed JSON body: " + e.getOriginalMessage(), 400);
            return null;
        }
    }
}
