package io.github.cameldatagrok.grafana.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.cameldatagrok.grafana.emulator.Grafana.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Versions, restore, permissions, stars and home. */
class DashboardHistoryTest {

    @RegisterExtension
    static GrafanaEmulatorExtension GRAFANA = GrafanaEmulatorExtension.create(b -> b.version(12));

    private Grafana grafana;

    @BeforeEach
    void reset() {
        GRAFANA.emulator().reset();
        grafana = Grafana.bearer(GRAFANA.emulator());
        grafana.post("/api/dashboards/db", json("{'dashboard':{'uid':'d','title':'V1'},'message':'one'}"));
        grafana.post("/api/dashboards/db", json("{'dashboard':{'uid':'d','title':'V2','version':1},'message':'two'}"));
        grafana.post("/api/dashboards/db", json("{'dashboard':{'uid':'d','title':'V3','version':2},'message':'three'}"));
    }

    @Test
    void versionsAreWrappedFrom116AndPagedWithAContinueToken() {
        Grafana.Answer all = grafana.get("/api/dashboards/uid/d/versions");
        assertThat(all.json().path("continueToken").asText()).isEmpty();
        JsonNode versions = all.json().path("versions");
        assertThat(versions).hasSize(3);
        assertThat(versions.get(0).path("version").asInt()).isEqualTo(3);
        assertThat(versions.get(0).path("parentVersion").asInt()).isEqualTo(2);
        assertThat(versions.get(0).path("message").asText()).isEqualTo("three");
        assertThat(versions.get(2).path("parentVersion").asInt()).isZero();

        Grafana.Answer first = grafana.get("/api/dashboards/uid/d/versions?limit=2");
        assertThat(first.json().path("versions")).hasSize(2);
        String token = first.json().path("continueToken").asText();
        assertThat(token).isNotEmpty();
        Grafana.Answer rest = grafana.get("/api/dashboards/uid/d/versions?limit=2&continueToken=" + token);
        assertThat(rest.json().path("versions")).hasSize(1);
        assertThat(rest.json().path("versions").get(0).path("version").asInt()).isEqualTo(1);
        assertThat(rest.json().path("continueToken").asText()).isEmpty();

        Grafana.Answer one = grafana.get("/api/dashboards/uid/d/versions/2");
        assertThat(one.json().path("data").path("title").asText()).isEqualTo("V2");
        assertThat(grafana.get("/api/dashboards/uid/d/versions/9").json().path("message").asText())
                .isEqualTo("Dashboard version not found");
        assertThat(grafana.get("/api/dashboards/uid/nope/versions").status()).isEqualTo(404);
    }

    @Test
    void upTo115TheVersionListIsABareArray() {
        try (GrafanaEmulator old = GrafanaEmulator.builder().version("11.5.0").build().start()) {
            old.dashboards().put("d", "D", null);
            JsonNode list = Grafana.bearer(old).get("/api/dashboards/uid/d/versions").json();
            assertThat(list.isArray()).isTrue();
            assertThat(list).hasSize(1);
        }
    }

    @Test
    void restore() {
        Grafana.Answer restored = grafana.post("/api/dashboards/uid/d/restore", json("{'version':1}"));
        assertThat(restored.status()).isEqualTo(200);
        assertThat(restored.json().path("version").asInt()).isEqualTo(4);
        assertThat(GRAFANA.emulator().dashboards().require("d").title()).isEqualTo("V1");
        JsonNode latest = grafana.get("/api/dashboards/uid/d/versions").json().path("versions").get(0);
        assertThat(latest.path("restoredFrom").asInt()).isEqualTo(1);
        assertThat(latest.path("message").asText()).isEqualTo("Restored from version 1");
        assertThat(grafana.post("/api/dashboards/uid/d/restore", json("{'version':4}")).status()).isEqualTo(400);
        assertThat(grafana.post("/api/dashboards/uid/d/restore", json("{'version':99}")).status()).isEqualTo(404);
        assertThat(grafana.post("/api/dashboards/uid/nope/restore", json("{'version':1}")).status()).isEqualTo(404);
    }

    @Test
    void permissionsReplaceTheWholeList() {
        JsonNode defaults = grafana.get("/api/dashboards/uid/d/permissions").json();
        assertThat(defaults).hasSize(2);
        assertThat(defaults.get(0).path("role").asText()).isEqualTo("Editor");
        Grafana.Answer set = grafana.post("/api/dashboards/uid/d/permissions", json("{'items':[{'role':'Viewer',"
                + "'permission':1},{'teamId':3,'permission':2},{'userId':7,'permission':4}]}"));
        assertThat(set.json().path("message").asText()).isEqualTo("Dashboard permissions updated");
        JsonNode now = grafana.get("/api/dashboards/uid/d/permissions").json();
        assertThat(now).hasSize(3);
        assertThat(now.get(1).path("teamId").asLong()).isEqualTo(3);
        assertThat(now.get(2).path("permissionName").asText()).isEqualTo("Admin");
        assertThat(grafana.post("/api/dashboards/uid/d/permissions", json("{'items':[{'role':'Viewer','permission':3}]}"))
                .status()).isEqualTo(400);
        assertThat(grafana.post("/api/dashboards/uid/d/permissions",
                json("{'items':[{'role':'Viewer','userId':2,'permission':1}]}")).status()).isEqualTo(400);
        assertThat(grafana.get("/api/dashboards/uid/d/permissions").json()).hasSize(3);
        assertThat(grafana.post("/api/dashboards/uid/d/permissions", json("{'items':[]}")).status()).isEqualTo(200);
        assertThat(grafana.get("/api/dashboards/uid/d/permissions").json()).isEmpty();
    }

    @Test
    void starsAndHome() {
        assertThat(grafana.post("/api/user/stars/dashboard/uid/d", "").json().path("message").asText())
                .isEqualTo("Dashboard starred!");
        assertThat(grafana.get("/api/search?starred=true").json()).hasSize(1);
        assertThat(grafana.get("/api/dashboards/uid/d").json().path("meta").path("isStarred").asBoolean()).isTrue();
        grafana.delete("/api/user/stars/dashboard/uid/d");
        assertThat(grafana.get("/api/search?starred=true").json()).isEmpty();
        assertThat(grafana.post("/api/user/stars/dashboard/uid/nope", "").status()).isEqualTo(404);

        JsonNode builtIn = grafana.get("/api/dashboards/home").json();
        assertThat(builtIn.path("meta").path("isHome").asBoolean()).isTrue();
        GRAFANA.emulator().dashboards().home("d");
        assertThat(grafana.get("/api/dashboards/home").json().path("redirectUri").asText()).isEqualTo("/d/d/v3");
    }

    @Test
    void apiKeyCreationIsGoneFrom113() {
        Grafana.Answer gone = grafana.post("/api/auth/keys", json("{'name':'k','role':'Admin'}"));
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.json().path("message").asText()).startsWith("this endpoint has been removed");
        try (GrafanaEmulator ten = GrafanaEmulator.builder().version(10).build().start()) {
            assertThat(Grafana.bearer(ten).post("/api/auth/keys", json("{'name':'k'}")).status()).isEqualTo(404);
        }
    }
}
