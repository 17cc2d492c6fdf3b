package io.github.cameldatagrok.grafana.emulator.snapshots;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.emulator.http.ApiArea;
import io.github.cameldatagrok.emulator.http.Exchange;
import io.github.cameldatagrok.emulator.http.Router;
import io.github.cameldatagrok.grafana.emulator.GrafanaOrg;
import io.github.cameldatagrok.grafana.emulator.http.GrafanaErrors;
import io.github.cameldatagrok.grafana.emulator.http.JsonRequest;
import io.github.cameldatagrok.grafana.emulator.http.Names;
import io.github.cameldatagrok.grafana.emulator.http.Orgs;
import io.github.cameldatagrok.grafana.emulator.http.QueryNumbers;
import io.github.cameldatagrok.grafana.emulator.http.StoreException;

/**
 * Snapshots: {@code POST /api/snapshots} (local only: an external snapshot would be sent to another server, so
 * the emulator answers as a Grafana with external snapshots disabled, 403), {@code GET|DELETE /api/snapshots/:key},
 * the unauthenticated {@code GET /api/snapshots-delete/:deleteKey}, and the list {@code GET /api/dashboard/snapshots}.
 */
public final class SnapshotsApi implements ApiArea {

    private final Supplier<List<GrafanaOrg>> orgs;

    /** @param orgs all orgs: the open delete link finds its snapshot in any of them */
    public SnapshotsApi(Supplier<List<GrafanaOrg>> orgs) {
        this.orgs = orgs;
    }

    static final String DELETED = "Snapshot deleted. It might take an hour before it's cleared from any CDN caches.";

    @Override
    public void register(Router router) {
        router.post("/api/snapshots", this::create);
        router.get("/api/snapshots/{key}", this::get);
        router.delete("/api/snapshots/{key}", e -> deleted(e, Orgs.of(e).snapshots().delete(e.pathParam("key"))));
        router.get("/api/snapshots-delete/{deleteKey}", this::deleteByKey);
        router.get("/api/dashboard/snapshots", this::list);
    }

    private void create(Exchange exchange) throws IOException {
        ObjectNode body = JsonRequest.object(exchange);
        if (body == null) {
            return;
        }
        if (!(body.get("dashboard") instanceof ObjectNode dashboard)) {
            GrafanaErrors.message(exchange, 400, "bad request data");
            return;
        }
        if (body.path("external").asBoolean(false)) {
            GrafanaErrors.message(exchange, 403, "External dashboard creation is disabled");
            return;
        }
        Snapshot snapshot;
        try {
            snapshot = Orgs.of(exchange).snapshots().create(dashboard, text(body, "name"),
                    body.path("expires").asLong(0), text(body, "key"), text(body, "deleteKey"));
        } catch (StoreException refused) {
            GrafanaErrors.message(exchange, 400, refused.getMessage());
            return;
        }
        String root = exchange.serverUrl();
        ObjectNode answer = GrafanaErrors.JSON.createObjectNode();
        answer.put("key", snapshot.key());
        answer.put("deleteKey", snapshot.deleteKey());
        answer.put("url", root + "/dashboard/snapshot/" + snapshot.key());
        answer.put("deleteUrl", root + "/api/snapshots-delete/" + snapshot.deleteKey());
        answer.put("id", snapshot.id());
        exchange.sendJson(200, answer);
    }

    private void get(Exchange exchange) throws IOException {
        Snapshot snapshot = Orgs.of(exchange).snapshots().find(exchange.pathParam("key")).orElse(null);
        if (snapshot == null) {
            notFound(exchange);
            return;
        }
        ObjectNode answer = GrafanaErrors.JSON.createObjectNode();
        ObjectNode meta = answer.putObject("meta");
        meta.put("isSnapshot", true);
        meta.put("type", "snapshot");
        meta.put("canSave", false);
        meta.put("canEdit", false);
        meta.put("canAdmin", false);
        meta.put("canStar", false);
        meta.put("canDelete", false);
        meta.put("slug", "");
        meta.put("url", "");
        meta.put("expires", snapshot.expires() == null ? "9999-12-31T23:59:59Z" : Names.timestamp(snapshot.expires()));
        meta.put("created", Names.timestamp(snapshot.created()));
        answer.set("dashboard", snapshot.dashboard().deepCopy());
        exchange.sendJson(200, answer);
    }

    private void deleteByKey(Exchange exchange) throws IOException {
        // an open route: the delete link works without credentials, in whichever org holds the snapshot
        for (GrafanaOrg org : orgs.get()) {
            Optional<Snapshot> deleted = org.snapshots().deleteByDeleteKey(exchange.pathParam("deleteKey"));
            if (deleted.isPresent()) {
                deleted(exchange, deleted);
                return;
            }
        }
        notFound(exchange);
    }

    private static void deleted(Exchange exchange, Optional<Snapshot> deleted) throws IOException {
        if (deleted.isEmpty()) {
            notFound(exchange);
            return;
        }
        ObjectNode answer = GrafanaErrors.JSON.createObjectNode();
        answer.put("message", DELETED);
        answer.put("id", deleted.get().id());
        exchange.sendJson(200, answer);
    }

    private void list(Exchange exchange) throws IOException {
        int limit = QueryNumbers.intOrDefault(exchange, "limit", 1000);
        if (limit <= 0) {
            limit = 1000;
        }
        GrafanaOrg org = Orgs.of(exchange);
        ArrayNode answer = GrafanaErrors.JSON.createArrayNode();
        for (Snapshot snapshot : org.snapshots().list(exchange.queryParam("query"), limit)) {
            ObjectNode item = answer.addObject();
            item.put("id", snapshot.id());
            item.put("name", snapshot.name());
            item.put("key", snapshot.key());
            item.put("orgId", org.id());
            item.put("userId", 1);
            item.put("external", false);
            item.put("externalUrl", "");
            item.put("expires", snapshot.expires() == null ? "9999-12-31T23:59:59Z"
                    : Names.timestamp(snapshot.expires()));
            item.put("created", Names.timestamp(snapshot.created()));
            item.put("updated", Names.timestamp(snapshot.created()));
        }
        exchange.sendJson(200, answer);
    }

    private static void notFound(Exchange exchange) throws IOException {
        GrafanaErrors.message(exchange, 404, "Dashboard snapshot not found");
    }

    private static String text(ObjectNode body, String field) {
        return body.path(field).isTextual() ? body.path(field).asText() : null;
    }
}
