package io.github.cameldatagrok.grafana.client.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Grafana's {@code GET /api/health}.
 *
 * @param database {@code ok}, or {@code failing} (then Grafana answers 503)
 * @param version  Grafana's version, null when the server hides it ({@code hide_version})
 * @param commit   the build's commit, null when hidden
 * @param raw      the answer as sent
 */
public record GrafanaHealth(String database, String version, String commit, JsonNode raw) {

    public boolean isOk() {
        return "ok".equalsIgnoreCase(database);
    }

    /** The major version, or -1 when hidden or unreadable. */
    public int majorVersion() {
        if (version == null) {
            return -1;
        }
        int dot = version.indexOf('.');
        try {
            return Integer.parseInt(dot < 0 ? version.trim() : version.substring(0, dot).trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
