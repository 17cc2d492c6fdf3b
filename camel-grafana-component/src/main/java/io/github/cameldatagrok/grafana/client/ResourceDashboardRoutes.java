package io.github.cameldatagrok.grafana.client;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.grafana.client.model.DashboardPage;
import io.github.cameldatagrok.grafana.client.model.DashboardSave;
import io.github.cameldatagrok.grafana.client.model.GrafanaDashboard;
import io.github.cameldatagrok.grafana.client.model.SavedDashboard;

/**
 * Dashboards on Grafana 12+'s resource API, {@code /apis/dashboard.grafana.app/<v1|v1beta1>/namespaces/<ns>/dashboards}:
 * create is {@code POST} (201) without a {@code resourceVersion}; update is {@code PUT .../<name>} carrying the
 * {@code metadata.resourceVersion} just read, so a change in between gives 409. The folder is the
 * {@code grafana.app/folder} annotation, kept on update unless a move is asked for.
 */
final class ResourceDashboardRoutes implements DashboardRoutes {

    private final GrafanaHttp http;
    private final String version;
    private final String collection;

    ResourceDashboardRoutes(GrafanaHttp http, String version, String namespace) {
        this.http = http;
        this.version = version;
        this.collection = "/apis/dashboard.grafana.app/" + version + "/namespaces/" + namespace + "/dashboards";
    }

    String collection() {
        return collection;
    }

    @Override
    public GrafanaDashboard find(String uid) {
        try {
            return read(http.get(collection + "/" + uid));
        } catch (GrafanaNotFoundException e) {
            return null;
        }
    }

    /**
     * One page of the collection, {@code GET .../dashboards?limit=&continue=}. A Kubernetes list carries its items in
     * full, so each dashboard is read as {@link #find} reads it, with no request of its own.
     */
    DashboardPage list(int limit, String continueToken) {
        JsonNode answer = http.get(GrafanaQuery.path(collection).add("limit", limit)
                .add("continue", continueToken == null || continueToken.isEmpty() ? null : continueToken).toString());
        JsonNode items = answer == null ? null : answer.get("items");
        List<GrafanaDashboard> dashboards = new ArrayList<>();
        if (items != null && items.isArray()) {
            for (JsonNode item : items) {
                dashboards.add(read(item));
            }
        } else if (answer == null || !"DashboardList".equals(DashboardBodies.text(answer, "kind"))
                || (items != null && !items.isNull())) {
            // an empty list may come as "items": null; anything else is no list
            throw new IllegalStateException("Grafana answered GET " + collection + " with no list of dashboards");
        }
        return new DashboardPage(dashboards, DashboardBodies.text(answer.path("metadata"), "continue"));
    }

    /** A Dashboard resource as the client's dashboard; its spec, with uid, title and version, is the model. */
    GrafanaDashboard read(JsonNode resource) {
        JsonNode metadata = resource.path("metadata");
        if (resource.path("status").path("conversion").path("failed").asBoolean(false)) {
            throw new GrafanaApiException("GET", collection + "/" + DashboardBodies.text(metadata, "name"), 200,
                    "the dashboard is stored as " + resource.path("status").path("conversion").path("storedVersion")
                            .asText("another schema") + " and cannot be read as " + version, null, null, null, resource);
        }
        String uid = DashboardBodies.text(metadata, "name");
        long generation = metadata.path("generation").asLong(0);
        ObjectNode model = resource.get("spec") instanceof ObjectNode spec ? spec.deepCopy()
                : http.json().createObjectNode();
        model.put("uid", uid);
        model.put("version", generation);
        model.remove("id");
        return new GrafanaDashboard(uid, DashboardBodies.text(model, "title"), generation,
                DashboardBodies.text(metadata.path("annotations"), DashboardBodies.FOLDER_ANNOTATION), "/d/" + uid,
                DashboardBodies.text(metadata, "resourceVersion"), model);
    }

    @Override
    public SavedDashboard save(DashboardBodies body, String uid, DashboardSave options) {
        String path = collection + "/" + uid;
        JsonNode current;
        try {
            current = http.get(path);
        } catch (GrafanaNotFoundException e) {
            current = null;
        }
        String folder = options.folderUid() != null ? options.folderUid() : body.folderUid();
        String message = options.message() != null ? options.message() : body.message();
        ObjectNode resource = http.json().createObjectNode();
        resource.put("apiVersion", "dashboard.grafana.app/" + version);
        resource.put("kind", "Dashboard");
        ObjectNode metadata = resource.putObject("metadata");
        metadata.put("name", uid);
        ObjectNode annotations;
        if (current != null) {
            GrafanaDashboard existing = read(current);
            Long given = body.version();
            if (!options.overwrite() && (given == null || given != existing.version())) {
                // what the legacy save answers with 412 version-mismatch, checked here before the PUT
                throw new GrafanaConflictException("PUT", path, 409, "The dashboard has been changed by someone"
                        + " else: version " + (given == null ? "none" : given) + " was sent, Grafana has "
                        + existing.version() + "; read it again or save with overwrite", "version-mismatch", null,
                        "Conflict", null);
            }
            JsonNode oldMetadata = current.path("metadata");
            if (oldMetadata.get("labels") instanceof ObjectNode labels) {
                metadata.set("labels", labels.deepCopy());
            }
            annotations = oldMetadata.get("annotations") instanceof ObjectNode old ? old.deepCopy()
                    : metadata.objectNode();
            // the server's bookkeeping, not ours to send back
            for (Iterator<Map.Entry<String, JsonNode>> it = annotations.fields(); it.hasNext(); ) {
                String key = it.next().getKey();
                if (!key.equals(DashboardBodies.FOLDER_ANNOTATION)) {
                    it.remove();
                }
            }
            metadata.put("resourceVersion", existing.resourceVersion());
        } else {
            annotations = metadata.objectNode();
        }
        if (folder != null) {
            if (folder.isEmpty()) {
                annotations.remove(DashboardBodies.FOLDER_ANNOTATION);
            } else {
                annotations.put(DashboardBodies.FOLDER_ANNOTATION, folder);
            }
        }
        if (message != null) {
            annotations.put(DashboardBodies.MESSAGE_ANNOTATION, message);
        }
        if (!annotations.isEmpty()) {
            metadata.set("annotations", annotations);
        }
        ObjectNode spec = body.model();
        spec.remove("id");
        spec.remove("uid");
        spec.remove("version");
        resource.set("spec", spec);
        GrafanaHttp.Answer answer = current == null
                ? http.send("POST", collection, resource, true)
                : http.send("PUT", path, resource, true);
        GrafanaDashboard saved = read(answer.body());
        return new SavedDashboard(saved.uid(), saved.version(), saved.url(), saved.folderUid(), current == null,
                saved.resourceVersion());
    }

    @Override
    public JsonNode delete(String uid) {
        return http.send("DELETE", collection + "/" + uid, null, true).body();
    }
}
