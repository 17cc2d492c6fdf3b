package io.github.cameldatagrok.grafana.component;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameldatagrok.emulator.RecordedRequest;
import io.github.cameldatagrok.grafana.emulator.GrafanaEmulatorExtension;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** grafana:annotation: create from a JSON body, a text body or headers; find by time range and tags; update; delete. */
class AnnotationTest extends GrafanaTestSupport {

    @RegisterExtension
    static final GrafanaEmulatorExtension GRAFANA = GrafanaEmulatorExtension.create(b -> b.version(13));

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    GrafanaEmulatorExtension grafana() {
        return GRAFANA;
    }

    @Test
    void createFromBodyTextOrHeadersAndFindByTimeAndTags() throws Exception {
        emulator().dashboards().put("ops", "Ops", null);
        long jsonId = template.requestBody("grafana:annotation",
                "{\"text\":\"deployed\",\"tags\":[\"deploy\"],\"time\":1767261600000,\"dashboardUID\":\"ops\"}",
                Long.class);
        Exchange fromText = template.request("grafana:annotation?tags=pipeline,camel&dashboardUid=ops", e -> {
            e.getMessage().setBody("table Sales changed");
            e.getMessage().setHeader(GrafanaConstants.TIME, 1767261700000L);
        });
        Exchange fromHeaders = template.request("grafana:annotation", e -> {
            e.getMessage().setHeader(GrafanaConstants.TEXT, "region");
            e.getMessage().setHeader(GrafanaConstants.TAGS, List.of("pipeline"));
            e.getMessage().setHeader(GrafanaConstants.TIME, 1767261800000L);
            e.getMessage().setHeader(GrafanaConstants.TIME_END, 1767261900000L);
        });
        assertThat(fromText.getException()).isNull();
        assertThat(fromHeaders.getException()).isNull();
        assertThat(jsonId).isPositive();

        JsonNode sentText = JSON.readTree(sent("POST", "/api/annotations").get(1).bodyText());
        assertThat(sentText.path("text").asText()).isEqualTo("table Sales changed");
        assertThat(sentText.path("tags").toString()).isEqualTo("[\"pipeline\",\"camel\"]");
        assertThat(sentText.path("dashboardUID").asText()).isEqualTo("ops");
        JsonNode sentHeaders = JSON.readTree(sent("POST", "/api/annotations").get(2).bodyText());
        assertThat(sentHeaders.path("timeEnd").asLong()).isEqualTo(1767261900000L);

        Exchange pipeline = template.request("grafana:annotation?action=find&tags=pipeline", e -> { });
        assertThat(pipeline.getMessage().getBody(List.class)).hasSize(2);
        assertThat(pipeline.getMessage().getHeader(GrafanaConstants.TRUNCATED)).isEqualTo(false);
        Exchange inRange = template.request("grafana:annotation?action=find&from=1767261650000&to=1767261750000",
                e -> { });
        assertThat(inRange.getMessage().getBody(List.class)).hasSize(1);
        Exchange limited = template.request("grafana:annotation?action=find&limit=2", e -> { });
        assertThat(limited.getMessage().getBody(List.class)).hasSize(2);
        assertThat(limited.getMessage().getHeader(GrafanaConstants.TRUNCATED)).isEqualTo(true);
        assertThat(sent("GET", "/api/annotations").get(0).query()).contains("tags=pipeline");
    }

    @Test
    void updateAndDelete() {
        long id = template.requestBody("grafana:annotation", "{\"text\":\"first\",\"tags\":[\"a\"]}", Long.class);
        template.requestBodyAndHeader("grafana:annotation?action=update", "{\"text\":\"second\",\"tags\":[\"b\"]}",
                GrafanaConstants.UID, id);
        Map<?, ?> read = template.requestBody("grafana:annotation:" + id + "?action=get", null, Map.class);
        assertThat(read.get("text")).isEqualTo("second");
        template.requestBody("grafana:annotation:" + id + "?action=delete", (Object) null);
        assertThat(template.requestBody("grafana:annotation?action=find", null, List.class)).isEmpty();
    }

    @Test
    void timesAreEpochMillisOrIsoTextWithAnOffset() throws Exception {
        template.request("grafana:annotation", e -> {
            e.getMessage().setBody("from CloudEvents");
            e.getMessage().setHeader(GrafanaConstants.TIME, "2026-12-02T09:30:00Z");
            e.getMessage().setHeader(GrafanaConstants.TIME_END, "2026-12-02T10:30:00.250+01:00");
        });
        template.request("grafana:annotation", e -> {
            e.getMessage().setBody("as digits and an Instant");
            e.getMessage().setHeader(GrafanaConstants.TIME, "1796203800000");
            e.getMessage().setHeader(GrafanaConstants.TIME_END, java.time.Instant.ofEpochMilli(1796203900000L));
        });
        List<RecordedRequest> posts = sent("POST", "/api/annotations");
        JsonNode iso = JSON.readTree(posts.get(0).bodyText());
        assertThat(iso.path("time").asLong()).isEqualTo(1796203800000L);
        assertThat(iso.path("timeEnd").asLong()).isEqualTo(1796203800250L);
        JsonNode digits = JSON.readTree(posts.get(1).bodyText());
        assertThat(digits.path("time").asLong()).isEqualTo(1796203800000L);
        assertThat(digits.path("timeEnd").asLong()).isEqualTo(1796203900000L);

        emulator().clearRequests();
        Exchange local = template.request("grafana:annotation", e -> {
            e.getMessage().setBody("no offset: which zone?");
            e.getMessage().setHeader(GrafanaConstants.TIME, "2026-12-02T09:30:00");
        });
        assertThat(local.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(GrafanaConstants.TIME);
        assertThat(emulator().requests()).isEmpty();
    }

    @Test
    void badInputFailsBeforeAnythingIsSent() {
        emulator().clearRequests();
        assertThat(template.request("grafana:annotation", e -> { }).getException())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text");
        assertThat(template.request("grafana:annotation", e -> e.getMessage()
                .setBody("{\"text\":\"t\",\"time\":5,\"timeEnd\":4}")).getException())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(template.request("grafana:annotation?action=find&from=10&to=5", e -> { }).getException())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(template.request("grafana:annotation:abc?action=delete", e -> { }).getException())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(emulator().requests()).isEmpty();
    }
}
