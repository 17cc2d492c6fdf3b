package io.github.cameldatagrok.grafana.emulator.dashboards;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.grafana.emulator.GrafanaVersion;
import io.github.cameldatagrok.grafana.emulator.folders.Folder;
import io.github.cameldatagrok.grafana.emulator.folders.FolderStore;
import io.github.cameldatagrok.grafana.emulator.http.GrafanaErrors;
import io.github.cameldatagrok.grafana.emulator.http.Names;
import io.github.cameldatagrok.grafana.emulator.http.StoreException;
import io.github.cameldatagrok.grafana.emulator.http.StoreException.Kind;

/**
 * The dashboards of one org, with the save rules of the Grafana version played (see {@link #save}). Both API
 * generations work on the same dashboards: {@code /api}'s {@code uid} is {@code /apis}' {@code metadata.name},
 * {@code version} is {@code metadata.generation}.
 */
public final class DashboardStore {

    /** Who the emulator records as author of changes. */
    public static final String AUTHOR = "admin";

    private final long orgId;
    private final GrafanaVersion version;
    private final FolderStore folders;
    private final Map<String, Dashboard> dashboards = new LinkedHashMap<>();
    private final AtomicLong versionIds = new AtomicLong();
    private final List<Consumer<Dashboard>> deleteListeners = new CopyOnWriteArrayList<>();
    private String homeUid;

    public DashboardStore(long orgId, GrafanaVersion version, FolderStore folders) {
        this.orgId = orgId;
        this.version = version;
        this.folders = folders;
    }

    public long orgId() {
        return orgId;
    }

    public GrafanaVersion grafanaVersion() {
        return version;
    }

    /** Called with each dashboard deleted (directly or with its folder): annotations and shares go with it. */
    public void onDelete(Consumer<Dashboard> listener) {
        deleteListeners.add(listener);
    }

    /** What {@code POST /api/dashboards/db} asks. */
    public record SaveCommand(ObjectNode dashboard, String folderUid, Long folderId, String message,
            boolean overwrite) {
    }

    /**
     * The legacy save: create (no {@code id}/{@code uid} match) or update. An update needs {@code version} equal to
     * the stored one unless {@code overwrite}; up to 11.2 a same-title dashboard in the same folder is refused
     * (name-exists) or, with {@code overwrite}, replaced; a plugin dashboard needs {@code overwrite}; a provisioned
     * one cannot be saved. A save without {@code folderUid} puts the dashboard at the root, moving it if it was in a
     * folder, as Grafana does.
     */
    public Dashboard save(SaveCommand command) {
        ObjectNode model = command.dashboard().deepCopy();
        String title = model.path("title").isTextual() ? model.path("title").asText() : "";
        if (title.isBlank()) {
            throw new StoreException(Kind.EMPTY_NAME, "Dashboard title cannot be empty");
        }
        if (title.length() > 5000) {
            throw new StoreException(Kind.BAD_REQUEST, "Dashboard title cannot be longer than 5000 characters");
        }
        if (command.message() != null && command.message().length() > 500) {
            throw new StoreException(Kind.BAD_REQUEST, "Dashboard message cannot be longer than 500 characters");
        }
        if (model.path("isFolder").asBoolean(false)) {
            throw new StoreException(Kind.BAD_REQUEST, "Use the folders API to save folders");
        }
        String uid = model.path("uid").isTextual() && !model.path("uid").asText().isEmpty()
                ? model.path("uid").asText() : null;
        if (uid != null && Names.uidProblem(uid) != null) {
            throw new StoreException(Kind.BAD_REQUEST, Names.uidProblem(uid));
        }
        long id = model.path("id").canConvertToLong() ? model.path("id").asLong() : 0;
        synchronized (folders) {
            String folderUid = resolveFolder(command.folderUid(), command.folderId());
            Dashboard existing = null;
            if (id > 0) {
                existing = findById(id).orElseThrow(() -> new StoreException(Kind.NOT_FOUND, "Dashboard not found"));
            }
            if (uid != null) {
                Dashboard byUid = dashboards.get(uid);
                if (existing != null && byUid != null && byUid != existing) {
                    throw new StoreException(Kind.BAD_REQUEST, "A dashboard with the same uid already exists");
                }
                if (existing == null) {
                    existing = byUid;
                }
            }
            int givenVersion = model.path("version").canConvertToInt() ? model.path("version").asInt() : 0;
            if (existing != null) {
                if (existing.provisioned()) {
                    throw new StoreException(Kind.PROVISIONED, "Cannot save provisioned dashboard");
                }
                if (!command.overwrite() && givenVersion != existing.version()) {
                    throw new StoreException(Kind.VERSION_MISMATCH, "The dashboard has been changed by someone else");
                }
                if (existing.pluginId() != null && !command.overwrite()) {
                    throw new StoreException(Kind.PLUGIN_DASHBOARD,
                            "The dashboard belongs to plugin " + existing.pluginId() + ".");
                }
            }
            if (version.uniqueDashboardTitles()) {
                Dashboard sameTitle = sameTitle(title, folderUid, existing);
                if (sameTitle != null) {
                    if (!command.overwrite()) {
                        throw new StoreException(Kind.NAME_EXISTS,
                                "A dashboard with the same name in the folder already exists");
                    }
                    // overwrite takes the other dashboard over (its id, uid and version)
                    existing = sameTitle;
                }
            }
            return store(existing, existing == null ? (uid != null ? uid : Names.newUid()) : existing.uid(), model,
                    folderUid, command.message(), 0);
        }
    }

    /** {@code /apis} create: 409-kind UID_EXISTS when the name is taken. */
    public Dashboard create(String name, ObjectNode spec, String folderUid, String message) {
        String title = spec.path("title").asText("");
        if (title.isBlank()) {
            throw new StoreException(Kind.EMPTY_NAME, "Dashboard title cannot be empty");
        }
        synchronized (folders) {
            if (dashboards.containsKey(name) || folders.find(name).isPresent()) {
                throw new StoreException(Kind.UID_EXISTS, "already exists");
            }
            return store(null, name, spec.deepCopy(), resolveFolder(folderUid, null), message, 0);
        }
    }

    /**
     * {@code /apis} update: {@code resourceVersion} null = unconditional, else it must be the current one. The
     * generation (= version) grows only when the spec changes; the resource version on any change.
     */
    public Dashboard update(String name, ObjectNode spec, String folderUid, Long resourceVersion, String message) {
        synchronized (folders) {
            Dashboard existing = dashboards.get(name);
            if (existing == null) {
                throw new StoreException(Kind.NOT_FOUND, "not found");
            }
            if (resourceVersion != null && resourceVersion != existing.resourceVersion()) {
                throw new StoreException(Kind.VERSION_MISMATCH, "the object has been modified");
            }
            if (existing.provisioned()) {
                throw new StoreException(Kind.PROVISIONED, "Cannot save provisioned dashboard");
            }
            if (spec.path("title").asText("").isBlank()) {
                throw new StoreException(Kind.EMPTY_NAME, "Dashboard title cannot be empty");
            }
            String folder = resolveFolder(folderUid, null);
            if (sameContent(existing.model(), spec)) {
                if (!Objects.equals(folder, existing.folderUid())) {
                    existing.moveTo(folder, folders.nextResourceVersion());
                }
                return existing;
            }
            return store(existing, name, spec.deepCopy(), folder, message, 0);
        }
    }

    /**
     * Restores an older version as a new one ({@code restoredFrom} set); refuses a version equal to the current
     * dashboard.
     */
    public Dashboard restore(String uid, int restoreVersion) {
        synchronized (folders) {
            Dashboard current = require(uid);
            DashboardVersion old = current.history().stream().filter(v -> v.version() == restoreVersion).findFirst()
                    .orElseThrow(() -> new StoreException(Kind.NOT_FOUND, "Dashboard version not found"));
            if (sameContent(current.model(), old.data())) {
                throw new StoreException(Kind.IDENTICAL,
                        "Current dashboard is identical to the version you are trying to restore");
            }
            return store(current, uid, old.data().deepCopy(), current.folderUid(),
                    "Restored from version " + restoreVersion, restoreVersion);
        }
    }

    private Dashboard store(Dashboard existing, String uid, ObjectNode model, String folderUid, String message,
            int restoredFrom) {
        Instant now = Instant.now();
        Dashboard target = existing;
        if (target == null) {
            target = new Dashboard(folders.nextId(), uid, resourceUid(), now);
            dashboards.put(uid, target);
        }
        int newVersion = existing == null ? 1 : existing.version() + 1;
        model.put("id", target.id());
        model.put("uid", uid);
        model.put("version", newVersion);
        String saveMessage = message == null ? "" : message;
        target.apply(model, folderUid, newVersion, folders.nextResourceVersion(), now, saveMessage);
        target.addVersion(new DashboardVersion(versionIds.incrementAndGet(), target.id(), uid,
                existing == null ? 0 : newVersion - 1, restoredFrom, newVersion, now, AUTHOR, saveMessage,
                model.deepCopy()));
        return target;
    }

    /** Deletes a dashboard; provisioned ones are refused. */
    public Dashboard delete(String uid) {
        synchronized (folders) {
            Dashboard dashboard = require(uid);
            if (dashboard.provisioned()) {
                throw new StoreException(Kind.PROVISIONED, "Dashboard cannot be deleted because it was provisioned");
            }
            remove(dashboard);
            return dashboard;
        }
    }

    /** Deletes the dashboards in these folders (a folder delete takes them); returns how many. */
    public int deleteInFolders(List<Folder> removed) {
        synchronized (folders) {
            List<Dashboard> inside = new ArrayList<>();
            for (Dashboard dashboard : dashboards.values()) {
                if (removed.stream().anyMatch(f -> f.uid().equals(dashboard.folderUid()))) {
                    inside.add(dashboard);
                }
            }
            inside.forEach(this::remove);
            return inside.size();
        }
    }

    private void remove(Dashboard dashboard) {
        dashboards.remove(dashboard.uid());
        if (dashboard.uid().equals(homeUid)) {
            homeUid = null;
        }
        deleteListeners.forEach(listener -> listener.accept(dashboard));
    }

    public Optional<Dashboard> find(String uid) {
        synchronized (folders) {
            return uid == null ? Optional.empty() : Optional.ofNullable(dashboards.get(uid));
        }
    }

    public Optional<Dashboard> findById(long id) {
        synchronized (folders) {
            return dashboards.values().stream().filter(d -> d.id() == id).findFirst();
        }
    }

    public Dashboard require(String uid) {
        return find(uid).orElseThrow(() -> new StoreException(Kind.NOT_FOUND, "Dashboard not found"));
    }

    /** All dashboards, by title (case-insensitive), then uid. */
    public List<Dashboard> all() {
        synchronized (folders) {
            List<Dashboard> all = new ArrayList<>(dashboards.values());
            all.sort(Comparator.comparing((Dashboard d) -> d.title().toLowerCase(Locale.ROOT))
                    .thenComparing(Dashboard::uid));
            return all;
        }
    }

    /** All dashboards by uid ({@code /apis} lists by name). */
    public List<Dashboard> allByUid() {
        synchronized (folders) {
            List<Dashboard> all = new ArrayList<>(dashboards.values());
            all.sort(Comparator.comparing(Dashboard::uid));
            return all;
        }
    }

    public int size() {
        synchronized (folders) {
            return dashboards.size();
        }
    }

    // ---- seeding: what a test sets up beside the API ----

    /** Saves a dashboard model (JSON text) as {@code POST /api/dashboards/db} with overwrite would. */
    public Dashboard put(String dashboardJson, String folderUid) {
        try {
            JsonNode node = GrafanaErrors.JSON.readTree(dashboardJson);
            if (!(node instanceof ObjectNode model)) {
                throw new IllegalArgumentException("A dashboard model is a JSON object");
            }
            return save(new SaveCommand(model, folderUid, null, "seeded", true));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("Not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A dashboard with this uid, title, folder (null = root) and tags. */
    public Dashboard put(String uid, String title, String folderUid, String... tags) {
        ObjectNode model = GrafanaErrors.JSON.createObjectNode();
        model.put("uid", uid);
        model.put("title", title);
        model.put("schemaVersion", 41);
        var tagArray = model.putArray("tags");
        for (String tag : tags) {
            tagArray.add(tag);
        }
        model.putArray("panels");
        return save(new SaveCommand(model, folderUid, null, "seeded", true));
    }

    /** Marks a dashboard provisioned (from a file): saves and deletes through the API are refused. */
    public void markProvisioned(String uid) {
        require(uid).provisioned(true);
    }

    /** Marks a dashboard as a plugin's: a save needs {@code overwrite}. */
    public void markPluginDashboard(String uid, String pluginId) {
        require(uid).pluginId(Objects.requireNonNull(pluginId, "pluginId"));
    }

    /** Stars or unstars a dashboard for the (one) caller. */
    public void star(String uid, boolean starred) {
        require(uid).starred(starred);
    }

    /** Makes a dashboard the org's home: {@code GET /api/dashboards/home} then redirects to it. */
    public void home(String uid) {
        synchronized (folders) {
            this.homeUid = uid == null ? null : require(uid).uid();
        }
    }

    public Optional<Dashboard> home() {
        synchronized (folders) {
            return find(homeUid);
        }
    }

    /** Replaces the ACL of a dashboard (items as {@code POST .../permissions} takes them). */
    public void permissions(String uid, List<ObjectNode> items) {
        require(uid).permissions(List.copyOf(items));
    }

    /** The explicit ACL, or null when the dashboard keeps the default one. */
    public List<ObjectNode> permissions(String uid) {
        return require(uid).permissions();
    }

    public void clear() {
        synchronized (folders) {
            new ArrayList<>(dashboards.values()).forEach(this::remove);
            homeUid = null;
        }
    }

    // ---- helpers ----

    private String resolveFolder(String folderUid, Long folderId) {
        if (folderUid != null && !folderUid.isEmpty() && !folderUid.equals(FolderStore.ROOT_UID)) {
            return folders.find(folderUid).map(Folder::uid)
                    .orElseThrow(() -> new StoreException(Kind.FOLDER_NOT_FOUND, "folder not found"));
        }
        if ((folderUid == null || folderUid.isEmpty()) && folderId != null && folderId > 0) {
            return folders.findById(folderId).map(Folder::uid)
                    .orElseThrow(() -> new StoreException(Kind.FOLDER_NOT_FOUND, "folder not found"));
        }
        return null;
    }

    private Dashboard sameTitle(String title, String folderUid, Dashboard self) {
        for (Dashboard other : dashboards.values()) {
            if (other != self && other.title().equalsIgnoreCase(title)
                    && Objects.equals(other.folderUid(), folderUid)) {
                return other;
            }
        }
        return null;
    }

    /** Same model apart from the keys the store sets itself. */
    static boolean sameContent(ObjectNode a, ObjectNode b) {
        ObjectNode left = a.deepCopy();
        ObjectNode right = b.deepCopy();
        for (String key : List.of("id", "uid", "version")) {
            left.remove(key);
            right.remove(key);
        }
        return left.equals(right);
    }

    private static String resourceUid() {
        return Names.newUid() + Names.newUid() + Names.newUid().substring(0, 2);
    }
}
