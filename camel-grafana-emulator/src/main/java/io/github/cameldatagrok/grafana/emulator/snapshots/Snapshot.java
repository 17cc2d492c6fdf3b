package io.github.cameldatagrok.grafana.emulator.snapshots;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A stored snapshot: a dashboard with its rendered data, under a {@code key} (view) and a {@code deleteKey}.
 *
 * @param expires null = never
 */
public record Snapshot(long id, String key, String deleteKey, String name, ObjectNode dashboard, Instant created,
        Instant expires) {

    public boolean expiredAt(Instant now) {
        return expires != null && !now.isBefore(expires);
    }
}
