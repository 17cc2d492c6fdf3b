package io.github.cameldatagrok.grafana.component;

import java.util.List;
import java.util.Map;

import io.github.cameldatagrok.grafana.client.GrafanaApiException;
import io.github.cameldatagrok.grafana.client.GrafanaConflictException;
import io.github.cameldatagrok.grafana.client.GrafanaNotFoundException;
import io.github.cameldatagrok.grafana.emulator.GrafanaEmulatorExtension;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * grafana:folder, publicDashboard, datasource, snapshot and health through routes, each round-tripped over HTTP
 * against the emulator (Grafana 13's legacy routes for these areas).
 */
class ResourcesTest extends GrafanaTestSupport {

    @RegisterExtension
    static final GrafanaEmulatorExtension GRAFANA = GrafanaEmulatorExtension.create(b -> b.version(13));

    @Override
    GrafanaEmulatorExtension grafana() {
        return GRAFANA;
    }

    private Exchange call(String uri, Object body) {
        return template.request(uri, e -> e.getMessage().setBody(body));
    }

    @Test
    void folders() {
        Map<?, ?> created = call("grafana:folder?action=create", "{\"uid\":\"ops\",\"title\":\"Ops\"}").getMessage()
                .getBody(Map.class);
        assertThat(created.get("uid")).isEqualTo("ops");
        assertThat(call("grafana:folder:ops", null).getMessage().getBody(Map.class).get("title")).isEqualTo("Ops");

        // no version in the body: the current one is read and sent, so the update applies
        Exchange updated = call("grafana:folder:ops?action=update", "{\"title\":\"Operations\"}");
        assertThat(updated.getException()).isNull();
        assertThat(call("grafana:folder:ops", null).getMessage().getBody(Map.class).get("title")).isEqualTo("Operations");
        // a stale version is a conflict
        Exchange stale = call("grafana:folder:ops?action=update", "{\"title\":\"Old\",\"version\":0}");
        assertThat(stale.getException()).isInstanceOf(GrafanaConflictException.class);

        // a second create with the same uid: 409
        assertThat(call("grafana:folder?action=create", "{\"uid\":\"ops\",\"title\":\"Again\"}").getException())
                .isInstanceOf(GrafanaConflictException.class);

        for (int i = 0; i < 5; i++) {
            call("grafana:folder?action=create", "{\"uid\":\"f" + i + "\",\"title\":\"F" + i + "\"}");
        }
        Exchange listed = call("grafana:folder?pageSize=2", null);
        assertThat(listed.getMessage().getBody(List.class)).hasSize(6);
        assertThat(listed.getMessage().getHeader(GrafanaConstants.TRUNCATED)).isEqualTo(false);
        Exchange cut = call("grafana:folder?pageSize=2&maxResults=3", null);
        assertThat(cut.getMessage().getBody(List.class)).hasSize(3);
        assertThat(cut.getMessage().getHeader(GrafanaConstants.TRUNCATED)).isEqualTo(true);

        call("grafana:folder:ops?action=delete", null);
        assertThat(call("grafana:folder:ops", null).getException()).isInstanceOf(GrafanaNotFoundException.class);
    }

    @Test
    void publicDashboards() {
        for (int i = 0; i < 3; i++) {
            emulator().dashboards().put("d" + i, "Dash " + i, null);
            Exchange created = call("grafana:publicDashboard:d" + i + "?action=create", "{\"isEnabled\":true}");
            assertThat(created.getException()).isNull();
            assertThat(created.getMessage().getHeader(GrafanaConstants.PUBLIC_DASHBOARD_UID)).isNotNull();
        }
        // the second create of the same dashboard: Grafana's 400 dashboardIsPublic
        Exchange again = call("grafana:publicDashboard:d0?action=create", null);
        assertThat(again.getException()).isInstanceOf(GrafanaApiException.class);
        assertThat(((GrafanaApiException) again.getException()).getMessageId())
                .isEqualTo("publicdashboards.dashboardIsPublic");

        Map<?, ?> config = call("grafana:publicDashboard:d1", null).getMessage().getBody(Map.class);
        assertThat(config.get("dashboardUid")).isEqualTo("d1");
        // update without the public uid: read from the dashboard's configuration first
        Exchange paused = call("grafana:publicDashboard:d1?action=update", "{\"isEnabled\":false}");
        assertThat(paused.getException()).isNull();
        assertThat(call("grafana:publicDashboard:d1", null).getMessage().getBody(Map.class).get("isEnabled"))
                .isEqualTo(false);

        Exchange listed = call("grafana:publicDashboard?pageSize=2", null);
        assertThat(listed.getMessage().getBody(List.class)).hasSize(3);
        assertThat(listed.getMessage().getHeader(GrafanaConstants.TOTAL_COUNT)).isEqualTo(3L);
        assertThat(listed.getMessage().getHeader(GrafanaConstants.TRUNCATED)).isEqualTo(false);
        assertThat(sent("GET", "/api/dashboards/public-dashboards")).hasSize(2);
        Exchange cut = call("grafana:publicDashboard?pageSize=1&maxResults=2", null);
        assertThat(cut.getMessage().getBody(List.class)).hasSize(2);
        assertThat(cut.getMessage().getHeader(GrafanaConstants.TRUNCATED)).isEqualTo(true);

        call("grafana:publicDashboard:d2?action=delete", null);
        assertThat(call("grafana:publicDashboard?pageSize=10", null).getMessage().getBody(List.class)).hasSize(2);
    }

    @Test
    void dataSources() {
        Exchange created = call("grafana:datasource?action=create",
                "{\"uid\":\"prom\",\"name\":\"Prometheus\",\"type\":\"prometheus\",\"access\":\"proxy\","
                        + "\"url\":\"http://localhost:9090\"}");
        assertThat(created.getException()).isNull();
        assertThat(created.getMessage().getHeader(GrafanaConstants.UID)).isEqualTo("prom");
        assertThat(call("grafana:datasource:prom", null).getMessage().getBody(Map.class).get("name"))
                .isEqualTo("Prometheus");
        assertThat(call("grafana:datasource?name=Prometheus", null).getMessage().getBody(Map.class).get("uid"))
                .isEqualTo("prom");
        assertThat(call("grafana:datasource", null).getMessage().getBody(List.class)).hasSize(1);
        assertThat(call("grafana:datasource?action=create", "{\"name\":\"Prometheus\",\"type\":\"prometheus\"}")
                .getException()).isInstanceOf(GrafanaConflictException.class);

        Exchange updated = call("grafana:datasource:prom?action=update",
                "{\"name\":\"Prometheus\",\"type\":\"prometheus\",\"access\":\"proxy\",\"url\":\"http://prom:9090\"}");
        assertThat(updated.getException()).isNull();
        Map<String, Object> health = call("grafana:datasource:prom?action=health", null).getMessage().getBody(Map.class);
        assertThat(health).containsKey("status");

        call("grafana:datasource:prom?action=delete", null);
        assertThat(call("grafana:datasource:prom", null).getException()).isInstanceOf(GrafanaNotFoundException.class);
        assertThat(sent("GET", "/api/datasources/[0-9]+.*")).as("numeric-id routes are never used").isEmpty();
    }

    @Test
    void snapshots() {
        Exchange created = call("grafana:snapshot",
                "{\"dashboard\":{\"title\":\"Snap\",\"panels\":[]},\"name\":\"snap\",\"expires\":3600}");
        assertThat(created.getException()).isNull();
        String key = created.getMessage().getHeader(GrafanaConstants.UID, String.class);
        assertThat(key).isNotBlank();
        Map<?, ?> read = call("grafana:snapshot:" + key + "?action=get", null).getMessage().getBody(Map.class);
        assertThat(((Map<?, ?>) read.get("dashboard")).get("title")).isEqualTo("Snap");
        call("grafana:snapshot:" + key + "?action=delete", null);
        assertThat(call("grafana:snapshot:" + key + "?action=get", null).getException())
                .isInstanceOf(GrafanaNotFoundException.class);
        emulator().clearRequests();
        assertThat(call("grafana:snapshot", "{\"name\":\"no dashboard\"}").getException())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(emulator().requests()).isEmpty();
    }

    @Test
    void health() {
        Map<?, ?> health = call("grafana:health", null).getMessage().getBody(Map.class);
        assertThat(health.get("database")).isEqualTo("ok");
        assertThat(health.get("version").toString()).startsWith("13.");
        emulator().databaseFailing(true);
        try {
            Map<?, ?> failing = call("grafana:health", null).getMessage().getBody(Map.class);
            assertThat(failing.get("database")).isEqualTo("failing");
        } finally {
            emulator().databaseFailing(false);
        }
    }
}
