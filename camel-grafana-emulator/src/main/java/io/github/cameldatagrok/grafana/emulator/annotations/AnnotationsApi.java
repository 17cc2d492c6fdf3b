package io.github.cameldatagrok.grafana.emulator.annotations;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.emulator.http.ApiArea;
import io.github.cameldatagrok.emulator.http.Exchange;
import io.github.cameldatagrok.emulator.http.Router;
import io.github.cameldatagrok.grafana.emulator.GrafanaOrg;
import io.github.cameldatagrok.grafana.emulator.dashboards.Dashboard;
import io.github.cameldatagrok.grafana.emulator.http.GrafanaErrors;
import io.github.cameldatagrok.grafana.emulator.http.JsonRequest;
import io.github.cameldatagrok.grafana.emulator.http.Orgs;
import io.github.cameldatagrok.grafana.emulator.http.QueryNumbers;

/**
 * {@code /api/annotations}: create (also the Graphite form), find by time range (epoch ms), dashboard, panel and
 * tags ({@code limit} default 100, no paging), get one, replace ({@code PUT}), patch, delete, and tag counts.
 */
public final class AnnotationsApi implements ApiArea {

    public static final int DEFAULT_LIMIT = 100;

    @Override
    public void register(Router router) {
        router.post("/api/annotations", this::create);
        router.post("/api/annotations/graphite", this::createGraphite);
        router.get("/api/annotations", this::find);
        router.get("/api/annotations/tags", this::tags);
        router.get("/api/annotations/{id}", this::get);
        router.put("/api/annotations/{id}", e -> change(e, true));
        router.patch("/api/annotations/{id}", e -> change(e, false));
        router.delete("/api/annotations/{id}", this::delete);
    }

    private void create(Exchange exchange) throws IOException {
        ObjectNode body = JsonRequest.object(exchange);
        if (body == null) {
            return;
        }
        GrafanaOrg org = Orgs.of(exchange);
        String text = body.path("text").asText("");
        if (text.isEmpty()) {
            GrafanaErrors.message(exchange, 400, "Failed to save annotation");
            return;
        }
        String dashboardUid = body.path("dashboardUID").isTextual() && !body.path("dashboardUID").asText().isEmpty()
                ? body.path("dashboardUID").asText() : null;
        long dashboardId = 0;
        if (dashboardUid == null && body.path("dashboardId").asLong(0) > 0) {
            // the deprecated numeric form
            Dashboard byId = org.dashboards().findById(body.path("dashboardId").asLong()).orElse(null);
            if (byId == null) {
                GrafanaErrors.message(exchange, 404, "Dashboard not found");
                return;
            }
            dashboardUid = byId.uid();
        }
        if (dashboardUid != null) {
            Dashboard dashboard = org.dashboards().find(dashboardUid).orElse(null);
            if (dashboard == null) {
                GrafanaErrors.message(exchange, 404, "Dashboard not found");
                return;
            }
            dashboardId = dashboard.id();
        }
        long now = System.currentTimeMillis();
        long time = body.path("time").asLong(0) > 0 ? body.path("time").asLong() : now;
        Long timeEnd = body.path("timeEnd").asLong(0) > 0 ? body.path("timeEnd").asLong() : null;
        Annotation added = org.annotations().add(dashboardUid, dashboardId, body.path("panelId").asLong(0), time,
                timeEnd, text, tags(body.path("tags")), body.get("data"));
        ObjectNode answer = GrafanaErrors.JSON.createObjectNode();
        answer.put("message", "Annotation added");
        answer.put("id", added.id());
        exchange.sendJson(200, answer);
    }

    private void createGraphite(Exchange exchange) throws IOException {
        ObjectNode body = JsonRequest.object(exchange);
        if (body == null) {
            return;
        }
        String what = body.path("what").asText("");
        if (what.isEmpty()) {
            GrafanaErrors.message(exchange, 400, "Failed to save Graphite annotation");
            return;
        }
        List<String> tags = body.path("tags").isTextual()
                ? List.of(body.path("tags").asText().trim().split("\\s+")) : tags(body.path("tags"));
        long when = body.path("when").asLong(0) > 0 ? body.path("when").asLong() * 1000 : System.currentTimeMillis();
        JsonNode data = body.hasNonNull("data") ? body.get("data") : null;
        Annotation added = Orgs.of(exchange).annotations().add(null, 0, 0, when, null, what,
                tags.stream().filter(t -> !t.isEmpty()).toList(), data);
        ObjectNode answer = GrafanaErrors.JSON.createObjectNode();
        answer.put("message", "Graphite annotation added");
        answer.put("id", added.id());
        exchange.sendJson(200, answer);
    }

    private void find(Exchange exchange) throws IOException {
        GrafanaOrg org = Orgs.of(exchange);
        if ("alert".equals(exchange.queryParam("type"))) {
            // no alerting in the emulator: no alert annotations
            exchange.sendJson(200, GrafanaErrors.JSON.createArrayNode());
            return;
        }
        String dashboardUid = exchange.queryParam("dashboardUID");
        if ((dashboardUid == null || dashboardUid.isEmpty()) && QueryNumbers.orNull(exchange, "dashboardId") != null) {
            dashboardUid = org.dashboards().findById(QueryNumbers.orNull(exchange, "dashboardId")).map(Dashboard::uid)
                    .orElse("-none-");
        }
        Long limit = QueryNumbers.orNull(exchange, "limit");
        AnnotationStore.Query query = new AnnotationStore.Query(QueryNumbers.orNull(exchange, "from"),
                QueryNumbers.orNull(exchange, "to"), dashboardUid == null || dashboardUid.isEmpty() ? null : dashboardUid,
                QueryNumbers.orNull(exchange, "panelId"), exchange.queryParams("tags"),
                "true".equalsIgnoreCase(exchange.queryParam("matchAny")),
                limit == null || limit <= 0 ? DEFAULT_LIMIT : (int) Math.min(limit, Integer.MAX_VALUE));
        ArrayNode answer = GrafanaErrors.JSON.createArrayNode();
        for (Annotation annotation : org.annotations().find(query)) {
            answer.add(json(annotation));
        }
        exchange.sendJson(200, answer);
    }

    private void get(Exchange exchange) throws IOException {
        Long id = idParam(exchange);
        if (id == null) {
            return;
        }
        Annotation annotation = Orgs.of(exchange).annotations().find(id).orElse(null);
        if (annotation == null) {
            GrafanaErrors.message(exchange, 404, "Annotation not found");
            return;
        }
        exchange.sendJson(200, json(annotation));
    }

    private void change(Exchange exchange, boolean replace) throws IOException {
        Long id = idParam(exchange);
        if (id == null) {
            return;
        }
        ObjectNode body = JsonRequest.object(exchange);
        if (body == null) {
            return;
        }
        AnnotationStore store = Orgs.of(exchange).annotations();
        Annotation current = store.find(id).orElse(null);
        if (current == null) {
            GrafanaErrors.message(exchange, 404, "Annotation not found");
            return;
        }
        long time;
        long timeEnd;
        String text;
        List<String> tags;
        JsonNode data;
        if (replace) {
            time = body.path("time").asLong(0);
            timeEnd = body.path("timeEnd").asLong(0) > 0 ? body.path("timeEnd").asLong() : time;
            text = body.path("text").asText("");
            tags = tags(body.path("tags"));
            data = body.hasNonNull("data") ? body.get("data") : null;
        } else {
            time = body.has("time") ? body.path("time").asLong() : current.time();
            timeEnd = body.has("timeEnd") ? body.path("timeEnd").asLong() : current.timeEnd();
            text = body.has("text") ? body.path("text").asText() : current.text();
            tags = body.has("tags") ? tags(body.path("tags")) : current.tags();
            data = body.has("data") ? body.get("data") : current.data();
        }
        store.replace(id, time, timeEnd, text, tags, data);
        GrafanaErrors.message(exchange, 200, replace ? "Annotation updated" : "Annotation patched");
    }

    private void delete(Exchange exchange) throws IOException {
        Long id = idParam(exchange);
        if (id == null) {
            return;
        }
        if (!Orgs.of(exchange).annotations().delete(id)) {
            GrafanaErrors.message(exchange, 404, "Annotation not found");
            return;
        }
        GrafanaErrors.message(exchange, 200, "Annotation deleted");
    }

    private void tags(Exchange exchange) throws IOException {
        Long limit = QueryNumbers.orNull(exchange, "limit");
        Map<String, Integer> counts = Orgs.of(exchange).annotations().tags(exchange.queryParam("tag"),
                limit == null || limit <= 0 ? DEFAULT_LIMIT : (int) Math.min(limit, Integer.MAX_VALUE));
        ObjectNode answer = GrafanaErrors.JSON.createObjectNode();
        ArrayNode tags = answer.putObject("result").putArray("tags");
        counts.forEach((tag, count) -> tags.addObject().put("tag", tag).put("count", count));
        exchange.sendJson(200, answer);
    }

    static ObjectNode json(Annotation a) {
        ObjectNode json = GrafanaErrors.JSON.createObjectNode();
        json.put("id", a.id());
        json.put("alertId", 0);
        json.put("alertName", "");
        json.put("dashboardId", a.dashboardId());
        if (a.dashboardUid() != null) {
            json.put("dashboardUID", a.dashboardUid());
        } else {
            json.putNull("dashboardUID");
        }
        json.put("panelId", a.panelId());
        json.put("userId", 1);
        json.put("newState", "");
        json.put("prevState", "");
        json.put("created", a.created());
        json.put("updated", a.updated());
        json.put("time", a.time());
        json.put("timeEnd", a.timeEnd());
        json.put("text", a.text());
        ArrayNode tags = json.putArray("tags");
        a.tags().forEach(tags::add);
        json.put("login", "admin");
        json.put("email", "admin@localhost");
        json.put("avatarUrl", "/avatar/46d229b033af06a191ff2267bca9ae56");
        if (a.data() != null) {
            json.set("data", a.data().deepCopy());
        } else {
            json.putObject("data");
        }
        return json;
    }

    private static List<String> tags(JsonNode node) {
        List<String> tags = new ArrayList<>();
        for (JsonNode tag : node) {
            if (tag.isTextual() && !tag.asText().isEmpty()) {
                tags.add(tag.asText());
            }
        }
        return tags;
    }

    private static Long idParam(Exchange exchange) throws IOException {
        try {
            return Long.parseLong(exchange.pathParam("id"));
        } catch (NumberFormatException e) {
            GrafanaErrors.message(exchange, 400, "annotationId is invalid");
            return null;
        }
    }
}
