package io.github.cameldatagrok.emulator.users;

import java.io.IOException;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.emulator.groups.GroupJson;
import io.github.cameldatagrok.emulator.groups.GroupStore;
import io.github.cameldatagrok.emulator.api.Answers;
import io.github.cameldatagrok.emulator.http.ApiArea;
import io.github.cameldatagrok.emulator.http.ApiErrors;
import io.github.cameldatagrok.emulator.http.Exchange;
import io.github.cameldatagrok.emulator.http.Json;
import io.github.cameldatagrok.emulator.http.JsonBody;
import io.github.cameldatagrok.emulator.http.Router;
import io.github.cameldatagrok.emulator.search.SmartFilter;

/**
 * Users: {@code GET /public/v1/users/{idOrLogin}}, {@code GET /public/v1/users/current},
 * {@code GET /public/v1/users[?text=…][&include=group]} (no paging: every match comes back), {@code POST
 * /public/v1/users} (create or update; a duplicate login is an ApiError {@code Login already exists}) and
 * {@code POST /public/v1/users/block}, {@code /users/unblock}, whose body is the full User (Python
 * {@code users.block(user)} sends {@code user.to_dict()}): a body without its {@code id} and {@code login} is refused.
 */
public final class UsersApi implements ApiArea {

    public static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** {@code login=}, {@code status=}, {@code email=}, {@code firstName=}, {@code lastName=}; words match names. */
    static final SmartFilter<UserStore.User> FILTER =
            new SmartFilter<UserStore.User>(u -> Arrays.asList(u.login(), u.firstName(), u.lastName(), u.email()))
                    .text("login", UserStore.User::login)
                    .text("status", UserStore.User::status)
                    .text("email", UserStore.User::email)
                    .text("firstName", UserStore.User::firstName)
                    .text("lastName", UserStore.User::lastName);

    private final UserStore users;
    private final GroupStore groups;

    public UsersApi(UserStore users, GroupStore groups) {
        this.users = users;
        this.groups = groups;
    }

    @Override
    public void register(Router router) {
        router.get("/public/v1/users/current", ex -> ex.sendJson(200, json(users.current(), true)));
        router.get("/public/v1/users/{user}", this::get);
        router.get("/public/v1/users", this::list);
        router.post("/public/v1/users/block", ex -> block(ex, true));
        router.post("/public/v1/users/unblock", ex -> block(ex, false));
        router.post("/public/v1/users", this::save);
    }

    void get(Exchange exchange) throws IOException {
        String user = exchange.pathParam("user");
        Answers.entity(exchange, users.find(user), "User", user, found -> json(found, true));
    }

    void list(Exchange exchange) throws IOException {
        Predicate<UserStore.User> filter = Answers.filter(exchange, FILTER);
        if (filter == null) {
            return;
        }
        String include = exchange.queryParam("include");
        if (include != null && !include.isEmpty() && !include.equals("group")) {
            ApiErrors.apiError(exchange, "Unknown include: " + include + "; users include only group", 400);
            return;
        }
        boolean withGroup = "group".equals(include);
        ArrayNode list = Json.MAPPER.createArrayNode();
        users.all().stream().filter(filter).forEach(user -> list.add(json(user, withGroup)));
        exchange.sendJson(200, list);
    }

    void save(Exchange exchange) throws IOException {
        JsonNode body = userBody(exchange);
        if (body == null) {
            return;
        }
        String id = text(body, "id");
        if (id == null) {
            id = UUID.randomUUID().toString();
        } else if (!UUID_PATTERN.matcher(id).matches()) {
            ApiErrors.apiError(exchange, "Invalid user id: " + id, 400);
            return;
        }
        try {
            UserStore.User saved = users.save(id, text(body, "login"), text(body, "firstName"), text(body, "lastName"),
                    text(body, "email"), text(body, "status"));
            exchange.sendJson(200, json(saved, true));
        } catch (IllegalArgumentException rejected) {
            ApiErrors.apiError(exchange, rejected.getMessage(), 400);
        }
    }

    void block(Exchange exchange, boolean blocked) throws IOException {
        JsonNode body = userBody(exchange);
        if (body == null) {
            return;
        }
        String id = text(body, "id");
        String login = text(body, "login");
        if (id == null || login == null) {
            ApiErrors.apiError(exchange, "The full user is required (id and login), as users.get returns it", 400);
            return;
        }
        Optional<UserStore.User> user = users.find(id);
        if (user.isEmpty() || !UUID_PATTERN.matcher(id).matches()) {
            ApiErrors.apiError(exchange, "User not found: " + id, 404);
            return;
        }
        if (!user.get().login().equalsIgnoreCase(login)) {
            ApiErrors.apiError(exchange, "User " + id + " has login " + user.get().login() + ", not " + login, 400);
            return;
        }
        try {
            exchange.sendJson(200, json(users.setBlocked(id, blocked), true));
        } catch (NoSuchElementException missing) {
            ApiErrors.apiError(exchange, missing.getMessage(), 404);
        } catch (IllegalArgumentException rejected) {
            ApiErrors.apiError(exchange, rejected.getMessage(), 400);
        }
    }

    private static JsonNode userBody(Exchange exchange) throws IOException {
        JsonNode body = JsonBody.read(exchange);
        if (body != null && !body.isObject()) {
            ApiErrors.apiError(exchange, "A user must be a JSON object", 400);
            return null;
        }
        return body;
    }

    public ObjectNode json(UserStore.User user, boolean withGroup) {
        ObjectNode json = Json.object();
        json.put("#type", "User");
        json.put("id", user.id());
        json.put("login", user.login());
        json.put("name", user.login());
        json.put("friendlyName", user.fullName());
        json.put("firstName", user.firstName());
        json.put("lastName", user.lastName());
        json.put("email", user.email());
        json.put("status", user.status());
        json.putNull("storage");
        json.put("namespace", "");
        json.put("createdOn", Json.timestamp(user.createdOn()));
        json.put("updatedOn", Json.timestamp(user.updatedOn()));
        if (withGroup) {
            groups.find(user.groupId()).ifPresent(g -> json.set("group", GroupJson.shallow(g)));
        }
        return json;
    }

    static String text(JsonNode node, String field) {
        return Answers.text(node, field);
    }
}
