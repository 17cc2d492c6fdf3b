package io.github.cameldatagrok.grafana.emulator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.cameldatagrok.grafana.emulator.Grafana.json;
import static org.assertj.core.api.Assertions.assertThat;

class FoldersApiTest {

    @RegisterExtension
    static GrafanaEmulatorExtension GRAFANA = GrafanaEmulatorExtension.create();

    private Grafana grafana;

    @BeforeEach
    void reset() {
        GRAFANA.emulator().reset();
        grafana = Grafana.bearer(GRAFANA.emulator());
    }

    @Test
    void createGetListUpdateDelete() {
        Grafana.Answer created = grafana.post("/api/folders", json("{'uid':'ops','title':'Ops','description':'d'}"));
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().path("uid").asText()).isEqualTo("ops");
        assertThat(created.json().path("version").asInt()).isEqualTo(1);
        assertThat(created.json().path("url").asText()).isEqualTo("/dashboards/f/ops/ops");

        Grafana.Answer duplicate = grafana.post("/api/folders", json("{'uid':'ops','title':'Other'}"));
        assertThat(duplicate.status()).isEqualTo(409);

        assertThat(grafana.post("/api/folders", json("{'uid':'child','title':'Child','parentUid':'ops'}")).status())
                .isEqualTo(200);
        Grafana.Answer child = grafana.get("/api/folders/child");
        assertThat(child.json().path("parentUid").asText()).isEqualTo("ops");
        assertThat(child.json().path("parents").get(0).path("uid").asText()).isEqualTo("ops");

        Grafana.Answer roots = grafana.get("/api/folders");
        assertThat(roots.json()).hasSize(1);
        assertThat(roots.json().get(0).path("uid").asText()).isEqualTo("ops");
        assertThat(grafana.get("/api/folders?parentUid=ops").json().get(0).path("uid").asText()).isEqualTo("child");

        Grafana.Answer stale = grafana.put("/api/folders/ops", json("{'title':'Ops 2','version':7}"));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().path("status").asText()).isEqualTo("version-mismatch");
        assertThat(stale.json().path("message").asText()).isEqualTo("The folder has been changed by someone else");
        Grafana.Answer updated = grafana.put("/api/folders/ops", json("{'title':'Ops 2','version':1}"));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().path("version").asInt()).isEqualTo(2);
        assertThat(updated.json().path("title").asText()).isEqualTo("Ops 2");

        GRAFANA.emulator().dashboards().put("inside", "Inside", "child");
        GRAFANA.emulator().dashboards().put("outside", "Outside", null);
        Grafana.Answer deleted = grafana.delete("/api/folders/ops");
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().path("message").asText()).isEqualTo("Folder deleted");
        assertThat(deleted.json().path("title").asText()).isEqualTo("Ops 2");
        assertThat(GRAFANA.emulator().folders().find("child")).isEmpty();
        assertThat(GRAFANA.emulator().dashboards().find("inside")).isEmpty();
        assertThat(GRAFANA.emulator().dashboards().find("outside")).isPresent();

        Grafana.Answer missing = grafana.get("/api/folders/ops");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("message").asText()).isEqualTo("folder not found");
        assertThat(grafana.delete("/api/folders/ops").status()).isEqualTo(404);
    }

    @Test
    void moveAndBadInput() {
        GRAFANA.emulator().folders().create("a", "A", null, null);
        GRAFANA.emulator().folders().create("b", "B", null, null);
        Grafana.Answer moved = grafana.post("/api/folders/b/move", json("{'parentUid':'a'}"));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().path("parentUid").asText()).isEqualTo("a");
        assertThat(grafana.post("/api/folders/a/move", json("{'parentUid':'b'}")).status()).isEqualTo(400);
        assertThat(grafana.post("/api/folders/b/move", json("{'parentUid':''}")).json().has("parentUid")).isFalse();
        assertThat(grafana.post("/api/folders", json("{'title':''}")).status()).isEqualTo(400);
        assertThat(grafana.post("/api/folders", json("{'title':'x','parentUid':'nope'}")).status()).isEqualTo(400);
        assertThat(grafana.post("/api/folders/nope/move", json("{'parentUid':''}")).status()).isEqualTo(404);
    }

    @Test
    void upTo112SiblingFoldersHaveUniqueTitles() {
        try (GrafanaEmulator old = GrafanaEmulator.builder().version("11.2.0").build().start()) {
            Grafana client = Grafana.bearer(old);
            assertThat(client.post("/api/folders", json("{'title':'Same'}")).status()).isEqualTo(200);
            assertThat(client.post("/api/folders", json("{'title':'Same'}")).status()).isEqualTo(409);
        }
        assertThat(grafana.post("/api/folders", json("{'title':'Same'}")).status()).isEqualTo(200);
        assertThat(grafana.post("/api/folders", json("{'title':'Same'}")).status()).isEqualTo(200);
    }
}
