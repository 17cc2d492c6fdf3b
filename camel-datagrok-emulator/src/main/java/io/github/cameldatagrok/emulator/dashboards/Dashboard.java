package io.github.cameldatagrok.emulator.dashboards;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A dashboard: a project holding tables and a layout.
 *
 * @param id        the project's UUID
 * @param grokName  {@code Namespace:Name}
 * @param tableIds  the UUIDs of its tables, in the order given
 * @param layout    the layout JSON as sent, or null when none was
 * @param createdOn first creation
 * @param updatedOn last creation under this name
 */
public record Dashboard(String id, String grokName, List<String> tableIds, JsonNode layout, Instant createdOn,
                        Instant updatedOn) {

    /** The name without its namespace. */
    public String name() {
        return grokName.substring(grokName.indexOf(':') + 1);
    }
}
