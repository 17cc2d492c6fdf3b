package io.github.cameldatagrok.grafana.emulator;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class SearchApiTest {

    @RegisterExtension
    static GrafanaEmulatorExtension GRAFANA = GrafanaEmulatorExtension.create();

    @BeforeAll
    static void seed() {
        GrafanaEmulator grafana = GRAFANA.emulator();
        grafana.folders().create("ops", "Ops", null, null);
        grafana.dashboards().put("ops-overview", "Ops overview", "ops", "ops", "prod");
        grafana.dashboards().put("ops-latency", "Latency", "ops", "ops");
        grafana.dashboards().put("sales", "Sales", null, "prod");
        grafana.dashboards().star("sales", true);
    }

    private static List<String> uids(String query) {
        Grafana.Answer answer = Grafana.bearer(GRAFANA.emulator()).get("/api/search" + query);
        assertThat(answer.status()).isEqualTo(200);
        List<String> uids = new ArrayList<>();
        answer.json().forEach(hit -> uids.add(hit.path("uid").asText()));
        return uids;
    }

    @Test
    void filters() {
        assertThat(uids("")).containsExactly("ops-latency", "ops", "ops-overview", "sales");
        assertThat(uids("?type=dash-db")).containsExactly("ops-latency", "ops-overview", "sales");
        assertThat(uids("?type=dash-folder")).containsExactly("ops");
        assertThat(uids("?query=OPS")).containsExactly("ops", "ops-overview");
        assertThat(uids("?tag=ops&tag=prod")).containsExactly("ops-overview");
        assertThat(uids("?tag=prod")).containsExactly("ops-overview", "sales");
        assertThat(uids("?starred=true")).containsExactly("sales");
        assertThat(uids("?folderUIDs=ops")).containsExactly("ops-latency", "ops-overview");
        assertThat(uids("?folderUIDs=")).containsExactly("ops", "sales");
        assertThat(uids("?folderUIDs=general&type=dash-db")).containsExactly("sales");
        assertThat(uids("?dashboardUIDs=sales&dashboardUIDs=ops-latency")).containsExactly("ops-latency", "sales");
        assertThat(uids("?sort=alpha-desc&type=dash-db")).containsExactly("sales", "ops-overview", "ops-latency");
    }

    @Test
    void hitsCarryTheirFolder() {
        JsonNode hits = Grafana.bearer(GRAFANA.emulator()).get("/api/search?query=overview").json();
        JsonNode hit = hits.get(0);
        assertThat(hit.path("type").asText()).isEqualTo("dash-db");
        assertThat(hit.path("url").asText()).isEqualTo("/d/ops-overview/ops-overview");
        assertThat(hit.path("uri").asText()).isEqualTo("db/ops-overview");
        assertThat(hit.path("folderUid").asText()).isEqualTo("ops");
        assertThat(hit.path("folderTitle").asText()).isEqualTo("Ops");
        assertThat(hit.path("folderUrl").asText()).isEqualTo("/dashboards/f/ops/ops");
        assertThat(hit.path("tags")).hasSize(2);
        JsonNode root = Grafana.bearer(GRAFANA.emulator()).get("/api/search?query=sales").json().get(0);
        assertThat(root.has("folderUid")).isFalse();
        assertThat(root.path("isStarred").asBoolean()).isTrue();
    }

    @Test
    void pagingAndLimits() {
        assertThat(uids("?type=dash-db&limit=2&page=1")).containsExactly("ops-latency", "ops-overview");
        assertThat(uids("?type=dash-db&limit=2&page=2")).containsExactly("sales");
        assertThat(uids("?type=dash-db&limit=2&page=3")).isEmpty();
        assertThat(uids("?type=dash-db&limit=abc")).hasSize(3);
        assertThat(uids("?type=dash-db&limit=5000")).hasSize(3);
        Grafana.Answer tooMany = Grafana.bearer(GRAFANA.emulator()).get("/api/search?limit=5001");
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.json().path("message").asText()).isEqualTo(
                "Limit is above maximum allowed (5000), use page parameter to access hits beyond limit");
    }

    @Test
    void tags() {
        JsonNode tags = Grafana.bearer(GRAFANA.emulator()).get("/api/dashboards/tags").json();
        assertThat(tags.toString()).isEqualTo("[{\"term\":\"ops\",\"count\":2},{\"term\":\"prod\",\"count\":2}]");
    }
}
