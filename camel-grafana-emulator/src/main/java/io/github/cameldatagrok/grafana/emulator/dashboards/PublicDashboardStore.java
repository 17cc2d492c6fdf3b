package io.github.cameldatagrok.grafana.emulator.dashboards;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.github.cameldatagrok.grafana.emulator.http.Names;

/**
 * The public ("shared") dashboards of one org: at most one per dashboard, removed with it.
 */
public final class PublicDashboardStore {

    /** An access token is a UUID: 32 hex digits, with or without dashes. */
    private static final Pattern ACCESS_TOKEN =
            Pattern.compile("[0-9a-fA-F]{32}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** One public dashboard configuration. */
    public record PublicDashboard(String uid, String dashboardUid, String accessToken, boolean timeSelectionEnabled,
            boolean isEnabled, boolean annotationsEnabled, String share, Instant createdAt, Instant updatedAt) {
    }

    private final Map<String, PublicDashboard> byDashboard = new LinkedHashMap<>();

    public PublicDashboardStore(DashboardStore dashboards) {
        dashboards.onDelete(deleted -> remove(deleted.uid()));
    }

    public static boolean validAccessToken(String token) {
        return ACCESS_TOKEN.matcher(token).matches();
    }

    public synchronized Optional<PublicDashboard> forDashboard(String dashboardUid) {
        return Optional.ofNullable(byDashboard.get(dashboardUid));
    }

    public synchronized Optional<PublicDashboard> byAccessToken(String token) {
        return byDashboard.values().stream().filter(p -> p.accessToken().equals(token)).findFirst();
    }

    public synchronized boolean uidTaken(String uid) {
        return byDashboard.values().stream().anyMatch(p -> p.uid().equals(uid));
    }

    public synchronized boolean accessTokenTaken(String token) {
        return byAccessToken(token).isPresent();
    }

    /** Stores a configuration (new or replacing the dashboard's one). */
    public synchronized PublicDashboard put(PublicDashboard publicDashboard) {
        byDashboard.put(publicDashboard.dashboardUid(), publicDashboard);
        return publicDashboard;
    }

    /** A new configuration with generated uid and token where none is given. */
    public static PublicDashboard create(String dashboardUid, String uid, String accessToken, boolean timeSelection,
            boolean enabled, boolean annotations, String share) {
        Instant now = Instant.now();
        return new PublicDashboard(uid == null ? java.util.UUID.randomUUID().toString() : uid, dashboardUid,
                accessToken == null ? Names.newAccessToken() : accessToken, timeSelection, enabled, annotations,
                share == null ? "public" : share, now, now);
    }

    public synchronized boolean remove(String dashboardUid) {
        return byDashboard.remove(dashboardUid) != null;
    }

    public synchronized List<PublicDashboard> all() {
        return new ArrayList<>(byDashboard.values());
    }

    public synchronized void clear() {
        byDashboard.clear();
    }
}
