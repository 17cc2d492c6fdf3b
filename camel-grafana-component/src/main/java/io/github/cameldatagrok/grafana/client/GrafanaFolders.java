package io.github.cameldatagrok.grafana.client;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.grafana.client.model.Page;

/** Folders on the {@code /api/folders} routes, which every Grafana from 5 to 13 serves. */
public final class GrafanaFolders {

    private static final String FOLDERS = "/api/folders";
    private final GrafanaHttp http;

    GrafanaFolders(GrafanaHttp http) {
        this.http = http;
    }

    /**
     * {@code GET /api/folders?limit=&page=&parentUid=}: the folders directly in {@code parentUid} (null: the root),
     * page after page until a short one, at most {@code maxResults}.
     */
    public Page list(String parentUid, int pageSize, int maxResults) {
        if (pageSize < 1 || maxResults < 1) {
            throw new IllegalArgumentException("pageSize and maxResults must be 1 or more, were " + pageSize + " and "
                    + maxResults);
        }
        List<JsonNode> folders = new ArrayList<>();
        boolean more = true;
        for (int page = 1; more && folders.size() < maxResults; page++) {
            JsonNode answer = http.get(GrafanaQuery.path(FOLDERS).add("limit", pageSize).add("page", page)
                    .add("parentUid", parentUid).toString());
            if (answer == null || !answer.isArray()) {
                throw new IllegalStateException("Grafana answered GET /api/folders with no list");
            }
            for (JsonNode folder : answer) {
                if (folders.size() < maxResults) {
                    folders.add(folder);
                }
            }
            more = answer.size() >= pageSize;
        }
        return new Page(folders, -1, more);
    }

    /** {@code GET /api/folders/:uid}. */
    public JsonNode get(String uid) {
        return http.get(FOLDERS + "/" + checkUid(uid));
    }

    /** {@code POST /api/folders {"uid"?,"title","parentUid"?,"description"?}}; 409 when the uid exists. */
    public JsonNode create(JsonNode folder) {
        ObjectNode body = JsonObjects.copyOf(folder);
        if (DashboardBodies.text(body, "title") == null || DashboardBodies.text(body, "title").isBlank()) {
            throw new IllegalArgumentException("A folder needs a title");
        }
        if (body.hasNonNull("uid")) {
            checkUid(body.get("uid").asText());
        }
        // with a uid, a repeated create answers 409 instead of making a second folder; without one, never repeated
        return http.send("POST", FOLDERS, body, body.hasNonNull("uid")).body();
    }

    /**
     * {@code PUT /api/folders/:uid {"title","description"?,"version","overwrite"?}}. Without a {@code version} in
     * the body the folder's current one is read and sent, so a change made in between still conflicts (412 or 409).
     */
    public JsonNode update(String uid, JsonNode folder, boolean overwrite) {
        checkUid(uid);
        ObjectNode body = JsonObjects.copyOf(folder);
        if (!body.hasNonNull("version") && !overwrite) {
            body.put("version", get(uid).path("version").asLong());
        }
        if (!body.hasNonNull("title")) {
            body.put("title", get(uid).path("title").asText());
        }
        if (overwrite) {
            body.put("overwrite", true);
        }
        return http.send("PUT", FOLDERS + "/" + uid, body, true).body();
    }

    /** {@code DELETE /api/folders/:uid}: deletes the dashboards in it too. */
    public JsonNode delete(String uid) {
        return http.send("DELETE", FOLDERS + "/" + checkUid(uid), null, true).body();
    }

    static String checkUid(String uid) {
        return DashboardUids.check(uid);
    }
}
