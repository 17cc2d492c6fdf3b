package io.github.cameldatagrok.grafana.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Data sources by uid ({@code /api/datasources/uid/:uid}); the numeric-id routes are off by default in Grafana 13 and
 * never used. Create is {@code POST /api/datasources} (never {@code PUT}, which only pre-release 2.0 took as create).
 */
public final class GrafanaDataSources {

    private static final String DATASOURCES = "/api/datasources";
    private final GrafanaHttp http;

    GrafanaDataSources(GrafanaHttp http) {
        this.http = http;
    }

    /** {@code GET /api/datasources}: all of them (Grafana does not page this list). */
    public JsonNode list() {
        return http.get(DATASOURCES);
    }

    /** {@code GET /api/datasources/uid/:uid}. */
    public JsonNode get(String uid) {
        return http.get(DATASOURCES + "/uid/" + checkUid(uid));
    }

    /** {@code GET /api/datasources/name/:name} (deprecated by Grafana, still served). */
    public JsonNode getByName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("No data source name given");
        }
        return http.get(DATASOURCES + "/name/" + GrafanaQuery.segment(name));
    }

    /** {@code POST /api/datasources}: {@code {"datasource":{...},"id","message","name"}}; 409 when the name exists. */
    public JsonNode create(JsonNode dataSource) {
        ObjectNode body = JsonObjects.copyOf(dataSource);
        if (DashboardBodies.text(body, "name") == null || DashboardBodies.text(body, "type") == null) {
            throw new IllegalArgumentException("A data source needs a name and a type (the plugin id, e.g. prometheus)");
        }
        return http.send("POST", DATASOURCES, body, body.hasNonNull("uid")).body();
    }

    /** {@code PUT /api/datasources/uid/:uid}: a full replace; a stale {@code version} in the body gives 409. */
    public JsonNode update(String uid, JsonNode dataSource) {
        ObjectNode body = JsonObjects.copyOf(dataSource);
        if (DashboardBodies.text(body, "name") == null || DashboardBodies.text(body, "type") == null) {
            throw new IllegalArgumentException("A data source update replaces it whole: name and type are needed");
        }
        return http.send("PUT", DATASOURCES + "/uid/" + checkUid(uid), body, true).body();
    }

    /** {@code DELETE /api/datasources/uid/:uid}. */
    public JsonNode delete(String uid) {
        return http.send("DELETE", DATASOURCES + "/uid/" + checkUid(uid), null, true).body();
    }

    /**
     * {@code GET /api/datasources/uid/:uid/health}: {@code {"status":"OK","message"}}. A plugin reporting
     * {@code ERROR} makes Grafana answer 400 with the same shape; that is a result, returned, not thrown.
     */
    public JsonNode health(String uid) {
        try {
            return http.get(DATASOURCES + "/uid/" + checkUid(uid) + "/health");
        } catch (GrafanaApiException e) {
            if (e.getStatusCode() == 400 && e.getBody() != null && e.getBody().hasNonNull("status")) {
                return e.getBody();
            }
            throw e;
        }
    }

    private static String checkUid(String uid) {
        return DashboardUids.check(uid);
    }
}
