package io.github.cameldatagrok.grafana.emulator.snapshots;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.grafana.emulator.http.Names;
import io.github.cameldatagrok.grafana.emulator.http.StoreException;
import io.github.cameldatagrok.grafana.emulator.http.StoreException.Kind;

/** The snapshots of one org; an expired snapshot reads as absent. */
public final class SnapshotStore {

    private final long orgId;
    private final Map<String, Snapshot> byKey = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    public SnapshotStore(long orgId) {
        this.orgId = orgId;
    }

    public long orgId() {
        return orgId;
    }

    /** Stores a snapshot; {@code key}/{@code deleteKey} null = generated; {@code expiresSeconds} 0 = never. */
    public synchronized Snapshot create(ObjectNode dashboard, String name, long expiresSeconds, String key,
            String deleteKey) {
        String viewKey = key == null || key.isEmpty() ? Names.newAccessToken() : key;
        String removeKey = deleteKey == null || deleteKey.isEmpty() ? Names.newAccessToken() : deleteKey;
        if (byKey.containsKey(viewKey) || byKey.values().stream().anyMatch(s -> s.deleteKey().equals(removeKey))) {
            throw new StoreException(Kind.UID_EXISTS, "A snapshot with this key already exists");
        }
        Instant now = Instant.now();
        Snapshot snapshot = new Snapshot(ids.incrementAndGet(), viewKey, removeKey,
                name == null || name.isEmpty() ? dashboard.path("title").asText("") : name, dashboard.deepCopy(), now,
                expiresSeconds > 0 ? now.plusSeconds(expiresSeconds) : null);
        byKey.put(viewKey, snapshot);
        return snapshot;
    }

    public synchronized Optional<Snapshot> find(String key) {
        Snapshot snapshot = byKey.get(key);
        return snapshot == null || snapshot.expiredAt(Instant.now()) ? Optional.empty() : Optional.of(snapshot);
    }

    public synchronized Optional<Snapshot> delete(String key) {
        Optional<Snapshot> found = find(key);
        found.ifPresent(s -> byKey.remove(s.key()));
        return found;
    }

    public synchronized Optional<Snapshot> deleteByDeleteKey(String deleteKey) {
        Optional<Snapshot> found = byKey.values().stream().filter(s -> s.deleteKey().equals(deleteKey)).findFirst()
                .filter(s -> !s.expiredAt(Instant.now()));
        found.ifPresent(s -> byKey.remove(s.key()));
        return found;
    }

    /** Live snapshots whose name contains {@code query} (any when empty), oldest first, at most {@code limit}. */
    public synchronized List<Snapshot> list(String query, int limit) {
        List<Snapshot> found = new ArrayList<>();
        Instant now = Instant.now();
        for (Snapshot snapshot : byKey.values()) {
            if (!snapshot.expiredAt(now) && (query == null || query.isEmpty()
                    || snapshot.name().toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT)))) {
                found.add(snapshot);
            }
            if (found.size() == limit) {
                break;
            }
        }
        return found;
    }

    public synchronized void clear() {
        byKey.clear();
    }
}
