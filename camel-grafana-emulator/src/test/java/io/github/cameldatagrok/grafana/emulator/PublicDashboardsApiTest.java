package io.github.cameldatagrok.grafana.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.cameldatagrok.grafana.emulator.Grafana.json;
import static org.assertj.core.api.Assertions.assertThat;

class PublicDashboardsApiTest {

    private static final String P = "/api/dashboards/uid/ops-overview/public-dashboards";

    @RegisterExtension
    static GrafanaEmulatorExtension GRAFANA = GrafanaEmulatorExtension.create(b -> b.version(10).org(2, "Second"));

    private Grafana grafana;

    @BeforeEach
    void reset() {
        GRAFANA.emulator().reset();
        GRAFANA.emulator().dashboards().put("ops-overview", "Ops overview", null);
        grafana = Grafana.bearer(GRAFANA.emulator());
    }

    @Test
    void createGetPatchViewDelete() {
        Grafana.Answer created = grafana.post(P, json("{'isEnabled':true,'share':'public'}"));
        assertThat(created.status()).isEqualTo(200);
        JsonNode config = created.json();
        assertThat(config.path("dashboardUid").asText()).isEqualTo("ops-overview");
        assertThat(config.path("accessToken").asText()).matches("[0-9a-f]{32}");
        assertThat(config.path("isEnabled").asBoolean()).isTrue();
        assertThat(config.path("annotationsEnabled").asBoolean()).isFalse();
        String uid = config.path("uid").asText();

        Grafana.Answer again = grafana.post(P, "{}");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().path("messageId").asText()).isEqualTo("publicdashboards.dashboardIsPublic");
        assertThat(again.json().path("message").asText()).isEqualTo("Dashboard is already public");
        assertThat(again.json().path("statusCode").asInt()).isEqualTo(400);

        assertThat(grafana.get(P).json().path("uid").asText()).isEqualTo(uid);

        String view = "/api/public/dashboards/" + config.path("accessToken").asText();
        Grafana.Answer viewed = Grafana.anonymous(GRAFANA.emulator()).get(view);
        assertThat(viewed.status()).isEqualTo(200);
        assertThat(viewed.json().path("dashboard").path("uid").asText()).isEqualTo("ops-overview");

        Grafana.Answer paused = grafana.patch(P + "/" + uid, json("{'isEnabled':false}"));
        assertThat(paused.status()).isEqualTo(200);
        assertThat(paused.json().path("isEnabled").asBoolean()).isFalse();
        assertThat(paused.json().path("share").asText()).isEqualTo("public");
        Grafana.Answer pausedView = Grafana.anonymous(GRAFANA.emulator()).get(view);
        assertThat(pausedView.status()).isEqualTo(403);
        assertThat(pausedView.json().path("messageId").asText()).isEqualTo("publicdashboards.notEnabled");

        Grafana.Answer deleted = grafana.delete(P + "/" + uid);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.text()).isEmpty();
        Grafana.Answer gone = grafana.get(P);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.json().path("messageId").asText()).isEqualTo("publicdashboards.notFound");
        assertThat(grafana.delete(P + "/" + uid).status()).isEqualTo(404);
    }

    @Test
    void badInput() {
        Grafana.Answer noDashboard = grafana.post("/api/dashboards/uid/nope/public-dashboards", "{}");
        assertThat(noDashboard.status()).isEqualTo(404);
        assertThat(noDashboard.json().path("messageId").asText()).isEqualTo("publicdashboards.dashboardNotFound");
        assertThat(grafana.post(P, json("{'accessToken':'not-a-uuid'}")).json().path("messageId").asText())
                .isEqualTo("publicdashboards.invalidAccessToken");
        assertThat(grafana.post(P, json("{'share':'everyone'}")).json().path("messageId").asText())
                .isEqualTo("publicdashboards.invalidShareType");
        Grafana.Answer large = grafana.post(P, json("{'x':'" + "a".repeat(11 * 1024) + "'}"));
        assertThat(large.status()).isEqualTo(400);
        assertThat(large.json().path("messageId").asText()).isEqualTo("publicdashboards.badRequest");
        assertThat(grafana.post(P, "{oops").json().path("messageId").asText()).isEqualTo("publicdashboards.badRequest");
        assertThat(GRAFANA.emulator().org(1).publicDashboards().all()).isEmpty();
    }

    @Test
    void theListIsPagedWithATotal() {
        for (int i = 0; i < 5; i++) {
            GRAFANA.emulator().dashboards().put("d" + i, "D" + i, null);
            grafana.post("/api/dashboards/uid/d" + i + "/public-dashboards", "{}");
        }
        Grafana.Answer page = grafana.get("/api/dashboards/public-dashboards?perpage=2&page=3");
        assertThat(page.json().path("totalCount").asInt()).isEqualTo(5);
        assertThat(page.json().path("page").asInt()).isEqualTo(3);
        assertThat(page.json().path("perPage").asInt()).isEqualTo(2);
        assertThat(page.json().path("publicDashboards")).hasSize(1);
        assertThat(page.json().path("publicDashboards").get(0).path("dashboardUid").asText()).isEqualTo("d4");
        assertThat(grafana.get("/api/dashboards/public-dashboards?perpage=0").json().path("perPage").asInt())
                .isEqualTo(1000);
        assertThat(grafana.get("/api/dashboards/public-dashboards?query=D1").json().path("totalCount").asInt())
                .isEqualTo(1);
        grafana.delete("/api/dashboards/uid/d0");
        assertThat(grafana.get("/api/dashboards/public-dashboards").json().path("totalCount").asInt()).isEqualTo(4);
    }

    @Test
    void theAnonymousViewFindsAPublicDashboardOfAnyOrg() {
        GRAFANA.emulator().org(2).dashboards().put("second", "Second", null);
        Grafana user = new Grafana(GRAFANA.baseUrl(), "Basic YWRtaW46YWRtaW4=").header("X-Grafana-Org-Id", "2");
        String token = user.post("/api/dashboards/uid/second/public-dashboards", json("{'isEnabled':true}")).json()
                .path("accessToken").asText();
        Grafana.Answer viewed = Grafana.anonymous(GRAFANA.emulator()).get("/api/public/dashboards/" + token);
        assertThat(viewed.status()).isEqualTo(200);
        assertThat(viewed.json().path("dashboard").path("uid").asText()).isEqualTo("second");
        assertThat(Grafana.anonymous(GRAFANA.emulator()).get("/api/public/dashboards/" + "0".repeat(32)).status())
                .isEqualTo(404);
    }
}
