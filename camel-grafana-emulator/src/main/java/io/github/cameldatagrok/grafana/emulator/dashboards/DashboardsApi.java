package io.github.cameldatagrok.grafana.emulator.dashboards;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.emulator.http.ApiArea;
import io.github.cameldatagrok.emulator.http.Exchange;
import io.github.cameldatagrok.emulator.http.Router;
import io.github.cameldatagrok.grafana.emulator.GrafanaOrg;
import io.github.cameldatagrok.grafana.emulator.GrafanaVersion;
import io.github.cameldatagrok.grafana.emulator.folders.Folder;
import io.github.cameldatagrok.grafana.emulator.http.GrafanaErrors;
import io.github.cameldatagrok.grafana.emulator.http.JsonRequest;
import io.github.cameldatagrok.grafana.emulator.http.Names;
import io.github.cameldatagrok.grafana.emulator.http.NumericIds;
import io.github.cameldatagrok.grafana.emulator.http.Orgs;
import io.github.cameldatagrok.grafana.emulator.http.QueryNumbers;
import io.github.cameldatagrok.grafana.emulator.http.StoreException;

/**
 * The legacy dashboard routes: {@code POST /api/dashboards/db}, {@code GET|DELETE /api/dashboards/uid/:uid},
 * {@code home}, {@code tags}, versions, restore, permissions, stars, and (before 13) the numeric-id forms of
 * versions, restore and permissions. Slug routes are gone since 8.0: they answer 404 as any unknown route.
 */
public final class DashboardsApi implements ApiArea {

    @Override
    public void register(Router router) {
        router.post("/api/dashboards/db", this::save);
        router.get("/api/dashboards/home", this::home);
        router.get("/api/dashboards/tags", this::tags);
        router.get("/api/dashboards/uid/{uid}", this::get);
        router.delete("/api/dashboards/uid/{uid}", this::delete);
        router.get("/api/dashboards/uid/{uid}/versions", e -> versions(e, uidParam(e)));
        router.get("/api/dashboards/uid/{uid}/versions/{version}", e -> version(e, uidParam(e)));
        router.post("/api/dashboards/uid/{uid}/restore", e -> restore(e, uidParam(e)));
        router.get("/api/dashboards/uid/{uid}/permissions", e -> permissions(e, uidParam(e)));
        router.post("/api/dashboards/uid/{uid}/permissions", e -> setPermissions(e, uidParam(e)));
        router.get("/api/dashboards/id/{id}/versions", e -> byId(e, uid -> versions(e, uid)));
        router.get("/api/dashboards/id/{id}/versions/{version}", e -> byId(e, uid -> version(e, uid)));
        router.post("/api/dashboards/id/{id}/restore", e -> byId(e, uid -> restore(e, uid)));
        router.get("/api/dashboards/id/{id}/permissions", e -> byId(e, uid -> permissions(e, uid)));
        router.post("/api/dashboards/id/{id}/permissions", e -> byId(e, uid -> setPermissions(e, uid)));
        router.post("/api/user/stars/dashboard/uid/{uid}", e -> star(e, true));
        router.delete("/api/user/stars/dashboard/uid/{uid}", e -> star(e, false));
    }

    private static String uidParam(Exchange exchange) {
        return exchange.pathParam("uid");
    }

    private interface UidHandler {
        void handle(String uid) throws IOException;
    }

    /** The numeric-id routes: deprecated in 9, removed in 13 (grafana/grafana PR #117227). */
    private void byId(Exchange exchange, UidHandler handler) throws IOException {
        Long id = NumericIds.id(exchange);
        if (id == null) {
            return;
        }
        Dashboard dashboard = Orgs.of(exchange).dashboards().findById(id).orElse(null);
        if (dashboard == null) {
            GrafanaErrors.message(exchange, 404, "Dashboard not found");
            return;
        }
        handler.handle(dashboard.uid());
    }

    // ---- save ----

    private void save(Exchange exchange) throws IOException {
        ObjectNode body = JsonRequest.object(exchange);
        if (body == null) {
            return;
        }
        GrafanaOrg org = Orgs.of(exchange);
        GrafanaVersion version = org.dashboards().grafanaVersion();
        if (!(body.get("dashboard") instanceof ObjectNode model)) {
            GrafanaErrors.message(exchange, 400, "bad request data");
            return;
        }
        String folderUid = body.path("folderUid").isTextual() ? body.path("folderUid").asText() : null;
        Long folderId = body.path("folderId").canConvertToLong() ? body.path("folderId").asLong() : null;
        String message = body.path("message").isTextual() ? body.path("message").asText() : null;
        boolean overwrite = body.path("overwrite").asBoolean(false);
        Dashboard saved;
        try {
            saved = org.dashboards().save(new DashboardStore.SaveCommand(model, folderUid, folderId, message, overwrite));
        } catch (StoreException refused) {
            saveError(exchange, version, refused);
            return;
        }
        exchange.sendJson(200, saveAnswer(saved, version));
    }

    static ObjectNode saveAnswer(Dashboard saved, GrafanaVersion version) {
        ObjectNode answer = GrafanaErrors.JSON.createObjectNode();
        answer.put("id", saved.id());
        answer.put("uid", saved.uid());
        answer.put("url", Names.dashboardUrl(saved.uid(), saved.title()));
        answer.put("status", "success");
        answer.put("version", saved.version());
        answer.put("slug", Names.slug(saved.title()));
        if (version.saveAnswersFolderUid()) {
            answer.put("folderUid", saved.folderUid() == null ? "" : saved.folderUid());
        }
        return answer;
    }

    /** The legacy save's error bodies, per version (after 13.0.1 a stale save is 409, not 412). */
    static void saveError(Exchange exchange, GrafanaVersion version, StoreException refused) throws IOException {
        boolean rebuilt = version.legacySaveConflictIs409();
        switch (refused.kind()) {
            case EMPTY_NAME -> GrafanaErrors.withStatus(exchange, 400, refused.getMessage(), "empty-name");
            case VERSION_MISMATCH -> {
                if (rebuilt) {
                    GrafanaErrors.message(exchange, 409, "Dashboard already exists. Use overwrite flag to update.");
                } else {
                    GrafanaErrors.withStatus(exchange, 412, refused.getMessage(), "version-mismatch");
                }
            }
            case NAME_EXISTS -> GrafanaErrors.withStatus(exchange, 412, refused.getMessage(), "name-exists");
            case PLUGIN_DASHBOARD -> GrafanaErrors.withStatus(exchange, 412, refused.getMessage(), "plugin-dashboard");
            case NOT_FOUND -> {
                if (rebuilt) {
                    GrafanaErrors.message(exchange, 404, "Dashboard not found");
                } else {
                    GrafanaErrors.withStatus(exchange, 404, "Dashboard not found", "not-found");
                }
            }
            default -> GrafanaErrors.message(exchange, 400, refused.getMessage());
        }
    }

    // ---- get, delete ----

    private void get(Exchange exchange) throws IOException {
        GrafanaOrg org = Orgs.of(exchange);
        Dashboard dashboard = org.dashboards().find(exchange.pathParam("uid")).orElse(null);
        if (dashboard == null) {
            GrafanaErrors.message(exchange, 404, "Dashboard not found");
            return;
        }
        ObjectNode answer = GrafanaErrors.JSON.createObjectNode();
        answer.set("dashboard", dashboard.model());
        answer.set("meta", meta(org, dashboard));
        exchange.sendJson(200, answer);
    }

    static ObjectNode meta(GrafanaOrg org, Dashboard dashboard) {
        ObjectNode meta = GrafanaErrors.JSON.createObjectNode();
        meta.put("type", "db");
        meta.put("canSave", true);
        meta.put("canEdit", true);
        meta.put("canAdmin", true);
        meta.put("canStar", true);
        meta.put("canDelete", true);
        meta.put("slug", Names.slug(dashboard.title()));
        meta.put("url", Names.dashboardUrl(dashboard.uid(), dashboard.title()));
        meta.put("expires", "0001-01-01T00:00:00Z");
        meta.put("created", Names.timestamp(dashboard.created()));
        meta.put("updated", Names.timestamp(dashboard.updated()));
        meta.put("updatedBy", DashboardStore.AUTHOR);
        meta.put("createdBy", DashboardStore.AUTHOR);
        meta.put("version", dashboard.version());
        meta.put("hasAcl", dashboard.permissions() != null);
        meta.put("isFolder", false);
        Folder folder = org.folders().find(dashboard.folderUid()).orElse(null);
        meta.put("folderId", folder == null ? 0 : folder.id());
        meta.put("folderUid", folder == null ? "" : folder.uid());
        meta.put("folderTitle", folder == null ? "General" : folder.title());
        meta.put("folderUrl", folder == null ? "" : Names.folderUrl(folder.uid(), folder.title()));
        meta.put("provisioned", dashboard.provisioned());
        meta.put("provisionedExternalId", "");
        meta.put("isStarred", dashboard.starred());
        return meta;
    }

    private void delete(Exchange exchange) throws IOException {
        GrafanaOrg org = Orgs.of(exchange);
        String uid = exchange.pathParam("uid");
        if (org.folders().find(uid).isPresent()) {
            GrafanaErrors.message(exchange, 400, "This is a folder: delete it with DELETE /api/folders/" + uid);
            return;
        }
        Dashboard deleted;
        try {
            deleted = org.dashboards().delete(uid);
        } catch (StoreException refused) {
            GrafanaErrors.message(exchange, refused.kind() == StoreException.Kind.NOT_FOUND ? 404 : 400,
                    refused.getMessage());
            return;
        }
        ObjectNode answer = GrafanaErrors.JSON.createObjectNode();
        answer.put("title", deleted.title());
        answer.put("message", "Dashboard " + deleted.title() + " deleted");
        if (org.dashboards().grafanaVersion().deleteAnswersUid()) {
            answer.put("uid", deleted.uid());
        } else {
            answer.put("id", deleted.id());
        }
        exchange.sendJson(200, answer);
    }

    // ---- home, tags, stars ----

    private void home(Exchange exchange) throws IOException {
        GrafanaOrg org = Orgs.of(exchange);
        Dashboard home = org.dashboards().home().orElse(null);
        ObjectNode answer = GrafanaErrors.JSON.createObjectNode();
        if (home != null) {
            answer.put("redirectUri", Names.dashboardUrl(home.uid(), home.title()));
            exchange.sendJson(200, answer);
            return;
        }
        // Grafana's built-in home dashboard (public/dashboards/home.json), not stored, not savable
        ObjectNode dashboard = answer.putObject("dashboard");
        dashboard.putNull("id");
        dashboard.put("title", "Home");
        dashboard.put("editable", false);
        dashboard.put("schemaVersion", 41);
        dashboard.putArray("tags");
        dashboard.putArray("panels");
        ObjectNode meta = answer.putObject("meta");
        meta.put("isHome", true);
        meta.put("canSave", false);
        meta.put("canEdit", true);
        meta.put("canAdmin", false);
        meta.put("canStar", false);
        meta.put("canDelete", false);
        meta.put("slug", "");
        meta.put("url", "");
        meta.put("version", 0);
        meta.put("folderTitle", "General");
        exchange.sendJson(200, answer);
    }

    private void tags(Exchange exchange) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        for (Dashboard dashboard : Orgs.of(exchange).dashboards().all()) {
            for (String tag : dashboard.tags()) {
                counts.merge(tag, 1, Integer::sum);
            }
        }
        ArrayNode answer = GrafanaErrors.JSON.createArrayNode();
        counts.forEach((term, count) -> answer.addObject().put("term", term).put("count", count));
        exchange.sendJson(200, answer);
    }

    private void star(Exchange exchange, boolean starred) throws IOException {
        DashboardStore dashboards = Orgs.of(exchange).dashboards();
        if (dashboards.find(exchange.pathParam("uid")).isEmpty()) {
            GrafanaErrors.message(exchange, 404, "Dashboard not found");
            return;
        }
        dashboards.star(exchange.pathParam("uid"), starred);
        GrafanaErrors.message(exchange, 200, starred ? "Dashboard starred!" : "Dashboard unstarred");
    }

    // ---- versions, restore ----

    private void versions(Exchange exchange, String uid) throws IOException {
        GrafanaOrg org = Orgs.of(exchange);
        Dashboard dashboard = org.dashboards().find(uid).orElse(null);
        if (dashboard == null) {
            GrafanaErrors.message(exchange, 404, "Dashboard not found");
            return;
        }
        GrafanaVersion version = org.dashboards().grafanaVersion();
        int limit = QueryNumbers.intOrDefault(exchange, "limit", 1000);
        if (limit <= 0) {
            limit = 1000;
        }
        int start = Math.max(0, QueryNumbers.intOrDefault(exchange, "start", 0));
        String continueToken = exchange.queryParam("continueToken");
        if (version.wrapsVersionList() && continueToken != null && !continueToken.isEmpty()) {
            Integer offset = decodeToken(continueToken);
            if (offset == null) {
                GrafanaErrors.message(exchange, 400, "invalid continue token");
                return;
            }
            start = offset;
        }
        List<DashboardVersion> newestFirst = new ArrayList<>(dashboard.history());
        java.util.Collections.reverse(newestFirst);
        ArrayNode items = GrafanaErrors.JSON.createArrayNode();
        int end = Math.min(newestFirst.size(), start + limit);
        for (int i = start; i < end; i++) {
            items.add(versionItem(newestFirst.get(i)));
        }
        if (!version.wrapsVersionList()) {
            exchange.sendJson(200, items);
            return;
        }
        ObjectNode answer = GrafanaErrors.JSON.createObjectNode();
        answer.put("continueToken", end < newestFirst.size() ? encodeToken(end) : "");
        answer.set("versions", items);
        exchange.sendJson(200, answer);
    }

    private void version(Exchange exchange, String uid) throws IOException {
        Dashboard dashboard = Orgs.of(exchange).dashboards().find(uid).orElse(null);
        if (dashboard == null) {
            GrafanaErrors.message(exchange, 404, "Dashboard not found");
            return;
        }
        int wanted;
        try {
            wanted = Integer.parseInt(exchange.pathParam("version"));
        } catch (NumberFormatException e) {
            GrafanaErrors.message(exchange, 400, "version is invalid");
            return;
        }
        DashboardVersion found = dashboard.history().stream().filter(v -> v.version() == wanted).findFirst()
                .orElse(null);
        if (found == null) {
            GrafanaErrors.message(exchange, 404, "Dashboard version not found");
            return;
        }
        ObjectNode answer = versionItem(found);
        answer.set("data", found.data().deepCopy());
        exchange.sendJson(200, answer);
    }

    private static ObjectNode versionItem(DashboardVersion v) {
        ObjectNode item = GrafanaErrors.JSON.createObjectNode();
        item.put("id", v.id());
        item.put("dashboardId", v.dashboardId());
        item.put("uid", v.uid());
        item.put("parentVersion", v.parentVersion());
        item.put("restoredFrom", v.restoredFrom());
        item.put("version", v.version());
        item.put("created", Names.timestamp(v.created()));
        item.put("createdBy", v.createdBy());
        item.put("message", v.message());
        return item;
    }

    private void restore(Exchange exchange, String uid) throws IOException {
        ObjectNode body = JsonRequest.object(exchange);
        if (body == null) {
            return;
        }
        GrafanaOrg org = Orgs.of(exchange);
        if (!body.path("version").canConvertToInt() || body.path("version").asInt() < 1) {
            GrafanaErrors.message(exchange, 400, "bad request data");
            return;
        }
        Dashboard restored;
        try {
            restored = org.dashboards().restore(uid, body.path("version").asInt());
        } catch (StoreException refused) {
            boolean notFound = refused.kind() == StoreException.Kind.NOT_FOUND;
            GrafanaErrors.message(exchange, notFound ? 404 : 400, refused.getMessage());
            return;
        }
        exchange.sendJson(200, saveAnswer(restored, org.dashboards().grafanaVersion()));
    }

    // ---- permissions ----

    private void permissions(Exchange exchange, String uid) throws IOException {
        GrafanaOrg org = Orgs.of(exchange);
        Dashboard dashboard = org.dashboards().find(uid).orElse(null);
        if (dashboard == null) {
            GrafanaErrors.message(exchange, 404, "Dashboard not found");
            return;
        }
        List<ObjectNode> items = dashboard.permissions();
        if (items == null) {
            items = List.of(roleItem("Editor", 2), roleItem("Viewer", 1));
        }
        ArrayNode answer = GrafanaErrors.JSON.createArrayNode();
        for (ObjectNode item : items) {
            ObjectNode acl = aclItem(dashboard, item);
            answer.add(acl);
        }
        exchange.sendJson(200, answer);
    }

    private static ObjectNode roleItem(String role, int permission) {
        ObjectNode item = GrafanaErrors.JSON.createObjectNode();
        item.put("role", role);
        item.put("permission", permission);
        return item;
    }

    private static ObjectNode aclItem(Dashboard dashboard, ObjectNode item) {
        ObjectNode acl = GrafanaErrors.JSON.createObjectNode();
        acl.put("dashboardId", dashboard.id());
        acl.put("uid", dashboard.uid());
        acl.put("title", dashboard.title());
        acl.put("slug", Names.slug(dashboard.title()));
        acl.put("url", Names.dashboardUrl(dashboard.uid(), dashboard.title()));
        acl.put("isFolder", false);
        acl.put("inherited", false);
        acl.put("userId", item.path("userId").asLong(0));
        acl.put("userLogin", "");
        acl.put("teamId", item.path("teamId").asLong(0));
        acl.put("team", "");
        if (item.hasNonNull("role")) {
            acl.put("role", item.path("role").asText());
        }
        int permission = item.path("permission").asInt();
        acl.put("permission", permission);
        acl.put("permissionName", switch (permission) {
            case 1 -> "View";
            case 2 -> "Edit";
            default -> "Admin";
        });
        return acl;
    }

    private void setPermissions(Exchange exchange, String uid) throws IOException {
        ObjectNode body = JsonRequest.object(exchange);
        if (body == null) {
            return;
        }
        DashboardStore dashboards = Orgs.of(exchange).dashboards();
        if (dashboards.find(uid).isEmpty()) {
            GrafanaErrors.message(exchange, 404, "Dashboard not found");
            return;
        }
        if (!body.path("items").isArray()) {
            GrafanaErrors.message(exchange, 400, "bad request data");
            return;
        }
        List<ObjectNode> items = new ArrayList<>();
        for (JsonNode item : body.path("items")) {
            String problem = permissionProblem(item);
            if (problem != null) {
                GrafanaErrors.message(exchange, 400, problem);
                return;
            }
            items.add(((ObjectNode) item).deepCopy());
        }
        // the list replaces the whole ACL
        dashboards.permissions(uid, items);
        GrafanaErrors.message(exchange, 200, "Dashboard permissions updated");
    }

    /** An item names exactly one of user, team or role, and a permission of 1 (View), 2 (Edit) or 4 (Admin). */
    private static String permissionProblem(JsonNode item) {
        if (!item.isObject()) {
            return "bad request data";
        }
        int targets = (item.path("userId").asLong(0) > 0 ? 1 : 0) + (item.path("teamId").asLong(0) > 0 ? 1 : 0)
                + (item.hasNonNull("role") ? 1 : 0);
        if (targets != 1) {
            return "Permission item must name exactly one of userId, teamId or role";
        }
        if (item.hasNonNull("role") && !List.of("Viewer", "Editor", "Admin").contains(item.path("role").asText())) {
            return "Invalid role: " + item.path("role").asText();
        }
        int permission = item.path("permission").asInt(0);
        if (permission != 1 && permission != 2 && permission != 4) {
            return "Invalid permission: " + item.path("permission");
        }
        return null;
    }

    // ---- helpers ----

    static String encodeToken(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("{\"o\":" + offset + "}").getBytes(StandardCharsets.UTF_8));
    }

    static Integer decodeToken(String token) {
        try {
            JsonNode node = GrafanaErrors.JSON.readTree(Base64.getUrlDecoder().decode(token));
            return node.path("o").canConvertToInt() && node.path("o").asInt() >= 0 ? node.path("o").asInt() : null;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }
}
