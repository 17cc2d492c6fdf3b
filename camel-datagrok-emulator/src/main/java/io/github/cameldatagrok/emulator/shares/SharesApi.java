package io.github.cameldatagrok.emulator.shares;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.emulator.groups.GroupJson;
import io.github.cameldatagrok.emulator.groups.GroupStore;
import io.github.cameldatagrok.emulator.http.ApiArea;
import io.github.cameldatagrok.emulator.http.ApiErrors;
import io.github.cameldatagrok.emulator.http.Exchange;
import io.github.cameldatagrok.emulator.http.Json;
import io.github.cameldatagrok.emulator.http.Router;

/**
 * Shares: {@code POST /public/v1/entities/{id}/shares?groups=…&access=…} (current, Python {@code shares.share}) and the
 * older {@code GET /public/v1/dashboards/{id}/shares?groups=…&access=…}; either can be left out to play an
 * older or a newer server. Both answer {@code {status, shared, alreadyShared, failed}}. The internal
 * {@code GET /privileges/permissions?entityId=…} lists an entity's permissions.
 */
public final class SharesApi implements ApiArea {

    private final Entities entities;
    private final ShareStore shares;
    private final GroupStore groups;
    private final boolean currentRoute;
    private final boolean legacyRoute;

    public SharesApi(Entities entities, ShareStore shares, GroupStore groups, boolean currentRoute,
            boolean legacyRoute) {
        this.entities = entities;
        this.shares = shares;
        this.groups = groups;
        this.currentRoute = currentRoute;
        this.legacyRoute = legacyRoute;
    }

    @Override
    public void register(Router router) {
        if (currentRoute) {
            router.post("/public/v1/entities/{entity}/shares", this::share);
        }
        if (legacyRoute) {
            // the older route shares whatever entity the resolvers know; a real server only takes dashboards
            router.get("/public/v1/dashboards/{entity}/shares", this::share);
        }
        router.get("/privileges/permissions", this::permissions);
    }

    void share(Exchange exchange) throws IOException {
        String id = exchange.pathParam("entity");
        Optional<SharedEntity> entity = entities.find(id);
        if (entity.isEmpty()) {
            ApiErrors.apiError(exchange, "Entity not found: " + id, 404);
            return;
        }
        String groupsParam = exchange.queryParam("groups");
        List<String> names = groupsParam == null ? List.of()
                : Arrays.stream(groupsParam.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (names.isEmpty()) {
            ApiErrors.apiError(exchange, "groups is required: comma-separated group or user names", 400);
            return;
        }
        String accessParam = exchange.queryParam("access");
        ShareStore.Access access;
        try {
            access = accessParam == null ? ShareStore.Access.View : ShareStore.Access.valueOf(accessParam);
        } catch (IllegalArgumentException unknown) {
            ApiErrors.apiError(exchange, "Unknown access level: " + accessParam + "; use View or Edit", 400);
            return;
        }
        ShareStore.Outcome outcome = shares.share(entity.get().id(), names, access);
        ObjectNode answer = Json.object();
        answer.put("status", outcome.status());
        outcome.shared().forEach(answer.putArray("shared")::add);
        outcome.alreadyShared().forEach(answer.putArray("alreadyShared")::add);
        outcome.failed().forEach(answer.putArray("failed")::add);
        exchange.sendJson(200, answer);
    }

    void permissions(Exchange exchange) throws IOException {
        String entityId = exchange.queryParam("entityId");
        Optional<SharedEntity> entity = entityId == null ? Optional.empty() : entities.find(entityId);
        if (entity.isEmpty()) {
            ApiErrors.apiError(exchange, "Entity not found: " + entityId, 404);
            return;
        }
        ArrayNode list = Json.MAPPER.createArrayNode();
        for (Map.Entry<String, ShareStore.Access> permission : shares.permissions(entity.get().id()).entrySet()) {
            ObjectNode json = list.addObject();
            json.put("entityId", entity.get().id());
            groups.find(permission.getKey()).ifPresent(g -> json.set("userGroup", GroupJson.shallow(g)));
            json.putObject("permission").put("name", permission.getValue().name());
        }
        exchange.sendJson(200, list);
    }
}
