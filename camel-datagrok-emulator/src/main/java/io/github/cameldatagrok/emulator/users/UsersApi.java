package io.github.cameldatagrok.emulator.users;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.emulator.groups.GroupJson;
import io.github.cameldatagrok.emulator.groups.GroupStore;
import io.github.cameldatagrok.emulator.http.ApiArea;
import io.github.cameldatagrok.emulator.http.ApiErrors;
import io.github.cameldatagrok.emulator.http.Exchange;
import io.github.cameldatagrok.emulator.http.Json;
import io.github.cameldatagrok.emulator.http.Router;

/**
 * U1 {@code GET /public/v1/users/{idOrLogin}}, U2 {@code GET /public/v1/users/current} and U3
 * {@code GET /public/v1/users[?text=…][&include=group]} (contract 3.9), read-only.
 */
public final class UsersApi implements ApiArea {

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
    }

    void get(Exchange exchange) throws IOException {
        String user = exchange.pathParam("user");
        Optional<UserStore.User> found = users.find(user);
        if (found.isEmpty()) {
            ApiErrors.apiError(exchange, "User not found: " + user, 404);
            return;
        }
        exchange.sendJson(200, json(found.get(), true));
    }

    void list(Exchange exchange) throws IOException {
        String text = exchange.queryParam("text");
        boolean withGroup = "group".equals(exchange.queryParam("include"));
        ArrayNode list = Json.MAPPER.createArrayNode();
        for (UserStore.User user : users.all()) {
            if (text == null || text.isBlank()
                    || user.login().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT))) {
                list.add(json(user, withGroup));
            }
        }
        exchange.sendJson(200, list);
    }

    ObjectNode json(UserStore.User user, boolean withGroup) {
        ObjectNode json = Json.object();
        json.put("#type", "User");
        json.put("id", user.id());
        json.put("login", user.login());
        json.put("name", user.login());
        json.put("friendlyName", (user.firstName() + " " + user.lastName()).trim());
        json.put("firstName", user.firstName());
        json.put("lastName", user.lastName());
        json.put("email", user.email());
        json.put("status", user.status());
        json.put("createdOn", Json.timestamp(user.createdOn()));
        if (withGroup) {
            groups.find(user.groupId()).ifPresent(g -> json.set("group", GroupJson.shallow(g)));
        }
        return json;
    }
}
