package io.github.cameldatagrok.emulator.tables;

import java.time.Instant;

/**
 * An immutable snapshot of one stored table.
 *
 * @param id        table UUID (lower case)
 * @param grokName  {@code Namespace:Project:Table}, in the case first given
 * @param sizeBytes size of the stored CSV
 * @param createdOn first upload
 * @param updatedOn last upload
 */
public record TableInfo(String id, String grokName, long sizeBytes, Instant createdOn, Instant updatedOn) {

    public TableName tableName() {
        return TableName.fromGrokName(grokName, "");
    }

    public String namespace() {
        return tableName().namespace();
    }

    public String project() {
        return tableName().project();
    }

    public String name() {
        return tableName().table();
    }

    TableInfo withData(long size, Instant now) {
        return new TableInfo(id, grokName, size, createdOn, now);
    }
}
