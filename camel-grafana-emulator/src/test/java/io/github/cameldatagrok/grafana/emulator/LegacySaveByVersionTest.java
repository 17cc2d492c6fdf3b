package io.github.cameldatagrok.grafana.emulator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.cameldatagrok.grafana.emulator.Grafana.json;
import static org.assertj.core.api.Assertions.assertThat;

/** What the legacy save answers differently per Grafana release. */
class LegacySaveByVersionTest {

    private static GrafanaEmulator start(String version) {
        return GrafanaEmulator.builder().version(version).build().start();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10", "11.2.0", "11", "12", "13.0.1"})
    void aStaleVersionIs412VersionMismatchUpTo1301(String version) {
        try (GrafanaEmulator emulator = start(version)) {
            emulator.dashboards().put("d1", "D1", null);
            Grafana.Answer stale = Grafana.bearer(emulator).post("/api/dashboards/db",
                    json("{'dashboard':{'uid':'d1','title':'D1','version':5}}"));
            assertThat(stale.status()).isEqualTo(412);
            assertThat(stale.json().path("status").asText()).isEqualTo("version-mismatch");
            assertThat(stale.json().path("message").asText()).isEqualTo("The dashboard has been changed by someone else");
            Grafana.Answer unknownId = Grafana.bearer(emulator).post("/api/dashboards/db",
                    json("{'dashboard':{'id':12345,'title':'x'}}"));
            assertThat(unknownId.status()).isEqualTo(404);
            assertThat(unknownId.json().path("status").asText()).isEqualTo("not-found");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"10", "11.2.0"})
    void upTo112ASameTitleInTheSameFolderIsNameExists(String version) {
        try (GrafanaEmulator emulator = start(version)) {
            Grafana grafana = Grafana.bearer(emulator);
            emulator.dashboards().put("a", "Same", null);
            Grafana.Answer clash = grafana.post("/api/dashboards/db", json("{'dashboard':{'uid':'b','title':'Same'}}"));
            assertThat(clash.status()).isEqualTo(412);
            assertThat(clash.json().path("status").asText()).isEqualTo("name-exists");
            assertThat(clash.json().path("message").asText())
                    .isEqualTo("A dashboard with the same name in the folder already exists");
            // another folder is fine
            emulator.folders().create("f", "F", null, null);
            assertThat(grafana.post("/api/dashboards/db",
                    json("{'dashboard':{'uid':'b','title':'Same'},'folderUid':'f'}")).status()).isEqualTo(200);
            // overwrite takes the same-title dashboard over: no duplicate
            Grafana.Answer takeover = grafana.post("/api/dashboards/db",
                    json("{'dashboard':{'title':'Same','rows':[]},'overwrite':true}"));
            assertThat(takeover.status()).isEqualTo(200);
            assertThat(takeover.json().path("uid").asText()).isEqualTo("a");
            assertThat(takeover.json().path("version").asInt()).isEqualTo(2);
            assertThat(emulator.dashboards().size()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"11.3.0", "12", "13"})
    void from113EqualTitlesAreDuplicates(String version) {
        try (GrafanaEmulator emulator = start(version)) {
            emulator.dashboards().put("a", "Same", null);
            Grafana.Answer duplicate = Grafana.bearer(emulator).post("/api/dashboards/db",
                    json("{'dashboard':{'title':'Same'},'overwrite':true}"));
            assertThat(duplicate.status()).isEqualTo(200);
            assertThat(duplicate.json().path("uid").asText()).isNotEqualTo("a");
            assertThat(emulator.dashboards().size()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"10", "11"})
    void upTo11TheDeleteAnswerHasTheIdAnd10HasNoFolderUidInTheSaveAnswer(String version) {
        try (GrafanaEmulator emulator = start(version)) {
            Grafana grafana = Grafana.bearer(emulator);
            Grafana.Answer saved = grafana.post("/api/dashboards/db", json("{'dashboard':{'uid':'d','title':'D'}}"));
            assertThat(saved.json().has("folderUid")).isEqualTo(!version.equals("10"));
            Grafana.Answer deleted = grafana.delete("/api/dashboards/uid/d");
            assertThat(deleted.json().path("id").asLong()).isEqualTo(saved.json().path("id").asLong());
            assertThat(deleted.json().has("uid")).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"10", "11", "12"})
    void numericIdRoutesAnswerBefore13(String version) {
        try (GrafanaEmulator emulator = start(version)) {
            long id = emulator.dashboards().put("d", "D", null).id();
            assertThat(Grafana.bearer(emulator).get("/api/dashboards/id/" + id + "/permissions").status())
                    .isEqualTo(200);
        }
        try (GrafanaEmulator emulator = start("13")) {
            long id = emulator.dashboards().put("d", "D", null).id();
            assertThat(Grafana.bearer(emulator).get("/api/dashboards/id/" + id + "/permissions").status())
                    .isEqualTo(404);
        }
    }
}
