package io.github.cameldatagrok.grafana.emulator.folders;

import java.io.IOException;
import java.util.List;

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
 * The legacy folder routes: list ({@code limit}, {@code page}, {@code parentUid}), get, create (409 for a taken
 * uid), update (412 version-mismatch), delete (takes the folder's dashboards and sub-folders), move.
 */
public final class FoldersApi implements ApiArea {

    @Override
    public void register(Router router) {
        router.get("/api/folders", this::list);
        router.post("/api/folders", this::create);
        router.get("/api/folders/{uid}", this::get);
        router.put("/api/folders/{uid}", this::update);
        router.delete("/api/folders/{uid}", this::delete);
        router.post("/api/folders/{uid}/move", this::move);
    }

    private void list(Exchange exchange) throws IOException {
        GrafanaOrg org = Orgs.of(exchange);
        String parentUid = FolderStore.normalParent(exchange.queryParam("parentUid"));
        int limit = QueryNumbers.intOrDefault(exchange, "limit", 1000);
        int page = Math.max(1, QueryNumbers.intOrDefault(exchange, "page", 1));
        if (limit < 1) {
            limit = 1000;
        }
        List<Folder> children = org.folders().all().stream()
                .filter(f -> java.util.Objects.equals(f.parentUid(), parentUid)).toList();
        ArrayNode answer = GrafanaErrors.JSON.createArrayNode();
        long from = (long) (page - 1) * limit;
        for (long i = from; i < children.size() && i < from + limit; i++) {
            Folder folder = children.get((int) i);
            ObjectNode item = answer.addObject().put("id", folder.id()).put("uid", folder.uid())
                    .put("title", folder.title());
            if (folder.parentUid() != null) {
                item.put("parentUid", folder.parentUid());
            }
        }
        exchange.sendJson(200, answer);
    }

    private void get(Exchange exchange) throws IOException {
        GrafanaOrg org = Orgs.of(exchange);
        Folder folder = org.folders().find(exchange.pathParam("uid")).orElse(null);
        if (folder == null) {
            notFound(exchange);
            return;
        }
        exchange.sendJson(200, json(org, folder));
    }

    private void create(Exchange exchange) throws IOException {
        ObjectNode body = JsonRequest.object(exchange);
        if (body == null) {
            return;
        }
        GrafanaOrg org = Orgs.of(exchange);
        try {
            Folder folder = org.folders().create(text(body, "uid"), text(body, "title"), text(body, "description"),
                    text(body, "parentUid"));
            exchange.sendJson(200, json(org, folder));
        } catch (StoreException refused) {
            error(exchange, refused);
        }
    }

    private void update(Exchange exchange) throws IOException {
        ObjectNode body = JsonRequest.object(exchange);
        if (body == null) {
            return;
        }
        GrafanaOrg org = Orgs.of(exchange);
        Integer version = body.path("version").canConvertToInt() ? body.path("version").asInt() : null;
        try {
            Folder folder = org.folders().update(exchange.pathParam("uid"), text(body, "title"),
                    text(body, "description"), version, body.path("overwrite").asBoolean(false));
            exchange.sendJson(200, json(org, folder));
        } catch (StoreException refused) {
            error(exchange, refused);
        }
    }

    private void move(Exchange exchange) throws IOException {
        ObjectNode body = JsonRequest.object(exchange);
        if (body == null) {
            return;
        }
        GrafanaOrg org = Orgs.of(exchange);
        try {
            Folder folder = org.folders().move(exchange.pathParam("uid"), text(body, "parentUid"));
            exchange.sendJson(200, json(org, folder));
        } catch (StoreException refused) {
            error(exchange, refused);
        }
    }

    private void delete(Exchange exchange) throws IOException {
        GrafanaOrg org = Orgs.of(exchange);
        List<Folder> removed;
        synchronized (org.folders()) {
            try {
                removed = org.folders().delete(exchange.pathParam("uid"));
            } catch (StoreException refused) {
                error(exchange, refused);
                return;
            }
            org.dashboards().deleteInFolders(removed);
        }
        Folder folder = removed.get(0);
        ObjectNode answer = GrafanaErrors.JSON.createObjectNode();
        answer.put("message", "Folder deleted");
        answer.put("id", folder.id());
        answer.put("title", folder.title());
        exchange.sendJson(200, answer);
    }

    /** The folder object of get, create, update and move. */
    public static ObjectNode json(GrafanaOrg org, Folder folder) {
        ObjectNode json = GrafanaErrors.JSON.createObjectNode();
        json.put("id", folder.id());
        json.put("uid", folder.uid());
        json.put("orgId", org.id());
        json.put("title", folder.title());
        if (folder.description() != null) {
            json.put("description", folder.description());
        }
        json.put("url", Names.folderUrl(folder.uid(), folder.title()));
        json.put("hasAcl", false);
        json.put("canSave", true);
        json.put("canEdit", true);
        json.put("canAdmin", true);
        json.put("canDelete", true);
        json.put("createdBy", "admin");
        json.put("created", Names.timestamp(folder.created()));
        json.put("updatedBy", "admin");
        json.put("updated", Names.timestamp(folder.updated()));
        json.put("version", folder.version());
        if (folder.parentUid() != null) {
            json.put("parentUid", folder.parentUid());
            ArrayNode parents = json.putArray("parents");
            for (Folder parent : org.folders().parents(folder.uid())) {
                parents.addObject().put("id", parent.id()).put("uid", parent.uid()).put("title", parent.title())
                        .put("url", Names.folderUrl(parent.uid(), parent.title()));
            }
        }
        return json;
    }

    private static void notFound(Exchange exchange) throws IOException {
        GrafanaErrors.withStatus(exchange, 404, "folder not found", "not-found");
    }

    private static void error(Exchange exchange, StoreException refused) throws IOException {
        switch (refused.kind()) {
            case FOLDER_NOT_FOUND, NOT_FOUND -> {
                if (refused.getMessage().startsWith("parent")) {
                    GrafanaErrors.message(exchange, 400, refused.getMessage());
                } else {
                    notFound(exchange);
                }
            }
            case VERSION_MISMATCH -> GrafanaErrors.withStatus(exchange, 412, refused.getMessage(), "version-mismatch");
            case UID_EXISTS, NAME_EXISTS -> GrafanaErrors.message(exchange, 409, refused.getMessage());
            default -> GrafanaErrors.message(exchange, 400, refused.getMessage());
        }
    }

    private static String text(ObjectNode body, String field) {
        return body.path(field).isTextual() ? body.path(field).asText() : null;
    }
}
