package io.github.cameldatagrok.grafana.client;

/** Which generation of Grafana's dashboard API a client speaks. */
public enum GrafanaApiVersion {
    /**
     * Find out once per client: {@code GET /api/health} for the version; below 12 the legacy routes, else (or when the
     * version is hidden) a probe of {@code /apis/dashboard.grafana.app/v1}, then {@code v1beta1}, then the legacy
     * routes.
     */
    auto,
    /** The {@code /api/dashboards/...} routes (every Grafana version; deprecated, not disabled, in 13). */
    legacy,
    /** {@code /apis/dashboard.grafana.app/v1} (Grafana 13, GA). */
    v1,
    /** {@code /apis/dashboard.grafana.app/v1beta1} (Grafana 12). */
    v1beta1
}
