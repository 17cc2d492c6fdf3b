package io.github.cameldatagrok.grafana.component;

/** What a producer does; each operation takes the actions its docs list and has its own default. */
public enum GrafanaAction {
    /** Create or update a dashboard from the body (the default of dashboard). */
    save,
    /** Read one: a dashboard, folder, public dashboard, data source, annotation or snapshot. */
    get,
    /** Delete one. */
    delete,
    /** Search dashboards and folders, every page up to maxResults. */
    search,
    /** The dashboard tags in use, with their counts. */
    tags,
    /** The home dashboard. */
    home,
    /** A dashboard's saved versions. */
    versions,
    /** Save a dashboard again as it was at an earlier version. */
    restore,
    /** A dashboard's permissions. */
    permissions,
    /** Replace a dashboard's permissions with the list in the body. */
    setPermissions,
    /** List folders, public dashboards or data sources. */
    list,
    /** Create a folder, public dashboard, data source, annotation (the default there) or snapshot (the default there). */
    create,
    /** Update a folder, public dashboard, data source or annotation. */
    update,
    /** Find annotations by time range and tags. */
    find,
    /** A data source's health check (the plugin's own test). */
    health
}
