package io.github.cameldatagrok.grafana.emulator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.cameldatagrok.grafana.emulator.Grafana.json;
import static org.assertj.core.api.Assertions.assertThat;

class SnapshotsApiTest {

    @RegisterExtension
    static GrafanaEmulatorExtension GRAFANA = GrafanaEmulatorExtension.create();

    private Grafana grafana;

    @BeforeEach
    void reset() {
        GRAFANA.emulator().reset();
        grafana = Grafana.bearer(GRAFANA.emulator());
    }

    @Test
    void createGetListDelete() {
        Grafana.Answer created = grafana.post("/api/snapshots",
                json("{'dashboard':{'title':'Ops','panels':[{'id':1,'snapshotData':[]}]},'name':'ops snap','expires':3600}"));
        assertThat(created.status()).isEqualTo(200);
        String key = created.json().path("key").asText();
        String deleteKey = created.json().path("deleteKey").asText();
        assertThat(created.json().path("url").asText()).isEqualTo(GRAFANA.baseUrl() + "/dashboard/snapshot/" + key);
        assertThat(created.json().path("deleteUrl").asText())
                .isEqualTo(GRAFANA.baseUrl() + "/api/snapshots-delete/" + deleteKey);

        Grafana.Answer got = grafana.get("/api/snapshots/" + key);
        assertThat(got.json().path("meta").path("isSnapshot").asBoolean()).isTrue();
        assertThat(got.json().path("dashboard").path("title").asText()).isEqualTo("Ops");
        assertThat(grafana.get("/api/dashboard/snapshots?query=ops").json().get(0).path("key").asText()).isEqualTo(key);

        Grafana.Answer deleted = grafana.delete("/api/snapshots/" + key);
        assertThat(deleted.json().path("message").asText()).startsWith("Snapshot deleted.");
        assertThat(grafana.get("/api/snapshots/" + key).status()).isEqualTo(404);
    }

    @Test
    void theDeleteLinkNeedsNoCredentials() {
        Grafana.Answer created = grafana.post("/api/snapshots", json("{'dashboard':{'title':'Ops'},'key':'k1','deleteKey':'d1'}"));
        assertThat(created.json().path("key").asText()).isEqualTo("k1");
        assertThat(Grafana.anonymous(GRAFANA.emulator()).get("/api/snapshots/k1").status()).isEqualTo(401);
        Grafana.Answer deleted = Grafana.anonymous(GRAFANA.emulator()).get("/api/snapshots-delete/d1");
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(Grafana.anonymous(GRAFANA.emulator()).get("/api/snapshots-delete/d1").status()).isEqualTo(404);
    }

    @Test
    void badInput() {
        assertThat(grafana.post("/api/snapshots", json("{'name':'no dashboard'}")).status()).isEqualTo(400);
        assertThat(grafana.post("/api/snapshots", json("{'dashboard':{},'external':true,'key':'k','deleteKey':'d'}"))
                .status()).isEqualTo(403);
        grafana.post("/api/snapshots", json("{'dashboard':{},'key':'same'}"));
        assertThat(grafana.post("/api/snapshots", json("{'dashboard':{},'key':'same'}")).status()).isEqualTo(400);
    }
}
