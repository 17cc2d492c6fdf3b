package io.github.cameldatagrok.emulator.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;

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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream bounded = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (bytes.size() + len > MAX_BYTES) {
                    throw new BodyTooLarge();
                }
                bytes.write(b, off, len);
            }
        };
        try {
            exchange.copyBodyTo(Channels.newChannel(bounded));
        } catch (BodyTooLarge tooLarge) {
            ApiErrors.apiError(exchange, "Request body larger than " + MAX_BYTES + " bytes", 400);
            return null;
        }
        if (bytes.size() == 0) {
            ApiErrors.apiError(exchange, "Empty request body: a JSON entity is required", 400);
            return null;
        }
        try {
            return Json.MAPPER.readTree(bytes.toByteArray());
        } catch (JsonProcessingException e) {
            ApiErrors.apiError(exchange, "Malformed JSON body: " + e.getOriginalMessage(), 400);
            return null;
        }
    }

    private static final class BodyTooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }
}
