package io.github.cameldatagrok.emulator.groups;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.cameldatagrok.emulator.http.ApiArea;
import io.github.cameldatagrok.emulator.http.ApiErrors;
import io.github.cameldatagrok.emulator.http.Exchange;
import io.github.cameldatagrok.emulator.http.Json;
import io.github.cameldatagrok.emulator.http.JsonBody;
import io.github.cameldatagrok.emulator.http.Router;
import io.github.cameldatagrok.emulator.search.SmartFilter;

/** {@code /public/v1/groups} (Python {@code groups.*}): list, look up, read, save and delete groups; members, memberships and requests. */
public final class GroupsApi implements ApiArea {

    private static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final GroupStore store;
    private final Supplier<String> currentGroupId;

    /** {@code currentGroupId} gives the caller's personal group. */
    public GroupsApi(GroupStore store, Supplier<String> currentGroupId) {
        this.store = store;
        this.currentGroupId = currentGroupId;
    }

    @Override
    public void register(Router router) {
        // fixed segments first: the router takes the first match
        router.get("/public/v1/groups/lookup", this::lookup);
        router.get("/public/v1/groups/current", this::current);
        router.get("/public/v1/user/group", this::current);
        router.post("/public/v1/groups/requests/{request}/approve", ex -> resolve(ex, true));
        router.post("/public/v1/groups/requests/{request}/deny", ex -> resolve(ex, false));
        router.get("/public/v1/groups", this::list);
        router.post("/public/v1/groups", this::save);
        router.get("/public/v1/groups/{group}", this::get);
        router.delete("/public/v1/groups/{group}", this::delete);
        router.get("/public/v1/groups/{group}/members", ex -> related(ex, true));
        router.get("/public/v1/groups/{group}/memberships", ex -> related(ex, false));
        router.post("/public/v1/groups/{group}/request", this::requestMembership);
        router.get("/public/v1/groups/{group}/requests", this::requests);
    }

    void list(Exchange exchange) throws IOException {
        Predicate<GroupStore.StoredGroup> filter;
        try {
            filter = smartFilter(exchange.queryParam("text"));
        } catch (IllegalArgumentException bad) {
            ApiErrors.apiError(exchange, bad.getMessage(), 400);
            return;
        }
        String include = exchange.queryParam("include");
        List<String> parts = include == null ? List.of() : List.of(include.split(","));
        ArrayNode list = Json.MAPPER.createArrayNode();
        for (GroupStore.StoredGroup group : store.filter(filter)) {
            list.add(GroupJson.withRelations(store, group, parts.contains("children.child"),
                    parts.contains("parents.parent")));
        }
        exchange.sendJson(200, list);
    }

    /** {@code personal=}, {@code hidden=}, {@code name=}, {@code friendlyName=}; other words match the name. */
    static final SmartFilter<GroupStore.StoredGroup> FILTER =
            new SmartFilter<GroupStore.StoredGroup>(g -> Arrays.asList(g.name, g.friendlyName))
                    .bool("personal", g -> g.personal)
                    .bool("hidden", g -> g.hidden)
                    .text("name", g -> g.name)
                    .text("friendlyName", g -> g.friendlyName);

    static Predicate<GroupStore.StoredGroup> smartFilter(String text) {
        return FILTER.parse(text);
    }

    void lookup(Exchange exchange) throws IOException {
        String query = exchange.queryParam("query");
        String needle = query == null ? "" : query.toLowerCase(Locale.ROOT);
        ArrayNode list = Json.MAPPER.createArrayNode();
        store.filter(g -> g.name.toLowerCase(Locale.ROOT).contains(needle)
                        || (g.friendlyName != null && g.friendlyName.toLowerCase(Locale.ROOT).contains(needle)))
                .forEach(g -> list.add(GroupJson.pruned(g)));
        exchange.sendJson(200, list);
    }

    void get(Exchange exchange) throws IOException {
        Optional<GroupStore.StoredGroup> group = found(exchange);
        if (group.isPresent()) {
            exchange.sendJson(200, GroupJson.withRelations(store, group.get(), true, true));
        }
    }

    void current(Exchange exchange) throws IOException {
        GroupStore.StoredGroup group = store.find(currentGroupId.get()).orElseThrow();
        exchange.sendJson(200, GroupJson.withRelations(store, group, true, true));
    }

    void related(Exchange exchange, boolean members) throws IOException {
        String adminParam = exchange.queryParam("admin");
        Boolean admin = null;
        if (adminParam != null) {
            if (!adminParam.equalsIgnoreCase("true") && !adminParam.equalsIgnoreCase("false")) {
                ApiErrors.apiError(exchange, "admin takes true or false, not " + adminParam, 400);
                return;
            }
            admin = Boolean.parseBoolean(adminParam.toLowerCase(Locale.ROOT));
        }
        Optional<GroupStore.StoredGroup> group = found(exchange);
        if (group.isEmpty()) {
            return;
        }
        ArrayNode list = Json.MAPPER.createArrayNode();
        List<GroupStore.Relation> relations = members ? store.children(group.get().id, admin)
                : store.parents(group.get().id, admin);
        for (GroupStore.Relation relation : relations) {
            store.find(members ? relation.childId() : relation.parentId())
                    .ifPresent(g -> list.add(GroupJson.shallow(g)));
        }
        exchange.sendJson(200, list);
    }

    void requestMembership(Exchange exchange) throws IOException {
        Optional<GroupStore.StoredGroup> group = found(exchange);
        if (group.isPresent()) {
            exchange.sendJson(200, GroupJson.request(store, store.request(currentGroupId.get(), group.get().id)));
        }
    }

    void requests(Exchange exchange) throws IOException {
        Optional<GroupStore.StoredGroup> group = found(exchange);
        if (group.isPresent()) {
            ArrayNode list = Json.MAPPER.createArrayNode();
            store.requestsTo(group.get().id).forEach(r -> list.add(GroupJson.request(store, r)));
            exchange.sendJson(200, list);
        }
    }

    void resolve(Exchange exchange, boolean approve) throws IOException {
        String id = exchange.pathParam("request");
        Optional<GroupStore.MembershipRequest> request = store.findRequest(id);
        if (request.isEmpty()) {
            ApiErrors.apiError(exchange, "Membership request not found: " + id, 404);
            return;
        }
        if (request.get().approved() != null) {
            ApiErrors.apiError(exchange, "Membership request " + id + " is already "
                    + (request.get().approved() ? "approved" : "denied"), 400);
            return;
        }
        exchange.sendJson(200, GroupJson.request(store, store.resolve(request.get(), approve)));
    }

    void delete(Exchange exchange) throws IOException {
        Optional<GroupStore.StoredGroup> group = found(exchange);
        if (group.isEmpty()) {
            return;
        }
        if (group.get().personal) {
            ApiErrors.apiError(exchange, "Group " + group.get().name + " is a user's personal group;"
                    + " users cannot be deleted", 400);
            return;
        }
        store.delete(group.get().id);
        exchange.send(200, "application/json", "null".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    void save(Exchange exchange) throws IOException {
        String saveRelationsParam = exchange.queryParam("saveRelations");
        if (saveRelationsParam != null && !saveRelationsParam.equals("true") && !saveRelationsParam.equals("false")) {
            ApiErrors.apiError(exchange, "saveRelations takes true or false, not " + saveRelationsParam, 400);
            return;
        }
        JsonNode body = JsonBody.read(exchange);
        if (body == null) {
            return;
        }
        if (!body.isObject()) {
            ApiErrors.apiError(exchange, "A group must be a JSON object", 400);
            return;
        }
        String id = text(body, "id");
        if (id == null) {
            id = UUID.randomUUID().toString();
        } else if (!UUID_PATTERN.matcher(id).matches()) {
            ApiErrors.apiError(exchange, "Invalid group id: " + id, 400);
            return;
        }
        id = id.toLowerCase(Locale.ROOT);
        String name = text(body, "name");
        if (store.find(id).isEmpty() && (name == null || name.isBlank())) {
            ApiErrors.apiError(exchange, "A new group needs a name", 400);
            return;
        }
        List<GroupStore.Relation> children = null;
        List<GroupStore.Relation> parents = null;
        try {
            if ("true".equals(saveRelationsParam)) {
                children = relations(body.get("children"), id, true);
                parents = relations(body.get("parents"), id, false);
            }
            GroupStore.StoredGroup saved = store.save(id, name, text(body, "friendlyName"), text(body, "description"),
                    body.path("personal").asBoolean(false), body.path("hidden").asBoolean(false), children, parents);
            exchange.sendJson(200, GroupJson.withRelations(store, saved, true, true));
        } catch (IllegalArgumentException rejected) {
            ApiErrors.apiError(exchange, rejected.getMessage(), 400);
        }
    }

    /** The relations of one side, checked: each needs an id, this group on its side, and an existing other group. */
    private List<GroupStore.Relation> relations(JsonNode list, String groupId, boolean children) {
        if (list == null || list.isNull()) {
            return null;
        }
        if (!list.isArray()) {
            throw new IllegalArgumentException((children ? "children" : "parents") + " must be a list");
        }
        List<GroupStore.Relation> out = new ArrayList<>();
        for (JsonNode relation : list) {
            String id = text(relation, "id");
            if (id == null) {
                throw new IllegalArgumentException("Group relation without id: every relation needs one");
            }
            String parentId = lower(text(relation.path("parent"), "id"));
            String childId = lower(text(relation.path("child"), "id"));
            String self = children ? parentId : childId;
            String other = children ? childId : parentId;
            if (self == null || !self.equals(groupId)) {
                throw new IllegalArgumentException("Relation " + id + " does not link group " + groupId);
            }
            if (other == null || (!other.equals(groupId) && !store.exists(other))) {
                throw new IllegalArgumentException("Group not found: " + other);
            }
            out.add(new GroupStore.Relation(id, parentId, childId, relation.path("isAdmin").asBoolean(false)));
        }
        return out;
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** The group of the {@code {group}} path parameter, or empty after answering "not found". */
    private Optional<GroupStore.StoredGroup> found(Exchange exchange) throws IOException {
        String name = exchange.pathParam("group");
        Optional<GroupStore.StoredGroup> group = store.find(name);
        if (group.isEmpty()) {
            ApiErrors.apiError(exchange, "Group not found: " + name, 404);
        }
        return group;
    }
}
