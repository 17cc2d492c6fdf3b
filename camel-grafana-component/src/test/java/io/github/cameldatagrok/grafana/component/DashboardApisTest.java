package io.github.cameldatagrok.grafana.component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameldatagrok.emulator.Fault;
import io.github.cameldatagrok.grafana.client.GrafanaConflictException;
import io.github.cameldatagrok.grafana.emulator.GrafanaEmulatorExtension;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * grafana:dashboard on Grafana 13's /apis/dashboard.grafana.app/v1: auto finds it; a create sends no
 * resourceVersion, an update sends the one it read; the folder annotation stays unless a move is asked for.
 */
class DashboardApisTest extends GrafanaTestSupport {

    @RegisterExtension
    static final GrafanaEmulatorExtension GRAFANA = GrafanaEmulatorExtension.create(b -> b.version(13));

    static final ObjectMapper JSON = new ObjectMapper();
    static final String OPS = "{\"uid\":\"ops-overview\",\"title\":\"Ops overview\",\"tags\":[\"ops\"],\"panels\":[]}";
    static final String V1 = "/apis/dashboard.grafana.app/v1/namespaces/default/dashboards";

    @Override
    GrafanaEmulatorExtension grafana() {
        return GRAFANA;
    }

    Exchange save(String body, String options) {
        return template.request("grafana:dashboard" + options, e -> e.getMessage().setBody(body));
    }

    @Test
    void autoDetectsV1AndCreateSendsNoResourceVersion() throws Exception {
        Exchange created = save(OPS, "");
        assertThat(created.getException()).isNull();
        assertThat(created.getMessage().getHeader(GrafanaConstants.API_VERSION)).isEqualTo("v1");
        assertThat(created.getMessage().getHeader(GrafanaConstants.CREATED)).isEqualTo(true);
        assertThat(created.getMessage().getHeader(GrafanaConstants.VERSION)).isEqualTo(1L);
        assertThat(created.getMessage().getHeader(GrafanaConstants.RESOURCE_VERSION)).isNotNull();

        JsonNode sent = JSON.readTree(sent("POST", V1).get(0).bodyText());
        assertThat(sent.path("metadata").has("resourceVersion")).isFalse();
        assertThat(sent.path("metadata").path("name").asText()).isEqualTo("ops-overview");
        assertThat(sent.path("spec").path("title").asText()).isEqualTo("Ops overview");
        assertThat(sent.path("spec").has("uid")).isFalse();
        assertThat(sent("POST", "/api/dashboards/db")).isEmpty();
    }

    @Test
    void updateSendsBackTheResourceVersionItReadAndKeepsTheFolder() throws Exception {
        emulator().folders().create("ops", "Ops", null, null);
        save(OPS, "?folderUid=ops");
        String read = template.requestBody("grafana:dashboard:ops-overview?action=get", null, String.class);
        Exchange readExchange = template.request("grafana:dashboard:ops-overview?action=get", e -> { });
        String resourceVersion = readExchange.getMessage().getHeader(GrafanaConstants.RESOURCE_VERSION, String.class);
        assertThat(readExchange.getMessage().getHeader(GrafanaConstants.FOLDER_UID)).isEqualTo("ops");

        Exchange updated = save(read.replace("Ops overview", "Ops 2"), "");
        assertThat(updated.getException()).isNull();
        assertThat(updated.getMessage().getHeader(GrafanaConstants.VERSION)).isEqualTo(2L);
        JsonNode put = JSON.readTree(sent("PUT", V1 + "/ops-overview").get(0).bodyText());
        assertThat(put.path("metadata").path("resourceVersion").asText()).isEqualTo(resourceVersion);
        assertThat(put.path("metadata").path("annotations").path("grafana.app/folder").asText()).isEqualTo("ops");
        assertThat(emulator().dashboards().require("ops-overview").folderUid()).isEqualTo("ops");
        assertThat(emulator().dashboards().require("ops-overview").title()).isEqualTo("Ops 2");
    }

    @Test
    void aStaleVersionIsTheSameConflictAsOnTheLegacyRoutes() {
        save(OPS, "");
        // generation grows with a change of the spec only: the second save changes the title
        save(OPS.replace("\"tags\"", "\"version\":1,\"tags\"").replace("Ops overview", "Ops 2"), "");
        Exchange stale = save(OPS.replace("\"tags\"", "\"version\":1,\"tags\""), "");
        assertThat(stale.getException()).isInstanceOf(GrafanaConflictException.class);
        assertThat(((GrafanaConflictException) stale.getException()).getGrafanaStatus()).isEqualTo("version-mismatch");
        assertThat(sent("PUT", V1 + "/ops-overview")).hasSize(1);

        assertThat(save(OPS, "?overwrite=true").getException()).isNull();
    }

    @Test
    void aChangeBetweenReadAndWriteIsGrafanas409Conflict() {
        save(OPS, "");
        emulator().faults().add(Fault.on("PUT", V1 + "/ops-overview").status(409).body("application/json",
                "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\",\"message\":\"the"
                        + " object has been modified\",\"reason\":\"Conflict\",\"code\":409}").times(1));
        Exchange lost = save(OPS, "?overwrite=true");
        assertThat(lost.getException()).isInstanceOf(GrafanaConflictException.class);
        GrafanaConflictException conflict = (GrafanaConflictException) lost.getException();
        assertThat(conflict.getStatusCode()).isEqualTo(409);
        assertThat(conflict.getReason()).isEqualTo("Conflict");
        assertThat(conflict.getGrafanaMessage()).contains("modified");
    }

    @Test
    void deleteAndSearchWorkBesideTheResourceRoutes() {
        save(OPS, "");
        assertThat(template.requestBody("grafana:dashboard?action=search&query=Ops", null, java.util.List.class))
                .hasSize(1);
        template.requestBody("grafana:dashboard:ops-overview?action=delete", (Object) null);
        assertThat(sent("DELETE", V1 + "/ops-overview")).hasSize(1);
        assertThat(emulator().dashboards().find("ops-overview")).isEmpty();
    }
}
