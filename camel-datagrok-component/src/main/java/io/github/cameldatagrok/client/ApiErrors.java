package io.github.cameldatagrok.client;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.cameldatagrok.transport.HttpErrorMapper;
import io.github.cameldatagrok.transport.HttpFailure;
import org.apache.hc.core5.http.HttpResponse;

/**
 * Recognises the three shapes in which Datagrok reports a failure: a status of 400 or more, an {@code api-error}
 * response header, and an {@code ApiError} body sent with HTTP 200, either as a JSON object or as a JSON string
 * holding that object. As the transport's {@link HttpErrorMapper} it also turns a redirect (never followed) into a
 * {@link DatagrokApiException} naming the status and the {@code Location}.
 */
final class ApiErrors implements HttpErrorMapper {

    static final String API_ERROR_HEADER = "api-error";
    /** An ApiError, stack trace included, is far smaller than this; a larger body is data. */
    static final int MAX_ERROR_BODY = 1024 * 1024;
    private static final String GENERIC_MESSAGE = "Something went wrong during request";

    private final ObjectMapper json = new ObjectMapper();

    /** The {@code api-error} header fails an answer whatever its status (Python client, final version). */
    @Override
    public boolean failsByHeaders(HttpResponse response) {
        return response.containsHeader(API_ERROR_HEADER);
    }

    @Override
    public RuntimeException toException(HttpFailure failure) {
        if (failure.isRedirect()) {
            return new DatagrokApiException(failure.method(), failure.path(), failure.status(),
                    failure.redirectMessage(), null);
        }
        String apiErrorHeader = failure.header(API_ERROR_HEADER);
        JsonNode error = parseApiError(failure.body(), json);
        String message;
        if (error != null) {
            message = text(error, "message", "error");
        } else if (apiErrorHeader != null) {
            message = apiErrorHeader.isBlank() || "true".equalsIgnoreCase(apiErrorHeader) ? GENERIC_MESSAGE
                    : apiErrorHeader;
        } else {
            message = failure.reasonPhrase();
        }
        return new DatagrokApiException(failure.method(), failure.path(), failure.status(), message,
                error == null ? null : text(error, "errorCode"));
    }

    @Override
    public RuntimeException errorInAnswer(String method, String path, int status, JsonNode answer) {
        JsonNode error = asApiError(answer, json);
        return error == null ? null
                : new DatagrokApiException(method, path, status, text(error, "message", "error"), text(error, "errorCode"));
    }

    /** Raises when a JSON answer with a success status is an ApiError (object or JSON string holding one). */
    static JsonNode raiseIfApiError(String method, String path, int status, JsonNode answer, ObjectMapper json) {
        RuntimeException error = new ApiErrors().errorInAnswer(method, path, status, answer);
        if (error != null) {
            throw error;
        }
        return answer;
    }

    /**
     * Wraps a streamed download (CSV, bytes): only a body that as a whole parses as an ApiError is an error,
     * so just a body starting like JSON is looked at, and at most {@link #MAX_ERROR_BODY} bytes of it.
     * The returned stream yields the same bytes as the original.
     */
    static InputStream checkStream(String method, String path, int status, InputStream in, ObjectMapper json)
            throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
        buffered.mark(MAX_ERROR_BODY + 1);
        int first = buffered.read();
        while (first == ' ' || first == '\n' || first == '\r' || first == '\t') {
            first = buffered.read();
        }
        if (first == '{' || first == '"') {
            byte[] head = buffered.readNBytes(MAX_ERROR_BODY);
            if (head.length < MAX_ERROR_BODY) {
                String whole = (char) first + new String(head, StandardCharsets.UTF_8);
                JsonNode error = parseApiError(whole, json);
                if (error != null) {
                    buffered.close();
                    throw new DatagrokApiException(method, path, status, text(error, "message", "error"),
                            text(error, "errorCode"));
                }
            }
        }
        buffered.reset();
        return buffered;
    }

    private static JsonNode parseApiError(String body, ObjectMapper json) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = strict(json).readTree(body);
            JsonNode error = asApiError(node, json);
            if (error != null) {
                return error;
            }
            // a plain error object sent with a failure status: {"message": ...} or {"error": ...}
            return node != null && node.isObject() && (node.has("message") || node.has("error")) ? node : null;
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }

    private static JsonNode asApiError(JsonNode node, ObjectMapper json) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            String text = node.textValue().trim();
            if (!text.startsWith("{")) {
                return null;
            }
            try {
                node = strict(json).readTree(text);
            } catch (JsonProcessingException notJson) {
                return null;
            }
        }
        return node.isObject() && "ApiError".equals(node.path("#type").asText(null)) ? node : null;
    }

    /** Only a body that is one JSON value as a whole counts; data that merely starts like JSON does not. */
    private static ObjectReader strict(ObjectMapper json) {
        return json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    private static String text(JsonNode node, String... fields) {
        for (String field : fields) {
            JsonNode value = node.get(field);
            if (value != null && !value.isNull()) {
                return value.isTextual() ? value.textValue() : value.toString();
            }
        }
        return null;
    }
}
