package io.github.cameldatagrok.grafana.emulator.annotations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cameldatagrok.grafana.emulator.dashboards.DashboardStore;

/**
 * The annotations of one org. A dashboard's annotations go when it is deleted, as in Grafana.
 */
public final class AnnotationStore {

    private final long orgId;
    private final Map<Long, Annotation> annotations = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    public AnnotationStore(long orgId, DashboardStore dashboards) {
        this.orgId = orgId;
        dashboards.onDelete(deleted -> removeForDashboard(deleted.uid()));
    }

    public long orgId() {
        return orgId;
    }

    /** Stores a new annotation; returns it with its id. */
    public synchronized Annotation add(String dashboardUid, long dashboardId, long panelId, long time, Long timeEnd,
            String text, List<String> tags, JsonNode data) {
        long now = System.currentTimeMillis();
        Annotation annotation = new Annotation(ids.incrementAndGet(), dashboardUid, dashboardId, panelId, time,
                timeEnd == null ? time : timeEnd, text, tags, data, now, now);
        annotations.put(annotation.id(), annotation);
        return annotation;
    }

    public synchronized Optional<Annotation> find(long id) {
        return Optional.ofNullable(annotations.get(id));
    }

    /** Replaces an annotation (keeping id, dashboard, panel and creation time); empty when unknown. */
    public synchronized Optional<Annotation> replace(long id, long time, long timeEnd, String text, List<String> tags,
            JsonNode data) {
        Annotation current = annotations.get(id);
        if (current == null) {
            return Optional.empty();
        }
        Annotation replaced = new Annotation(id, current.dashboardUid(), current.dashboardId(), current.panelId(),
                time, timeEnd, text, tags, data, current.created(), System.currentTimeMillis());
        annotations.put(id, replaced);
        return Optional.of(replaced);
    }

    public synchronized boolean delete(long id) {
        return annotations.remove(id) != null;
    }

    /** What {@code GET /api/annotations} asks; null fields do not filter. */
    public record Query(Long from, Long to, String dashboardUid, Long panelId, List<String> tags, boolean matchAny,
            int limit) {
    }

    /** The annotations overlapping [from, to] with the given dashboard, panel and tags, newest first. */
    public synchronized List<Annotation> find(Query query) {
        List<Annotation> found = new ArrayList<>();
        for (Annotation a : annotations.values()) {
            if (query.to() != null && a.time() > query.to()) {
                continue;
            }
            if (query.from() != null && a.timeEnd() < query.from()) {
                continue;
            }
            if (query.dashboardUid() != null && !query.dashboardUid().equals(a.dashboardUid())) {
                continue;
            }
            if (query.panelId() != null && query.panelId() != a.panelId()) {
                continue;
            }
            if (!query.tags().isEmpty()) {
                boolean match = query.matchAny() ? query.tags().stream().anyMatch(a.tags()::contains)
                        : a.tags().containsAll(query.tags());
                if (!match) {
                    continue;
                }
            }
            found.add(a);
        }
        found.sort(Comparator.comparingLong(Annotation::time).thenComparingLong(Annotation::id).reversed());
        return found.size() > query.limit() ? List.copyOf(found.subList(0, query.limit())) : found;
    }

    /** Tag counts, by tag, of the tags starting with {@code prefix} (any when empty). */
    public synchronized Map<String, Integer> tags(String prefix, int limit) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Annotation a : annotations.values()) {
            for (String tag : a.tags()) {
                if (prefix == null || tag.startsWith(prefix)) {
                    counts.merge(tag, 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> limited = new LinkedHashMap<>();
        counts.entrySet().stream().limit(limit).forEach(e -> limited.put(e.getKey(), e.getValue()));
        return limited;
    }

    public synchronized List<Annotation> all() {
        return List.copyOf(annotations.values());
    }

    public synchronized void clear() {
        annotations.clear();
    }

    private synchronized void removeForDashboard(String uid) {
        annotations.values().removeIf(a -> uid.equals(a.dashboardUid()));
    }
}
