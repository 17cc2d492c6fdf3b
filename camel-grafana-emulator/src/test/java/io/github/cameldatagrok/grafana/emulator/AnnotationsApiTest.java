package io.github.cameldatagrok.grafana.emulator;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.cameldatagrok.grafana.emulator.Grafana.json;
import static org.assertj.core.api.Assertions.assertThat;

class AnnotationsApiTest {

    @RegisterExtension
    static GrafanaEmulatorExtension GRAFANA = GrafanaEmulatorExtension.create();

    private Grafana grafana;

    @BeforeEach
    void reset() {
        GRAFANA.emulator().reset();
        GRAFANA.emulator().dashboards().put("ops-overview", "Ops overview", null);
        grafana = Grafana.bearer(GRAFANA.emulator());
    }

    private long add(String body) {
        Grafana.Answer added = grafana.post("/api/annotations", json(body));
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.json().path("message").asText()).isEqualTo("Annotation added");
        return added.json().path("id").asLong();
    }

    private List<Long> ids(String query) {
        Grafana.Answer found = grafana.get("/api/annotations" + query);
        assertThat(found.status()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        found.json().forEach(a -> ids.add(a.path("id").asLong()));
        return ids;
    }

    @Test
    void createFindUpdateDelete() {
        long region = add("{'dashboardUID':'ops-overview','panelId':2,'time':1767261600000,'timeEnd':1767262200000,"
                + "'tags':['deploy'],'text':'v1.4 out'}");
        long org = add("{'time':1767265200000,'tags':['deploy','prod'],'text':'org wide','data':{'k':1}}");
        long old = add("{'time':1700000000000,'tags':['other'],'text':'old'}");

        assertThat(ids("")).containsExactly(org, region, old);
        assertThat(ids("?from=1767261000000&to=1767299999999")).containsExactly(org, region);
        assertThat(ids("?from=1767262000000&to=1767262100000")).containsExactly(region);
        assertThat(ids("?tags=deploy")).containsExactly(org, region);
        assertThat(ids("?tags=deploy&tags=prod")).containsExactly(org);
        assertThat(ids("?tags=prod&tags=other&matchAny=true")).containsExactly(org, old);
        assertThat(ids("?dashboardUID=ops-overview")).containsExactly(region);
        assertThat(ids("?limit=1")).containsExactly(org);
        assertThat(ids("?type=alert")).isEmpty();

        JsonNode one = grafana.get("/api/annotations/" + region).json();
        assertThat(one.path("dashboardUID").asText()).isEqualTo("ops-overview");
        assertThat(one.path("panelId").asLong()).isEqualTo(2);
        assertThat(one.path("timeEnd").asLong()).isEqualTo(1767262200000L);
        assertThat(one.path("text").asText()).isEqualTo("v1.4 out");

        Grafana.Answer patched = grafana.patch("/api/annotations/" + region, json("{'text':'v1.4.1 out'}"));
        assertThat(patched.json().path("message").asText()).isEqualTo("Annotation patched");
        JsonNode afterPatch = grafana.get("/api/annotations/" + region).json();
        assertThat(afterPatch.path("text").asText()).isEqualTo("v1.4.1 out");
        assertThat(afterPatch.path("tags").get(0).asText()).isEqualTo("deploy");

        Grafana.Answer replaced = grafana.put("/api/annotations/" + region,
                json("{'time':1767261600000,'text':'replaced','tags':['x']}"));
        assertThat(replaced.json().path("message").asText()).isEqualTo("Annotation updated");
        JsonNode afterPut = grafana.get("/api/annotations/" + region).json();
        assertThat(afterPut.path("tags").get(0).asText()).isEqualTo("x");
        assertThat(afterPut.path("timeEnd").asLong()).isEqualTo(1767261600000L);

        assertThat(grafana.delete("/api/annotations/" + region).json().path("message").asText())
                .isEqualTo("Annotation deleted");
        assertThat(grafana.get("/api/annotations/" + region).status()).isEqualTo(404);
        assertThat(grafana.delete("/api/annotations/" + region).status()).isEqualTo(404);
        assertThat(grafana.patch("/api/annotations/999", json("{'text':'x'}")).status()).isEqualTo(404);
    }

    @Test
    void badInputAndDashboards() {
        assertThat(grafana.post("/api/annotations", json("{'tags':['x']}")).status()).isEqualTo(400);
        assertThat(grafana.post("/api/annotations", json("{'dashboardUID':'nope','text':'x'}")).status())
                .isEqualTo(404);
        add("{'dashboardUID':'ops-overview','text':'goes with the dashboard'}");
        grafana.delete("/api/dashboards/uid/ops-overview");
        assertThat(GRAFANA.emulator().annotations().all()).isEmpty();
    }

    @Test
    void graphiteAndTags() {
        Grafana.Answer graphite = grafana.post("/api/annotations/graphite",
                json("{'what':'deploy','tags':'deploy web','when':1767261600,'data':'v2'}"));
        assertThat(graphite.status()).isEqualTo(200);
        assertThat(graphite.json().path("message").asText()).isEqualTo("Graphite annotation added");
        JsonNode stored = grafana.get("/api/annotations/" + graphite.json().path("id").asLong()).json();
        assertThat(stored.path("time").asLong()).isEqualTo(1767261600000L);
        assertThat(stored.path("tags")).hasSize(2);
        add("{'text':'t','tags':['deploy']}");
        JsonNode tags = grafana.get("/api/annotations/tags?tag=dep").json();
        assertThat(tags.toString()).isEqualTo("{\"result\":{\"tags\":[{\"tag\":\"deploy\",\"count\":2}]}}");
    }
}
