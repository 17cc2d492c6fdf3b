package io.github.cameldatagrok.grafana.emulator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.cameldatagrok.grafana.emulator.Grafana.json;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/dashboards/db}, get and delete on the default version (13.2.1, legacy save rebuilt: 409). */
class LegacyDashboardsTest {

    @RegisterExtension
    static GrafanaEmulatorExtension GRAFANA = GrafanaEmulatorExtension.create();

    private Grafana grafana;

    @BeforeEach
    void reset() {
        GRAFANA.emulator().reset();
        grafana = Grafana.bearer(GRAFANA.emulator());
    }

    @Test
    void createGetUpdateDelete() {
        GRAFANA.emulator().folders().create("fef30w4jaxla8b", "Ops", null, null);
        Grafana.Answer created = grafana.post("/api/dashboards/db", json("{'dashboard':{'id':null,'uid':'ops-overview',"
                + "'title':'Ops overview','tags':['ops'],'schemaVersion':41,'version':0,'panels':[]},"
                + "'folderUid':'fef30w4jaxla8b','message':'created by camel','overwrite':false}"));
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().path("uid").asText()).isEqualTo("ops-overview");
        assertThat(created.json().path("status").asText()).isEqualTo("success");
        assertThat(created.json().path("version").asInt()).isEqualTo(1);
        assertThat(created.json().path("slug").asText()).isEqualTo("ops-overview");
        assertThat(created.json().path("url").asText()).isEqualTo("/d/ops-overview/ops-overview");
        assertThat(created.json().path("folderUid").asText()).isEqualTo("fef30w4jaxla8b");
        long id = created.json().path("id").asLong();

        Grafana.Answer got = grafana.get("/api/dashboards/uid/ops-overview");
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.json().path("dashboard").path("id").asLong()).isEqualTo(id);
        assertThat(got.json().path("dashboard").path("version").asInt()).isEqualTo(1);
        assertThat(got.json().path("dashboard").path("tags").get(0).asText()).isEqualTo("ops");
        assertThat(got.json().path("meta").path("folderUid").asText()).isEqualTo("fef30w4jaxla8b");
        assertThat(got.json().path("meta").path("folderTitle").asText()).isEqualTo("Ops");
        assertThat(got.json().path("meta").path("type").asText()).isEqualTo("db");

        Grafana.Answer updated = grafana.post("/api/dashboards/db", json("{'dashboard':{'uid':'ops-overview',"
                + "'title':'Ops overview v2','version':1},'folderUid':'fef30w4jaxla8b'}"));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().path("version").asInt()).isEqualTo(2);
        assertThat(updated.json().path("id").asLong()).isEqualTo(id);

        Grafana.Answer deleted = grafana.delete("/api/dashboards/uid/ops-overview");
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().path("title").asText()).isEqualTo("Ops overview v2");
        assertThat(deleted.json().path("message").asText()).isEqualTo("Dashboard Ops overview v2 deleted");
        assertThat(deleted.json().path("uid").asText()).isEqualTo("ops-overview");
        assertThat(deleted.json().has("id")).isFalse();

        Grafana.Answer gone = grafana.get("/api/dashboards/uid/ops-overview");
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.json().path("message").asText()).isEqualTo("Dashboard not found");
        assertThat(grafana.delete("/api/dashboards/uid/ops-overview").status()).isEqualTo(404);
    }

    @Test
    void aSaveWithoutFolderUidMovesTheDashboardToTheRoot() {
        GRAFANA.emulator().folders().create("ops", "Ops", null, null);
        GRAFANA.emulator().dashboards().put("d1", "D1", "ops");
        Grafana.Answer saved = grafana.post("/api/dashboards/db",
                json("{'dashboard':{'uid':'d1','title':'D1','version':1}}"));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().path("folderUid").asText()).isEmpty();
        assertThat(GRAFANA.emulator().dashboards().require("d1").folderUid()).isNull();
    }

    @Test
    void aStaleVersionIsAConflict409AfterTheRebuild() {
        GRAFANA.emulator().dashboards().put("d1", "D1", null);
        Grafana.Answer stale = grafana.post("/api/dashboards/db",
                json("{'dashboard':{'uid':'d1','title':'D1','version':7}}"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("message").asText())
                .isEqualTo("Dashboard already exists. Use overwrite flag to update.");
        Grafana.Answer missing = grafana.post("/api/dashboards/db", json("{'dashboard':{'uid':'d1','title':'D1'}}"));
        assertThat(missing.status()).isEqualTo(409);
        Grafana.Answer overwritten = grafana.post("/api/dashboards/db",
                json("{'dashboard':{'uid':'d1','title':'D1'},'overwrite':true}"));
        assertThat(overwritten.status()).isEqualTo(200);
        assertThat(overwritten.json().path("version").asInt()).isEqualTo(2);
    }

    @Test
    void overwriteInsideTheDashboardIsNotTheFlag() {
        GRAFANA.emulator().dashboards().put("d1", "D1", null);
        assertThat(grafana.post("/api/dashboards/db",
                json("{'dashboard':{'uid':'d1','title':'D1','overwrite':true}}")).status()).isEqualTo(409);
    }

    @Test
    void badBodiesAreRefused() {
        Grafana.Answer empty = grafana.post("/api/dashboards/db", json("{'dashboard':{'title':''}}"));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().path("message").asText()).isEqualTo("Dashboard title cannot be empty");
        assertThat(empty.json().path("status").asText()).isEqualTo("empty-name");

        Grafana.Answer longUid = grafana.post("/api/dashboards/db",
                json("{'dashboard':{'title':'x','uid':'" + "u".repeat(41) + "'}}"));
        assertThat(longUid.status()).isEqualTo(400);
        assertThat(longUid.json().path("message").asText()).isEqualTo("uid too long, max 40 characters");

        Grafana.Answer badUid = grafana.post("/api/dashboards/db", json("{'dashboard':{'title':'x','uid':'a/b'}}"));
        assertThat(badUid.json().path("message").asText()).isEqualTo("uid contains illegal characters");

        assertThat(grafana.post("/api/dashboards/db", "{not json").status()).isEqualTo(400);
        assertThat(grafana.post("/api/dashboards/db", "{not json").json().path("message").asText())
                .isEqualTo("bad request data");
        assertThat(grafana.post("/api/dashboards/db", json("{'title':'no wrapper'}")).status()).isEqualTo(400);

        Grafana.Answer noFolder = grafana.post("/api/dashboards/db",
                json("{'dashboard':{'title':'x'},'folderUid':'nope'}"));
        assertThat(noFolder.status()).isEqualTo(400);
        assertThat(GRAFANA.emulator().dashboards().size()).isZero();
    }

    @Test
    void unknownIdIsNotFoundAndIdAndUidMustAgree() {
        Grafana.Answer unknown = grafana.post("/api/dashboards/db", json("{'dashboard':{'id':999,'title':'x'}}"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("message").asText()).isEqualTo("Dashboard not found");
        long first = GRAFANA.emulator().dashboards().put("a", "A", null).id();
        GRAFANA.emulator().dashboards().put("b", "B", null);
        Grafana.Answer clash = grafana.post("/api/dashboards/db",
                json("{'dashboard':{'id':" + first + ",'uid':'b','title':'A'},'overwrite':true}"));
        assertThat(clash.status()).isEqualTo(400);
        assertThat(clash.json().path("message").asText()).isEqualTo("A dashboard with the same uid already exists");
    }

    @Test
    void aNewDashboardWithoutUidGetsOneAndEqualTitlesAreAllowed() {
        Grafana.Answer first = grafana.post("/api/dashboards/db", json("{'dashboard':{'title':'Same'}}"));
        Grafana.Answer second = grafana.post("/api/dashboards/db", json("{'dashboard':{'title':'Same'}}"));
        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(first.json().path("uid").asText()).matches("[a-f][a-z0-9]{13}")
                .isNotEqualTo(second.json().path("uid").asText());
        assertThat(GRAFANA.emulator().dashboards().size()).isEqualTo(2);
    }

    @Test
    void provisionedAndPluginDashboards() {
        GRAFANA.emulator().dashboards().put("prov", "Provisioned", null);
        GRAFANA.emulator().dashboards().markProvisioned("prov");
        Grafana.Answer save = grafana.post("/api/dashboards/db",
                json("{'dashboard':{'uid':'prov','title':'P'},'overwrite':true}"));
        assertThat(save.status()).isEqualTo(400);
        assertThat(save.json().path("message").asText()).isEqualTo("Cannot save provisioned dashboard");
        assertThat(grafana.delete("/api/dashboards/uid/prov").status()).isEqualTo(400);

        GRAFANA.emulator().dashboards().put("plug", "Plugin", null);
        GRAFANA.emulator().dashboards().markPluginDashboard("plug", "grafana-piechart-panel");
        Grafana.Answer plugin = grafana.post("/api/dashboards/db",
                json("{'dashboard':{'uid':'plug','title':'Plugin','version':1}}"));
        assertThat(plugin.status()).isEqualTo(412);
        assertThat(plugin.json().path("status").asText()).isEqualTo("plugin-dashboard");
        assertThat(grafana.post("/api/dashboards/db",
                json("{'dashboard':{'uid':'plug','title':'Plugin'},'overwrite':true}")).status()).isEqualTo(200);
    }

    @Test
    void slugRoutesAreGone() {
        GRAFANA.emulator().dashboards().put("d1", "D1", null);
        Grafana.Answer slug = grafana.get("/api/dashboards/db/d1");
        assertThat(slug.status()).isEqualTo(404);
        assertThat(slug.json().path("message").asText()).isEqualTo("Not found");
    }

    @Test
    void deletingAFolderUidThroughTheDashboardRouteIsRefused() {
        GRAFANA.emulator().folders().create("f1", "F1", null, null);
        assertThat(grafana.delete("/api/dashboards/uid/f1").status()).isEqualTo(400);
        assertThat(GRAFANA.emulator().folders().find("f1")).isPresent();
    }
}
