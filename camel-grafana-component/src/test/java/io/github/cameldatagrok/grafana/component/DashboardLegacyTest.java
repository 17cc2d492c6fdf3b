package io.github.cameldatagrok.grafana.component;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameldatagrok.grafana.client.GrafanaConflictException;
import io.github.cameldatagrok.grafana.client.GrafanaNotFoundException;
import io.github.cameldatagrok.grafana.emulator.GrafanaEmulatorExtension;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** grafana:dashboard on the legacy routes (Grafana 11: auto picks /api from the version /api/health reports). */
class DashboardLegacyTest extends GrafanaTestSupport {

    @RegisterExtension
    static final GrafanaEmulatorExtension GRAFANA = GrafanaEmulatorExtension.create(b -> b.version(11));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OPS = "{\"uid\":\"ops-overview\",\"title\":\"Ops overview\",\"tags\":[\"ops\"],\"panels\":[]}";

    @TempDir
    Path dir;

    @Override
    GrafanaEmulatorExtension grafana() {
        return GRAFANA;
    }

    private Exchange save(Object body, String options) {
        return template.request("grafana:dashboard" + options, e -> e.getMessage().setBody(body));
    }

    @Test
    void saveCreatesThenUpdatesAndReportsTheVersion() throws Exception {
        Exchange created = save(OPS, "");
        assertThat(created.getException()).isNull();
        assertThat(created.getMessage().getHeader(GrafanaConstants.UID)).isEqualTo("ops-overview");
        assertThat(created.getMessage().getHeader(GrafanaConstants.VERSION)).isEqualTo(1L);
        assertThat(created.getMessage().getHeader(GrafanaConstants.CREATED)).isEqualTo(true);
        assertThat(created.getMessage().getHeader(GrafanaConstants.API_VERSION)).isEqualTo("legacy");

        // a save of what was read (version 1) updates it
        String read = template.requestBody("grafana:dashboard:ops-overview?action=get", null, String.class);
        assertThat(JSON.readTree(read).path("version").asLong()).isEqualTo(1);
        Exchange updated = save(read.replace("Ops overview", "Ops overview 2"), "?message=second");
        assertThat(updated.getException()).isNull();
        assertThat(updated.getMessage().getHeader(GrafanaConstants.VERSION)).isEqualTo(2L);
        assertThat(updated.getMessage().getHeader(GrafanaConstants.CREATED)).isEqualTo(false);
        assertThat(emulator().dashboards().require("ops-overview").title()).isEqualTo("Ops overview 2");
        assertThat(emulator().dashboards().require("ops-overview").message()).isEqualTo("second");

        JsonNode sent = JSON.readTree(sent("POST", "/api/dashboards/db").get(1).bodyText());
        assertThat(sent.path("message").asText()).isEqualTo("second");
        assertThat(sent.path("overwrite").asBoolean()).isFalse();
        assertThat(sent.path("dashboard").has("id")).as("the deprecated id is never sent").isFalse();
    }

    @Test
    void everyBodyFormIsSaved() throws Exception {
        Path path = dir.resolve("a.json");
        Files.writeString(path, "{\"uid\":\"from-path\",\"title\":\"From path\"}");
        File file = dir.resolve("b.json").toFile();
        Files.writeString(file.toPath(), "{\"dashboard\":{\"uid\":\"from-file\",\"title\":\"From file\"},\"message\":\"m\"}");
        assertThat(save(path, "").getException()).isNull();
        assertThat(save(file, "").getException()).isNull();
        assertThat(save(Map.of("uid", "from-map", "title", "From map"), "").getException()).isNull();
        assertThat(save(new java.io.ByteArrayInputStream("{\"uid\":\"from-stream\",\"title\":\"S\"}".getBytes()), "")
                .getException()).isNull();
        assertThat(save("{\"apiVersion\":\"dashboard.grafana.app/v1\",\"kind\":\"Dashboard\",\"metadata\":{\"name\":"
                + "\"from-resource\"},\"spec\":{\"title\":\"From resource\"}}", "").getException()).isNull();
        // camel-file's GenericFile, as from("file:...") hands it over
        template.sendBody("file:" + dir.resolve("in").toUri().getPath(), "{\"uid\":\"from-generic\",\"title\":\"G\"}");
        context.addRoutes(new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + dir.resolve("in") + "?noop=true").to("grafana:dashboard").to("mock:saved");
            }
        });
        getMockEndpoint("mock:saved").expectedMessageCount(1);
        getMockEndpoint("mock:saved").assertIsSatisfied(10_000);
        for (String uid : List.of("from-path", "from-file", "from-map", "from-stream", "from-resource", "from-generic")) {
            assertThat(emulator().dashboards().find(uid)).as(uid).isPresent();
        }
        assertThat(emulator().dashboards().require("from-file").message()).isEqualTo("m");
    }

    @Test
    void aSaveWithoutUidGetsOneFromItsTitleSoASecondSaveUpdates() {
        String noUid = "{\"title\":\"Daily Sales (EU)\",\"panels\":[]}";
        Exchange first = save(noUid, "?overwrite=true");
        Exchange second = save(noUid, "?overwrite=true");
        assertThat(first.getMessage().getHeader(GrafanaConstants.UID)).isEqualTo("daily-sales-eu");
        assertThat(second.getMessage().getHeader(GrafanaConstants.CREATED)).isEqualTo(false);
        assertThat(emulator().dashboards().all()).hasSize(1);
    }

    @Test
    void anUpdateKeepsTheFolderAndMovesOnlyWhenAsked() {
        emulator().folders().create("ops", "Ops", null, null);
        emulator().folders().create("archive", "Archive", null, null);
        assertThat(save(OPS, "?folderUid=ops").getException()).isNull();
        assertThat(emulator().dashboards().require("ops-overview").folderUid()).isEqualTo("ops");

        // the file has no folder: Grafana would move it to the root; the component sends the current folder
        Exchange kept = save(OPS, "?overwrite=true");
        assertThat(kept.getMessage().getHeader(GrafanaConstants.FOLDER_UID)).isEqualTo("ops");
        assertThat(emulator().dashboards().require("ops-overview").folderUid()).isEqualTo("ops");

        template.request("grafana:dashboard?overwrite=true", e -> {
            e.getMessage().setBody(OPS);
            e.getMessage().setHeader(GrafanaConstants.FOLDER_UID, "archive");
        });
        assertThat(emulator().dashboards().require("ops-overview").folderUid()).isEqualTo("archive");
        save(OPS, "?overwrite=true&folderUid=");
        assertThat(emulator().dashboards().require("ops-overview").folderUid()).isNullOrEmpty();
    }

    @Test
    void aStaleSaveIsAConflictCarryingGrafanasStatusAndOverwriteWins() {
        save(OPS, "");
        save(OPS.replace("\"tags\"", "\"version\":1,\"tags\""), "");
        // version 1 again, Grafana holds 2
        Exchange stale = save(OPS.replace("\"tags\"", "\"version\":1,\"tags\""), "");
        assertThat(stale.getException()).isInstanceOf(GrafanaConflictException.class);
        GrafanaConflictException conflict = (GrafanaConflictException) stale.getException();
        assertThat(conflict.getStatusCode()).isEqualTo(412);
        assertThat(conflict.getGrafanaStatus()).isEqualTo("version-mismatch");
        assertThat(conflict.getGrafanaMessage()).isEqualTo("The dashboard has been changed by someone else");

        Exchange forced = save(OPS.replace("\"tags\"", "\"version\":1,\"tags\""), "?overwrite=true");
        assertThat(forced.getException()).isNull();
        assertThat(forced.getMessage().getHeader(GrafanaConstants.VERSION)).isEqualTo(3L);
    }

    @Test
    void getTakesAUidOrADashboardUrlAndDeleteRemoves() throws Exception {
        save(OPS, "");
        String byUrl = template.requestBodyAndHeader("grafana:dashboard?action=get", null, GrafanaConstants.UID,
                GRAFANA.baseUrl() + "/d/ops-overview/ops-overview?orgId=1", String.class);
        assertThat(JSON.readTree(byUrl).path("title").asText()).isEqualTo("Ops overview");

        template.requestBody("grafana:dashboard:ops-overview?action=delete", (Object) null);
        assertThat(emulator().dashboards().find("ops-overview")).isEmpty();
        Exchange missing = template.request("grafana:dashboard:ops-overview?action=get", e -> { });
        assertThat(missing.getException()).isInstanceOf(GrafanaNotFoundException.class);
    }

    @Test
    void searchPagesToTheEndAndSaysWhenMaxResultsCutIt() {
        for (int i = 0; i < 7; i++) {
            emulator().dashboards().put("d" + i, "Sales " + i, null, i % 2 == 0 ? "even" : "odd");
        }
        Exchange all = template.request("grafana:dashboard?action=search&query=Sales&pageSize=2", e -> { });
        assertThat(all.getMessage().getBody(List.class)).hasSize(7);
        assertThat(all.getMessage().getHeader(GrafanaConstants.TRUNCATED)).isEqualTo(false);
        // 2 + 2 + 2 + 1: the short fourth page ends it
        assertThat(sent("GET", "/api/search")).hasSize(4);

        emulator().clearRequests();
        Exchange cut = template.request("grafana:dashboard?action=search&query=Sales&pageSize=2&maxResults=3", e -> { });
        assertThat(cut.getMessage().getBody(List.class)).hasSize(3);
        assertThat(cut.getMessage().getHeader(GrafanaConstants.TRUNCATED)).isEqualTo(true);
        assertThat(sent("GET", "/api/search")).hasSize(2);

        Exchange tagged = template.request("grafana:dashboard?action=search&tags=even", e -> { });
        assertThat(tagged.getMessage().getBody(List.class)).hasSize(4);
        assertThat(sent("GET", "/api/search").get(2).query()).contains("tag=even");
    }

    @Test
    void tagsHomeVersionsRestoreAndPermissions() {
        save(OPS, "");
        save(OPS.replace("Ops overview", "Ops v2"), "?overwrite=true");
        save(OPS.replace("Ops overview", "Ops v3"), "?overwrite=true");

        List<?> tags = template.requestBody("grafana:dashboard?action=tags", null, List.class);
        assertThat(tags).hasSize(1);
        assertThat(((Map<?, ?>) tags.get(0)).get("term")).isEqualTo("ops");

        Exchange versions = template.request("grafana:dashboard:ops-overview?action=versions", e -> { });
        assertThat(versions.getMessage().getBody(List.class)).hasSize(3);
        Exchange someVersions = template.request("grafana:dashboard:ops-overview?action=versions&maxResults=2", e -> { });
        assertThat(someVersions.getMessage().getBody(List.class)).hasSize(2);
        assertThat(someVersions.getMessage().getHeader(GrafanaConstants.TRUNCATED)).isEqualTo(true);

        Exchange restored = template.request("grafana:dashboard:ops-overview?action=restore&version=1", e -> { });
        assertThat(restored.getException()).isNull();
        assertThat(emulator().dashboards().require("ops-overview").title()).isEqualTo("Ops overview");
        assertThat(restored.getMessage().getHeader(GrafanaConstants.VERSION)).isEqualTo(4L);

        template.requestBody("grafana:dashboard:ops-overview?action=setPermissions",
                "[{\"role\":\"Viewer\",\"permission\":1},{\"teamId\":3,\"permission\":2}]");
        List<?> permissions = template.requestBody("grafana:dashboard:ops-overview?action=permissions", null, List.class);
        assertThat(permissions).hasSize(2);

        Map<?, ?> builtIn = template.requestBody("grafana:dashboard?action=home", null, Map.class);
        assertThat(((Map<?, ?>) builtIn.get("dashboard")).get("title")).isEqualTo("Home");
        // a home dashboard chosen in Grafana comes as a redirect to it
        emulator().dashboards().home("ops-overview");
        Map<?, ?> home = template.requestBody("grafana:dashboard?action=home", null, Map.class);
        assertThat(home.get("redirectUri").toString()).contains("/d/ops-overview");
    }

    @Test
    void badInputFailsBeforeAnythingIsSent() {
        emulator().clearRequests();
        assertThat(save("{\"uid\":\"x\",\"panels\":[]}", "").getException())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
        assertThat(save("{\"uid\":\"has space\",\"title\":\"T\"}", "").getException())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("uid");
        assertThat(save("{\"uid\":\"x\",\"title\":\"T\",\"overwrite\":true}", "").getException())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overwrite");
        assertThat(save("{not json", "").getException())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not valid JSON");
        assertThat(save(null, "").getException()).isInstanceOf(IllegalArgumentException.class);
        assertThat(save(42, "").getException()).isInstanceOf(IllegalArgumentException.class);
        assertThat(save(OPS, "?message=" + "m".repeat(501)).getException())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("500");
        assertThat(template.request("grafana:dashboard?action=search&pageSize=5001", e -> { }).getException())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5000");
        assertThat(template.request("grafana:dashboard?action=get", e -> { }).getException())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("uid");
        assertThat(template.request("grafana:dashboard:x?action=restore", e -> { }).getException())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version");
        assertThat(template.request("grafana:dashboard:x?action=setPermissions", e -> e.getMessage()
                .setBody("[{\"role\":\"Viewer\",\"permission\":3}]")).getException())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("permission");
        assertThatThrownBy(() -> context.getEndpoint("grafana:dashboard?action=find").createProducer())
                .isInstanceOf(IllegalArgumentException.class);
        // only the health probe of auto detection may have gone out
        assertThat(emulator().requests()).allMatch(r -> r.path().equals("/api/health"));
    }
}
