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

    // -------------------------------------------------------------- shares and groups
    @Metadata(label = "producer", description = "The groups or users to share with (comma-separated names or a"
            + " List), instead of the endpoint's `shareWith` or `groups` option.", javaType = "String")
    public static final String SHARE_GROUPS = "CamelDatagrokShareGroups";

    @Metadata(label = "producer", description = "The access a share grants, `View` or `Edit`, instead of the"
            + " endpoint's `access` option.", javaType = "String")
    public static final String ACCESS = "CamelDatagrokAccess";

    @Metadata(label = "producer", description = "The status of a share as Datagrok reports it: `success`,"
            + " `partial_success` or `failed`.", javaType = "String")
    public static final String SHARE_STATUS = "CamelDatagrokShareStatus";

    @Metadata(label = "producer", description = "The groups or users that have access after a share: newly shared"
            + " first, then those that had it already.", javaType = "java.util.List<String>")
    public static final String SHARED_WITH = "CamelDatagrokSharedWith";

    @Metadata(label = "producer", description = "The groups or users a share failed for (empty when all succeeded);"
            + " set before the error is raised, for error handlers.", javaType = "java.util.List<String>")
    public static final String SHARE_FAILED = "CamelDatagrokShareFailed";

    @Metadata(label = "producer", description = "The member to add or remove (a group name or id, or a user"
            + " login), instead of the endpoint's `member` option.", javaType = "String")
    public static final String MEMBER = "CamelDatagrokMember";

    @Metadata(label = "producer", description = "Admins only (true), non-admins only (false) for members and"
            + " memberships; the new member is an admin (true) for addMember. Instead of the `admin` option.",
              javaType = "Boolean")
    public static final String ADMIN = "CamelDatagrokAdmin";

    @Metadata(label = "producer", description = "The membership request to approve or deny, instead of the"
            + " `requestId` option; set to the new request's id by requestMembership.", javaType = "String")
    public static final String REQUEST_ID = "CamelDatagrokRequestId";

    @Metadata(label = "producer", description = "The smart filter of a group list, instead of the `filter` option.",
              javaType = "String")
    public static final String FILTER = "CamelDatagrokFilter";

    @Metadata(label = "producer", description = "The id of the group read, saved or changed by a group action.",
              javaType = "String")
    public static final String GROUP_ID = "CamelDatagrokGroupId";

    // -------------------------------------------------------------- dashboards and calls
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

    // -------------------------------------------------------------- users, connections, credentials, packages

    @Metadata(label = "producer", description = "The id of the user read, saved, blocked or unblocked.",
              javaType = "String")
    public static final String USER_ID = "CamelDatagrokUserId";

    @Metadata(label = "producer", description = "The id of the data connection read, saved, deleted or tested.",
              javaType = "String")
    public static final String CONNECTION_ID = "CamelDatagrokConnectionId";

    @Metadata(label = "producer", description = "The id of the credentials read or saved (never their secrets).",
              javaType = "String")
    public static final String CREDENTIALS_ID = "CamelDatagrokCredentialsId";

    @Metadata(label = "producer", description = "The id of the package (or published version) read.",
              javaType = "String")
    public static final String PACKAGE_ID = "CamelDatagrokPackageId";

    @Metadata(label = "producer", description = "Function catalogue: the id of the function described or saved.",
              javaType = "String")
    public static final String FUNCTION_ID = "CamelDatagrokFunctionId";

    @Metadata(label = "producer", description = "Lists (action=list of users, connections, packages, functions;"
            + " versions): how many items the body holds.", javaType = "int")
    public static final String RESULT_COUNT = "CamelDatagrokResultCount";

    @Metadata(label = "producer", description = "Lists: true when the server had more items than `maxResults` and the"
            + " body holds only the first `maxResults`.", javaType = "boolean")
    public static final String RESULTS_TRUNCATED = "CamelDatagrokResultsTruncated";

    // -------------------------------------------------------------- batch and health

    @Metadata(label = "producer", description = "Batch: the answer's summary, a Map with `total`, `succeeded`,"
            + " `partial`, `failed` and `skipped`.", javaType = "java.util.Map<String, Integer>")
    public static final String BATCH_SUMMARY = "CamelDatagrokBatchSummary";

    @Metadata(label = "producer", description = "Batch: how many operations did not succeed (failed, partial or"
            + " skipped); 0 when all did.", javaType = "int")
    public static final String BATCH_PROBLEMS = "CamelDatagrokBatchProblems";

    @Metadata(label = "producer", description = "Health: the server's verdict, `ok` or `degraded`.",
              javaType = "String")
    public static final String HEALTH_STATUS = "CamelDatagrokHealthStatus";

    private DatagrokConstants() {
    }
}
