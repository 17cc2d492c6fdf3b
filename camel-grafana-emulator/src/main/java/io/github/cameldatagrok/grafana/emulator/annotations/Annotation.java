package io.github.cameldatagrok.grafana.emulator.annotations;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A stored annotation. Times are epoch milliseconds; {@code timeEnd} equals {@code time} for a point annotation.
 *
 * @param dashboardUid null for an org annotation (found by tags)
 * @param data         free JSON, or null
 */
public record Annotation(long id, String dashboardUid, long dashboardId, long panelId, long time, long timeEnd,
        String text, List<String> tags, JsonNode data, long created, long updated) {

    public Annotation {
        tags = List.copyOf(tags);
    }
}
