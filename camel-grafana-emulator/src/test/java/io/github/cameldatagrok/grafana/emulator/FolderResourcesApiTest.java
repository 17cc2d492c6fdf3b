package io.github.cameldatagrok.grafana.emulator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.cameldatagrok.grafana.emulator.Grafana.json;
import static org.assertj.core.api.Assertions.assertThat;

class FolderResourcesApiTest {

    private static final String V1 = "/apis/folder.grafana.app/v1/namespaces/default/folders";

    @RegisterExtension
    static GrafanaEmulatorExtension GRAFANA = GrafanaEmulatorExtension.create();

    private Grafana grafana;

    @BeforeEach
    void reset() {
        GRAFANA.emulator().reset();
        grafana = Grafana.bearer(GRAFANA.emulator());
    }

    @Test
    void createGetMoveDelete() {
        Grafana.Answer parent = grafana.post(V1, json("{'metadata':{'name':'ops'},'spec':{'title':'Ops'}}"));
        assertThat(parent.status()).isEqualTo(201);
        assertThat(parent.json().path("kind").asText()).isEqualTo("Folder");
        assertThat(parent.json().path("spec").path("title").asText()).isEqualTo("Ops");
        assertThat(grafana.post(V1, json("{'metadata':{'name':'ops'},'spec':{'title':'Ops'}}")).json()
                .path("reason").asText()).isEqualTo("AlreadyExists");

        Grafana.Answer child = grafana.post(V1, json("{'metadata':{'name':'child','annotations':"
                + "{'grafana.app/folder':'ops'}},'spec':{'title':'Child','description':'d'}}"));
        assertThat(child.status()).isEqualTo(201);
        assertThat(GRAFANA.emulator().folders().require("child").parentUid()).isEqualTo("ops");
        // the legacy view of the same folder
        assertThat(grafana.get("/api/folders/child").json().path("parentUid").asText()).isEqualTo("ops");

        String rv = child.json().path("metadata").path("resourceVersion").asText();
        Grafana.Answer moved = grafana.put(V1 + "/child", json("{'metadata':{'name':'child','resourceVersion':'" + rv
                + "'},'spec':{'title':'Child 2'}}"));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().path("metadata").path("annotations").has("grafana.app/folder")).isFalse();
        assertThat(GRAFANA.emulator().folders().require("child").parentUid()).isNull();
        Grafana.Answer stale = grafana.put(V1 + "/child", json("{'metadata':{'name':'child','resourceVersion':'" + rv
                + "'},'spec':{'title':'Child 3'}}"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("reason").asText()).isEqualTo("Conflict");

        GRAFANA.emulator().dashboards().put("inside", "Inside", "ops");
        Grafana.Answer deleted = grafana.delete(V1 + "/ops");
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().path("kind").asText()).isEqualTo("Folder");
        assertThat(GRAFANA.emulator().dashboards().find("inside")).isEmpty();
        assertThat(grafana.get(V1 + "/ops").status()).isEqualTo(404);
        assertThat(grafana.get(V1).json().path("items")).hasSize(1);
    }

    @Test
    void onlyFrom12() {
        try (GrafanaEmulator eleven = GrafanaEmulator.builder().version(11).build().start()) {
            assertThat(Grafana.bearer(eleven).get("/apis/folder.grafana.app/v1beta1/namespaces/default/folders")
                    .status()).isEqualTo(404);
        }
        try (GrafanaEmulator twelve = GrafanaEmulator.builder().version(12).build().start()) {
            Grafana client = Grafana.bearer(twelve);
            assertThat(client.get("/apis/folder.grafana.app/v1beta1/namespaces/default/folders").status())
                    .isEqualTo(200);
            assertThat(client.get("/apis/folder.grafana.app/v1/namespaces/default/folders").status()).isEqualTo(404);
        }
    }
}
