package io.github.cameldatagrok.emulator.batch;

import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.emulator.api.Answers;
import io.github.cameldatagrok.emulator.connections.ConnectionStore;
import io.github.cameldatagrok.emulator.files.FileStore;
import io.github.cameldatagrok.emulator.functions.FunctionsApi;
import io.github.cameldatagrok.emulator.groups.GroupJson;
import io.github.cameldatagrok.emulator.groups.GroupStore;
import io.github.cameldatagrok.emulator.users.UserStore;
import io.github.cameldatagrok.emulator.users.UsersApi;

/**
 * The batch actions the emulator knows, on the same stores the routes use:
 * <ul>
 * <li>{@code users.create} {@code {login, firstName?, lastName?, email?, status?}} → the User;</li>
 * <li>{@code groups.create} {@code {name, description?}} → the Group;</li>
 * <li>{@code groups.addMember} {@code {group, member, admin?}} (member: a group name or id, or a user login) →
 * {@code {group, member, admin}};</li>
 * <li>{@code connections.create} a DataConnection ({@code name}, {@code dataSource}, {@code parameters}) → the
 * connection;</li>
 * <li>{@code functions.run} {@code {name, inputs?}} → what the call route answers;</li>
 * <li>{@code files.put} {@code {connector, path, content}} (text) → {@code {connector, path, size}}.</li>
 * </ul>
 */
public final class BuiltInActions {

    private BuiltInActions() {
    }

    public static void register(BatchApi batch, UserStore users, UsersApi usersApi, GroupStore groups,
            ConnectionStore connections, FunctionsApi functions, FileStore files) {
        batch.action("users.create", params -> {
            UserStore.User user = users.save(UUID.randomUUID().toString(), required(params, "login"),
                    text(params, "firstName"), text(params, "lastName"), text(params, "email"),
                    params.hasNonNull("status") ? text(params, "status") : "active");
            return new BatchAction.Outcome(usersApi.json(user, true), () -> users.remove(user.id()));
        });
        batch.action("groups.create", params -> {
            String id = groups.create(required(params, "name"));
            GroupStore.StoredGroup group = groups.find(id).orElseThrow();
            return new BatchAction.Outcome(GroupJson.shallow(group), () -> groups.remove(id));
        });
        batch.action("groups.addMember", params -> {
            GroupStore.StoredGroup group = groups.find(required(params, "group"))
                    .orElseThrow(() -> new NoSuchElementException("Group not found: " + text(params, "group")));
            String memberName = required(params, "member");
            Optional<GroupStore.StoredGroup> memberGroup = groups.find(memberName);
            String member = memberGroup.map(GroupStore.StoredGroup::id).orElseGet(() -> users.find(memberName)
                    .map(UserStore.User::groupId)
                    .orElseThrow(() -> new NoSuchElementException("No group or user named " + memberName)));
            boolean admin = params.path("admin").asBoolean(false);
            boolean wasMember = groups.isMember(group.id(), member);
            groups.addMember(group.id(), member, admin);
            ObjectNode result = io.github.cameldatagrok.emulator.http.Json.object();
            result.put("group", group.id());
            result.put("member", member);
            result.put("admin", admin);
            return new BatchAction.Outcome(result, () -> {
                if (!wasMember) {
                    groups.removeMember(group.id(), member);
                }
            });
        });
        batch.action("connections.create", params -> {
            if (!params.isObject()) {
                throw new IllegalArgumentException("A connection must be an object");
            }
            ObjectNode body = ((ObjectNode) params).deepCopy();
            body.remove("credentials");
            String id = params.hasNonNull("id") ? text(params, "id") : ConnectionStore.newId();
            if (connections.find(id).isPresent()) {
                throw new IllegalArgumentException("Connection " + id + " exists: connections.create creates");
            }
            ConnectionStore.StoredConnection saved = connections.save(id, body);
            return new BatchAction.Outcome(saved.json().deepCopy(), () -> connections.delete(saved.id()));
        });
        batch.action("functions.run", params -> new BatchAction.Outcome(
                functions.run(required(params, "name"), params.get("inputs")), () -> { }));
        batch.action("files.put", params -> {
            String connector = required(params, "connector");
            String path = required(params, "path");
            byte[] before = files.stat(connector, path).isPresent() ? files.read(connector, path) : null;
            byte[] content = required(params, "content").getBytes(StandardCharsets.UTF_8);
            files.put(connector, path, content);
            ObjectNode result = io.github.cameldatagrok.emulator.http.Json.object();
            result.put("connector", connector);
            result.put("path", path);
            result.put("size", content.length);
            return new BatchAction.Outcome(result, () -> {
                if (before == null) {
                    files.delete(connector, path);
                } else {
                    files.put(connector, path, before);
                }
            });
        });
    }

    private static String required(JsonNode params, String field) {
        String value = text(params, field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("params." + field + " is required");
        }
        return value;
    }

    private static String text(JsonNode params, String field) {
        return Answers.text(params, field);
    }
}
