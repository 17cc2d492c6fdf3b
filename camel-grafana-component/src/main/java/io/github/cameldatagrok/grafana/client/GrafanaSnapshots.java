package io.github.cameldatagrok.grafana.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Dashboard snapshots ({@code /api/snapshots}). */
public final class GrafanaSnapshots {

    private final GrafanaHttp http;

    GrafanaSnapshots(GrafanaHttp http) {
        this.http = http;
    }

    /**
     * {@code POST /api/snapshots {"dashboard":{...},"name"?,"expires"?}} -> {@code {"key","deleteKey","url",
     * "deleteUrl","id"}}. The dashboard must already hold its rendered data.
     */
    public JsonNode create(JsonNode snapshot) {
        ObjectNode body = JsonObjects.copyOf(snapshot);
        if (!body.path("dashboard").isObject()) {
            throw new IllegalArgumentException("A snapshot needs a dashboard (with its data): {\"dashboard\":{...}}");
        }
        if (body.path("external").asBoolean(false) && (!body.hasNonNull("key") || !body.hasNonNull("deleteKey"))) {
            throw new IllegalArgumentException("An external snapshot needs key and deleteKey");
        }
        return http.send("POST", "/api/snapshots", body, false).body();
    }

    /** {@code GET /api/snapshots/:key}. */
    public JsonNode get(String key) {
        return http.get("/api/snapshots/" + checkKey(key));
    }

    /** {@code DELETE /api/snapshots/:key}. */
    public JsonNode delete(String key) {
        return http.send("DELETE", "/api/snapshots/" + checkKey(key), null, true).body();
    }

    private static String checkKey(String key) {
        if (key == null || !key.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("Invalid snapshot key '" + key + "'");
        }
        return key;
    }
}
