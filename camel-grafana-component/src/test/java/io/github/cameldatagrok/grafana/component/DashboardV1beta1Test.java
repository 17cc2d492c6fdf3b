package io.github.cameldatagrok.grafana.component;

import io.github.cameldatagrok.grafana.emulator.GrafanaEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Grafana 12 serves v1beta1 only: auto falls back to it; apiVersion=legacy keeps the /api routes; with Basic
 * authentication, orgId 2 is sent as X-Grafana-Org-Id and names the namespace org-2.
 */
class DashboardV1beta1Test extends GrafanaTestSupport {

    @RegisterExtension
    static final GrafanaEmulatorExtension GRAFANA = GrafanaEmulatorExtension.create(b -> b.version(12).org(2, "Two"));

    @Override
    GrafanaEmulatorExtension grafana() {
        return GRAFANA;
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // a user may act in any org it belongs to; a token only in its own
        GrafanaComponent basic = new GrafanaComponent();
        basic.getConfiguration().setBaseUrl(GRAFANA.baseUrl());
        basic.getConfiguration().setUsername(GRAFANA.emulator().user());
        basic.getConfiguration().setPassword(GRAFANA.emulator().password());
        context.addComponent("grafanaBasic", basic);
        return context;
    }

    @Test
    void autoFallsBackToV1beta1() {
        Exchange saved = template.request("grafana:dashboard", e -> e.getMessage().setBody(DashboardApisTest.OPS));
        assertThat(saved.getException()).isNull();
        assertThat(saved.getMessage().getHeader(GrafanaConstants.API_VERSION)).isEqualTo("v1beta1");
        assertThat(sent("GET", "/apis/dashboard.grafana.app/v1/namespaces/default/dashboards")).hasSize(1);
        assertThat(sent("POST", "/apis/dashboard.grafana.app/v1beta1/namespaces/default/dashboards")).hasSize(1);
    }

    @Test
    void legacyIsAChoiceOnGrafana12() {
        Exchange saved = template.request("grafana:dashboard?apiVersion=legacy",
                e -> e.getMessage().setBody(DashboardApisTest.OPS));
        assertThat(saved.getException()).isNull();
        assertThat(saved.getMessage().getHeader(GrafanaConstants.API_VERSION)).isEqualTo("legacy");
        assertThat(sent("POST", "/api/dashboards/db")).hasSize(1);
        assertThat(sent("GET", "/api/health")).isEmpty();
    }

    @Test
    void orgIdIsSentAndNamesTheNamespace() {
        Exchange saved = template.request("grafanaBasic:dashboard?apiVersion=v1beta1&orgId=2",
                e -> e.getMessage().setBody(DashboardApisTest.OPS));
        assertThat(saved.getException()).isNull();
        assertThat(sent("POST", "/apis/dashboard.grafana.app/v1beta1/namespaces/org-2/dashboards")).hasSize(1);
        assertThat(emulator().requests()).allMatch(r -> "2".equals(r.header("X-Grafana-Org-Id")));
        assertThat(emulator().requests()).allMatch(r -> r.authorizationPresent());
        assertThat(emulator().org(2).dashboards().find("ops-overview")).isPresent();
        assertThat(emulator().org(1).dashboards().find("ops-overview")).isEmpty();
    }
}
