package io.github.cameldatagrok.grafana.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The forms a dashboard to save comes in, brought to one: the bare dashboard JSON (as exported from the UI); the
 * legacy save body {@code {"dashboard":{...},"folderUid":"...","message":"...","overwrite":false}} (what
 * {@code grafana-dash-gen} posts) or get answer {@code {"dashboard":{...},"meta":{...}}}; and the {@code /apis}
 * resource {@code {"apiVersion":"dashboard.grafana.app/v1","kind":"Dashboard","metadata":{...},"spec":{...}}}.
 *
 * @param model     the dashboard JSON (a copy: changing it leaves the caller's body alone)
 * @param folderUid the folder the body itself names, or null
 * @param message   the version note the body itself carries, or null
 * @param overwrite the body's own {@code overwrite}, or null
 */
record DashboardBodies(ObjectNode model, String folderUid, String message, Boolean overwrite) {

    static final String FOLDER_ANNOTATION = "grafana.app/folder";
    static final String MESSAGE_ANNOTATION = "grafana.app/message";
    static final int MAX_TITLE = 5000;
    static final int MAX_MESSAGE = 500;

    static DashboardBodies of(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("A dashboard must be a JSON object, was "
                    + (body == null ? "nothing" : body.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
        }
        DashboardBodies parsed;
        if (body.get("dashboard") instanceof ObjectNode dashboard) {
            JsonNode meta = body.path("meta");
            String folder = text(body, "folderUid");
            if (folder == null && meta.isObject()) {
                folder = text(meta, "folderUid");
            }
            JsonNode overwrite = body.get("overwrite");
            parsed = new DashboardBodies(dashboard.deepCopy(), folder, text(body, "message"),
                    overwrite != null && overwrite.isBoolean() ? overwrite.booleanValue() : null);
        } else if (body.get("spec") instanceof ObjectNode spec && body.get("metadata") instanceof ObjectNode metadata) {
            ObjectNode model = spec.deepCopy();
            String name = text(metadata, "name");
            if (name != null) {
                model.put("uid", name);
            }
            JsonNode annotations = metadata.path("annotations");
            parsed = new DashboardBodies(model, text(annotations, FOLDER_ANNOTATION),
                    text(annotations, MESSAGE_ANNOTATION), null);
        } else {
            parsed = new DashboardBodies(((ObjectNode) body).deepCopy(), null, null, null);
        }
        parsed.check();
        return parsed;
    }

    /** Grafana's own checks, made before anything is sent. */
    private void check() {
        if (model.has("overwrite")) {
            // a frequent mistake (grafana/grafana#42330): Grafana ignores it there and the save fails on the version
            throw new IllegalArgumentException("The dashboard JSON holds an 'overwrite' field: overwrite belongs"
                    + " beside the dashboard (the overwrite option), not inside it");
        }
        String title = text(model, "title");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("The dashboard has no title: Grafana refuses a dashboard without one");
        }
        if (title.length() > MAX_TITLE) {
            throw new IllegalArgumentException("The dashboard title has " + title.length()
                    + " characters; Grafana takes at most " + MAX_TITLE);
        }
        if (model.path("isFolder").asBoolean(false)) {
            throw new IllegalArgumentException("The body is a folder (isFolder:true), not a dashboard");
        }
        if (message != null && message.length() > MAX_MESSAGE) {
            throw messageTooLong(message);
        }
    }

    static IllegalArgumentException messageTooLong(String message) {
        return new IllegalArgumentException("The version message has " + message.length()
                + " characters; Grafana takes at most " + MAX_MESSAGE);
    }

    /** The uid the body names, else {@code fallback}, else one made from its title. */
    String uid(String fallback) {
        String uid = text(model, "uid");
        if (uid == null || uid.isBlank()) {
            uid = fallback;
        }
        return uid == null || uid.isBlank() ? DashboardUids.fromTitle(text(model, "title")) : DashboardUids.check(uid);
    }

    /** The version the body was read at, or null. */
    Long version() {
        JsonNode version = model.get("version");
        return version != null && version.canConvertToLong() ? version.longValue() : null;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
    }
}
