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

    // -------------------------------------------------------------- files

    @Metadata(description = "The path of the file inside its connector (producer: instead of the one in the URI,"
            + " the whole path; consumer: the polled file's path, relative to the connector).", javaType = "String")
    public static final String FILE_PATH = "CamelDatagrokFilePath";

    @Metadata(label = "consumer", description = "The eTag Datagrok gives the file's current content; it changes when"
            + " the content changes.", javaType = "String")
    public static final String FILE_ETAG = "CamelDatagrokFileETag";

    @Metadata(label = "consumer", description = "What happened to the file: `modified` (new or changed), or `deleted`"
            + " (with `emitDeletes`).", javaType = "String")
    public static final String FILE_STATUS = "CamelDatagrokFileStatus";

    @Metadata(description = "The file's size in bytes, where known (uploaded content of known length, a download"
            + " read whole or written to a file, a polled file whose size the server sent).", javaType = "long")
    public static final String FILE_LENGTH = "CamelDatagrokFileLength";

    private DatagrokConstants() {
    }
}
