package io.github.cameldatagrok.emulator.shares;

/**
 * Something that can be shared: a table, a dashboard, a connection, ...
 *
 * @param id   the entity's UUID
 * @param type its {@code #type}, e.g. {@code TableInfo}
 * @param name its Grok name
 */
public record SharedEntity(String id, String type, String name) {
}
