package io.github.cameldatagrok.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.github.cameldatagrok.client.model.Group;
import io.github.cameldatagrok.client.model.ShareResult;
import io.github.cameldatagrok.emulator.DatagrokEmulator;
import io.github.cameldatagrok.emulator.Fault;
import io.github.cameldatagrok.emulator.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plain Java client's groups and shares, without Camel: route drift is learned once per client. */
class GroupsAndSharesClientTest {

    private DatagrokEmulator emulator;
    private DatagrokClient client;

    private void start(DatagrokEmulator.Builder builder) {
        emulator = builder.build().start();
        client = new DatagrokClient(DatagrokClientConfig.builder().baseUrl(emulator.baseUrl())
                .apiKey(emulator.apiKey()).build());
    }

    @BeforeEach
    void defaultServer() {
        start(DatagrokEmulator.builder());
    }

    @AfterEach
    void close() {
        client.close();
        emulator.close();
    }

    private List<String> paths() {
        return emulator.requests().stream().map(RecordedRequest::path).toList();
    }

    @Test
    void currentLearnsTheOlderRouteOnce() {
        emulator.faults().add(Fault.on("GET", "/public/v1/groups/current").status(404));
        assertThat(client.groups().current().getId()).isEqualTo(Group.ADMIN);
        assertThat(client.groups().current().getName()).isEqualTo("Admin");
        assertThat(paths()).containsExactly("/public/v1/groups/current", "/public/v1/user/group",
                "/public/v1/user/group");
    }

    @Test
    void otherFailuresOfCurrentAreNotFallbacks() {
        emulator.faults().add(Fault.on("GET", "/public/v1/groups/current").apiError("boom"));
        assertThatThrownBy(() -> client.groups().current()).isInstanceOf(DatagrokApiException.class)
                .hasMessageContaining("boom");
        assertThat(paths()).containsExactly("/public/v1/groups/current");
    }

    @Test
    void dashboardSharesLearnTheOlderRouteOnce() {
        close();
        start(DatagrokEmulator.builder().onlyLegacyDashboardShares());
        String id = emulator.tables().put("Admin:Sales:Orders", "a\n1\n").id();
        ShareResult first = client.shares().shareDashboard(id, List.of("Developers"), ShareAccess.View);
        ShareResult second = client.shares().shareDashboard(id, List.of("All users"), ShareAccess.Edit);
        assertThat(first.getShared()).containsExactly("Developers");
        assertThat(second.getShared()).containsExactly("All users");
        assertThat(client.shares().usesLegacyDashboardRoute()).isTrue();
        assertThat(paths()).containsExactly("/public/v1/entities/" + id + "/shares",
                "/public/v1/dashboards/" + id + "/shares", "/public/v1/dashboards/" + id + "/shares");
        // the entity route has no fallback: another entity kind is not a dashboard
        assertThatThrownBy(() -> client.shares().share(id, List.of("Developers"), ShareAccess.View))
                .isInstanceOf(DatagrokApiException.class).satisfies(e -> assertThat(
                        ((DatagrokApiException) e).getStatusCode()).isEqualTo(404));
    }

    @Test
    void saveGivesNewGroupsAndRelationsIds() {
        Group team = Group.named("Team");
        Group saved = client.groups().save(team, false);
        assertThat(saved.getId()).isEqualTo(team.getId()).isNotNull();
        Group withMember = client.groups().addMember("Team", "Developers", true);
        assertThat(withMember.adminMembers()).extracting(Group::getId).containsExactly(Group.DEVELOPERS);
        assertThat(withMember.getChildren().get(0).getId()).isNotNull();
        assertThat(client.groups().members(saved.getId(), true)).extracting(Group::getName)
                .containsExactly("Developers");
        client.groups().delete("Team");
        assertThat(emulator.groups().exists("Team")).isFalse();
    }

    @Test
    void aGroupReadAndSavedBackSendsExactlyWhatItReadPlusTheChange() throws Exception {
        close();
        start(DatagrokEmulator.builder().recordBodies(1024 * 1024));
        java.net.http.HttpResponse<String> raw = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(emulator.baseUrl()
                        + "/public/v1/groups/" + Group.DEVELOPERS)).header("Authorization", "Bearer " + emulator.apiKey())
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        com.fasterxml.jackson.databind.node.ObjectNode expected = (com.fasterxml.jackson.databind.node.ObjectNode)
                client.json().readTree(raw.body());
        Group developers = client.groups().get(Group.DEVELOPERS);
        developers.setDescription("People who build");
        emulator.clearRequests();
        client.groups().save(developers, false);
        RecordedRequest save = emulator.requests("POST", "/public/v1/groups").get(0);
        expected.put("description", "People who build");
        assertThat(client.json().readTree(save.bodyText())).isEqualTo(expected);
    }
}
