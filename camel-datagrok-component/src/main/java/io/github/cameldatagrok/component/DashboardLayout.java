package io.github.cameldatagrok.component;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameldatagrok.client.UploadContent;
import org.apache.camel.Exchange;
import org.apache.camel.support.ResourceHelper;

/**
 * The layout of a dashboard: the file of the {@code layout} option, else the body (JSON {@code String},
 * {@code Map}, {@code byte[]}, {@code InputStream}, {@code File}, {@code Path} or {@code GenericFile}), else none.
 * Text and Maps are checked to be JSON before anything is sent; files and streams are sent unchanged, streamed.
 * A body that is a table upload's answer (a Map with {@code ID} and {@code Grok name}, left by a datagrok:table
 * upload just before) is not a layout.
 */
final class DashboardLayout {

    static final String ACCEPTED = "a JSON String, Map, byte[], InputStream, File, Path or GenericFile";

    private DashboardLayout() {
    }

    private static UploadContent resource(Exchange exchange, String uri) {
        try {
            return UploadContent.of(ResourceHelper.resolveMandatoryResourceAsInputStream(exchange.getContext(), uri));
        } catch (IOException e) {
            throw new IllegalArgumentException("The Datagrok dashboard layout " + uri + " (option layout) cannot be"
                    + " read: " + e.getMessage(), e);
        }
    }

    static UploadContent resolve(Exchange exchange, DatagrokEndpoint endpoint, ObjectMapper json) {
        String file = endpoint.getConfiguration().getLayout();
        if (file != null && !file.isBlank() && ResourceHelper.hasScheme(file) && !file.startsWith("file:")) {
            // classpath:, http: ... as in Camel's other resource options (xslt, validator)
            return resource(exchange, file);
        }
        if (file != null && !file.isBlank()) {
            Path path = Path.of(file.startsWith("file:") ? file.substring("file:".length()) : file);
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                throw new IllegalArgumentException("The Datagrok dashboard layout file " + path.toAbsolutePath()
                        + " (option layout) does not exist or is not readable");
            }
            return UploadContent.of(path);
        }
        Object body = TableBodies.unwrapFile(exchange, exchange.getMessage().getBody());
        if (body == null || isTableUploadAnswer(body)) {
            return null;
        }
        if (body instanceof String text) {
            return text.isBlank() ? null : UploadContent.of(checkedJson(text, json));
        } else if (body instanceof byte[] bytes) {
            return bytes.length == 0 ? null : UploadContent.of(checkedJson(new String(bytes, StandardCharsets.UTF_8), json));
        } else if (body instanceof Map<?, ?> map) {
            try {
                return UploadContent.of(json.writeValueAsBytes(map));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("The Datagrok dashboard layout Map cannot be written as JSON: "
                        + e.getOriginalMessage(), e);
            }
        } else if (body instanceof InputStream in) {
            return UploadContent.of(in);
        } else if (body instanceof File f) {
            return UploadContent.of(f.toPath());
        } else if (body instanceof Path p) {
            return UploadContent.of(p);
        }
        throw new IllegalArgumentException("Unsupported body type " + body.getClass().getName()
                + " for a Datagrok dashboard layout: send " + ACCEPTED + ", or set the layout option");
    }

    private static boolean isTableUploadAnswer(Object body) {
        return body instanceof Map<?, ?> map && map.containsKey("ID") && map.containsKey("Grok name");
    }

    private static String checkedJson(String text, ObjectMapper json) {
        try {
            MessageOptions.readJson(text, json);
            return text;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The Datagrok dashboard layout in the body is not JSON: "
                    + e.getOriginalMessage());
        }
    }
}
