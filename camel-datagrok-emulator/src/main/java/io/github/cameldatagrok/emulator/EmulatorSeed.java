package io.github.cameldatagrok.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameldatagrok.emulator.groups.GroupStore;
import io.github.cameldatagrok.emulator.shares.ShareStore;
import io.github.cameldatagrok.emulator.users.UserStore;

/**
 * Seeds a running emulator from files, so that a standalone emulator ({@code java -jar ... --seed seed.json --files
 * DIR}) holds what routes expect without Java code: users, groups with their members, tables from CSV files, shares,
 * and the files of a folder under a file connector.
 * <pre>{@code
 * {"users":  [{"login": "alice.mendel", "firstName": "Alice", "lastName": "Mendel"}],
 *  "groups": [{"name": "Chemists", "members": ["alice.mendel"], "admins": []}],
 *  "tables": {"Admin:Sales:Orders": "orders.csv"},
 *  "shares": [{"entity": "Admin:Sales:Orders", "with": ["Chemists"], "access": "Edit"}]}
 * }</pre>
 * Table files are relative to the seed file. A member or share target is a group name or a user login. Anything
 * unknown fails the start with a message that names it.
 */
public final class EmulatorSeed {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EmulatorSeed() {
    }

    /** Applies the seed file {@code seed} to {@code emulator}. */
    public static void apply(DatagrokEmulator emulator, Path seed) {
        JsonNode root;
        try {
            root = JSON.readTree(seed.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("The seed file " + seed + " is not JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("The seed file " + seed + " must hold a JSON object");
        }
        for (JsonNode user : root.path("users")) {
            emulator.users().add(required(user, "login", "a user"), user.path("firstName").asText(""),
                    user.path("lastName").asText(""));
        }
        for (JsonNode group : root.path("groups")) {
            String name = required(group, "name", "a group");
            if (emulator.groups().find(name).isEmpty()) {
                emulator.groups().create(name);
            }
        }
        for (JsonNode group : root.path("groups")) {
            String id = emulator.groups().find(group.path("name").asText()).orElseThrow().id();
            for (JsonNode member : group.path("members")) {
                emulator.groups().addMember(id, groupOf(emulator, member.asText()), false);
            }
            for (JsonNode admin : group.path("admins")) {
                emulator.groups().addMember(id, groupOf(emulator, admin.asText()), true);
            }
        }
        Path base = seed.toAbsolutePath().getParent();
        root.path("tables").fields().forEachRemaining(table -> {
            Path csv = base.resolve(table.getValue().asText());
            try (InputStream in = Files.newInputStream(csv)) {
                emulator.tables().put(table.getKey(), in);
            } catch (IOException e) {
                throw new UncheckedIOException("The CSV file of table " + table.getKey() + " in " + seed, e);
            }
        });
        for (JsonNode share : root.path("shares")) {
            String entity = required(share, "entity", "a share");
            String entityId = emulator.tables().find(entity).map(t -> t.id())
                    .or(() -> emulator.dashboards().find(entity).map(d -> d.id()))
                    .orElseThrow(() -> new IllegalArgumentException("The seed file " + seed + " shares " + entity
                            + ", which is no table or dashboard of the emulator"));
            List<String> with = new ArrayList<>();
            share.path("with").forEach(w -> with.add(w.asText()));
            ShareStore.Access access = ShareStore.Access.valueOf(share.path("access").asText("View"));
            ShareStore.Outcome outcome = emulator.shares().share(entityId, with, access);
            if (!outcome.failed().isEmpty()) {
                throw new IllegalArgumentException("The seed file " + seed + " shares " + entity
                        + " with unknown groups or users " + outcome.failed());
            }
        }
    }

    /** Puts every regular file below {@code folder} into the file connector {@code connector}, at its relative path. */
    public static int serveFolder(DatagrokEmulator emulator, Path folder, String connector) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("--files " + folder + " is not a directory");
        }
        if (emulator.files().findConnector(connector).isEmpty()) {
            emulator.files().createConnector(connector);
        }
        int count = 0;
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                try (InputStream in = Files.newInputStream(file)) {
                    emulator.files().put(connector, relative, in);
                }
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + folder, e);
        }
        return count;
    }

    private static String groupOf(DatagrokEmulator emulator, String groupOrLogin) {
        return emulator.groups().find(groupOrLogin).map(GroupStore.StoredGroup::id)
                .or(() -> emulator.users().find(groupOrLogin).map(UserStore.User::groupId))
                .orElseThrow(() -> new IllegalArgumentException("The seed names " + groupOrLogin
                        + " as a member: no such group or user"));
    }

    private static String required(JsonNode node, String field, String what) {
        String value = node.path(field).asText("");
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " in the seed file lacks \"" + field + "\": " + node);
        }
        return value;
    }
}
