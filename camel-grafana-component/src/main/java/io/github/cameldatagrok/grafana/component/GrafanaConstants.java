package io.github.cameldatagrok.grafana.component;

import org.apache.camel.spi.Metadata;

/** Message headers the {@code grafana} component reads and sets. */
public final class GrafanaConstants {

    @Metadata(label = "producer", description = "The action to perform instead of the endpoint's `action` option.",
              javaType = "io.github.cameldatagrok.grafana.component.GrafanaAction")
    public static final String ACTION = "CamelGrafanaAction";

    @Metadata(description = "The uid (or, for dashboards, a dashboard URL) the operation applies to, instead of the"
            + " one in the URI; set to the uid of what was saved, created, read or polled. Annotations: the id;"
            + " snapshots: the key.", javaType = "String")
    public static final String UID = "CamelGrafanaUid";

    @Metadata(description = "Dashboards: the version after a save or restore, or of the dashboard read or polled"
            + " (on the /apis routes: metadata.generation). Restore: the version to restore, instead of the `version`"
            + " option.", javaType = "Long")
    public static final String VERSION = "CamelGrafanaVersion";

    @Metadata(description = "Dashboards: the /apis metadata.resourceVersion after a save or of the dashboard read"
            + " (absent on the legacy routes).", javaType = "String")
    public static final String RESOURCE_VERSION = "CamelGrafanaResourceVersion";

    @Metadata(description = "Dashboards: the folder to save in, instead of the `folderUid` option (empty: the root);"
            + " set to the folder of the dashboard saved, read or polled (absent for the root).", javaType = "String")
    public static final String FOLDER_UID = "CamelGrafanaFolderUid";

    @Metadata(description = "Dashboards: the title of the dashboard read or polled.", javaType = "String")
    public static final String TITLE = "CamelGrafanaTitle";

    @Metadata(description = "Dashboards: its address in the Grafana UI, relative to the root URL.",
              javaType = "String")
    public static final String URL = "CamelGrafanaUrl";

    @Metadata(label = "producer", description = "Dashboard save: whether the save created the dashboard (else it"
            + " updated it).", javaType = "Boolean")
    public static final String CREATED = "CamelGrafanaCreated";

    @Metadata(label = "producer", description = "Dashboard save: the version note, instead of the `message` option.",
              javaType = "String")
    public static final String MESSAGE = "CamelGrafanaMessage";

    @Metadata(description = "Lists: true when `maxResults` (or, for annotations, `limit`) cut the list, so more"
            + " exist or may exist.", javaType = "Boolean")
    public static final String TRUNCATED = "CamelGrafanaTruncated";

    @Metadata(label = "producer", description = "Public dashboard list: how many exist in all, as Grafana counts"
            + " them.", javaType = "Long")
    public static final String TOTAL_COUNT = "CamelGrafanaTotalCount";

    @Metadata(label = "producer", description = "Search: a substring of the titles, instead of the `query` option.",
              javaType = "String")
    public static final String QUERY = "CamelGrafanaQuery";

    @Metadata(description = "Annotations: the tags (a List or comma-separated String) to create with or find by,"
            + " instead of the `tags` option; set to the polled annotation's tags.", javaType = "java.util.List<String>")
    public static final String TAGS = "CamelGrafanaTags";

    @Metadata(label = "producer", description = "Annotation create and update without a JSON body: the text.",
              javaType = "String")
    public static final String TEXT = "CamelGrafanaText";

    @Metadata(description = "Annotations: the time, epoch milliseconds (create: default now; also ISO-8601 text with"
            + " an offset, as CloudEvents' time); find: the start of the range is CamelGrafanaFrom.", javaType = "Long")
    public static final String TIME = "CamelGrafanaTime";

    @Metadata(label = "producer", description = "Annotation create: the end of a region, epoch milliseconds (or"
            + " ISO-8601 text with an offset).", javaType = "Long")
    public static final String TIME_END = "CamelGrafanaTimeEnd";

    @Metadata(label = "producer", description = "Annotation find: the earliest time, epoch milliseconds, instead of"
            + " the `from` option.", javaType = "Long")
    public static final String FROM = "CamelGrafanaFrom";

    @Metadata(label = "producer", description = "Annotation find: the latest time, epoch milliseconds, instead of the"
            + " `to` option.", javaType = "Long")
    public static final String TO = "CamelGrafanaTo";

    @Metadata(description = "Annotations: the dashboard of the annotation created, found or polled, instead of the"
            + " `dashboardUid` option.", javaType = "String")
    public static final String DASHBOARD_UID = "CamelGrafanaDashboardUid";

    @Metadata(label = "producer", description = "Annotation create: the panel of the dashboard it belongs to.",
              javaType = "Long")
    public static final String PANEL_ID = "CamelGrafanaPanelId";

    @Metadata(label = "producer", description = "Public dashboards, update and delete: the public dashboard's uid,"
            + " instead of the `publicDashboardUid` option.", javaType = "String")
    public static final String PUBLIC_DASHBOARD_UID = "CamelGrafanaPublicDashboardUid";

    @Metadata(label = "producer", description = "Data sources, get: the name to find it by, instead of the `name`"
            + " option.", javaType = "String")
    public static final String NAME = "CamelGrafanaName";

    @Metadata(description = "The dashboard API generation the endpoint speaks: legacy, v1 or v1beta1 (after auto"
            + " detection).", javaType = "String")
    public static final String API_VERSION = "CamelGrafanaApiVersion";

    private GrafanaConstants() {
    }
}
