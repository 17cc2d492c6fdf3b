package io.github.cameldatagrok.emulator.users;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.github.cameldatagrok.emulator.groups.GroupStore;

/**
 * Users: each has a personal group in the {@link GroupStore} (named after the user), which is how users join
 * groups and receive shares. Seeded with the emulated caller (the API key's login; its personal group is Datagrok's
 * well-known Admin group when the login is {@code Admin}) and {@code system}. Users cannot be deleted, only blocked,
 * as on Datagrok.
 * <p>
 * Refusals are exceptions the routes turn into ApiErrors: {@link IllegalArgumentException} for bad input (a
 * duplicate login is {@code Login already exists}), {@link NoSuchElementException} for an unknown user.
 */
public final class UserStore {

    /** The statuses Datagrok's Python client knows ({@code UserStatus}); answers carry them in lower case. */
    public static final Set<String> STATUSES = Set.of("new", "active", "blocked", "guest");

    /** One user; {@code groupId} is the personal group. */
    public record User(String id, String login, String firstName, String lastName, String email, String status,
            String groupId, Instant createdOn, Instant updatedOn) {

        /** First and last name, or the login when there is neither. */
        public String fullName() {
            String full = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
            return full.isEmpty() ? login : full;
        }
    }

    private final GroupStore groups;
    private final String currentLogin;
    private final Map<String, User> users = new LinkedHashMap<>();

    public UserStore(GroupStore groups, String currentLogin) {
        this.groups = groups;
        this.currentLogin = currentLogin;
        seed();
    }

    private void seed() {
        Instant now = Instant.now();
        String currentGroup = currentLogin.equalsIgnoreCase("Admin") ? GroupStore.ADMIN
                : groups.createPersonal(null, currentLogin);
        if (!currentLogin.equalsIgnoreCase("Admin")) {
            groups.addMember(GroupStore.DEVELOPERS, currentGroup, false);
            groups.addMember(GroupStore.ADMINISTRATORS, currentGroup, true);
        }
        put(new User(UUID.randomUUID().toString(), currentLogin, currentLogin, "", null, "active", currentGroup, now,
                now));
        put(new User(UUID.randomUUID().toString(), "system", "System", "", null, "active", GroupStore.SYSTEM, now,
                now));
    }

    /** Back to the seeded users; call after {@link GroupStore#reset()}. */
    public synchronized void reset() {
        users.clear();
        seed();
    }

    private void put(User user) {
        users.put(user.id(), user);
    }

    /**
     * Adds an active user with a personal group (a member of All users) named after the user's full name, or the
     * login when there is none, as Datagrok names them; returns the user.
     */
    public synchronized User add(String login, String firstName, String lastName) {
        return save(UUID.randomUUID().toString(), login, firstName, lastName, null, "active");
    }

    /**
     * Creates (new id) or updates (known id) a user, as {@code POST /public/v1/users} does. A login taken by another
     * user is refused with {@code Login already exists}; the status must be one of {@link #STATUSES}.
     */
    public synchronized User save(String id, String login, String firstName, String lastName, String email,
            String status) {
        if (login == null || login.isBlank()) {
            throw new IllegalArgumentException("A user needs a login");
        }
        String normalizedStatus = status == null ? "new" : status.toLowerCase(Locale.ROOT);
        if (!STATUSES.contains(normalizedStatus)) {
            throw new IllegalArgumentException("Unknown user status: " + status + "; one of " + STATUSES);
        }
        String key = id.toLowerCase(Locale.ROOT);
        User existing = users.get(key);
        Optional<User> sameLogin = findByLogin(login);
        if (sameLogin.isPresent() && !sameLogin.get().id().equals(key)) {
            throw new IllegalArgumentException("Login already exists");
        }
        Instant now = Instant.now();
        User user;
        if (existing == null) {
            User draft = new User(key, login, firstName, lastName, email, normalizedStatus, null, now, now);
            String groupId = groups.createPersonal(null, freeGroupName(draft));
            user = new User(key, login, firstName, lastName, email, normalizedStatus, groupId, now, now);
        } else {
            user = new User(key, login, firstName, lastName, email, normalizedStatus, existing.groupId(),
                    existing.createdOn(), now);
        }
        put(user);
        return user;
    }

    /** A personal group name that is free: the full name, else the full name with the login. */
    private String freeGroupName(User user) {
        String name = user.fullName();
        return groups.exists(name) ? name + " (" + user.login() + ")" : name;
    }

    /** Blocks ({@code blocked}) or unblocks ({@code active}) a user; the caller cannot block itself. */
    public synchronized User setBlocked(String id, boolean blocked) {
        User user = find(id).orElseThrow(() -> new NoSuchElementException("User not found: " + id));
        if (blocked && user.login().equalsIgnoreCase(currentLogin)) {
            throw new IllegalArgumentException("The current user cannot block itself");
        }
        User changed = new User(user.id(), user.login(), user.firstName(), user.lastName(), user.email(),
                blocked ? "blocked" : "active", user.groupId(), user.createdOn(), Instant.now());
        put(changed);
        return changed;
    }

    /**
     * Removes a user and its personal group. Not an API operation (Datagrok users cannot be deleted, only blocked):
     * for tests, and to undo a batch transaction that created the user.
     */
    public synchronized boolean remove(String idOrLogin) {
        Optional<User> user = find(idOrLogin);
        if (user.isEmpty()) {
            return false;
        }
        users.remove(user.get().id());
        groups.remove(user.get().groupId());
        return true;
    }

    /** A user by id or login (case-insensitive). */
    public synchronized Optional<User> find(String idOrLogin) {
        User byId = users.get(idOrLogin.toLowerCase(Locale.ROOT));
        return byId != null ? Optional.of(byId) : findByLogin(idOrLogin);
    }

    private Optional<User> findByLogin(String login) {
        return users.values().stream().filter(u -> u.login().equalsIgnoreCase(login)).findFirst();
    }

    /** The emulated caller, the owner of the API key. */
    public synchronized User current() {
        return find(currentLogin).orElseThrow();
    }

    public synchronized List<User> all() {
        return List.copyOf(users.values());
    }
}
