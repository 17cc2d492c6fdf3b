package io.github.cameldatagrok.emulator.tables;

import java.util.Locale;
import java.util.Objects;

/**
 * A table's Grok name {@code Namespace:Project:Table} and the rules that complete a short one:
 * a bare {@code T} is {@code <login>:T:T}, two parts {@code P.T} are {@code <login>:P:T}, three are as given
 * (the colon-to-period rule of Datagrok's clients). Lookups compare {@link #key()}, the lower-cased Grok name.
 */
public record TableName(String namespace, String project, String table) {

    public TableName {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(table, "table");
    }

    /**
     * Parses the name of a URL path segment (already percent-decoded), where periods stand for colons.
     * A literal colon is refused: clients must send periods (Python {@code tables.download} does), and a test should prove that.
     */
    public static TableName fromUrl(String name, String login) {
        if (name.indexOf(':') >= 0) {
            throw new IllegalArgumentException("Invalid table name '" + name
                    + "': the REST API separates Grok name parts with '.', not ':'");
        }
        return of(name.split("\\.", -1), name, login);
    }

    /** Parses a colon-separated Grok name ({@code Admin:Sales:Orders}, {@code Sales:Orders}, {@code Orders}). */
    public static TableName fromGrokName(String name, String login) {
        return of(name.split(":", -1), name, login);
    }

    private static TableName of(String[] parts, String original, String login) {
        if (parts.length > 3) {
            throw new IllegalArgumentException("Invalid table name '" + original
                    + "': expected Table, Project.Table or Namespace.Project.Table");
        }
        for (String part : parts) {
            if (part.isBlank()) {
                throw new IllegalArgumentException("Invalid table name '" + original + "': empty name part");
            }
        }
        return switch (parts.length) {
            case 1 -> new TableName(login, parts[0], parts[0]);
            case 2 -> new TableName(login, parts[0], parts[1]);
            default -> new TableName(parts[0], parts[1], parts[2]);
        };
    }

    public String grokName() {
        return namespace + ":" + project + ":" + table;
    }

    /** The case-insensitive lookup key. */
    public String key() {
        return grokName().toLowerCase(Locale.ROOT);
    }

    /** {@code #{x.Admin:Sales:Orders."Orders"}}: the markup Datagrok answers an upload with. */
    public String markup() {
        return "#{x." + grokName() + ".\"" + table + "\"}";
    }

    /** {@code Admin.Sales}: the project part of the UI link {@code <server>/p/Admin.Sales}. */
    public String projectPath() {
        return namespace + "." + project;
    }

    @Override
    public String toString() {
        return grokName();
    }
}
