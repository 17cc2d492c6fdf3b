package io.github.cameldatagrok.emulator;

import static io.github.cameldatagrok.emulator.ApiErrorAssert.apiError;
import static io.github.cameldatagrok.emulator.ApiErrorAssert.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Users: save (POST /users), block and unblock, the list filter, over real HTTP. */
class UsersApiTest {

    @RegisterExtension
    static DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();

    private Http http;

    @BeforeEach
    void setUp() {
        DATAGROK.emulator().reset();
        http = Http.bearer(DATAGROK.emulator());
    }

    /** The body Python's users.save sends: User.to_dict() with a client id. */
    private static String user(String id, String login, String status) {
        return "{\"id\":\"" + id + "\",\"name\":null,\"friendlyName\":null,\"firstName\":\"Alice\",\"lastName\":\"Mendel\","
                + "\"email\":\"alice@example.com\",\"login\":\"" + login + "\",\"status\":\"" + status + "\","
                + "\"storage\":null,\"group\":null,\"createdOn\":null,\"updatedOn\":null,\"namespace\":null}";
    }

    @Test
    void saveCreatesAUserWithAPersonalGroupAndUpdatesById() {
        String id = UUID.randomUUID().toString();
        JsonNode saved = ok(http.postJson("/public/v1/users", user(id, "alice.mendel", "new")));
        assertThat(saved.get("#type").asText()).isEqualTo("User");
        assertThat(saved.get("id").asText()).isEqualTo(id);
        assertThat(saved.get("status").asText()).isEqualTo("new");
        assertThat(saved.get("group").get("name").asText()).isEqualTo("Alice Mendel");
        assertThat(saved.get("group").get("personal").asBoolean()).isTrue();
        assertThat(ok(http.get("/public/v1/users/alice.mendel")).get("id").asText()).isEqualTo(id);

        JsonNode updated = ok(http.postJson("/public/v1/users", user(id, "alice.mendel", "active")
                .replace("alice@example.com", "am@example.com")));
        assertThat(updated.get("email").asText()).isEqualTo("am@example.com");
        assertThat(updated.get("group").get("id").asText()).isEqualTo(saved.get("group").get("id").asText());
        assertThat(DATAGROK.emulator().users().all()).hasSize(3);
    }

    @Test
    void aDuplicateLoginIsAnApiErrorAndCreatesNothing() {
        ok(http.postJson("/public/v1/users", user(UUID.randomUUID().toString(), "alice", "active")));
        String message = apiError(http.postJson("/public/v1/users", user(UUID.randomUUID().toString(), "ALICE", "active")),
                400);
        assertThat(message).isEqualTo("Login already exists");
        assertThat(DATAGROK.emulator().users().all()).hasSize(3);
    }

    @Test
    void badUsersAreRefused() {
        apiError(http.postJson("/public/v1/users", user("not-a-uuid", "bob", "active")), 400);
        apiError(http.postJson("/public/v1/users", user(UUID.randomUUID().toString(), "bob", "sleeping")), 400);
        apiError(http.postJson("/public/v1/users", "{\"id\":\"" + UUID.randomUUID() + "\"}"), 400);
        apiError(http.postJson("/public/v1/users", "[]"), 400);
        assertThat(http.post("/public/v1/users", "text/plain", "bob").statusCode()).isEqualTo(415);
        assertThat(DATAGROK.emulator().users().find("bob")).isEmpty();
    }

    @Test
    void blockAndUnblockTakeTheFullUser() {
        ObjectNode alice = (ObjectNode) ok(http.postJson("/public/v1/users",
                user(UUID.randomUUID().toString(), "alice", "active")));
        ok(http.postJson("/public/v1/users/block", alice.toString()));
        assertThat(DATAGROK.emulator().users().find("alice").orElseThrow().status()).isEqualTo("blocked");
        assertThat(ok(http.get("/public/v1/users/alice")).get("status").asText()).isEqualTo("blocked");
        ok(http.postJson("/public/v1/users/unblock", alice.toString()));
        assertThat(DATAGROK.emulator().users().find("alice").orElseThrow().status()).isEqualTo("active");

        // only the id: not the full user
        apiError(http.postJson("/public/v1/users/block", "{\"id\":\"" + alice.get("id").asText() + "\"}"), 400);
        apiError(http.postJson("/public/v1/users/block", alice.deepCopy().put("login", "mallory").toString()), 400);
        apiError(http.postJson("/public/v1/users/block", alice.deepCopy().put("id", UUID.randomUUID().toString())
                .toString()), 404);
        JsonNode me = ok(http.get("/public/v1/users/current"));
        apiError(http.postJson("/public/v1/users/block", me.toString()), 400);
        assertThat(DATAGROK.emulator().users().find("alice").orElseThrow().status()).isEqualTo("active");
    }

    @Test
    void listTakesASmartFilterAndIncludesGroupsOnRequest() {
        DATAGROK.emulator().users().add("alice", "Alice", "Mendel");
        DATAGROK.emulator().users().add("bob", "Bob", "Hooke");
        assertThat(logins(ok(http.get("/public/v1/users?text=mendel")))).containsExactly("alice");
        assertThat(logins(ok(http.get("/public/v1/users?text=login%3D%22bob%22")))).containsExactly("bob");
        assertThat(logins(ok(http.get("/public/v1/users?text=status%3Dactive")))).hasSize(4);
        JsonNode withGroup = ok(http.get("/public/v1/users?text=bob&include=group"));
        assertThat(withGroup.get(0).get("group").get("name").asText()).isEqualTo("Bob Hooke");
        assertThat(ok(http.get("/public/v1/users?text=bob")).get(0).has("group")).isFalse();
        apiError(http.get("/public/v1/users?text=colour%3Dred"), 400);
        apiError(http.get("/public/v1/users?include=storage"), 400);
        apiError(http.get("/public/v1/users/nobody"), 404);
    }

    private static List<String> logins(JsonNode list) {
        List<String> logins = new ArrayList<>();
        list.forEach(u -> logins.add(u.get("login").asText()));
        return logins;
    }
}
