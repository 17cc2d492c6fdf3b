package io.github.cameldatagrok.grafana.emulator;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.cameldatagrok.grafana.emulator.Grafana.json;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code /apis/dashboard.grafana.app}: v1 and v1beta1 on 13, v1beta1 on 12, nothing before. */
class DashboardResourcesApiTest {

    private static final String V1 = "/apis/dashboard.grafana.app/v1/namespaces/default/dashboards";
    private static final String CREATE = json("{'apiVersion':'dashboard.grafana.app/v1','kind':'Dashboard',"
            + "'metadata':{'name':'ops-overview','annotations':{'grafana.app/folder':'ops','grafana.app/message':'first cut'}},"
            + "'spec':{'title':'Ops overview','schemaVersion':41,'tags':['ops'],'panels':[]}}");

    @RegisterExtension
    static GrafanaEmulatorExtension GRAFANA = GrafanaEmulatorExtension.create(b -> b.org(2, "Second"));

    private Grafana grafana;

    @BeforeEach
    void reset() {
        GRAFANA.emulator().reset();
        GRAFANA.emulator().folders().create("ops", "Ops", null, null);
        grafana = Grafana.bearer(GRAFANA.emulator());
    }

    @Test
    void createGetUpdateDelete() {
        Grafana.Answer created = grafana.post(V1, CREATE);
        assertThat(created.status()).isEqualTo(201);
        JsonNode metadata = created.json().path("metadata");
        assertThat(created.json().path("kind").asText()).isEqualTo("Dashboard");
        assertThat(created.json().path("apiVersion").asText()).isEqualTo("dashboard.grafana.app/v1");
        assertThat(metadata.path("name").asText()).isEqualTo("ops-overview");
        assertThat(metadata.path("namespace").asText()).isEqualTo("default");
        assertThat(metadata.path("generation").asInt()).isEqualTo(1);
        assertThat(metadata.path("uid").asText()).isNotEqualTo("ops-overview");
        assertThat(metadata.path("annotations").path("grafana.app/folder").asText()).isEqualTo("ops");
        assertThat(created.json().path("spec").path("title").asText()).isEqualTo("Ops overview");
        assertThat(created.json().path("spec").has("uid")).isFalse();
        String rv = metadata.path("resourceVersion").asText();

        // the same dashboard on /api
        Grafana.Answer legacy = grafana.get("/api/dashboards/uid/ops-overview");
        assertThat(legacy.json().path("dashboard").path("version").asInt()).isEqualTo(1);
        assertThat(legacy.json().path("meta").path("folderUid").asText()).isEqualTo("ops");
        assertThat(GRAFANA.emulator().dashboards().require("ops-overview").message()).isEqualTo("first cut");

        assertThat(grafana.post(V1, CREATE).status()).isEqualTo(409);
        assertThat(grafana.post(V1, CREATE).json().path("reason").asText()).isEqualTo("AlreadyExists");

        String update = json("{'apiVersion':'dashboard.grafana.app/v1','kind':'Dashboard','metadata':{'name':'ops-overview',"
                + "'resourceVersion':'" + rv + "','annotations':{'grafana.app/folder':'ops'}},"
                + "'spec':{'title':'Ops overview 2','schemaVersion':41,'panels':[]}}");
        Grafana.Answer updated = grafana.put(V1 + "/ops-overview", update);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().path("metadata").path("generation").asInt()).isEqualTo(2);
        assertThat(updated.json().path("metadata").path("resourceVersion").asText()).isNotEqualTo(rv);

        Grafana.Answer stale = grafana.put(V1 + "/ops-overview", update);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("kind").asText()).isEqualTo("Status");
        assertThat(stale.json().path("reason").asText()).isEqualTo("Conflict");
        assertThat(stale.json().path("code").asInt()).isEqualTo(409);
        assertThat(stale.json().path("details").path("name").asText()).isEqualTo("ops-overview");
        assertThat(stale.json().path("message").asText()).contains("the object has been modified");

        Grafana.Answer got = grafana.get(V1 + "/ops-overview");
        assertThat(got.json().path("spec").path("title").asText()).isEqualTo("Ops overview 2");

        Grafana.Answer deleted = grafana.delete(V1 + "/ops-overview");
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().path("status").asText()).isEqualTo("Success");
        assertThat(deleted.json().path("details").path("uid").asText()).isEqualTo(metadata.path("uid").asText());
        Grafana.Answer missing = grafana.get(V1 + "/ops-overview");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("reason").asText()).isEqualTo("NotFound");
        assertThat(missing.json().path("message").asText())
                .isEqualTo("dashboards.dashboard.grafana.app \"ops-overview\" not found");
    }

    @Test
    void aCreateWithAResourceVersionIsRefusedAndAPutToAMissingNameDoesNotCreate() {
        Grafana.Answer withRv = grafana.post(V1, json("{'metadata':{'name':'x','resourceVersion':'5'},'spec':{'title':'X'}}"));
        assertThat(withRv.status()).isEqualTo(400);
        assertThat(withRv.json().path("message").asText())
                .isEqualTo("resourceVersion should not be set on objects to be created");
        Grafana.Answer put = grafana.put(V1 + "/x", json("{'metadata':{'name':'x'},'spec':{'title':'X'}}"));
        assertThat(put.status()).isEqualTo(404);
        assertThat(GRAFANA.emulator().dashboards().size()).isZero();
        assertThat(grafana.put(V1 + "/x", json("{'metadata':{'name':'y'},'spec':{'title':'X'}}")).status())
                .isEqualTo(400);
    }

    @Test
    void generateNameAndUnconditionalUpdateAndMoves() {
        Grafana.Answer created = grafana.post(V1, json("{'metadata':{'generateName':'ops-'},'spec':{'title':'G'}}"));
        assertThat(created.status()).isEqualTo(201);
        String name = created.json().path("metadata").path("name").asText();
        assertThat(name).startsWith("ops-").hasSize(9);
        assertThat(grafana.post(V1, json("{'metadata':{'generateName':''},'spec':{'title':'G'}}")).status())
                .isEqualTo(400);
        // no resourceVersion: an unconditional update; a new folder annotation moves it, no annotation = root
        Grafana.Answer moved = grafana.put(V1 + "/" + name, json("{'metadata':{'name':'" + name
                + "','annotations':{'grafana.app/folder':'ops'}},'spec':{'title':'G'}}"));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().path("metadata").path("generation").asInt()).isEqualTo(1);
        assertThat(GRAFANA.emulator().dashboards().require(name).folderUid()).isEqualTo("ops");
        grafana.put(V1 + "/" + name, json("{'metadata':{'name':'" + name + "'},'spec':{'title':'G'}}"));
        assertThat(GRAFANA.emulator().dashboards().require(name).folderUid()).isNull();
    }

    @Test
    void listPagesFollowTheContinueToken() {
        for (int i = 0; i < 7; i++) {
            GRAFANA.emulator().dashboards().put("d" + i, "D" + i, null);
        }
        List<String> names = new ArrayList<>();
        String token = "";
        int pages = 0;
        do {
            Grafana.Answer page = grafana.get(V1 + "?limit=3" + (token.isEmpty() ? "" : "&continue=" + token));
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.json().path("kind").asText()).isEqualTo("DashboardList");
            assertThat(page.json().path("items").size()).isLessThanOrEqualTo(3);
            page.json().path("items").forEach(item -> names.add(item.path("metadata").path("name").asText()));
            token = page.json().path("metadata").path("continue").asText("");
            pages++;
        } while (!token.isEmpty());
        assertThat(names).containsExactly("d0", "d1", "d2", "d3", "d4", "d5", "d6");
        assertThat(pages).isGreaterThan(2);
        assertThat(grafana.get(V1 + "?limit=3&continue=garbage").status()).isEqualTo(400);
    }

    @Test
    void theNamespaceIsTheOrg() {
        assertThat(grafana.get("/apis/dashboard.grafana.app/v1/namespaces/org-1/dashboards").status()).isEqualTo(400);
        assertThat(grafana.get("/apis/dashboard.grafana.app/v1/namespaces/org-2/dashboards").status()).isEqualTo(403);
        Grafana user = new Grafana(GRAFANA.baseUrl(), "Basic YWRtaW46YWRtaW4=").header("X-Grafana-Org-Id", "2");
        assertThat(user.get("/apis/dashboard.grafana.app/v1/namespaces/org-2/dashboards").status()).isEqualTo(200);
        assertThat(user.get("/apis/dashboard.grafana.app/v1/namespaces/default/dashboards").status()).isEqualTo(403);
    }

    @Test
    void bodiesOfAnotherKindOrVersionAreRefused() {
        assertThat(grafana.post(V1, json("{'apiVersion':'dashboard.grafana.app/v2','metadata':{'name':'x'},"
                + "'spec':{'title':'X'}}")).status()).isEqualTo(400);
        assertThat(grafana.post(V1, json("{'kind':'Folder','metadata':{'name':'x'},'spec':{'title':'X'}}")).status())
                .isEqualTo(400);
        assertThat(grafana.post(V1, "nope").status()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10", "11"})
    void before12ThereIsNoApis(String version) {
        try (GrafanaEmulator old = GrafanaEmulator.builder().version(version).build().start()) {
            Grafana client = Grafana.bearer(old);
            assertThat(client.get("/apis/dashboard.grafana.app/v1/namespaces/default/dashboards?limit=1").status())
                    .isEqualTo(404);
            assertThat(client.get("/apis/dashboard.grafana.app/v1beta1/namespaces/default/dashboards?limit=1").status())
                    .isEqualTo(404);
        }
    }

    @Test
    void grafana12ServesOnlyV1beta1() {
        try (GrafanaEmulator twelve = GrafanaEmulator.builder().version(12).build().start()) {
            Grafana client = Grafana.bearer(twelve);
            assertThat(client.get("/apis/dashboard.grafana.app/v1/namespaces/default/dashboards?limit=1").status())
                    .isEqualTo(404);
            Grafana.Answer beta = client.get("/apis/dashboard.grafana.app/v1beta1/namespaces/default/dashboards?limit=1");
            assertThat(beta.status()).isEqualTo(200);
            assertThat(beta.json().path("apiVersion").asText()).isEqualTo("dashboard.grafana.app/v1beta1");
        }
        assertThat(grafana.get("/apis/dashboard.grafana.app/v1beta1/namespaces/default/dashboards?limit=1").status())
                .isEqualTo(200);
    }
}
