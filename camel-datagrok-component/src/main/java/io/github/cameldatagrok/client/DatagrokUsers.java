package io.github.cameldatagrok.client;

import java.util.UUID;

import io.github.cameldatagrok.client.model.ListResult;
import io.github.cameldatagrok.client.model.User;

/**
 * Users, as Datagrok's Python client does them ({@code grok.users}); get it with {@link DatagrokClient#users()}.
 * Users are named by UUID or login. Users cannot be deleted through the API, only blocked.
 */
public class DatagrokUsers {

    private static final String USERS = DatagrokClient.API + "/users";

    private final JsonCalls calls;

    DatagrokUsers(JsonCalls calls) {
        this.calls = calls;
    }

    /** {@code GET /public/v1/users/{idOrLogin}} (Python {@code users.get}); unknown is a {@link DatagrokApiException}. */
    public User get(String idOrLogin) {
        return calls.get(USERS + "/" + GrokNames.pathSegment(idOrLogin, "user"), "",
                User.class);
    }

    /** {@code GET /public/v1/users/current} (Python {@code users.current}): the owner of the API key. */
    public User current() {
        return calls.get(USERS + "/current", "", User.class);
    }

    /**
     * {@code GET /public/v1/users[?text=…][&include=group]} (Python {@code users.list}). The server ignores paging and
     * answers every match; at most {@code maxResults} are read (0: all).
     *
     * @param filter       a smart filter ({@code login = "alice"}, {@code status = "active"}, words), or null
     * @param includeGroup whether each user comes with its personal group
     */
    public ListResult<User> list(String filter, boolean includeGroup, int maxResults) {
        String query = new QueryString().add("text", blankToNull(filter)).add("include", includeGroup ? "group" : null)
                .toString();
        return calls.list(USERS, query, User.class, maxResults);
    }

    /**
     * {@code POST /public/v1/users} (Python {@code users.save}): creates a user sent without id (a new id is given) or
     * updates one by id. A login another user has is refused by the server ({@code Login already exists}).
     */
    public User save(User user) {
        if (user == null) {
            throw new IllegalArgumentException("No Datagrok user to save");
        }
        DatagrokGroups.requireText(user.getLogin(), "login of the user to save");
        if (user.getId() == null) {
            user.setId(UUID.randomUUID().toString());
        }
        return calls.post(USERS, "", user, User.class);
    }

    /** {@code POST /public/v1/users/block} with the full user, read first (Python {@code users.block}). */
    public User block(String idOrLogin) {
        return setBlocked(get(idOrLogin), true);
    }

    /** {@code POST /public/v1/users/unblock} with the full user, read first (Python {@code users.unblock}). */
    public User unblock(String idOrLogin) {
        return setBlocked(get(idOrLogin), false);
    }

    private User setBlocked(User user, boolean blocked) {
        calls.postJson(USERS + (blocked ? "/block" : "/unblock"), "", user);
        // the answer is not part of the contract: read the user back for its new status
        return get(user.getId());
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
