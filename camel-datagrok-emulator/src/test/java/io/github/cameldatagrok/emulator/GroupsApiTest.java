package io.github.cameldatagrok.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cameldatagrok.emulator.groups.GroupStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Groups ({@code /public/v1/groups...}) and users ({@code /public/v1/users...}) over real HTTP. */
class GroupsApiTest {

    @RegisterExtension
    static DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();

    private Http http;

    @BeforeEach
    void setUp() {
        DATAGROK.emulator().reset();
        http = Http.bearer(DATAGROK.emulator());
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.forEach(g -> names.add(g.get("name").asText()));
        return names;
    }

    private JsonNode json(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("api-error")).isEmpty();
        return Http.json(response);
    }

    @Test
    void wellKnownGroupsAndTheCurrentUser() {
        JsonNode all = json("/public/v1/groups/" + GroupStore.ALL_USERS);
        assertThat(all.get("name").asText()).isEqualTo("All users");
        assertThat(all.get("#type").asText()).isEqualTo("UserGroup");
        JsonNode current = json("/public/v1/groups/current");
        assertThat(current.get("id").asText()).isEqualTo(GroupStore.ADMIN);
        assertThat(current.get("personal").asBoolean()).isTrue();
        List<String> memberships = new ArrayList<>();
        current.get("parents").forEach(r -> memberships.add(r.get("parent").get("name").asText()));
        assertThat(memberships).contains("All users", "Developers", "Administrators");
        assertThat(json("/public/v1/user/group").get("id").asText()).isEqualTo(GroupStore.ADMIN);
        assertThat(json("/public/v1/users/current").get("login").asText()).isEqualTo("Admin");
    }

    @Test
    void listFiltersPersonalAndIncludesRelationsOnRequest() {
        JsonNode plain = json("/public/v1/groups?text=personal%3Dfalse");
        assertThat(names(plain)).contains("All users", "Developers").doesNotContain("Admin", "System");
        assertThat(plain.get(0).has("children")).isFalse();
        JsonNode personal = json("/public/v1/groups?text=personal%3Dtrue");
        assertThat(names(personal)).containsExactlyInAnyOrder("Admin", "System");
        JsonNode included = json("/public/v1/groups?text=dev%20and%20personal%3Dfalse&include=children.child,parents.parent");
        assertThat(names(included)).containsExactly("Developers");
        assertThat(included.get(0).get("children").get(0).get("child").get("name").asText()).isEqualTo("Admin");
        JsonNode bad = Http.json(http.get("/public/v1/groups?text=colour%3Dred"));
        assertThat(bad.get("#type").asText()).isEqualTo("ApiError");
    }

    @Test
    void lookupIsASubstringMatchWithAPrunedProjection() {
        JsonNode found = json("/public/v1/groups/lookup?query=admin");
        assertThat(names(found)).contains("Admin", "Administrators");
        found.forEach(g -> assertThat(g.has("children")).isFalse());
    }

    @Test
    void membersAndMembershipsByAdminFlag() {
        String admins = GroupStore.ADMINISTRATORS;
        assertThat(names(json("/public/v1/groups/" + admins + "/members?admin=true"))).containsExactly("Admin");
        assertThat(names(json("/public/v1/groups/" + admins + "/members?admin=false"))).isEmpty();
        assertThat(names(json("/public/v1/groups/" + admins + "/members"))).containsExactly("Admin");
        assertThat(names(json("/public/v1/groups/Admin/memberships?admin=true"))).containsExactly("Administrators");
        assertThat(names(json("/public/v1/groups/Admin/memberships?admin=False")))
                .containsExactlyInAnyOrder("All users", "Developers");
    }

    @Test
    void saveCreatesWithRelationsThatNeedIds() {
        String id = UUID.randomUUID().toString();
        String alice = DATAGROK.emulator().users().add("alice", "Alice", "Mendel").groupId();
        assertThat(DATAGROK.emulator().groups().find(alice).orElseThrow().name()).isEqualTo("Alice Mendel");
        String group = "{\"#type\":\"UserGroup\",\"id\":\"" + id + "\",\"name\":\"Chemists\",\"friendlyName\":\"Chemists\","
                + "\"children\":[{\"id\":\"" + UUID.randomUUID() + "\",\"isAdmin\":false,\"parent\":{\"id\":\"" + id
                + "\"},\"child\":{\"id\":\"" + alice + "\"}}]}";
        JsonNode saved = Http.json(http.post("/public/v1/groups?saveRelations=true", "application/json", group));
        assertThat(saved.get("id").asText()).isEqualTo(id);
        assertThat(saved.get("children").get(0).get("child").get("name").asText()).isEqualTo("Alice Mendel");
        assertThat(saved.get("children").get(0).get("isAdmin").isNull()).isTrue();
        assertThat(DATAGROK.emulator().groups().isMember("Chemists", alice)).isTrue();

        String noId = group.replaceFirst("\"children\":\\[\\{\"id\":\"[^\"]+\",", "\"children\":[{");
        JsonNode rejected = Http.json(http.post("/public/v1/groups?saveRelations=true", "application/json", noId));
        assertThat(rejected.get("message").asText()).contains("without id");

        // without saveRelations the relations in the body are ignored
        String empty = "{\"id\":\"" + id + "\",\"name\":\"Chemists\",\"children\":[]}";
        http.post("/public/v1/groups?saveRelations=false", "application/json", empty);
        assertThat(DATAGROK.emulator().groups().isMember("Chemists", alice)).isTrue();

        HttpResponse<String> notJson = http.post("/public/v1/groups", "text/plain", "Chemists");
        assertThat(notJson.statusCode()).isEqualTo(415);
    }

    @Test
    void membershipRequestsAreApprovedOrDenied() {
        DATAGROK.emulator().groups().create("Biologists");
        JsonNode request = Http.json(http.post("/public/v1/groups/Biologists/request", null, ""));
        assertThat(request.get("approved").isNull()).isTrue();
        assertThat(request.get("from").get("name").asText()).isEqualTo("Admin");
        String id = request.get("id").asText();
        assertThat(json("/public/v1/groups/Biologists/requests").get(0).get("id").asText()).isEqualTo(id);
        JsonNode approved = Http.json(http.post("/public/v1/groups/requests/" + id + "/approve", null, ""));
        assertThat(approved.get("approved").asBoolean()).isTrue();
        assertThat(DATAGROK.emulator().groups().isMember("Biologists", "Admin")).isTrue();
        JsonNode again = Http.json(http.post("/public/v1/groups/requests/" + id + "/deny", null, ""));
        assertThat(again.get("#type").asText()).isEqualTo("ApiError");
        JsonNode unknown = Http.json(http.post("/public/v1/groups/requests/" + UUID.randomUUID() + "/deny", null, ""));
        assertThat(unknown.get("message").asText()).startsWith("Membership request not found");
    }

    @Test
    void deleteAndNotFound() {
        DATAGROK.emulator().groups().create("Temp");
        HttpResponse<String> deleted = Http.send(http.request("/public/v1/groups/Temp").DELETE().build());
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(DATAGROK.emulator().groups().exists("Temp")).isFalse();
        HttpResponse<String> missing = http.get("/public/v1/groups/Temp");
        assertThat(missing.statusCode()).isEqualTo(200);
        assertThat(missing.headers().firstValue("api-error")).isPresent();
        assertThat(Http.json(missing).get("message").asText()).isEqualTo("Group not found: Temp");
        HttpResponse<String> personal = Http.send(http.request("/public/v1/groups/Admin").DELETE().build());
        assertThat(Http.json(personal).get("message").asText()).contains("personal group");
    }

    @Test
    void usersByLoginWithTheirPersonalGroup() {
        DATAGROK.emulator().users().add("alice.mendel", "Alice", "Mendel");
        JsonNode alice = json("/public/v1/users/alice.mendel");
        assertThat(alice.get("#type").asText()).isEqualTo("User");
        assertThat(alice.get("group").get("name").asText()).isEqualTo("Alice Mendel");
        assertThat(alice.get("group").get("personal").asBoolean()).isTrue();
        assertThat(Http.json(http.get("/public/v1/users/nobody")).get("message").asText())
                .isEqualTo("User not found: nobody");
        HttpRequest noKey = HttpRequest.newBuilder(java.net.URI.create(DATAGROK.baseUrl() + "/public/v1/groups")).build();
        assertThat(Http.send(noKey).statusCode()).isEqualTo(401);
    }
}
