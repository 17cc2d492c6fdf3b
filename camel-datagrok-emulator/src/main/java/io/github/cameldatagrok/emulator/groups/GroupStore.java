package io.github.cameldatagrok.emulator.groups;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Groups, their relations (members and memberships) and membership requests, in memory.
 * <p>
 * Seeded with Datagrok's well-known groups under their real ids; the current user's personal group is a member
 * of All users, Developers and (as admin) Administrators. All methods are synchronized on the store: the data is
 * small and a request touches several maps at once.
 */
public final class GroupStore {

    public static final String ALL_USERS = "a4b45840-9a50-11e6-9cc9-8546b8bf62e6";
    public static final String DEVELOPERS = "ba9cd191-9a50-11e6-9cc9-910bf827f0ab";
    public static final String TEST = "ca1e672e-e3be-40e0-b79b-8546b8bf62e6";
    public static final String ADMIN = "a4b45840-9a50-11e6-c537-6bf8e9ab02ee";
    public static final String SYSTEM = "a4b45840-ac9c-4d39-8b4b-4db3e576b3c3";
    public static final String ADMINISTRATORS = "1ab8b38d-9c4e-4b1e-81c3-ae2bde3e12c5";

    private final Map<String, StoredGroup> groups = new LinkedHashMap<>();
    private final Map<String, Relation> relations = new LinkedHashMap<>();
    private final Map<String, MembershipRequest> requests = new LinkedHashMap<>();

    public GroupStore() {
        seed();
    }

    /** A group as stored; relations live beside it in the store. */
    public static final class StoredGroup {
        String id;
        String name;
        String friendlyName;
        String description;
        boolean personal;
        boolean hidden;
        Instant createdOn;
        Instant updatedOn;

        public String id() {
            return id;
        }

        public String name() {
            return name;
        }

        public String friendlyName() {
            return friendlyName;
        }

        public boolean personal() {
            return personal;
        }

        boolean nameMatches(String text) {
            return name.equalsIgnoreCase(text) || name.replace(':', '.').equalsIgnoreCase(text);
        }
    }

    /** A member relation: {@code child} belongs to {@code parent}, as admin or not. */
    public record Relation(String id, String parentId, String childId, boolean admin) {
    }

    /** A membership request from one group (a user's personal group) to another; {@code approved} null = pending. */
    public record MembershipRequest(String id, String fromId, String toId, Boolean approved, Instant createdOn,
            Instant updatedOn, Instant resolutionDate) {
    }

    // ---- seeding and reset ----

    private void seed() {
        Instant now = Instant.now();
        add(ALL_USERS, "All users", false, now);
        add(DEVELOPERS, "Developers", false, now);
        add(TEST, "Test", false, now);
        add(ADMINISTRATORS, "Administrators", false, now);
        add(ADMIN, "Admin", true, now);
        add(SYSTEM, "System", true, now);
        relate(ALL_USERS, ADMIN, false);
        relate(DEVELOPERS, ADMIN, false);
        relate(ADMINISTRATORS, ADMIN, true);
        relate(ALL_USERS, SYSTEM, false);
    }

    /** Back to the seeded groups only. */
    public synchronized void reset() {
        groups.clear();
        relations.clear();
        requests.clear();
        seed();
    }

    private StoredGroup add(String id, String name, boolean personal, Instant now) {
        StoredGroup group = new StoredGroup();
        group.id = id;
        group.name = name;
        group.friendlyName = name;
        group.personal = personal;
        group.createdOn = now;
        group.updatedOn = now;
        groups.put(id, group);
        return group;
    }

    private Relation relate(String parentId, String childId, boolean admin) {
        Relation relation = new Relation(UUID.randomUUID().toString(), parentId, childId, admin);
        relations.put(relation.id(), relation);
        return relation;
    }

    // ---- Java API for tests and the other areas ----

    /** Creates a group (not personal) and returns its id. */
    public synchronized String create(String name) {
        requireFreeName(name);
        return add(UUID.randomUUID().toString(), name, false, Instant.now()).id;
    }

    /** Creates a personal group for a user, a member of All users; returns its id. */
    public synchronized String createPersonal(String id, String name) {
        requireFreeName(name);
        String groupId = add(id == null ? UUID.randomUUID().toString() : id, name, true, Instant.now()).id;
        relate(ALL_USERS, groupId, false);
        return groupId;
    }

    /** Makes {@code child} a member of {@code parent} (ids or names). */
    public synchronized void addMember(String parent, String child, boolean admin) {
        String parentId = require(parent).id;
        String childId = require(child).id;
        relations.values().removeIf(r -> r.parentId().equals(parentId) && r.childId().equals(childId));
        relate(parentId, childId, admin);
    }

    /** Removes {@code child} from {@code parent} (ids or names); false when it was no member. */
    public synchronized boolean removeMember(String parent, String child) {
        String parentId = require(parent).id;
        String childId = require(child).id;
        return relations.values().removeIf(r -> r.parentId().equals(parentId) && r.childId().equals(childId));
    }

    /** Deletes a group with its relations and requests (Java API; also undoes a batch that created it). */
    public synchronized boolean remove(String idOrName) {
        Optional<StoredGroup> group = find(idOrName);
        return group.isPresent() && delete(group.get().id);
    }

    /** Whether {@code child} is a direct member of {@code parent} (ids or names). */
    public synchronized boolean isMember(String parent, String child) {
        String parentId = require(parent).id;
        String childId = require(child).id;
        return relations.values().stream().anyMatch(r -> r.parentId().equals(parentId) && r.childId().equals(childId));
    }

    /** Whether {@code child} is an admin member of {@code parent}. */
    public synchronized boolean isAdminMember(String parent, String child) {
        String parentId = require(parent).id;
        String childId = require(child).id;
        return relations.values().stream().anyMatch(r -> r.parentId().equals(parentId) && r.childId().equals(childId)
                && r.admin());
    }

    /** A group by id or name (case-insensitive; a dotted name matches too). */
    public synchronized Optional<StoredGroup> find(String idOrName) {
        if (idOrName == null) {
            return Optional.empty();
        }
        StoredGroup byId = groups.get(idOrName.toLowerCase(Locale.ROOT));
        if (byId != null) {
            return Optional.of(byId);
        }
        return groups.values().stream().filter(g -> g.nameMatches(idOrName)).findFirst();
    }

    public synchronized boolean exists(String idOrName) {
        return find(idOrName).isPresent();
    }

    public synchronized List<StoredGroup> all() {
        return List.copyOf(groups.values());
    }

    public synchronized List<MembershipRequest> requests() {
        return List.copyOf(requests.values());
    }

    private StoredGroup require(String idOrName) {
        return find(idOrName).orElseThrow(() -> new IllegalArgumentException("No group " + idOrName));
    }

    private void requireFreeName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A group needs a name");
        }
        if (groups.values().stream().anyMatch(g -> g.name.equalsIgnoreCase(name))) {
            throw new IllegalArgumentException("Group name already exists: " + name);
        }
    }

    // ---- used by the API ----

    synchronized List<StoredGroup> filter(Predicate<StoredGroup> predicate) {
        return groups.values().stream().filter(predicate).toList();
    }

    synchronized List<Relation> children(String groupId, Boolean admin) {
        return relations.values().stream()
                .filter(r -> r.parentId().equals(groupId) && (admin == null || r.admin() == admin)).toList();
    }

    synchronized List<Relation> parents(String groupId, Boolean admin) {
        return relations.values().stream()
                .filter(r -> r.childId().equals(groupId) && (admin == null || r.admin() == admin)).toList();
    }

    /**
     * Saves a group: creates it when the id is new, else updates its fields. With {@code children} or
     * {@code parents} (already checked by the caller; null = keep), that side's relations are replaced.
     */
    synchronized StoredGroup save(String id, String name, String friendlyName, String description, boolean personal,
            boolean hidden, List<Relation> children, List<Relation> parents) {
        Instant now = Instant.now();
        StoredGroup group = groups.get(id);
        if (group == null) {
            requireFreeName(name);
            group = add(id, name, personal, now);
        } else if (name != null && !name.equalsIgnoreCase(group.name)) {
            requireFreeName(name);
        }
        if (name != null) {
            group.name = name;
        }
        group.friendlyName = friendlyName != null ? friendlyName : group.name;
        group.description = description;
        group.hidden = hidden;
        group.updatedOn = now;
        String groupId = group.id;
        if (children != null) {
            relations.values().removeIf(r -> r.parentId().equals(groupId));
            children.forEach(r -> relations.put(r.id(), r));
        }
        if (parents != null) {
            relations.values().removeIf(r -> r.childId().equals(groupId));
            parents.forEach(r -> relations.put(r.id(), r));
        }
        return group;
    }

    synchronized boolean delete(String id) {
        if (groups.remove(id) == null) {
            return false;
        }
        relations.values().removeIf(r -> r.parentId().equals(id) || r.childId().equals(id));
        requests.values().removeIf(r -> r.fromId().equals(id) || r.toId().equals(id));
        return true;
    }

    /** Seeds a pending request of {@code fromId} (a user's personal group, or a group) to join {@code toId}. */
    public MembershipRequest requestMembership(String fromId, String toId) {
        return request(fromId, toId);
    }

    synchronized MembershipRequest request(String fromId, String toId) {
        Optional<MembershipRequest> pending = requests.values().stream()
                .filter(r -> r.fromId().equals(fromId) && r.toId().equals(toId) && r.approved() == null).findFirst();
        if (pending.isPresent()) {
            return pending.get();
        }
        Instant now = Instant.now();
        MembershipRequest request = new MembershipRequest(UUID.randomUUID().toString(), fromId, toId, null, now, now,
                null);
        requests.put(request.id(), request);
        return request;
    }

    synchronized List<MembershipRequest> requestsTo(String groupId) {
        return requests.values().stream().filter(r -> r.toId().equals(groupId)).toList();
    }

    synchronized Optional<MembershipRequest> findRequest(String id) {
        return Optional.ofNullable(requests.get(id.toLowerCase(Locale.ROOT)));
    }

    /** Approves or denies a pending request; approving makes the requester a (non-admin) member. */
    synchronized MembershipRequest resolve(MembershipRequest request, boolean approve) {
        Instant now = Instant.now();
        MembershipRequest resolved = new MembershipRequest(request.id(), request.fromId(), request.toId(), approve,
                request.createdOn(), now, now);
        requests.put(resolved.id(), resolved);
        if (approve && children(request.toId(), null).stream().noneMatch(r -> r.childId().equals(request.fromId()))) {
            relate(request.toId(), request.fromId(), false);
        }
        return resolved;
    }

    synchronized List<Relation> allRelations() {
        return new ArrayList<>(relations.values());
    }
}
