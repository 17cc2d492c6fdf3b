package io.github.cameldatagrok.grafana.component;

import io.github.cameldatagrok.grafana.client.GrafanaConflictException;
import io.github.cameldatagrok.grafana.emulator.GrafanaEmulatorExtension;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After Grafana 13.0.1 the legacy save answers a stale version with 409 instead of 412 (grafana/grafana PR #122027):
 * the same GrafanaConflictException, with Grafana's status code and message.
 */
class LegacyConflict409Test extends GrafanaTestSupport {

    @RegisterExtension
    static final GrafanaEmulatorExtension GRAFANA = GrafanaEmulatorExtension.create(b -> b.version("13.1.0"));

    @Override
    GrafanaEmulatorExtension grafana() {
        return GRAFANA;
    }

    @Test
    void aStaleLegacySaveIs409AndStillAConflict() {
        String ops = "{\"uid\":\"ops\",\"title\":\"Ops\",\"version\":1}";
        assertThat(template.request("grafana:dashboard?apiVersion=legacy", e -> e.getMessage().setBody(ops))
                .getException()).isNull();
        assertThat(template.request("grafana:dashboard?apiVersion=legacy", e -> e.getMessage().setBody(ops))
                .getException()).isNull();
        Exchange stale = template.request("grafana:dashboard?apiVersion=legacy", e -> e.getMessage().setBody(ops));
        assertThat(stale.getException()).isInstanceOf(GrafanaConflictException.class);
        GrafanaConflictException conflict = (GrafanaConflictException) stale.getException();
        assertThat(conflict.getStatusCode()).isEqualTo(409);
        assertThat(conflict.getGrafanaMessage()).contains("overwrite");
        assertThat(sent("POST", "/api/dashboards/db")).hasSize(3);
    }
}
