package io.github.cameldatagrok.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameldatagrok.client.model.Group;
import io.github.cameldatagrok.client.model.GroupMembershipRequest;
import io.github.cameldatagrok.client.model.GroupRelation;
import io.github.cameldatagrok.emulator.Fault;
import io.github.cameldatagrok.emulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every action of datagrok:group against the emulator, including bad input. */
class GroupProducerTest extends DatagrokTestSupport {

    @BeforeEach
    void seed() {
        emulator().reset();
        emulator().groups().create("Chemists");
        emulator().users().add("alice", "Alice", "Mendel");
        emulator().users().add("bob", "Bob", "Stone");
    }

    @SuppressWarnings("unchecked")
    private List<Group> groups(String uri) {
        return template.requestBody(uri, null, List.class);
    }

    private static List<String> names(List<Group> groups) {
        return groups.stream().map(Group::getName).toList();
    }

    private List<String> sent() {
        List<String> sent = new ArrayList<>();
        for (RecordedRequest r : emulator().requests()) {
            sent.add(r.method() + " " + r.decodedPath() + (r.query() == null ? "" : "?" + r.query()));
        }
        return sent;
    }

    private Group group(String uri) {
        return template.requestBody(uri, null, Group.class);
    }

    @Test
    void listAsThePythonClientSendsIt() {
        assertThat(names(groups("datagrok:group?action=list"))).contains("All users", "Chemists")
                .doesNotContain("Admin", "Alice Mendel");
        assertThat(sent()).containsExactly("GET /public/v1/groups?text=personal%3Dfalse");
        assertThat(names(groups("datagrok:group?action=list&includePersonal=true"))).contains("Admin", "Alice Mendel")
                .doesNotContain("All users");
        List<Group> developers = template.requestBodyAndHeader("datagrok:group?action=list&includeMembers=true"
                + "&includeMemberships=true", null, DatagrokConstants.FILTER, "Developers", List.class);
        assertThat(names(developers)).containsExactly("Developers");
        assertThat(names(developers.get(0).members())).containsExactly("Admin");
        assertThat(developers.get(0).getParents()).isEmpty();
        assertThat(sent()).last().isEqualTo("GET /public/v1/groups?text=Developers%20and%20personal%3Dfalse"
                + "&include=children.child,parents.parent");
    }

    @Test
    void lookupAndGet() {
        assertThat(names(groups("datagrok:group:admin?action=lookup"))).contains("Admin", "Administrators");
        Exchange out = template.request("datagrok:group:All users", e -> {
        });
        Group all = out.getMessage().getBody(Group.class);
        assertThat(all.getId()).isEqualTo(Group.ALL_USERS);
        assertThat(out.getMessage().getHeader(DatagrokConstants.GROUP_ID)).isEqualTo(Group.ALL_USERS);
        assertThat(names(all.members())).contains("Admin", "Alice Mendel", "Bob Stone");
        assertThat(group("datagrok:group:" + Group.ADMINISTRATORS + "?action=get").adminMembers())
                .extracting(Group::getId).containsExactly(Group.ADMIN);
        assertThat(sent()).contains("GET /public/v1/groups/All users");
    }

    @Test
    void membersAndMembershipsWithTheAdminFlag() {
        assertThat(names(groups("datagrok:group:Administrators?action=members&admin=true"))).containsExactly("Admin");
        assertThat(groups("datagrok:group:Administrators?action=members&admin=false")).isEmpty();
        assertThat(names(groups("datagrok:group:" + Group.ADMIN + "?action=memberships")))
                .containsExactlyInAnyOrder("All users", "Developers", "Administrators");
        List<Group> adminOf = template.requestBodyAndHeader("datagrok:group:Admin?action=memberships&admin=false",
                null, DatagrokConstants.ADMIN, "true", List.class);
        assertThat(names(adminOf)).containsExactly("Administrators");
        assertThat(sent()).contains("GET /public/v1/groups/" + Group.ADMINISTRATORS + "/members?admin=true",
                "GET /public/v1/groups/" + Group.ADMINISTRATORS + "/members?admin=false",
                "GET /public/v1/groups/" + Group.ADMIN + "/memberships",
                "GET /public/v1/groups/" + Group.ADMIN + "/memberships?admin=true");
    }

    @Test
    void membershipRequestsAreRequestedListedApprovedAndDenied() {
        Exchange out = template.request("datagrok:group:Chemists?action=requestMembership", e -> {
        });
        GroupMembershipRequest request = out.getMessage().getBody(GroupMembershipRequest.class);
        assertThat(request.getApproved()).isNull();
        assertThat(request.getFrom().getId()).isEqualTo(Group.ADMIN);
        assertThat(out.getMessage().getHeader(DatagrokConstants.REQUEST_ID)).isEqualTo(request.getId());
        @SuppressWarnings("unchecked")
        List<GroupMembershipRequest> requests = template.requestBody("datagrok:group:Chemists?action=requests", null,
                List.class);
        assertThat(requests).extracting(GroupMembershipRequest::getId).containsExactly(request.getId());

        template.sendBodyAndHeader("datagrok:group?action=approve", null, DatagrokConstants.REQUEST_ID, request.getId());
        assertThat(emulator().groups().isMember("Chemists", "Admin")).isTrue();
        assertThat(sent()).contains("POST /public/v1/groups/requests/" + request.getId() + "/approve");

        emulator().groups().create("Physicists");
        String second = template.request("datagrok:group:Physicists?action=requestMembership", e -> {
        }).getMessage().getHeader(DatagrokConstants.REQUEST_ID, String.class);
        template.sendBody("datagrok:group?action=deny&requestId=" + second, null);
        assertThat(emulator().groups().isMember("Physicists", "Admin")).isFalse();
        assertThat(emulator().groups().requests()).filteredOn(r -> r.id().equals(second))
                .singleElement().satisfies(r -> assertThat(r.approved()).isFalse());
    }

    @Test
    void currentFallsBackToTheOlderRoute() {
        assertThat(group("datagrok:group?action=current").getId()).isEqualTo(Group.ADMIN);
        assertThat(sent()).containsExactly("GET /public/v1/groups/current");
        emulator().faults().add(Fault.on("GET", "/public/v1/groups/current").status(404));
        emulator().clearRequests();
        assertThat(group("datagrok:group?action=current").getId()).isEqualTo(Group.ADMIN);
        assertThat(sent()).containsExactly("GET /public/v1/groups/current", "GET /public/v1/user/group");
    }

    @Test
    void saveCreatesAGroupFromTheTargetOrTheBody() {
        Group created = group("datagrok:group:Biologists?action=save");
        assertThat(created.getId()).isNotNull();
        assertThat(emulator().groups().find("Biologists")).hasValueSatisfying(g -> assertThat(g.id())
                .isEqualTo(created.getId()));
        assertThat(sent()).containsExactly("POST /public/v1/groups?saveRelations=false");

        // a Map body, then the saved Group with a new relation that has no id yet
        Group saved = template.requestBody("datagrok:group?action=save&saveRelations=true",
                Map.of("name", "Physicists", "description", "physics"), Group.class);
        assertThat(saved.getDescription()).isEqualTo("physics");
        saved.setChildren(new ArrayList<>(List.of(new GroupRelation(null, true, Group.reference(saved.getId(), null),
                Group.reference(Group.ADMIN, null)))));
        Group withMember = template.requestBody("datagrok:group?action=save&saveRelations=true", saved, Group.class);
        assertThat(withMember.getChildren()).singleElement().satisfies(r -> assertThat(r.getId()).isNotNull());
        assertThat(emulator().groups().isAdminMember("Physicists", "Admin")).isTrue();

        // without saveRelations only the group's own fields change
        withMember.setChildren(List.of());
        withMember.setDescription("all of physics");
        template.sendBody("datagrok:group?action=save", withMember);
        assertThat(emulator().groups().isMember("Physicists", "Admin")).isTrue();
        assertThat(group("datagrok:group:Physicists").getDescription()).isEqualTo("all of physics");
    }

    @Test
    void saveTakesJsonTextAndRefusesOtherText() {
        Group saved = template.requestBody("datagrok:group?action=save",
                "{\"#type\":\"UserGroup\",\"name\":\"Geologists\",\"friendlyName\":\"Rock people\"}", Group.class);
        assertThat(saved.getFriendlyName()).isEqualTo("Rock people");
        emulator().clearRequests();
        assertThatThrownBy(() -> template.sendBody("datagrok:group?action=save", "Geologists"))
                .satisfies(e -> assertThat(rootMessage(e)).contains("Unrecognized token 'Geologists'"))
                .satisfies(e -> assertThat(e.getCause()).hasMessageStartingWith(
                        "The body of a datagrok:group save is not a JSON Group"));
        assertThatThrownBy(() -> template.sendBody("datagrok:group?action=save", 42))
                .satisfies(e -> assertThat(rootMessage(e)).contains("must be a Group, a Map or JSON")
                        .contains("java.lang.Integer"));
        assertThatThrownBy(() -> template.sendBody("datagrok:group?action=save", null))
                .satisfies(e -> assertThat(rootMessage(e)).contains("No Datagrok group to save"));
        assertThat(emulator().requests()).isEmpty();
    }

    @Test
    void addMemberReadsTheParentWholeAndKeepsItsMembers() {
        emulator().groups().addMember("Chemists", "Bob Stone", false);
        emulator().clearRequests();
        Group chemists = template.requestBodyAndHeader("datagrok:group:Chemists?action=addMember&admin=true", null,
                DatagrokConstants.MEMBER, "alice", Group.class);
        assertThat(names(chemists.adminMembers())).containsExactly("Alice Mendel");
        assertThat(names(chemists.members())).containsExactly("Bob Stone");
        assertThat(emulator().groups().isAdminMember("Chemists", "Alice Mendel")).isTrue();
        assertThat(emulator().groups().isMember("Chemists", "Bob Stone")).isTrue();
        // GET groups/{id} on the parent, the member by lookup then by login, the save with relations
        assertThat(sent()).containsExactly("GET /public/v1/groups/Chemists", "GET /public/v1/groups/lookup?query=alice",
                "GET /public/v1/users/alice", "POST /public/v1/groups?saveRelations=true");

        // adding again changes the admin flag of the relation, not the number of members
        template.sendBody("datagrok:group:Chemists?action=addMember&member=alice&admin=false", null);
        assertThat(emulator().groups().isAdminMember("Chemists", "Alice Mendel")).isFalse();
        assertThat(group("datagrok:group:Chemists").getChildren()).hasSize(2);

        // a group as member, by name
        template.sendBody("datagrok:group:Chemists?action=addMember&member=Developers", null);
        assertThat(emulator().groups().isMember("Chemists", "Developers")).isTrue();
    }

    @Test
    void removeMemberKeepsTheOthers() {
        emulator().groups().addMember("Chemists", "Bob Stone", false);
        emulator().groups().addMember("Chemists", "Alice Mendel", true);
        Group chemists = template.requestBody("datagrok:group:Chemists?action=removeMember&member=Alice Mendel", null,
                Group.class);
        assertThat(names(chemists.members())).containsExactly("Bob Stone");
        assertThat(emulator().groups().isMember("Chemists", "Alice Mendel")).isFalse();
        assertThat(emulator().groups().isMember("Chemists", "Bob Stone")).isTrue();

        emulator().clearRequests();
        template.sendBody("datagrok:group:Chemists?action=removeMember&member=alice", null);
        assertThat(sent()).noneMatch(s -> s.startsWith("POST"));
    }

    @Test
    void membersMustBeFoundAndUnambiguous() {
        template.sendBody("datagrok:group?action=save", Map.of("name", "Chem", "friendlyName", "Chemists"));
        emulator().clearRequests();
        assertThatThrownBy(() -> template.sendBody("datagrok:group:Developers?action=addMember&member=Chemists", null))
                .satisfies(e -> assertThat(rootMessage(e)).contains("'Chemists' is ambiguous"));
        assertThatThrownBy(() -> template.sendBody("datagrok:group:Developers?action=addMember&member=ghost", null))
                .satisfies(e -> assertThat(e.getCause()).hasMessage("No Datagrok group or user named 'ghost'"));
        assertThat(sent()).noneMatch(s -> s.startsWith("POST"));
    }

    @Test
    void deleteRemovesTheGroup() {
        template.sendBody("datagrok:group:Chemists?action=delete", null);
        assertThat(emulator().groups().exists("Chemists")).isFalse();
        assertThat(sent()).containsExactly("DELETE /public/v1/groups/Chemists");
        assertThatThrownBy(() -> template.sendBody("datagrok:group:Chemists?action=delete", null))
                .satisfies(e -> assertThat(rootMessage(e)).contains("Group not found: Chemists"));
    }

    @Test
    void badInputIsRefusedBeforeAnythingIsSent() {
        emulator().clearRequests();
        assertThatThrownBy(() -> template.sendBody("datagrok:group", null))
                .satisfies(e -> assertThat(rootMessage(e)).contains("No Datagrok group given"));
        assertThatThrownBy(() -> template.sendBody("datagrok:group:Chemists?action=addMember", null))
                .satisfies(e -> assertThat(rootMessage(e)).contains("No Datagrok member given")
                        .contains("CamelDatagrokMember"));
        assertThatThrownBy(() -> template.sendBody("datagrok:group?action=approve", null))
                .satisfies(e -> assertThat(rootMessage(e)).contains("No Datagrok membership request given"));
        assertThatThrownBy(() -> template.sendBodyAndHeader("datagrok:group:Chemists?action=members", null,
                DatagrokConstants.ADMIN, "maybe")).satisfies(e -> assertThat(rootMessage(e))
                        .contains("CamelDatagrokAdmin header must be true or false, not 'maybe'"));
        assertThatThrownBy(() -> template.sendBody("datagrok:group:Chemists?action=upload", null))
                .satisfies(e -> assertThat(rootMessage(e)).contains("datagrok:group does not support action upload"));
        assertThat(emulator().requests()).isEmpty();
    }

    @Test
    void resultsAreJacksonSerialisable() throws Exception {
        Group admin = group("datagrok:group:Admin");
        ObjectMapper mapper = new ObjectMapper();
        String json = mapper.writeValueAsString(admin);
        assertThat(json).contains("\"#type\":\"UserGroup\"").contains("\"parents\":[").contains("\"isAdmin\":true");
        Group back = mapper.readValue(json, Group.class);
        assertThat(back).isEqualTo(admin);
        assertThat(names(back.adminMemberships())).containsExactly("Administrators");
        GroupMembershipRequest request = template.requestBody("datagrok:group:Chemists?action=requestMembership", null,
                GroupMembershipRequest.class);
        assertThat(mapper.readValue(mapper.writeValueAsString(request), GroupMembershipRequest.class).getTo().getName())
                .isEqualTo("Chemists");
    }
}
