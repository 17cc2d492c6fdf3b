package io.github.cameldatagrok.kamelets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameldatagrok.emulator.DatagrokEmulatorExtension;
import io.github.cameldatagrok.emulator.files.FileStore;
import io.github.cameldatagrok.grafana.client.GrafanaApiException;
import io.github.cameldatagrok.grafana.client.GrafanaConflictException;
import io.github.cameldatagrok.grafana.emulator.GrafanaEmulator;
import io.github.cameldatagrok.grafana.emulator.GrafanaEmulatorExtension;
import io.github.cameldatagrok.grafana.emulator.annotations.Annotation;
import io.github.cameldatagrok.grafana.emulator.dashboards.Dashboard;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Grafana Kamelets, loaded from the classpath's {@code kamelets/} folder by camel-kamelet, used from YAML DSL
 * routes against the Grafana emulator (Grafana 13) over real HTTP.
 */
class GrafanaKameletRoutesTest extends KameletTestSupport {

    private static final String TOKEN = "glsa_kamelet-SECRET-0123456789abcdef";

    @RegisterExtension
    static final GrafanaEmulatorExtension GRAFANA = GrafanaEmulatorExtension.create(b -> b.token(TOKEN).org(2, "Team B"));

    @RegisterExtension
    static final DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SERVER = {"baseUrl: \"{{grafana.test.url}}\"", "token: \"{{grafana.test.token}}\""};

    @BeforeEach
    void serverProperties() {
        grafana().reset();
        grafana().folders().create("ops", "Ops", null, null);
        property("grafana.test.url", GRAFANA.baseUrl());
        property("grafana.test.token", TOKEN);
    }

    private static GrafanaEmulator grafana() {
        return GRAFANA.emulator();
    }

    /** The parameters, then the emulator's URL and token. */
    private static String[] withServer(String... parameters) {
        String[] all = Arrays.copyOf(parameters, parameters.length + SERVER.length);
        System.arraycopy(SERVER, 0, all, parameters.length, SERVER.length);
        return all;
    }

    /** The message fails before anything reaches Grafana. */
    private void refusedWithNothingSent(String endpoint, String body) {
        refusedWithNothingSent(endpoint, body, Map.of());
    }

    private void refusedWithNothingSent(String endpoint, String body, Map<String, Object> headers) {
        assertThatThrownBy(() -> template.sendBodyAndHeaders(endpoint, body, headers))
                .isInstanceOf(CamelExecutionException.class).hasCauseInstanceOf(IllegalArgumentException.class);
        assertThat(grafana().requests()).isEmpty();
    }

    /** Starts the routes, then forgets what starting them sent, so a test sees only what its messages send. */
    private void started(String yaml) throws Exception {
        routes(yaml);
        grafana().clearRequests();
    }

    @Test
    void dashboardSinkSavesIntoTheFolderWithTheMessage() throws Exception {
        started(sinkRoute("direct:dashboards", "grafana-dashboard-sink",
                withServer("folderUid: ops", "message: \"saved by a Kamelet\"")));
        // bytes, as a Kafka record or an HTTP request would bring them; no uid: it is made from the title
        Exchange out = template.request("direct:dashboards", e -> e.getMessage().setBody(
                "{\"title\":\"Daily Sales (EU)\",\"tags\":[\"sales\"],\"panels\":[]}".getBytes(StandardCharsets.UTF_8)));

        assertThat(out.getException()).isNull();
        Dashboard saved = grafana().dashboards().require("daily-sales-eu");
        assertThat(saved.title()).isEqualTo("Daily Sales (EU)");
        assertThat(saved.folderUid()).isEqualTo("ops");
        assertThat(saved.message()).isEqualTo("saved by a Kamelet");
        assertThat(saved.tags()).containsExactly("sales");
        assertThat(out.getMessage().getHeader("CamelGrafanaUid")).isEqualTo("daily-sales-eu");
        assertThat(out.getMessage().getHeader("CamelGrafanaCreated", Boolean.class)).isTrue();
        // auto detection found Grafana 13's /apis v1 routes
        assertThat(out.getMessage().getHeader("CamelGrafanaApiVersion")).isEqualTo("v1");
        assertThat(grafana().requests("POST", "/apis/dashboard.grafana.app/v1/namespaces/default/dashboards"))
                .hasSize(1);

        // an earlier grafana: step's action header does not turn the sink into something else
        template.sendBodyAndHeaders("direct:dashboards", "{\"uid\":\"new-one\",\"title\":\"New one\"}",
                Map.of("CamelGrafanaAction", "delete", "CamelGrafanaUid", "daily-sales-eu"));
        assertThat(grafana().dashboards().find("new-one")).isPresent();
        assertThat(grafana().dashboards().find("daily-sales-eu")).isPresent();
        assertThat(grafana().requests("DELETE", ".*")).isEmpty();
    }

    @Test
    void dashboardSinkConflictsOnAStaleSaveUnlessOverwriteIsOn() throws Exception {
        grafana().dashboards().put("ops-overview", "Ops overview", "ops");
        grafana().dashboards().put("{\"uid\":\"ops-overview\",\"title\":\"Ops overview, changed in Grafana\"}", "ops");
        started(sinkRoute("direct:careful", "grafana-dashboard-sink", withServer("apiVersion: legacy"))
                + sinkRoute("direct:forced", "grafana-dashboard-sink", withServer("apiVersion: legacy", "overwrite: true")));
        String stale = "{\"uid\":\"ops-overview\",\"title\":\"Ops overview from git\",\"version\":1}";

        assertThatThrownBy(() -> template.sendBody("direct:careful", stale))
                .isInstanceOf(CamelExecutionException.class).hasCauseInstanceOf(GrafanaConflictException.class);
        assertThat(grafana().dashboards().require("ops-overview").title())
                .isEqualTo("Ops overview, changed in Grafana");

        template.sendBody("direct:forced", stale);
        Dashboard saved = grafana().dashboards().require("ops-overview");
        assertThat(saved.title()).isEqualTo("Ops overview from git");
        assertThat(saved.version()).isEqualTo(3);
        // kept in its folder although the Kamelet names none
        assertThat(saved.folderUid()).isEqualTo("ops");
        assertThat(grafana().requests("POST", "/api/dashboards/db")).hasSize(2);
        assertThat(grafana().requests("POST", "/apis/.*")).isEmpty();
    }

    @Test
    void dashboardSinkWithBasicAuthenticationSavesInTheOrganisationOfOrgId() throws Exception {
        started(sinkRoute("direct:team-b", "grafana-dashboard-sink", "baseUrl: \"{{grafana.test.url}}\"",
                "username: \"" + grafana().user() + "\"", "password: \"" + grafana().password() + "\"", "orgId: 2"));
        template.sendBody("direct:team-b", "{\"uid\":\"team-b-home\",\"title\":\"Team B home\"}");

        assertThat(grafana().org(2).dashboards().find("team-b-home")).isPresent();
        assertThat(grafana().dashboards().find("team-b-home")).isEmpty();
        assertThat(grafana().requests()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.header("X-Grafana-Org-Id")).isEqualTo("2"));
    }

    @Test
    void dashboardSinkRefusesABodyThatIsNotJsonAndSendsNothing() throws Exception {
        started(sinkRoute("direct:dashboards", "grafana-dashboard-sink", withServer()));
        refusedWithNothingSent("direct:dashboards", "title: not JSON but YAML");
        refusedWithNothingSent("direct:dashboards", "{\"title\": \"cut off");
        assertThat(grafana().dashboards().size()).isZero();
    }

    @Test
    void annotationSinkCreatesFromTextWithTagsDashboardPanelAndTime() throws Exception {
        grafana().dashboards().put("ops-overview", "Ops overview", "ops");
        started(sinkRoute("direct:events", "grafana-annotation-sink",
                withServer("dashboardUid: ops-overview", "panelId: 2", "tags: \"deploy,camel\"")));
        long time = 1_796_203_800_000L;
        Exchange out = template.request("direct:events", e -> {
            e.getMessage().setBody("Deployed 1.2".getBytes(StandardCharsets.UTF_8));
            e.getMessage().setHeader("time", time);
            e.getMessage().setHeader("timeEnd", String.valueOf(time + 60_000));
        });

        assertThat(out.getException()).isNull();
        List<Annotation> all = grafana().annotations().all();
        assertThat(all).hasSize(1);
        Annotation created = all.get(0);
        assertThat(created.text()).isEqualTo("Deployed 1.2");
        assertThat(created.tags()).containsExactly("deploy", "camel");
        assertThat(created.dashboardUid()).isEqualTo("ops-overview");
        assertThat(created.panelId()).isEqualTo(2);
        assertThat(created.time()).isEqualTo(time);
        assertThat(created.timeEnd()).isEqualTo(time + 60_000);
        assertThat(out.getMessage().getHeader("CamelGrafanaUid")).isEqualTo(String.valueOf(created.id()));
        assertThat(grafana().requests("POST", "/api/annotations")).hasSize(1);
    }

    @Test
    void annotationSinkTakesAJsonBodyAndStampsNowWithoutATime() throws Exception {
        grafana().dashboards().put("ops-overview", "Ops overview", "ops");
        started(sinkRoute("direct:events", "grafana-annotation-sink",
                withServer("dashboardUid: ops-overview", "tags: \"deploy\"")));
        long before = System.currentTimeMillis();
        template.sendBody("direct:events", "{\"text\": \"Rolled back\", \"tags\": [\"rollback\", \"prod\"]}");
        long after = System.currentTimeMillis();

        Annotation created = grafana().annotations().all().get(0);
        assertThat(created.text()).isEqualTo("Rolled back");
        // the body's own tags win over the Kamelet's
        assertThat(created.tags()).containsExactly("rollback", "prod");
        assertThat(created.dashboardUid()).isEqualTo("ops-overview");
        assertThat(created.panelId()).isZero();
        assertThat(created.time()).isBetween(before, after + 1000);
    }

    @Test
    void annotationSinkTakesTheCloudEventsTimeUnlessATimeHeaderIsThere() throws Exception {
        started(sinkRoute("direct:events", "grafana-annotation-sink", withServer("tags: \"cloudevents\"")));
        template.sendBodyAndHeader("direct:events", "from Knative", "ce-time", "2026-12-02T09:30:00Z");
        template.sendBodyAndHeaders("direct:events", "both",
                Map.of("ce-time", "2026-12-02T09:30:00Z", "time", 1_796_200_000_000L));

        List<Annotation> all = grafana().annotations().all();
        assertThat(all).extracting(Annotation::text).containsExactly("from Knative", "both");
        assertThat(all).extracting(Annotation::time).containsExactly(1_796_203_800_000L, 1_796_200_000_000L);
    }

    @Test
    void annotationSinkRefusesBadJsonAndMissingTextAndSendsNothing() throws Exception {
        started(sinkRoute("direct:events", "grafana-annotation-sink", withServer("tags: \"deploy\"")));
        refusedWithNothingSent("direct:events", "{\"text\": \"cut off");
        refusedWithNothingSent("direct:events", "{\"tags\": [\"no text\"]}");
        refusedWithNothingSent("direct:events", "a time without its zone", Map.of("ce-time", "2026-12-02T09:30:00"));
        assertThat(grafana().annotations().all()).isEmpty();
    }

    @Test
    void dashboardSourceEmitsEveryDashboardFirstThenOnlyChangedOnes() throws Exception {
        grafana().dashboards().put("ops-overview", "Ops overview", "ops", "prod");
        grafana().dashboards().put("ops-latency", "Ops latency", "ops", "prod");
        grafana().dashboards().put("elsewhere", "Not in ops", null, "prod");
        routes("""
                - route:
                    from:
                      uri: kamelet:grafana-dashboard-source
                      parameters:
                        folderUids: ops
                        delay: 100
                        workDirectory: "{{test.work}}"
                        baseUrl: "{{grafana.test.url}}"
                        token: "{{grafana.test.token}}"
                      steps:
                        - to: mock:dashboards
                """);
        MockEndpoint received = context.getEndpoint("mock:dashboards", MockEndpoint.class);
        received.expectedMessageCount(2);
        received.assertIsSatisfied(10_000);
        Map<String, Exchange> byFile = new TreeMap<>();
        received.getExchanges().forEach(e -> byFile.put(e.getMessage().getHeader("file", String.class), e));
        assertThat(byFile).containsOnlyKeys("ops-latency.json", "ops-overview.json");
        Exchange overview = byFile.get("ops-overview.json");
        assertThat(overview.getMessage().getHeader("grafana.dashboard.uid")).isEqualTo("ops-overview");
        assertThat(overview.getMessage().getHeader("grafana.dashboard.title")).isEqualTo("Ops overview");
        assertThat(overview.getMessage().getHeader("grafana.dashboard.version", Long.class)).isEqualTo(1L);
        JsonNode body = JSON.readTree(overview.getMessage().getBody(String.class));
        assertThat(body.path("uid").asText()).isEqualTo("ops-overview");
        assertThat(body.path("title").asText()).isEqualTo("Ops overview");

        received.reset();
        received.expectedMessageCount(1);
        grafana().dashboards().put("{\"uid\":\"ops-overview\",\"title\":\"Ops overview v2\"}", "ops");
        received.assertIsSatisfied(10_000);
        Exchange changed = received.getExchanges().get(0);
        assertThat(changed.getMessage().getHeader("grafana.dashboard.title")).isEqualTo("Ops overview v2");
        assertThat(changed.getMessage().getHeader("grafana.dashboard.version", Long.class)).isEqualTo(2L);
        // several more polls: the unchanged dashboards are not emitted again
        TimeUnit.MILLISECONDS.sleep(500);
        assertThat(received.getReceivedCounter()).isEqualTo(1);
    }

    @Test
    void dashboardSourceFeedsTheDatagrokFileSinkOneFilePerDashboard() throws Exception {
        DATAGROK.emulator().reset();
        grafana().dashboards().put("ops-overview", "Ops overview", "ops");
        grafana().dashboards().put("ops-latency", "Ops latency", "ops");
        property("datagrok.test.url", DATAGROK.baseUrl());
        property("datagrok.test.key", DATAGROK.apiKey());
        routes("""
                - route:
                    from:
                      uri: kamelet:grafana-dashboard-source
                      parameters:
                        delay: 100
                        workDirectory: "{{test.work}}"
                        baseUrl: "{{grafana.test.url}}"
                        token: "{{grafana.test.token}}"
                      steps:
                        - to:
                            uri: kamelet:datagrok-file-sink
                            parameters:
                              connector: "System:DemoFiles"
                              folder: grafana-backup
                              baseUrl: "{{datagrok.test.url}}"
                              apiKey: "{{datagrok.test.key}}"
                """);
        FileStore files = DATAGROK.emulator().files();
        await().atMost(Duration.ofSeconds(10)).until(() -> files.list(FileStore.DEMO_FILES).size() >= 2);
        assertThat(files.list(FileStore.DEMO_FILES))
                .containsExactlyInAnyOrder("grafana-backup/ops-overview.json", "grafana-backup/ops-latency.json");
        JsonNode backup = JSON.readTree(files.read(FileStore.DEMO_FILES, "grafana-backup/ops-latency.json"));
        assertThat(backup.path("title").asText()).isEqualTo("Ops latency");
    }

    @Test
    void componentConfigurationServesTheKameletsWithoutUrlOrToken() throws Exception {
        // what application.properties holds for a user: the server and token, not in the routes
        property("grafana.url", GRAFANA.baseUrl());
        property("grafana.token", TOKEN);
        started(sinkRoute("direct:events", "grafana-annotation-sink", "tags: \"from-config\""));
        template.sendBody("direct:events", "configured elsewhere");

        assertThat(grafana().annotations().all()).singleElement()
                .satisfies(a -> assertThat(a.tags()).containsExactly("from-config"));
    }

    @Test
    void theTokenIsInNoLogLineNoErrorAndNoEndpointUri() throws Exception {
        String wrong = "glsa_WRONG-kamelet-token-9876543210";
        property("grafana.test.wrong", wrong);
        started(sinkRoute("direct:dashboards", "grafana-dashboard-sink", withServer())
                + sinkRoute("direct:wrong", "grafana-annotation-sink", "baseUrl: \"{{grafana.test.url}}\"",
                        "token: \"{{grafana.test.wrong}}\""));
        template.sendBody("direct:dashboards", "{\"uid\":\"logged\",\"title\":\"Logged\"}");
        Exchange refused = template.request("direct:wrong", e -> e.getMessage().setBody("with a wrong token"));

        assertThat(grafana().dashboards().find("logged")).isPresent();
        assertThat(refused.getException()).isInstanceOf(GrafanaApiException.class);
        assertThat(((GrafanaApiException) refused.getException()).getStatusCode()).isEqualTo(401);
        assertThat(refused.getException().getMessage()).doesNotContain(wrong);
        assertThat(context.getEndpoints().toString()).contains("grafana://").doesNotContain(TOKEN).doesNotContain(wrong);

        // log4j2.properties sends everything, Camel and HttpClient's headers at DEBUG, to this file
        String logged = Files.readString(Path.of("target/kamelet-tests.log"), StandardCharsets.UTF_8);
        assertThat(logged).contains("/apis/dashboard.grafana.app/v1/namespaces/default/dashboards")
                .contains("/api/annotations").doesNotContain(TOKEN).doesNotContain(wrong);
    }
}
