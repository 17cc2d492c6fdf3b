package io.github.cameldatagrok.grafana.client.model;

import java.util.List;

/**
 * One page of {@code GET /apis/dashboard.grafana.app/<v>/namespaces/<ns>/dashboards?limit=&continue=}: the dashboards
 * in full (spec, generation, resourceVersion, folder), as a read of each gives them, and the token of the next page.
 *
 * @param dashboards    the page's dashboards
 * @param continueToken the next page's {@code continue} token; empty on the last page (a short page with a token
 *                      is not the last, grafana/grafana#131891)
 */
public record DashboardPage(List<GrafanaDashboard> dashboards, String continueToken) {

    public DashboardPage {
        dashboards = List.copyOf(dashboards);
        continueToken = continueToken == null ? "" : continueToken;
    }

    public boolean last() {
        return continueToken.isEmpty();
    }
}
