package io.github.cameldatagrok.grafana.component;

/** What a {@code grafana:} endpoint works on: the first part of its URI. */
public enum GrafanaOperation {
    /** Dashboards: save, get, delete, search, tags, home, versions, restore, permissions; poll for changed ones. */
    dashboard,
    /** Folders: list, get, create, update, delete. */
    folder,
    /** Public (shared) dashboards: create, update, get, delete, list. */
    publicDashboard,
    /** Data sources: list, get (by uid or name), create, update, delete, health. */
    datasource,
    /** Annotations: create, find, update, delete; poll for new ones. */
    annotation,
    /** Dashboard snapshots: create, get, delete. */
    snapshot,
    /** Grafana's own health ({@code GET /api/health}). */
    health
}
