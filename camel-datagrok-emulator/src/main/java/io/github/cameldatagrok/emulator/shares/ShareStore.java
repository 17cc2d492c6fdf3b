package io.github.cameldatagrok.emulator.shares;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.github.cameldatagrok.emulator.groups.GroupStore;
import io.github.cameldatagrok.emulator.users.UserStore;

/**
 * Permissions of entities: which group may view or edit which entity. Sharing resolves each name the way the
 * share routes do: a group id, a group name, or a user's login (meaning the user's personal group),
 * case-insensitively. Edit includes View.
 */
public final class ShareStore {

    /** Access levels, weakest first. */
    public enum Access {
        View, Edit
    }

    /** What one share request did, names as given. */
    public record Outcome(String status, List<String> shared, List<String> alreadyShared, List<String> failed) {
    }

    private final GroupStore groups;
    private final UserStore users;
    /** entity id -> group id -> access */
    private final Map<String, Map<String, Access>> permissions = new ConcurrentHashMap<>();

    public ShareStore(GroupStore groups, UserStore users) {
        this.groups = groups;
        this.users = users;
    }

    /** Shares the entity with each named group or user; unknown names fail, the others are shared. */
    public synchronized Outcome share(String entityId, List<String> names, Access access) {
        List<String> shared = new ArrayList<>();
        List<String> already = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        Map<String, Access> entity = permissions.computeIfAbsent(entityId, id -> new LinkedHashMap<>());
        for (String name : names) {
            Optional<String> groupId = groupOf(name);
            if (groupId.isEmpty()) {
                failed.add(name);
                continue;
            }
            Access existing = entity.get(groupId.get());
            if (existing != null && existing.compareTo(access) >= 0) {
                already.add(name);
            } else {
                entity.put(groupId.get(), access);
                shared.add(name);
            }
        }
        String status = failed.isEmpty() && already.isEmpty() ? "success"
                : shared.isEmpty() && already.isEmpty() ? "failed" : "partial_success";
        return new Outcome(status, shared, already, failed);
    }

    private Optional<String> groupOf(String name) {
        Optional<GroupStore.StoredGroup> group = groups.find(name);
        if (group.isPresent()) {
            return Optional.of(group.get().id());
        }
        return users.find(name).map(UserStore.User::groupId);
    }

    /** The access of each group (by id) to the entity, for inspection. */
    public Map<String, Access> permissions(String entityId) {
        Map<String, Access> entity = permissions.get(entityId);
        synchronized (this) {
            return entity == null ? Map.of() : Map.copyOf(entity);
        }
    }

    /** The access a group (id or name) or user (login) has to the entity, if any. */
    public Optional<Access> access(String entityId, String groupOrUser) {
        return groupOf(groupOrUser).map(id -> permissions(entityId).get(id));
    }

    public void clear() {
        permissions.clear();
    }
}
