package io.github.cameldatagrok.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameldatagrok.client.model.ListResult;
import org.apache.hc.client5.http.classic.methods.HttpDelete;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/**
 * The JSON calls of the entity resources (users, connections, credentials, packages, batch): GET, POST and DELETE of
 * JSON, answers converted to models, lists read as a stream with a cap. Reads (GET) are retried like every GET;
 * saves and deletes are not.
 */
final class JsonCalls {

    private final DatagrokClient client;

    JsonCalls(DatagrokClient client) {
        this.client = client;
    }

    ObjectMapper json() {
        return client.json();
    }

    /** GET of one entity; an answer that is no JSON object is an error naming {@code type}. */
    <T> T get(String path, String query, Class<T> type) {
        return convert("GET", path, client.transport().callJson(new HttpGet(client.transport().uri(path + query)), path, true), type);
    }

    /** GET of a JSON answer as it came (null for an empty one). */
    JsonNode getJson(String path, String query) {
        return client.transport().callJson(new HttpGet(client.transport().uri(path + query)), path, true);
    }

    /**
     * GET of a list, read item by item: at most {@code maxResults} items (0 or less: all), the rest of the answer is
     * not read (the connection is closed rather than drained).
     */
    <T> ListResult<T> list(String path, String query, Class<T> type, int maxResults) {
        HttpGet request = new HttpGet(client.transport().uri(path + query));
        request.setHeader("Accept", "application/json");
        try (InputStream in = client.openStream(request, path); JsonParser parser = json().createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new ListResult<>(List.of(), false);
            }
            if (first != JsonToken.START_ARRAY) {
                throw new DatagrokApiException("GET", path, 200, "Datagrok answered with " + first
                        + " where a list was expected", null);
            }
            List<T> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (maxResults > 0 && items.size() == maxResults) {
                    return new ListResult<>(items, true);
                }
                items.add(json().readValue(parser, type));
            }
            return new ListResult<>(items, false);
        } catch (JsonProcessingException e) {
            throw new DatagrokApiException("GET", path, 200, "Datagrok answered with a list that is not valid JSON: "
                    + e.getOriginalMessage(), null);
        } catch (IOException e) {
            throw client.transport().transportFailure("GET", path, e);
        }
    }

    /** POST of {@code body} as JSON; the answer converted to {@code type}. */
    <T> T post(String path, String query, Object body, Class<T> type) {
        return convert("POST", path, postJson(path, query, body), type);
    }

    /** POST of {@code body} (null: no body) as JSON; the answer as it came (null for an empty one). */
    JsonNode postJson(String path, String query, Object body) {
        HttpPost post = new HttpPost(client.transport().uri(path + query));
        if (body != null) {
            try {
                post.setEntity(new ByteArrayEntity(json().writeValueAsBytes(body), ContentType.APPLICATION_JSON));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("The Datagrok " + body.getClass().getSimpleName()
                        + " cannot be written as JSON: " + e.getOriginalMessage(), e);
            }
        }
        return client.transport().callJson(post, path, false);
    }

    /**
     * POST of {@code body} as JSON whose answer is text: a JSON string (quotes removed), or the bare text when the
     * answer is not JSON. At most {@code maxChars} characters are read; an ApiError answer raises as usual.
     */
    String postForText(String path, Object body, int maxChars) {
        HttpPost post = new HttpPost(client.transport().uri(path));
        try {
            post.setEntity(new ByteArrayEntity(json().writeValueAsBytes(body), ContentType.APPLICATION_JSON));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The Datagrok " + body.getClass().getSimpleName()
                    + " cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
        try (InputStream in = client.openStream(post, path)) {
            byte[] bytes = in.readNBytes(maxChars * 4);
            String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).trim();
            if (text.startsWith("\"")) {
                try {
                    JsonNode string = json().readTree(text);
                    if (string != null && string.isTextual()) {
                        text = string.asText();
                    }
                } catch (JsonProcessingException notJson) {
                    // a quoted text that is not a JSON string: strip the quotes as they are
                    text = text.length() > 1 && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
                }
            }
            return text.length() > maxChars ? text.substring(0, maxChars) : text;
        } catch (IOException e) {
            throw client.transport().transportFailure("POST", path, e);
        }
    }

    void delete(String path) {
        client.transport().callJson(new HttpDelete(client.transport().uri(path)), path, false);
    }

    private <T> T convert(String method, String path, JsonNode answer, Class<T> type) {
        if (answer == null || !answer.isObject()) {
            throw new DatagrokApiException(method, path, 200, "Datagrok sent no " + type.getSimpleName(), null);
        }
        try {
            return json().treeToValue(answer, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new DatagrokApiException(method, path, 200, "Datagrok sent a " + type.getSimpleName()
                    + " this client cannot read: " + e.getMessage(), null);
        }
    }

}
