package io.github.cameldatagrok.emulator.users;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.github.cameldatagrok.emulator.groups.GroupStore;

/**
 * Users (contract 3.9, 4): each has a personal group in the {@link GroupStore} (named after the user), which
 * is how users join groups and receive shares. Seeded with the emulated caller (the API key's login; its
 * personal group is Datagrok's well-known Admin group when the login is {@code Admin}) and {@code system}.
 */
public final class UserStore {

    /** One user; {@code groupId} is the personal group. */
    public record User(String id, String login, String firstName, String lastName, String email, String status,
            String groupId, Instant createdOn) {
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
        put(new User(UUID.randomUUID().toString(), currentLogin, currentLogin, "", null, "active", currentGroup, now));
        put(new User(UUID.randomUUID().toString(), "system", "System", "", null, "active", GroupStore.SYSTEM, now));
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
     * Adds a user with a personal group (a member of All users) named after the user's full name, or the login
     * when there is none, as Datagrok names them; returns the user.
     */
    public synchronized User add(String login, String firstName, String lastName) {
        if (find(login).isPresent()) {
            throw new IllegalArgumentException("Login already exists: " + login);
        }
        String fullName = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        String groupId = groups.createPersonal(null, fullName.isEmpty() ? login : fullName);
        User user = new User(UUID.randomUUID().toString(), login, firstName, lastName, null, "active", groupId,
                Instant.now());
        put(user);
        return user;
    }

    /** A user by id or login (case-insensitive). */
    public synchronized Optional<User> find(String idOrLogin) {
        User byId = users.get(idOrLogin.toLowerCase(Locale.ROOT));
        if (byId != null) {
            return Optional.of(byId);
        }
        return users.values().stream().filter(u -> u.login().equalsIgnoreCase(idOrLogin)).findFirst();
    }

    /** The emulated caller, the owner of the API key. */
    public synchronized User current() {
        return find(currentLogin).orElseThrow();
    }

    public synchronized List<User> all() {
        return List.copyOf(users.values());
    }
}
