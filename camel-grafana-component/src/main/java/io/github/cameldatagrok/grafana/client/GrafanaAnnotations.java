package io.github.cameldatagrok.grafana.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.grafana.client.model.AnnotationQuery;

/** Annotations ({@code /api/annotations}); times are epoch milliseconds. */
public final class GrafanaAnnotations {

    private static final String ANNOTATIONS = "/api/annotations";
    private final GrafanaHttp http;

    GrafanaAnnotations(GrafanaHttp http) {
        this.http = http;
    }

    /**
     * {@code POST /api/annotations {"dashboardUID"?,"panelId"?,"time"?,"timeEnd"?,"tags"?,"text"}} -> the new id.
     * Without a dashboard it is an organisation annotation, found by its tags. Never repeated: a repeat would add a
     * second annotation.
     */
    public long create(JsonNode annotation) {
        ObjectNode body = JsonObjects.copyOf(annotation);
        if (DashboardBodies.text(body, "text") == null) {
            throw new IllegalArgumentException("An annotation needs a text");
        }
        checkTimes(body);
        if (body.hasNonNull("dashboardUID")) {
            DashboardUids.check(body.get("dashboardUID").asText());
        }
        JsonNode answer = http.send("POST", ANNOTATIONS, body, false).body();
        if (answer == null || !answer.path("id").canConvertToLong()) {
            throw new IllegalStateException("Grafana answered POST /api/annotations without the new id");
        }
        return answer.get("id").asLong();
    }

    /** {@code GET /api/annotations?from=&to=&tags=&matchAny=&dashboardUID=&type=&limit=}. */
    public JsonNode find(AnnotationQuery query) {
        return http.get(GrafanaQuery.path(ANNOTATIONS)
                .add("from", query.from())
                .add("to", query.to())
                .add("tags", query.tags())
                .add("matchAny", query.matchAny() ? "true" : null)
                .add("dashboardUID", query.dashboardUid())
                .add("type", query.type())
                .add("limit", query.limit())
                .toString());
    }

    /** {@code GET /api/annotations/:id}. */
    public JsonNode get(long id) {
        return http.get(ANNOTATIONS + "/" + id);
    }

    /** {@code PUT /api/annotations/:id}: replaces text, tags, time, timeEnd and data. */
    public JsonNode update(long id, JsonNode annotation) {
        ObjectNode body = JsonObjects.copyOf(annotation);
        if (DashboardBodies.text(body, "text") == null) {
            throw new IllegalArgumentException("An annotation update replaces it: it needs a text");
        }
        checkTimes(body);
        return http.send("PUT", ANNOTATIONS + "/" + id, body, true).body();
    }

    /** {@code DELETE /api/annotations/:id}. */
    public JsonNode delete(long id) {
        return http.send("DELETE", ANNOTATIONS + "/" + id, null, true).body();
    }

    private static void checkTimes(ObjectNode body) {
        for (String field : new String[] {"time", "timeEnd"}) {
            JsonNode value = body.get(field);
            if (value != null && !value.isNull() && !value.canConvertToLong()) {
                throw new IllegalArgumentException("The annotation's " + field + " must be epoch milliseconds, was "
                        + value);
            }
        }
        if (body.path("time").canConvertToLong() && body.path("timeEnd").canConvertToLong()
                && body.get("timeEnd").asLong() < body.get("time").asLong()) {
            throw new IllegalArgumentException("The annotation ends (timeEnd) before it starts (time)");
        }
    }
}
