package io.github.cameldatagrok.grafana.component;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.WrappedFile;

/**
 * The message bodies the producers take as JSON (a dashboard, a folder, a data source, ...), and the Java form
 * (Map, List) Grafana's answers are handed over in. A body is read whole, up to a cap, before anything is sent.
 */
final class GrafanaBodies {

    static final String ACCEPTED = "a JSON String, byte[], InputStream, File, Path or GenericFile, a Map or a List";

    private GrafanaBodies() {
    }

    /** The body as JSON, or null when there is none; bad JSON is an error naming the problem. */
    static JsonNode json(Exchange exchange, ObjectMapper json, long maxSize) {
        Object body = exchange.getMessage().getBody();
        if (body instanceof WrappedFile<?> wrapped) {
            body = wrapped.getFile();
        }
        if (body == null) {
            return null;
        }
        try {
            if (body instanceof JsonNode node) {
                return node;
            }
            if (body instanceof Map<?, ?> || body instanceof Collection<?>) {
                return json.valueToTree(body);
            }
            if (body instanceof String text) {
                return text.isBlank() ? null : parse(json, text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        maxSize, "the String body");
            }
            if (body instanceof byte[] bytes) {
                return bytes.length == 0 ? null : parse(json, bytes, maxSize, "the byte[] body");
            }
            if (body instanceof File file) {
                return read(json, file.toPath(), maxSize);
            }
            if (body instanceof Path path) {
                return read(json, path, maxSize);
            }
            if (body instanceof InputStream in) {
                try (in) {
                    return parse(json, readCapped(in, maxSize, "the InputStream body"), maxSize, "the InputStream body");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the message body: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("Unsupported body type " + body.getClass().getName() + ": send " + ACCEPTED);
    }

    private static JsonNode read(ObjectMapper json, Path path, long maxSize) throws IOException {
        long size = Files.size(path);
        if (size > maxSize) {
            throw tooLarge(path.toString(), maxSize);
        }
        try (InputStream in = Files.newInputStream(path)) {
            return parse(json, readCapped(in, maxSize, path.toString()), maxSize, path.toString());
        }
    }

    private static byte[] readCapped(InputStream in, long maxSize, String what) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxSize + 1));
        if (bytes.length > maxSize) {
            throw tooLarge(what, maxSize);
        }
        return bytes;
    }

    private static JsonNode parse(ObjectMapper json, byte[] bytes, long maxSize, String what) {
        if (bytes.length > maxSize) {
            throw tooLarge(what, maxSize);
        }
        try {
            return json.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The body (" + what + ") is not valid JSON: " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IllegalArgumentException tooLarge(String what, long maxSize) {
        return new IllegalArgumentException(what + " is larger than " + maxSize
                + " bytes (maxResponseSize), more than any dashboard Grafana takes");
    }

    /** An answer as plain Java: Map, List, String, Number, Boolean or null. */
    static Object toJava(ObjectMapper json, JsonNode answer) {
        return answer == null || answer.isNull() ? null : json.convertValue(answer, Object.class);
    }

    /** A dashboard as pretty JSON text, for files and version control. */
    static String toText(ObjectMapper json, JsonNode model) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(model);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
