package io.github.cameldatagrok.component;

import io.github.cameldatagrok.support.http.HttpClientConfiguration;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * Options shared by the component and its endpoints: set on the component, they are the defaults of every
 * endpoint, which may override each of them in its URI. The HTTP options are {@link HttpClientConfiguration}'s.
 */
@UriParams
public class DatagrokConfiguration extends HttpClientConfiguration {

    // -------------------------------------------------------------- connection
    @UriParam(label = "common")
    private String baseUrl;
    @UriParam(label = "security", secret = true)
    private String apiKey;

    // -------------------------------------------------------------- operations
    @UriParam(label = "producer")
    private DatagrokAction action;
    @UriParam(label = "common", defaultValue = "stream")
    private DatagrokOutputType outputType = DatagrokOutputType.stream;
    @UriParam(label = "producer")
    private String columns;
    @UriParam(label = "producer")
    private String tables;
    @UriParam(label = "producer")
    private String layout;

    // -------------------------------------------------------------- files
    @UriParam(label = "producer")
    private String localPath;
    @UriParam(label = "common", defaultValue = "true")
    private boolean recursive = true;
    @UriParam(label = "common")
    private String ext;
    @UriParam(label = "producer", defaultValue = "true")
    private boolean clearWhenRemoteEmpty = true;

    // -------------------------------------------------------------- HTTP (the rest: HttpClientConfiguration)
    @UriParam(label = "advanced", defaultValue = "false")
    private boolean retryUploads;
    @UriParam(label = "advanced", defaultValue = "600000", javaType = "java.time.Duration")
    private long responseTimeout = 600_000;
    @UriParam(label = "advanced", defaultValue = "5000", javaType = "java.time.Duration")
    private long healthCheckTimeout = 5_000;

    // -------------------------------------------------------------- shares and groups
    @UriParam(label = "producer")
    private String shareWith;
    @UriParam(label = "producer")
    private String groups;
    @UriParam(label = "producer", defaultValue = "View", enums = "View,Edit")
    private String access = "View";
    @UriParam(label = "producer")
    private String filter;
    @UriParam(label = "producer", defaultValue = "false")
    private boolean includePersonal;
    @UriParam(label = "producer", defaultValue = "false")
    private boolean includeMembers;
    @UriParam(label = "producer", defaultValue = "false")
    private boolean includeMemberships;
    @UriParam(label = "producer")
    private Boolean admin;
    @UriParam(label = "producer")
    private String member;
    @UriParam(label = "producer")
    private String requestId;
    @UriParam(label = "producer", defaultValue = "false")
    private boolean saveRelations;

    // users, connections, packages, function catalogue, batch, health
    @UriParam(label = "producer", defaultValue = "1000")
    private int maxResults = 1000;
    @UriParam(label = "producer", defaultValue = "false")
    private boolean includeGroup;
    @UriParam(label = "producer")
    private String dataSource;
    @UriParam(label = "producer")
    private String tags;
    @UriParam(label = "producer", defaultValue = "false")
    private boolean saveCredentials;
    @UriParam(label = "producer")
    private Integer concurrency;
    @UriParam(label = "producer")
    private Boolean stopOnError;
    @UriParam(label = "producer")
    private Boolean transaction;
    @UriParam(label = "producer")
    private String module;

    public DatagrokConfiguration copy() {
        return (DatagrokConfiguration) clone();
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    /**
     * The Datagrok API address: the deployment URL plus /api, e.g. https://public.datagrok.ai/api
     * (a bare Datlas server without its front end: http://host:8082). When unset, the property
     * datagrok.url or the environment variable DATAGROK_URL is used.
     */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getApiKey() {
        return apiKey;
    }

    /**
     * The API key from the Datagrok user profile. "Bearer " is prepended unless the value already names a
     * scheme. When unset, the property datagrok.api-key or the environment variable
     * DATAGROK_API_KEY is used. Never logged.
     */
    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public DatagrokAction getAction() {
        return action;
    }

    /**
     * What the producer does with its target; each operation has its own actions and default (table and file:
     * upload; dashboard: create; share: share). The header CamelDatagrokAction overrides it per message.
     */
    public void setAction(DatagrokAction action) {
        this.action = action;
    }

    public DatagrokOutputType getOutputType() {
        return outputType;
    }

    /**
     * The form of a downloaded or polled table in the body: stream (an unbuffered CSV InputStream),
     * string (the CSV text), rows (a List of Map with typed values) or iterator (an
     * Iterator of Map reading one row at a time, for a streaming split). A downloaded file may also be bytes (a
     * byte[]) or file (written to localPath; the body is the java.io.File).
     */
    public void setOutputType(DatagrokOutputType outputType) {
        this.outputType = outputType;
    }

    public String getColumns() {
        return columns;
    }

    /**
     * Comma-separated CSV columns, in order, for uploading rows (Maps). By default the keys of the first row,
     * in its order. Every row must have exactly these keys.
     */
    public void setColumns(String columns) {
        this.columns = columns;
    }

    public String getTables() {
        return tables;
    }

    /**
     * Dashboards: comma-separated ids or Grok names of the tables to put in the dashboard. The header
     * CamelDatagrokTables overrides it; without either, the tables that datagrok:table uploads earlier in the same
     * exchange left behind are taken.
     */
    public void setTables(String tables) {
        this.tables = tables;
    }

    public String getLayout() {
        return layout;
    }

    /**
     * Dashboards: the project layout JSON (exported from Datagrok), sent unchanged: a file path, or a resource URI
     * such as classpath:layouts/sales.layout or file:/etc/sales.layout. When unset, a layout in the body (JSON
     * String, Map, InputStream or File) is used.
     */
    public void setLayout(String layout) {
        this.layout = layout;
    }

    public boolean isRetryUploads() {
        return retryUploads;
    }

    /**
     * Retry uploads too. An upload replaces the table, so repeating it is safe; only bodies that can be sent again
     * (byte[], String, File, Path, GenericFile, a List of rows) are retried, never a one-shot InputStream or
     * Iterator.
     */
    public void setRetryUploads(boolean retryUploads) {
        this.retryUploads = retryUploads;
    }

    @Override
    public long getResponseTimeout() {
        return responseTimeout;
    }

    /**
     * Longest silence allowed while waiting for response data, in milliseconds. Large tables take the server a
     * while to convert to CSV, hence the generous default.
     */
    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public long getHealthCheckTimeout() {
        return healthCheckTimeout;
    }

    /**
     * How long, in milliseconds, the endpoint's health check waits for Datagrok's health route; it makes one attempt
     * (no retries), so a readiness probe answers within this time when Datagrok is down.
     */
    public void setHealthCheckTimeout(long healthCheckTimeout) {
        this.healthCheckTimeout = healthCheckTimeout;
    }

    public String getShareWith() {
        return shareWith;
    }

    /**
     * Comma-separated group names or user logins to share with (dashboards: right after creating, or with
     * action=share). The header CamelDatagrokShareGroups overrides it per message.
     */
    public void setShareWith(String shareWith) {
        this.shareWith = shareWith;
    }

    public String getGroups() {
        return groups;
    }

    /**
     * Comma-separated group names or user logins to share the entity with (datagrok:share); the same as
     * shareWith. The header CamelDatagrokShareGroups overrides it per message.
     */
    public void setGroups(String groups) {
        this.groups = groups;
    }

    public String getAccess() {
        return access;
    }

    /**
     * The access a share grants: View or Edit (any case). Another value is an error before anything is sent.
     * The header CamelDatagrokAccess overrides it per message.
     */
    public void setAccess(String access) {
        this.access = access;
    }

    public String getFilter() {
        return filter;
    }

    /**
     * A Datagrok smart filter for action=list: of groups (e.g. name = "Chemists"; personal=false is added unless
     * includePersonal), users (login = "alice", status = "active"), connections (dataSource = "Postgres"), packages
     * and functions (source = "script", package.shortName = "Chem"). The header CamelDatagrokFilter overrides it per
     * message.
     */
    public void setFilter(String filter) {
        this.filter = filter;
    }

    public boolean isIncludePersonal() {
        return includePersonal;
    }

    /** List personal groups (users) too (action=list of groups). */
    public void setIncludePersonal(boolean includePersonal) {
        this.includePersonal = includePersonal;
    }

    public boolean isIncludeMembers() {
        return includeMembers;
    }

    /** Include each listed group's members (action=list of groups). */
    public void setIncludeMembers(boolean includeMembers) {
        this.includeMembers = includeMembers;
    }

    public boolean isIncludeMemberships() {
        return includeMemberships;
    }

    /** Include the groups each listed group belongs to (action=list of groups). */
    public void setIncludeMemberships(boolean includeMemberships) {
        this.includeMemberships = includeMemberships;
    }

    public Boolean getAdmin() {
        return admin;
    }

    /**
     * For action=members and memberships: true lists admin relations only, false non-admin ones only, unset lets
     * the server decide (all, or non-admin only, depending on the server). For action=addMember: whether the new
     * member is an admin of the group. The header CamelDatagrokAdmin overrides it per message.
     */
    public void setAdmin(Boolean admin) {
        this.admin = admin;
    }

    public String getMember() {
        return member;
    }

    /**
     * The member for action=addMember and removeMember: a group name or id, or a user login (the user's
     * personal group). The header CamelDatagrokMember overrides it per message.
     */
    public void setMember(String member) {
        this.member = member;
    }

    public String getRequestId() {
        return requestId;
    }

    /** The membership request for action=approve and deny. The header CamelDatagrokRequestId overrides it. */
    public void setRequestId(String requestId) {
        this.requestId = requestId;
    }

    public boolean isSaveRelations() {
        return saveRelations;
    }

    /**
     * For action=save of groups: save the group's member and membership relations too (relations without an id
     * get one); otherwise only the group's own fields are saved.
     */
    public void setSaveRelations(boolean saveRelations) {
        this.saveRelations = saveRelations;
    }

    public int getMaxResults() {
        return maxResults;
    }

    /**
     * Lists of users, connections, packages, published versions and functions (action=list, versions): read at most
     * this many items; the header CamelDatagrokResultsTruncated is true when the server had more. Datagrok's public
     * list routes ignore paging and answer everything, so the cap is applied while reading; 0 reads all.
     */
    public void setMaxResults(int maxResults) {
        this.maxResults = maxResults;
    }

    public boolean isIncludeGroup() {
        return includeGroup;
    }

    /** Users, action=list: each user comes with its personal group. */
    public void setIncludeGroup(boolean includeGroup) {
        this.includeGroup = includeGroup;
    }

    public String getDataSource() {
        return dataSource;
    }

    /** Connections, action=list: only connections of this data source, e.g. Postgres, S3, Files. */
    public void setDataSource(String dataSource) {
        this.dataSource = dataSource;
    }

    public String getTags() {
        return tags;
    }

    /** Connections, action=list: only connections with all these tags (comma-separated). */
    public void setTags(String tags) {
        this.tags = tags;
    }

    public boolean isSaveCredentials() {
        return saveCredentials;
    }

    /**
     * Connections, action=save: store the connection's credentials too; without it Datagrok keeps the credentials it
     * has.
     */
    public void setSaveCredentials(boolean saveCredentials) {
        this.saveCredentials = saveCredentials;
    }

    public Integer getConcurrency() {
        return concurrency;
    }

    /** Batch: how many operations the server may run at once (the batch option concurrency); unset: its default. */
    public void setConcurrency(Integer concurrency) {
        this.concurrency = concurrency;
    }

    public Boolean getStopOnError() {
        return stopOnError;
    }

    /** Batch: skip the remaining operations after one fails (the batch option stopOnError); unset: its default. */
    public void setStopOnError(Boolean stopOnError) {
        this.stopOnError = stopOnError;
    }

    public Boolean getTransaction() {
        return transaction;
    }

    /** Batch: all or nothing, a failure undoes the operations done (the batch option transaction); unset: default. */
    public void setTransaction(Boolean transaction) {
        this.transaction = transaction;
    }

    public String getModule() {
        return module;
    }

    /** Health: report only this module (service key, e.g. grok_connect). */
    public void setModule(String module) {
        this.module = module;
    }

    public String getLocalPath() {
        return localPath;
    }

    /**
     * Files: the local directory that action=sync mirrors the remote directory into (with a .sync_meta.json as
     * Datagrok's Python client writes it), or where outputType=file writes a download (a file; or a directory, which
     * gets the remote file name, when it exists or ends with /).
     */
    public void setLocalPath(String localPath) {
        this.localPath = localPath;
    }

    public boolean isRecursive() {
        return recursive;
    }

    /** Files: include sub-directories of the remote directory (sync and polling). */
    public void setRecursive(boolean recursive) {
        this.recursive = recursive;
    }

    public String getExt() {
        return ext;
    }

    /** Files: only files with this extension (csv or .csv, passed to Datagrok as given), for sync and polling. */
    public void setExt(String ext) {
        this.ext = ext;
    }

    public boolean isClearWhenRemoteEmpty() {
        return clearWhenRemoteEmpty;
    }

    /**
     * Files, action=sync: when the remote directory is empty (Datagrok answers 204), delete everything in localPath,
     * as the Python client does. Turn off to keep local files in that case.
     */
    public void setClearWhenRemoteEmpty(boolean clearWhenRemoteEmpty) {
        this.clearWhenRemoteEmpty = clearWhenRemoteEmpty;
    }
}
