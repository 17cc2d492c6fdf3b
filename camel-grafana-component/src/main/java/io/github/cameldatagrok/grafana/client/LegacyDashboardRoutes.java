package io.github.cameldatagrok.grafana.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.grafana.client.model.DashboardSave;
import io.github.cameldatagrok.grafana.client.model.GrafanaDashboard;
import io.github.cameldatagrok.grafana.client.model.SavedDashboard;

/** Dashboards on the legacy routes: {@code GET|DELETE /api/dashboards/uid/:uid}, {@code POST /api/dashboards/db}. */
final class LegacyDashboardRoutes implements DashboardRoutes {

    static final String BY_UID = "/api/dashboards/uid/";
    private final GrafanaHttp http;

    LegacyDashboardRoutes(GrafanaHttp http) {
        this.http = http;
    }

    @Override
    public GrafanaDashboard find(String uid) {
        JsonNode answer;
        try {
            answer = http.get(BY_UID + uid);
        } catch (GrafanaNotFoundException e) {
            return null;
        }
        return read(answer);
    }

    /** {@code {"dashboard":{...},"meta":{"folderUid","url","version",...}}} */
    static GrafanaDashboard read(JsonNode answer) {
        if (answer == null || !(answer.get("dashboard") instanceof ObjectNode model)) {
            throw new IllegalStateException("Grafana sent a dashboard answer without a dashboard");
        }
        JsonNode meta = answer.path("meta");
        long version = model.path("version").asLong(meta.path("version").asLong(0));
        String folderUid = DashboardBodies.text(meta, "folderUid");
        return new GrafanaDashboard(DashboardBodies.text(model, "uid"), DashboardBodies.text(model, "title"), version,
                folderUid == null || folderUid.isEmpty() ? null : folderUid, DashboardBodies.text(meta, "url"), null,
                model);
    }

    /**
     * {@code POST /api/dashboards/db}. The folder is always sent: a save without {@code folderUid} moves an existing
     * dashboard to the root, so unless a folder is asked for, the one it is in now (read first) is sent back. The
     * deprecated numeric {@code id} is dropped (an id from another Grafana names another dashboard, or none); the
     * uid is always sent, so Grafana never makes a duplicate.
     */
    @Override
    public SavedDashboard save(DashboardBodies body, String uid, DashboardSave options) {
        GrafanaDashboard existing = find(uid);
        String folder = options.folderUid() != null ? options.folderUid()
                : body.folderUid() != null ? body.folderUid()
                : existing != null ? existing.folderUid() : null;
        ObjectNode model = body.model();
        model.remove("id");
        model.put("uid", uid);
        if (existing == null) {
            model.remove("version");
        }
        ObjectNode request = http.json().createObjectNode();
        request.set("dashboard", model);
        request.put("folderUid", folder == null ? "" : folder);
        String message = options.message() != null ? options.message() : body.message();
        if (message != null) {
            request.put("message", message);
        }
        request.put("overwrite", options.overwrite());
        // the uid is in the body, so a repeated save updates the same dashboard: safe to retry
        JsonNode answer = http.send("POST", "/api/dashboards/db", request, true).body();
        String savedFolder = DashboardBodies.text(answer, "folderUid");
        if (savedFolder == null) {
            savedFolder = folder;
        }
        return new SavedDashboard(DashboardBodies.text(answer, "uid") != null ? DashboardBodies.text(answer, "uid") : uid,
                answer.path("version").asLong(), DashboardBodies.text(answer, "url"),
                savedFolder == null || savedFolder.isEmpty() ? null : savedFolder, existing == null, null);
    }

    @Override
    public JsonNode delete(String uid) {
        return http.send("DELETE", BY_UID + uid, null, true).body();
    }
}
