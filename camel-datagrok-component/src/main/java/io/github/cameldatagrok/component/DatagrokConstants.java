package io.github.cameldatagrok.component;

import org.apache.camel.spi.Metadata;

/** Message headers the {@code datagrok} component reads and sets. */
public final class DatagrokConstants {

    @Metadata(label = "producer", description = "The target (for tables: the table's Grok name or id) to use"
            + " instead of the one in the endpoint URI, so that one endpoint can serve many targets.",
              javaType = "String")
    public static final String TARGET = "CamelDatagrokTarget";

    @Metadata(label = "producer", description = "The action to perform instead of the endpoint's `action` option.",
              javaType = "io.github.cameldatagrok.component.DatagrokAction")
    public static final String ACTION = "CamelDatagrokAction";

    @Metadata(label = "producer", description = "The CSV columns, in order, to write rows with, instead of the"
            + " endpoint's `columns` option (a comma-separated String or a List).", javaType = "String")
    public static final String COLUMNS = "CamelDatagrokColumns";

    @Metadata(description = "The id (UUID) of the table uploaded (producer) or polled (consumer).", javaType = "String")
    public static final String TABLE_ID = "CamelDatagrokTableId";

    @Metadata(description = "The Grok name of the table uploaded or polled, e.g. `Admin:Sales:Orders`.",
              javaType = "String")
    public static final String GROK_NAME = "CamelDatagrokGrokName";

    @Metadata(label = "producer", description = "The address of the uploaded table's project in the Datagrok UI.",
              javaType = "String")
    public static final String URL = "CamelDatagrokUrl";

    @Metadata(label = "producer", description = "Markup that renders a link to the uploaded table.", javaType = "String")
    public static final String MARKUP = "CamelDatagrokMarkup";

    @Metadata(label = "consumer", description = "The SHA-256 of the polled table's CSV, hex-encoded; a new value"
            + " means the content changed.", javaType = "String")
    public static final String CONTENT_HASH = "CamelDatagrokContentHash";

    @Metadata(label = "consumer", description = "The size in bytes of the polled table's CSV.", javaType = "long")
    public static final String CONTENT_LENGTH = "CamelDatagrokContentLength";

    @Metadata(label = "producer", description = "Dashboards: the tables to put in the dashboard, ids or Grok names"
            + " (a comma-separated String or a List), instead of the `tables` option.", javaType = "String")
    public static final String TABLES = "CamelDatagrokTables";

    @Metadata(label = "producer", description = "Dashboards: the id of the created dashboard (project).",
              javaType = "String")
    public static final String DASHBOARD_ID = "CamelDatagrokDashboardId";

    @Metadata(label = "producer", description = "Function calls: headers named with this prefix are inputs, by the"
            + " rest of the name: `CamelDatagrokInput.x` is input `x`. They win over inputs of the same name in the"
            + " body.", javaType = "Object")
    public static final String INPUT_PREFIX = "CamelDatagrokInput.";

    /**
     * Exchange property (not a header): the ids of the tables that datagrok:table uploads in this exchange made, in
     * order, as a {@code List<String>}. A dashboard without the `tables` option or header takes them.
     */
    public static final String UPLOADED_TABLE_IDS_PROPERTY = "CamelDatagrokUploadedTableIds";

    private DatagrokConstants() {
    }
}
