package io.github.cameldatagrok.grafana.emulator.http;

import io.github.cameldatagrok.emulator.http.Exchange;
import io.github.cameldatagrok.grafana.emulator.GrafanaOrg;

/** The org a request acts on, as the pipeline resolved it from the credentials and {@code X-Grafana-Org-Id}. */
public final class Orgs {

    private static final String ATTRIBUTE = "grafana.emulator.org";

    private Orgs() {
    }

    public static void attach(Exchange exchange, GrafanaOrg org) {
        exchange.request().setAttribute(ATTRIBUTE, org);
    }

    public static GrafanaOrg of(Exchange exchange) {
        Object org = exchange.request().getAttribute(ATTRIBUTE);
        if (!(org instanceof GrafanaOrg grafanaOrg)) {
            throw new IllegalStateException("No org resolved for " + exchange.path());
        }
        return grafanaOrg;
    }
}
