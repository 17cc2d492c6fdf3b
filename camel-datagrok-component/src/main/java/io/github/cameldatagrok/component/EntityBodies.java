package io.github.cameldatagrok.component;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.WrappedFile;

/**
 * The entity a save sends (a group, user, connection, credentials, script, query, batch): the body as the model
 * itself, a Map converted, or JSON (text, bytes, a stream, a file) parsed. Anything else is refused before sending.
 */
final class EntityBodies {

    private EntityBodies() {
    }

    /** The body as {@code type}, or null for no body (or blank text); {@code what} names the action in errors. */
    static <T> T read(Exchange exchange, Class<T> type, String what, ObjectMapper json) {
        Object body = exchange.getMessage().getBody();
        String name = type.getSimpleName();
        if (body != null && !(type.isInstance(body) || body instanceof Map || body instanceof String
                || body instanceof byte[] || body instanceof InputStream || body instanceof File
                || body instanceof Path || body instanceof WrappedFile<?>)) {
            throw new IllegalArgumentException("The body of a " + what + " must be a " + name + ", a Map or JSON"
                    + " (String, byte[], InputStream, File), not " + body.getClass().getName());
        }
        try {
            if (body == null || body instanceof String text && text.isBlank()) {
                return null;
            } else if (type.isInstance(body)) {
                return type.cast(body);
            } else if (body instanceof Map<?, ?> map) {
                return json.convertValue(map, type);
            } else if (body instanceof String text) {
                return json.readValue(text, type);
            } else if (body instanceof byte[] bytes) {
                return json.readValue(bytes, type);
            } else if (body instanceof InputStream in) {
                return json.readValue(in, type);
            } else {
                return json.readValue(exchange.getMessage().getMandatoryBody(File.class), type);
            }
        } catch (IOException | IllegalArgumentException | InvalidPayloadException e) {
            throw new IllegalArgumentException("The body of a " + what + " is not a JSON " + name + ": "
                    + e.getMessage(), e);
        }
    }

    /** As {@link #read}, but a missing body is an error. */
    static <T> T require(Exchange exchange, Class<T> type, String what, ObjectMapper json) {
        T value = read(exchange, type, what, json);
        if (value == null) {
            throw new IllegalArgumentException("No " + type.getSimpleName() + " to send: the body of a " + what
                    + " must be a " + type.getSimpleName() + ", a Map or JSON");
        }
        return value;
    }
}
