package io.github.cameldatagrok.grafana.emulator.folders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import io.github.cameldatagrok.grafana.emulator.GrafanaVersion;
import io.github.cameldatagrok.grafana.emulator.http.Names;
import io.github.cameldatagrok.grafana.emulator.http.StoreException;
import io.github.cameldatagrok.grafana.emulator.http.StoreException.Kind;

/**
 * The folders of one org, nested by {@code parentUid}. Its monitor also guards the org's dashboards (the two
 * move together: a folder delete takes its dashboards), and it hands out the ids and resource versions both use:
 * Grafana kept folders and dashboards in one table, with one id sequence.
 */
public final class FolderStore {

    /** The uid RBAC and search use for the root ("General"). */
    public static final String ROOT_UID = "general";

    private final long orgId;
    private final GrafanaVersion version;
    private final Map<String, Folder> folders = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong resourceVersions = new AtomicLong(System.currentTimeMillis() * 1000);

    public FolderStore(long orgId, GrafanaVersion version) {
        this.orgId = orgId;
        this.version = version;
    }

    public long orgId() {
        return orgId;
    }

    public long nextId() {
        return ids.incrementAndGet();
    }

    /** A new, larger resource version for any change in this org. */
    public long nextResourceVersion() {
        return resourceVersions.incrementAndGet();
    }

    /** Creates a folder; {@code uid} null = generated, {@code parentUid} null = root. */
    public synchronized Folder create(String uid, String title, String description, String parentUid) {
        if (title == null || title.isBlank()) {
            throw new StoreException(Kind.BAD_REQUEST, "folder title cannot be empty");
        }
        String folderUid = uid == null || uid.isEmpty() ? Names.newUid() : uid;
        String problem = Names.uidProblem(folderUid);
        if (problem != null || folderUid.equals(ROOT_UID)) {
            throw new StoreException(Kind.BAD_REQUEST, problem != null ? problem : "uid contains illegal characters");
        }
        if (folders.containsKey(folderUid)) {
            throw new StoreException(Kind.UID_EXISTS, "a folder with the same uid already exists");
        }
        String parent = normalParent(parentUid);
        if (parent != null && !folders.containsKey(parent)) {
            throw new StoreException(Kind.FOLDER_NOT_FOUND, "parent folder not found");
        }
        requireUniqueTitle(title, parent, null);
        Instant now = Instant.now();
        Folder folder = new Folder(nextId(), folderUid, title, description, parent, 1, nextResourceVersion(), now, now);
        folders.put(folderUid, folder);
        return folder;
    }

    /**
     * Updates title and description; {@code expectedVersion} null or {@code overwrite} skips the version check
     * (412 version-mismatch otherwise).
     */
    public synchronized Folder update(String uid, String title, String description, Integer expectedVersion,
            boolean overwrite) {
        Folder current = require(uid);
        if (!overwrite && (expectedVersion == null || expectedVersion != current.version())) {
            throw new StoreException(Kind.VERSION_MISMATCH, "The folder has been changed by someone else");
        }
        String newTitle = title == null || title.isBlank() ? current.title() : title;
        requireUniqueTitle(newTitle, current.parentUid(), uid);
        Folder updated = new Folder(current.id(), uid, newTitle, description != null ? description
                : current.description(), current.parentUid(), current.version() + 1, nextResourceVersion(),
                current.created(), Instant.now());
        folders.put(uid, updated);
        return updated;
    }

    /**
     * The {@code /apis} update: title, description and parent at once; {@code resourceVersion} null =
     * unconditional, else it must be the current one (VERSION_MISMATCH).
     */
    public synchronized Folder replace(String uid, String title, String description, String parentUid,
            Long resourceVersion) {
        Folder current = require(uid);
        if (resourceVersion != null && resourceVersion != current.resourceVersion()) {
            throw new StoreException(Kind.VERSION_MISMATCH, "the object has been modified");
        }
        if (title == null || title.isBlank()) {
            throw new StoreException(Kind.BAD_REQUEST, "folder title cannot be empty");
        }
        String parent = normalParent(parentUid);
        if (!java.util.Objects.equals(parent, current.parentUid())) {
            current = move(uid, parent);
        }
        requireUniqueTitle(title, current.parentUid(), uid);
        Folder replaced = new Folder(current.id(), uid, title, description, current.parentUid(),
                current.version() + 1, nextResourceVersion(), current.created(), Instant.now());
        folders.put(uid, replaced);
        return replaced;
    }

    /** Moves a folder under another ({@code null} or empty: the root). */
    public synchronized Folder move(String uid, String parentUid) {
        Folder current = require(uid);
        String parent = normalParent(parentUid);
        if (parent != null) {
            if (!folders.containsKey(parent)) {
                throw new StoreException(Kind.FOLDER_NOT_FOUND, "parent folder not found");
            }
            for (String p = parent; p != null; p = folders.get(p).parentUid()) {
                if (p.equals(uid)) {
                    throw new StoreException(Kind.BAD_REQUEST, "a folder cannot be moved into itself or a descendant");
                }
            }
        }
        Folder moved = new Folder(current.id(), uid, current.title(), current.description(), parent,
                current.version() + 1, nextResourceVersion(), current.created(), Instant.now());
        folders.put(uid, moved);
        return moved;
    }

    /** Deletes a folder and its sub-folders; returns them, the deleted folder first (their dashboards go too). */
    public synchronized List<Folder> delete(String uid) {
        Folder folder = require(uid);
        List<Folder> removed = new ArrayList<>();
        removed.add(folder);
        for (int i = 0; i < removed.size(); i++) {
            String parent = removed.get(i).uid();
            folders.values().stream().filter(f -> parent.equals(f.parentUid())).forEach(removed::add);
        }
        removed.forEach(f -> folders.remove(f.uid()));
        return removed;
    }

    public synchronized Optional<Folder> find(String uid) {
        return uid == null ? Optional.empty() : Optional.ofNullable(folders.get(uid));
    }

    public synchronized Optional<Folder> findById(long id) {
        return folders.values().stream().filter(f -> f.id() == id).findFirst();
    }

    public synchronized Folder require(String uid) {
        Folder folder = uid == null ? null : folders.get(uid);
        if (folder == null) {
            throw new StoreException(Kind.FOLDER_NOT_FOUND, "folder not found");
        }
        return folder;
    }

    /** All folders, by title (case-insensitive), then uid. */
    public synchronized List<Folder> all() {
        List<Folder> all = new ArrayList<>(folders.values());
        all.sort(Comparator.comparing((Folder f) -> f.title().toLowerCase(Locale.ROOT)).thenComparing(Folder::uid));
        return all;
    }

    /** The chain of ancestors, root side first. */
    public synchronized List<Folder> parents(String uid) {
        List<Folder> chain = new ArrayList<>();
        Folder folder = folders.get(uid);
        while (folder != null && folder.parentUid() != null) {
            folder = folders.get(folder.parentUid());
            if (folder != null) {
                chain.add(0, folder);
            }
        }
        return chain;
    }

    public synchronized void clear() {
        folders.clear();
    }

    static String normalParent(String parentUid) {
        return parentUid == null || parentUid.isEmpty() || parentUid.equals(ROOT_UID) ? null : parentUid;
    }

    private void requireUniqueTitle(String title, String parent, String self) {
        // sibling folders with the same title are refused up to 11.2, like dashboards
        if (!version.uniqueDashboardTitles()) {
            return;
        }
        for (Folder other : folders.values()) {
            if (!other.uid().equals(self) && other.title().equalsIgnoreCase(title)
                    && java.util.Objects.equals(other.parentUid(), parent)) {
                throw new StoreException(Kind.NAME_EXISTS, "a folder with the same name already exists");
            }
        }
    }
}
