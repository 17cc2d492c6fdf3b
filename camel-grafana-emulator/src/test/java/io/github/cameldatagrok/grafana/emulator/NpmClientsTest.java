package io.github.cameldatagrok.grafana.emulator;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cameldatagrok.emulator.RecordedRequest;
import io.github.cameldatagrok.grafana.emulator.http.GrafanaErrors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Real Grafana clients from the npm registry against the emulator: {@code grafana-dash-gen} (publishes through
 * {@code POST /api/dashboards/db}) and the {@code @leval/mcp-grafana} MCP server (search, get and save dashboards,
 * data sources), driven by the scripts in {@code src/test/node} ({@code npm ci} there first; {@code .ci/run} does).
 * Without node or the packages the test is skipped locally and fails in CI ({@code CI=true}).
 */
class NpmClientsTest {

    private static final Path NODE_DIR = Path.of("src", "test", "node").toAbsolutePath();
    private static String node;

    @BeforeAll
    static void findNode() {
        node = onPath("node");
        String missing = node == null ? "node is not on the PATH"
                : !Files.isDirectory(NODE_DIR.resolve("node_modules/grafana-dash-gen"))
                        || !Files.isDirectory(NODE_DIR.resolve("node_modules/@leval/mcp-grafana"))
                        ? "the npm packages are not installed: run 'npm ci' in " + NODE_DIR : null;
        if (missing != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI needs the npm clients: " + missing);
            }
            Assumptions.abort(missing);
        }
    }

    private static String onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    /** Runs a driver script; returns the JSON of its last stdout line. */
    private static JsonNode run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(node);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(NODE_DIR.toFile());
        builder.environment().putAll(env);
        Path err = Files.createTempFile("npm-client-", ".err");
        builder.redirectError(err.toFile());
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("node " + String.join(" ", args) + " did not finish within 120 s");
        }
        String stderr = Files.readString(err);
        Files.deleteIfExists(err);
        String[] lines = out.strip().split("\n");
        String last = lines[lines.length - 1];
        assertThat(last).as("stdout of node %s (stderr: %s)", args[0], stderr).startsWith("{");
        return GrafanaErrors.JSON.readTree(last);
    }

    private static JsonNode publishWithDashGen(GrafanaEmulator grafana) throws Exception {
        JsonNode result = run(Map.of("GRAFANA_URL", grafana.baseUrl(), "GRAFANA_TOKEN", grafana.token(),
                "DASHBOARD_TITLE", "Request volume"), "dash-gen-publish.js");
        assertThat(result.path("ok").asBoolean()).as(result.toString()).isTrue();
        return result.path("response");
    }

    @Test
    void grafanaDashGenPublishesANewDashboardEachTimeOn13() throws Exception {
        try (GrafanaEmulator grafana = GrafanaEmulator.builder().version(13).build().start()) {
            JsonNode first = publishWithDashGen(grafana);
            assertThat(first.path("status").asText()).isEqualTo("success");
            assertThat(first.path("version").asInt()).isEqualTo(1);
            String uid = first.path("uid").asText();
            assertThat(uid).matches("[a-f][a-z0-9]{13}");

            List<RecordedRequest> sent = grafana.requests();
            assertThat(sent).hasSize(1);
            RecordedRequest publish = sent.get(0);
            assertThat(publish.method()).isEqualTo("POST");
            assertThat(publish.path()).isEqualTo("/api/dashboards/db");
            assertThat(publish.contentType()).startsWith("application/json");
            assertThat(publish.authorizationPresent()).isTrue();
            assertThat(publish.header("Cookie")).isEqualTo(RecordedRequest.MASKED);
            JsonNode body = GrafanaErrors.JSON.readTree(publish.bodyText());
            assertThat(body.path("overwrite").asBoolean()).isTrue();
            JsonNode model = body.path("dashboard");
            // the old model: id null, no uid, rows of panels
            assertThat(model.path("id").isNull()).isTrue();
            assertThat(model.has("uid")).isFalse();
            assertThat(model.path("title").asText()).isEqualTo("Request volume");
            assertThat(model.path("rows").get(0).path("panels")).hasSize(2);

            JsonNode stored = grafana.dashboards().require(uid).model();
            assertThat(stored.path("tags").toString()).isEqualTo("[\"myapp\",\"platform\"]");
            assertThat(stored.path("rows").get(0).path("panels").get(0).path("title").asText()).isEqualTo("req/sec");

            // 11.3+ titles are not unique and dash-gen sends no uid: a second publish is a second dashboard
            JsonNode second = publishWithDashGen(grafana);
            assertThat(second.path("uid").asText()).isNotEqualTo(uid);
            assertThat(grafana.dashboards().size()).isEqualTo(2);
        }
    }

    @Test
    void grafanaDashGenReplacesTheSameTitleOn10() throws Exception {
        try (GrafanaEmulator grafana = GrafanaEmulator.builder().version(10).build().start()) {
            JsonNode first = publishWithDashGen(grafana);
            JsonNode second = publishWithDashGen(grafana);
            // up to 11.2 overwrite:true takes the same-title dashboard over
            assertThat(second.path("uid").asText()).isEqualTo(first.path("uid").asText());
            assertThat(second.path("version").asInt()).isEqualTo(2);
            assertThat(second.has("folderUid")).isFalse();
            assertThat(grafana.dashboards().size()).isEqualTo(1);
        }
    }

    private static String calls(String json) {
        return json.replace('\'', '"');
    }

    @Test
    void mcpGrafanaSearchesGetsAndSavesDashboardsAndReadsDataSources() throws Exception {
        try (GrafanaEmulator grafana = GrafanaEmulator.builder().version(12).build().start()) {
            grafana.folders().create("ops", "Ops", null, null);
            grafana.dashboards().put("ops-overview", "Ops overview", "ops", "ops");
            grafana.dashboards().put("sales", "Sales", null);
            grafana.dataSources().put("prom1", "Prometheus", "prometheus", "http://prometheus:9090");
            grafana.dataSources().put("loki1", "Loki", "loki", "http://loki:3100");

            JsonNode session = run(Map.of("GRAFANA_URL", grafana.baseUrl(),
                    "GRAFANA_SERVICE_ACCOUNT_TOKEN", grafana.token()), "mcp-session.js", calls("["
                    + "{'name':'search_dashboards','arguments':{'query':'ops'}},"
                    + "{'name':'get_dashboard_by_uid','arguments':{'uid':'ops-overview'}},"
                    + "{'name':'update_dashboard','arguments':{'dashboard':{'uid':'ops-overview','title':'Ops overview',"
                    + "'tags':['ops','mcp'],'panels':[{'id':1,'type':'timeseries','title':'CPU'}]},'message':'via mcp'}},"
                    + "{'name':'get_dashboard_summary','arguments':{'uid':'ops-overview'}},"
                    + "{'name':'get_dashboard_by_uid','arguments':{'uid':'missing'}},"
                    + "{'name':'list_datasources','arguments':{'type':'prometheus'}},"
                    + "{'name':'get_datasource_by_uid','arguments':{'uid':'loki1'}},"
                    + "{'name':'get_datasource_by_name','arguments':{'name':'Prometheus'}}]"));
            assertThat(session.has("error")).as(session.toString()).isFalse();
            assertThat(session.path("tools").toString()).contains("search_dashboards", "update_dashboard",
                    "list_datasources");
            JsonNode results = session.path("calls");

            JsonNode search = GrafanaErrors.JSON.readTree(results.get(0).path("text").asText());
            assertThat(search).hasSize(1);
            assertThat(search.get(0).path("uid").asText()).isEqualTo("ops-overview");
            assertThat(search.get(0).path("folderTitle").asText()).isEqualTo("Ops");
            assertThat(search.get(0).path("type").asText()).isEqualTo("dash-db");

            JsonNode got = GrafanaErrors.JSON.readTree(results.get(1).path("text").asText());
            assertThat(got.path("title").asText()).isEqualTo("Ops overview");
            assertThat(got.path("version").asInt()).isEqualTo(1);

            assertThat(results.get(2).path("isError").asBoolean()).as(results.get(2).toString()).isFalse();
            JsonNode saved = GrafanaErrors.JSON.readTree(results.get(2).path("text").asText());
            assertThat(saved.path("status").asText()).isEqualTo("success");
            assertThat(saved.path("version").asInt()).isEqualTo(2);
            assertThat(grafana.dashboards().require("ops-overview").message()).isEqualTo("via mcp");
            assertThat(grafana.dashboards().require("ops-overview").tags()).containsExactly("ops", "mcp");
            // mcp-grafana saves without folderUid: Grafana moves the dashboard to the root
            assertThat(grafana.dashboards().require("ops-overview").folderUid()).isNull();

            JsonNode summary = GrafanaErrors.JSON.readTree(results.get(3).path("text").asText());
            assertThat(summary.path("panelCount").asInt()).isEqualTo(1);
            assertThat(summary.path("version").asInt()).isEqualTo(2);

            assertThat(results.get(4).path("isError").asBoolean()).isTrue();
            assertThat(results.get(4).path("text").asText()).contains("Grafana API error (404): Dashboard not found");

            JsonNode prometheus = GrafanaErrors.JSON.readTree(results.get(5).path("text").asText());
            assertThat(prometheus).hasSize(1);
            assertThat(prometheus.get(0).path("name").asText()).isEqualTo("Prometheus");
            JsonNode loki = GrafanaErrors.JSON.readTree(results.get(6).path("text").asText());
            assertThat(loki.path("url").asText()).isEqualTo("http://loki:3100");
            JsonNode byName = GrafanaErrors.JSON.readTree(results.get(7).path("text").asText());
            assertThat(byName.path("uid").asText()).isEqualTo("prom1");

            // what it sent
            RecordedRequest searched = grafana.requests("GET", "/api/search").get(0);
            assertThat(searched.query()).contains("query=ops").contains("type=dash-db");
            assertThat(searched.header("Authorization")).isEqualTo(RecordedRequest.MASKED);
            assertThat(searched.header("User-Agent")).startsWith("mcp-grafana");
            RecordedRequest save = grafana.requests("POST", "/api/dashboards/db").get(0);
            JsonNode saveBody = GrafanaErrors.JSON.readTree(save.bodyText());
            assertThat(saveBody.path("overwrite").asBoolean()).isTrue();
            assertThat(saveBody.path("message").asText()).isEqualTo("via mcp");
            assertThat(saveBody.has("folderUid")).isFalse();
            // get, summary and the missing one; a full-model update_dashboard saves without reading first
            assertThat(grafana.requests("GET", "/api/dashboards/uid/.*")).hasSize(3);
            assertThat(grafana.requests("GET", "/api/datasources")).hasSize(1);
            assertThat(grafana.requests("GET", "/api/datasources/uid/loki1")).hasSize(1);
            assertThat(grafana.requests("GET", "/api/datasources/name/Prometheus")).hasSize(1);
            assertThat(grafana.requests()).allMatch(RecordedRequest::authorizationPresent);
        }
    }

    @Test
    void mcpGrafanaWithBasicAuthAndAWrongToken() throws Exception {
        try (GrafanaEmulator grafana = GrafanaEmulator.builder().version(11).basicAuth("ops", "pw").build().start()) {
            grafana.dashboards().put("d1", "D1", null);
            JsonNode basic = run(Map.of("GRAFANA_URL", grafana.baseUrl(), "GRAFANA_USERNAME", "ops",
                    "GRAFANA_PASSWORD", "pw"), "mcp-session.js",
                    calls("[{'name':'search_dashboards','arguments':{'query':''}}]"));
            assertThat(basic.path("calls").get(0).path("isError").asBoolean()).isFalse();
            assertThat(grafana.requests("GET", "/api/search").get(0).header("Authorization")).isEqualTo(RecordedRequest.MASKED);

            JsonNode wrong = run(Map.of("GRAFANA_URL", grafana.baseUrl(), "GRAFANA_SERVICE_ACCOUNT_TOKEN", "glsa_wrong"),
                    "mcp-session.js", calls("[{'name':'search_dashboards','arguments':{'query':''}}]"));
            assertThat(wrong.path("calls").get(0).path("isError").asBoolean()).isTrue();
            assertThat(wrong.path("calls").get(0).path("text").asText()).contains("(401): Invalid API key");
        }
    }
}
