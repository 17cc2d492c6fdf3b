package io.github.cameldatagrok.grafana.emulator.dashboards;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One saved version of a dashboard.
 *
 * @param id            the version row's own id
 * @param parentVersion the version it replaced (0 for the first)
 * @param restoredFrom  the version a restore copied (0 otherwise)
 * @param data          the full model as saved
 */
public record DashboardVersion(long id, long dashboardId, String uid, int parentVersion, int restoredFrom,
        int version, Instant created, String createdBy, String message, ObjectNode data) {
}
