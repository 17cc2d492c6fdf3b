package io.github.cameldatagrok.grafana.emulator.dashboards;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A stored dashboard: its JSON model and what Grafana keeps beside it. Read it through the getters (copies);
 * the store changes it under its lock.
 */
public final class Dashboard {

    private final long id;
    private final String uid;
    /** the Kubernetes {@code metadata.uid}, never a name in a URL */
    private final String resourceUid;
    private final Instant created;
    private ObjectNode model;
    private String folderUid;
    private int version;
    private long resourceVersion;
    private Instant updated;
    private String message;
    private boolean provisioned;
    private String pluginId;
    private boolean starred;
    private List<ObjectNode> permissions;
    private final List<DashboardVersion> history = new ArrayList<>();

    Dashboard(long id, String uid, String resourceUid, Instant created) {
        this.id = id;
        this.uid = uid;
        this.resourceUid = resourceUid;
        this.created = created;
        this.updated = created;
    }

    public long id() {
        return id;
    }

    public String uid() {
        return uid;
    }

    public String resourceUid() {
        return resourceUid;
    }

    /** A copy of the JSON model, with {@code id}, {@code uid} and {@code version} as stored. */
    public synchronized ObjectNode model() {
        return model.deepCopy();
    }

    public synchronized String title() {
        return model.path("title").asText("");
    }

    public synchronized List<String> tags() {
        List<String> tags = new ArrayList<>();
        for (JsonNode tag : model.path("tags")) {
            if (tag.isTextual()) {
                tags.add(tag.asText());
            }
        }
        return tags;
    }

    /** The folder's uid, or null at the root. */
    public synchronized String folderUid() {
        return folderUid;
    }

    /** The version {@code /api} reports (= {@code metadata.generation} on {@code /apis}). */
    public synchronized int version() {
        return version;
    }

    public synchronized long resourceVersion() {
        return resourceVersion;
    }

    public Instant created() {
        return created;
    }

    public synchronized Instant updated() {
        return updated;
    }

    /** The message of the last save. */
    public synchronized String message() {
        return message;
    }

    public synchronized boolean provisioned() {
        return provisioned;
    }

    /** The plugin the dashboard belongs to, or null. */
    public synchronized String pluginId() {
        return pluginId;
    }

    public synchronized boolean starred() {
        return starred;
    }

    /** Saved versions, oldest first. */
    public synchronized List<DashboardVersion> history() {
        return List.copyOf(history);
    }

    // ---- changed by the store, under its lock ----

    synchronized void apply(ObjectNode newModel, String newFolderUid, int newVersion, long newResourceVersion,
            Instant when, String saveMessage) {
        this.model = newModel;
        this.folderUid = newFolderUid;
        this.version = newVersion;
        this.resourceVersion = newResourceVersion;
        this.updated = when;
        this.message = saveMessage;
    }

    synchronized void addVersion(DashboardVersion entry) {
        history.add(entry);
    }

    synchronized void moveTo(String newFolderUid, long newResourceVersion) {
        this.folderUid = newFolderUid;
        this.resourceVersion = newResourceVersion;
    }

    synchronized void provisioned(boolean value) {
        this.provisioned = value;
    }

    synchronized void pluginId(String value) {
        this.pluginId = value;
    }

    synchronized void starred(boolean value) {
        this.starred = value;
    }

    /** The explicit ACL, or null for the default one. */
    synchronized List<ObjectNode> permissions() {
        return permissions;
    }

    synchronized void permissions(List<ObjectNode> items) {
        this.permissions = items;
    }
}
