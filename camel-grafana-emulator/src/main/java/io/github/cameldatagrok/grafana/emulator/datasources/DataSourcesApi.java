package io.github.cameldatagrok.grafana.emulator.datasources;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.emulator.http.ApiArea;
import io.github.cameldatagrok.emulator.http.Exchange;
import io.github.cameldatagrok.emulator.http.Router;
import io.github.cameldatagrok.grafana.emulator.http.GrafanaErrors;
import io.github.cameldatagrok.grafana.emulator.http.JsonRequest;
import io.github.cameldatagrok.grafana.emulator.http.NumericIds;
import io.github.cameldatagrok.grafana.emulator.http.Orgs;
import io.github.cameldatagrok.grafana.emulator.http.StoreException;

/**
 * {@code /api/datasources}: list (no paging), get by uid or name, id by name, create ({@code POST}; 409 for a
 * taken name or uid), update ({@code PUT /uid/:uid}, full replace), delete, health (400 when the plugin reports an
 * error), and before 13 the numeric-id forms (off by default in 13: 404).
 */
public final class DataSourcesApi implements ApiArea {

    private static final String LIST_FIELDS = "id,uid,orgId,name,type,typeName,typeLogoUrl,access,url,user,"
            + "database,basicAuth,isDefault,jsonData,readOnly";

    @Override
    public void register(Router router) {
        router.get("/api/datasources", this::list);
        router.post("/api/datasources", this::create);
        router.get("/api/datasources/uid/{uid}", e -> answer(e, store(e).find(e.pathParam("uid"))));
        router.put("/api/datasources/uid/{uid}", e -> update(e, e.pathParam("uid")));
        router.delete("/api/datasources/uid/{uid}", e -> delete(e, e.pathParam("uid")));
        router.get("/api/datasources/uid/{uid}/health", e -> health(e, e.pathParam("uid")));
        router.get("/api/datasources/name/{name}", e -> answer(e, store(e).findByName(e.pathParam("name"))));
        router.delete("/api/datasources/name/{name}", e -> byName(e, uid -> delete(e, uid)));
        router.get("/api/datasources/id/{name}", this::idByName);
        router.get("/api/datasources/{id}", e -> byId(e, uid -> answer(e, store(e).find(uid))));
        router.put("/api/datasources/{id}", e -> byId(e, uid -> update(e, uid)));
        router.delete("/api/datasources/{id}", e -> byId(e, uid -> delete(e, uid)));
        router.get("/api/datasources/{id}/health", e -> byId(e, uid -> health(e, uid)));
    }

    private static DataSourceStore store(Exchange exchange) {
        return Orgs.of(exchange).dataSources();
    }

    private interface UidHandler {
        void handle(String uid) throws IOException;
    }

    private void list(Exchange exchange) throws IOException {
        ArrayNode answer = GrafanaErrors.JSON.createArrayNode();
        for (ObjectNode dataSource : store(exchange).all()) {
            ObjectNode item = answer.addObject();
            for (String field : LIST_FIELDS.split(",")) {
                if (dataSource.has(field)) {
                    item.set(field, dataSource.get(field));
                }
            }
        }
        exchange.sendJson(200, answer);
    }

    private static void answer(Exchange exchange, Optional<ObjectNode> dataSource) throws IOException {
        if (dataSource.isEmpty()) {
            notFound(exchange);
            return;
        }
        exchange.sendJson(200, dataSource.get());
    }

    private static void notFound(Exchange exchange) throws IOException {
        GrafanaErrors.message(exchange, 404, "Data source not found");
    }

    private void create(Exchange exchange) throws IOException {
        ObjectNode body = JsonRequest.object(exchange);
        if (body == null) {
            return;
        }
        try {
            ObjectNode created = store(exchange).create(body);
            exchange.sendJson(200, result(created, "Datasource added"));
        } catch (StoreException refused) {
            error(exchange, refused);
        }
    }

    private void update(Exchange exchange, String uid) throws IOException {
        ObjectNode body = JsonRequest.object(exchange);
        if (body == null) {
            return;
        }
        try {
            ObjectNode updated = store(exchange).update(uid, body);
            exchange.sendJson(200, result(updated, "Datasource updated"));
        } catch (StoreException refused) {
            error(exchange, refused);
        }
    }

    private void delete(Exchange exchange, String uid) throws IOException {
        try {
            ObjectNode deleted = store(exchange).delete(uid);
            ObjectNode answer = GrafanaErrors.JSON.createObjectNode();
            answer.put("message", "Data source deleted");
            answer.put("id", deleted.path("id").asLong());
            exchange.sendJson(200, answer);
        } catch (StoreException refused) {
            error(exchange, refused);
        }
    }

    private void health(Exchange exchange, String uid) throws IOException {
        if (store(exchange).find(uid).isEmpty()) {
            notFound(exchange);
            return;
        }
        DataSourceStore.Health health = store(exchange).health(uid);
        ObjectNode answer = GrafanaErrors.JSON.createObjectNode();
        answer.put("status", health.ok() ? "OK" : "ERROR");
        answer.put("message", health.message());
        exchange.sendJson(health.ok() ? 200 : 400, answer);
    }

    private void idByName(Exchange exchange) throws IOException {
        Optional<ObjectNode> dataSource = store(exchange).findByName(exchange.pathParam("name"));
        if (dataSource.isEmpty()) {
            notFound(exchange);
            return;
        }
        ObjectNode answer = GrafanaErrors.JSON.createObjectNode();
        answer.put("id", dataSource.get().path("id").asLong());
        exchange.sendJson(200, answer);
    }

    private void byName(Exchange exchange, UidHandler handler) throws IOException {
        Optional<ObjectNode> dataSource = store(exchange).findByName(exchange.pathParam("name"));
        if (dataSource.isEmpty()) {
            notFound(exchange);
            return;
        }
        handler.handle(dataSource.get().path("uid").asText());
    }

    /** The numeric-id routes: deprecated in 9, off by default in 13 (toggle datasourceLegacyIdApi). */
    private void byId(Exchange exchange, UidHandler handler) throws IOException {
        Long id = NumericIds.id(exchange);
        if (id == null) {
            return;
        }
        Optional<ObjectNode> dataSource = store(exchange).findById(id);
        if (dataSource.isEmpty()) {
            notFound(exchange);
            return;
        }
        handler.handle(dataSource.get().path("uid").asText());
    }

    private static ObjectNode result(ObjectNode dataSource, String message) {
        ObjectNode answer = GrafanaErrors.JSON.createObjectNode();
        answer.set("datasource", dataSource);
        answer.put("id", dataSource.path("id").asLong());
        answer.put("message", message);
        answer.put("name", dataSource.path("name").asText());
        return answer;
    }

    private static void error(Exchange exchange, StoreException refused) throws IOException {
        int status = switch (refused.kind()) {
            case NOT_FOUND -> 404;
            case READ_ONLY -> 403;
            case NAME_EXISTS, UID_EXISTS, VERSION_MISMATCH -> 409;
            default -> 400;
        };
        GrafanaErrors.message(exchange, status, refused.getMessage());
    }
}
