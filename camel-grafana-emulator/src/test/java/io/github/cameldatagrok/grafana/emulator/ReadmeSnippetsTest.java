package io.github.cameldatagrok.grafana.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cameldatagrok.emulator.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's blocks, as written (the grafana component's {@code GrafanaDocSnippetsTest} checks the README's text
 * against the tagged regions): "Run it" with the code under test reading back over HTTP what the block set up, and
 * the JUnit 5 field.
 */
class ReadmeSnippetsTest {

    // tag::emulator-junit[]
    @RegisterExtension
    static GrafanaEmulatorExtension GRAFANA = GrafanaEmulatorExtension.create(b -> b.version(11));
    // GRAFANA.baseUrl(), GRAFANA.token(), GRAFANA.emulator().dashboards() ...
    // end::emulator-junit[]

    private int calls;

    @Test
    void runIt() {
        // tag::emulator-run[]
        try (GrafanaEmulator grafana = GrafanaEmulator.builder().version(12).token("glsa_test").build().start()) {
            grafana.baseUrl();                                        // http://127.0.0.1:PORT, Grafana's root URL
            grafana.folders().create("ops", "Ops", null, null);
            grafana.dashboards().put("ops-overview", "Ops overview", "ops", "ops", "prod");   // uid, title, folder, tags
            grafana.dataSources().put("prom", "Prometheus", "prometheus", "http://prometheus:9090");
            grafana.faults().add(Fault.on("POST", "/api/dashboards/db").status(429).retryAfterSeconds(2).times(1));
            runCodeUnderTest(grafana.baseUrl(), "Bearer glsa_test");   // your code, against Grafana's root URL
            grafana.requests("POST", "/api/dashboards/db");            // what it sent: headers (secrets masked) and body
        }
        // end::emulator-run[]
        assertThat(calls).isEqualTo(1);
    }

    /** What the block set up, seen over HTTP: the folder, the dashboard's tags, the data source, the fault once. */
    private void runCodeUnderTest(String baseUrl, String authorization) {
        calls++;
        Grafana api = new Grafana(baseUrl, authorization);
        assertThat(api.get("/api/health").json().path("version").asText()).startsWith("12.");
        Grafana.Answer dashboard = api.get("/api/dashboards/uid/ops-overview");
        assertThat(dashboard.json().at("/meta/folderUid").asText()).isEqualTo("ops");
        assertThat(dashboard.json().at("/dashboard/tags").toString()).isEqualTo("[\"ops\",\"prod\"]");
        assertThat(api.get("/api/datasources/uid/prom").json().path("url").asText()).isEqualTo("http://prometheus:9090");
        String save = "{\"dashboard\":{\"uid\":\"x\",\"title\":\"X\"},\"overwrite\":true}";
        Grafana.Answer limited = api.post("/api/dashboards/db", save);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isEqualTo("2");
        assertThat(api.post("/api/dashboards/db", save).status()).isEqualTo(200);
    }

    @Test
    void theJunitField() {
        assertThat(GRAFANA.emulator().version().major()).isEqualTo(11);
        assertThat(new Grafana(GRAFANA.baseUrl(), "Bearer " + GRAFANA.token()).get("/api/search").status()).isEqualTo(200);
    }
}
