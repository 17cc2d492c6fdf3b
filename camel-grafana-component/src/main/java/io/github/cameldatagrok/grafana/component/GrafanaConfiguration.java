package io.github.cameldatagrok.grafana.component;

import io.github.cameldatagrok.grafana.client.GrafanaApiVersion;
import io.github.cameldatagrok.support.http.HttpClientConfiguration;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * Options shared by the component and its endpoints: set on the component, they are the defaults of every endpoint,
 * which may override each of them in its URI. The HTTP options are {@link HttpClientConfiguration}'s.
 */
@UriParams
public class GrafanaConfiguration extends HttpClientConfiguration {

    // -------------------------------------------------------------- connection
    @UriParam(label = "common")
    private String baseUrl;
    @UriParam(label = "security", secret = true)
    private String token;
    @UriParam(label = "security", secret = true)
    private String username;
    @UriParam(label = "security", secret = true)
    private String password;
    @UriParam(label = "common")
    private Long orgId;
    @UriParam(label = "common", defaultValue = "auto")
    private GrafanaApiVersion apiVersion = GrafanaApiVersion.auto;
    @UriParam(label = "advanced")
    private String namespace;

    // -------------------------------------------------------------- producers
    @UriParam(label = "producer")
    private GrafanaAction action;
    @UriParam(label = "producer")
    private String folderUid;
    @UriParam(label = "producer")
    private String message;
    @UriParam(label = "producer", defaultValue = "false")
    private boolean overwrite;
    @UriParam(label = "producer")
    private Long version;
    @UriParam(label = "producer")
    private String publicDashboardUid;
    @UriParam(label = "producer")
    private String name;

    // -------------------------------------------------------------- search and lists
    @UriParam(label = "common")
    private String query;
    @UriParam(label = "common")
    private String tags;
    @UriParam(label = "common", enums = "dash-db,dash-folder")
    private String type;
    @UriParam(label = "common")
    private String folderUids;
    @UriParam(label = "common", defaultValue = "false")
    private boolean starred;
    @UriParam(label = "common")
    private String parentUid;
    @UriParam(label = "common", defaultValue = "1000")
    private int pageSize = 1000;
    @UriParam(label = "common", defaultValue = "10000")
    private int maxResults = 10_000;

    // -------------------------------------------------------------- annotations
    @UriParam(label = "common")
    private Long from;
    @UriParam(label = "common")
    private Long to;
    @UriParam(label = "common")
    private String dashboardUid;
    @UriParam(label = "common", defaultValue = "false")
    private boolean matchAny;
    @UriParam(label = "common", enums = "annotation,alert")
    private String annotationType;
    @UriParam(label = "common", defaultValue = "100")
    private int limit = 100;

    // -------------------------------------------------------------- HTTP (the rest: HttpClientConfiguration)
    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration")
    private long responseTimeout = 60_000;

    public GrafanaConfiguration copy() {
        return (GrafanaConfiguration) clone();
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    /**
     * Grafana's root URL with any sub-path, e.g. https://grafana.example.com or https://host/grafana. When unset, the
     * property grafana.url or the environment variable GRAFANA_URL is used.
     */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getToken() {
        return token;
    }

    /**
     * A service-account token (glsa_...) or legacy API key, sent as Authorization: Bearer. When neither it nor
     * username is set, the property grafana.token or the environment variable GRAFANA_TOKEN is used. Never logged.
     */
    public void setToken(String token) {
        this.token = token;
    }

    public String getUsername() {
        return username;
    }

    /**
     * A Grafana user for Basic authentication instead of a token (on-premises; LDAP users too). Needs password.
     */
    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    /** The password of username. Never logged. */
    public void setPassword(String password) {
        this.password = password;
    }

    public Long getOrgId() {
        return orgId;
    }

    /**
     * The organisation every request acts on, sent as X-Grafana-Org-Id; unset: the credentials' own. Also gives the
     * /apis namespace (default for org 1, org-N above).
     */
    public void setOrgId(Long orgId) {
        this.orgId = orgId;
    }

    public GrafanaApiVersion getApiVersion() {
        return apiVersion;
    }

    /**
     * The dashboard API generation: legacy (/api/dashboards, every Grafana), v1 (/apis/dashboard.grafana.app/v1,
     * Grafana 13), v1beta1 (Grafana 12), or auto (default), which asks /api/health for the version and probes the
     * /apis routes on Grafana 12 and up.
     */
    public void setApiVersion(GrafanaApiVersion apiVersion) {
        this.apiVersion = apiVersion;
    }

    public String getNamespace() {
        return namespace;
    }

    /**
     * The namespace of the /apis routes when it is not the one orgId gives (default, org-N): on Grafana Cloud,
     * stacks-N.
     */
    public void setNamespace(String namespace) {
        this.namespace = namespace;
    }

    public GrafanaAction getAction() {
        return action;
    }

    /**
     * What the producer does; each operation has its own actions and default (dashboard: save, or get with a uid in
     * the URI; annotation and snapshot: create; folder, publicDashboard and datasource: get with a uid, else list).
     * The header CamelGrafanaAction overrides it per message.
     */
    public void setAction(GrafanaAction action) {
        this.action = action;
    }

    public String getFolderUid() {
        return folderUid;
    }

    /**
     * Dashboard save: the folder to save in. Unset, an existing dashboard stays in its folder (never moved to the
     * root by accident) and a new one goes where the body says, else to the root; an empty value moves it to the
     * root. The header CamelGrafanaFolderUid overrides it.
     */
    public void setFolderUid(String folderUid) {
        this.folderUid = folderUid;
    }

    public String getMessage() {
        return message;
    }

    /** Dashboard save: the note of the new version in its history (at most 500 characters). Header CamelGrafanaMessage. */
    public void setMessage(String message) {
        this.message = message;
    }

    public boolean isOverwrite() {
        return overwrite;
    }

    /**
     * Dashboard save: save even when the dashboard changed in Grafana since the version in the body; folder update:
     * ignore its version. Off, such a save fails with GrafanaConflictException.
     */
    public void setOverwrite(boolean overwrite) {
        this.overwrite = overwrite;
    }

    public Long getVersion() {
        return version;
    }

    /** Dashboard restore: the version to restore. The header CamelGrafanaVersion overrides it. */
    public void setVersion(Long version) {
        this.version = version;
    }

    public String getPublicDashboardUid() {
        return publicDashboardUid;
    }

    /**
     * Public dashboards, update and delete: the public dashboard's own uid (the URI names the dashboard). The
     * header CamelGrafanaPublicDashboardUid overrides it; unset, it is read from the dashboard's public config.
     */
    public void setPublicDashboardUid(String publicDashboardUid) {
        this.publicDashboardUid = publicDashboardUid;
    }

    public String getName() {
        return name;
    }

    /** Data sources, get: find the data source by this name instead of a uid. The header CamelGrafanaName overrides it. */
    public void setName(String name) {
        this.name = name;
    }

    public String getQuery() {
        return query;
    }

    /**
     * Search (and the dashboard consumer): a substring of the titles to find; public dashboard list: its query.
     * The header CamelGrafanaQuery overrides it.
     */
    public void setQuery(String query) {
        this.query = query;
    }

    public String getTags() {
        return tags;
    }

    /**
     * Comma-separated tags. Search and the dashboard consumer: all must be on a dashboard. Annotations: find (and
     * the annotation consumer) by them, and the tags of a created annotation unless the body or the header
     * CamelGrafanaTags has some.
     */
    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getType() {
        return type;
    }

    /** Search: dash-db (dashboards) or dash-folder (folders); unset, both. The dashboard consumer takes dash-db. */
    public void setType(String type) {
        this.type = type;
    }

    public String getFolderUids() {
        return folderUids;
    }

    /** Search and the dashboard consumer: comma-separated folders to look in (general for the root). */
    public void setFolderUids(String folderUids) {
        this.folderUids = folderUids;
    }

    public boolean isStarred() {
        return starred;
    }

    /** Search: only dashboards the caller starred. */
    public void setStarred(boolean starred) {
        this.starred = starred;
    }

    public String getParentUid() {
        return parentUid;
    }

    /** Folder list: the folders in this folder (nested folders); unset, the top level. */
    public void setParentUid(String parentUid) {
        this.parentUid = parentUid;
    }

    public int getPageSize() {
        return pageSize;
    }

    /**
     * Items per request when a list is paged (search: 1 to 5000, Grafana refuses more; folders; public dashboards;
     * versions; the dashboard consumer's list of whole dashboards on /apis, asked again with fewer when a page is
     * over maxResponseSize). Every page is fetched up to maxResults.
     */
    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    public int getMaxResults() {
        return maxResults;
    }

    /**
     * The most items a paged list collects over all its pages (search, folders, public dashboards, versions; the
     * dashboard consumer's search and list). When it cuts a list, the header CamelGrafanaTruncated is true.
     */
    public void setMaxResults(int maxResults) {
        this.maxResults = maxResults;
    }

    public Long getFrom() {
        return from;
    }

    /** Annotation find: the earliest time, epoch milliseconds. The header CamelGrafanaFrom overrides it. */
    public void setFrom(Long from) {
        this.from = from;
    }

    public Long getTo() {
        return to;
    }

    /** Annotation find: the latest time, epoch milliseconds. The header CamelGrafanaTo overrides it. */
    public void setTo(Long to) {
        this.to = to;
    }

    public String getDashboardUid() {
        return dashboardUid;
    }

    /**
     * Annotations: the dashboard they belong to (find filters by it; create puts it on a new annotation unless the
     * body or the header CamelGrafanaDashboardUid names one). Unset: organisation annotations, found by tags.
     */
    public void setDashboardUid(String dashboardUid) {
        this.dashboardUid = dashboardUid;
    }

    public boolean isMatchAny() {
        return matchAny;
    }

    /** Annotation find and consumer: any of the tags is enough (default: all of them). */
    public void setMatchAny(boolean matchAny) {
        this.matchAny = matchAny;
    }

    public String getAnnotationType() {
        return annotationType;
    }

    /** Annotation find and consumer: annotation (made by users and routes) or alert; unset, both. */
    public void setAnnotationType(String annotationType) {
        this.annotationType = annotationType;
    }

    public int getLimit() {
        return limit;
    }

    /**
     * Annotation find and consumer: the most annotations one request returns (Grafana has no paging here; its
     * default is 100). A full answer sets CamelGrafanaTruncated: narrow the time range.
     */
    public void setLimit(int limit) {
        this.limit = limit;
    }

    @Override
    public long getResponseTimeout() {
        return responseTimeout;
    }

    /** Longest silence allowed while waiting for response data, in milliseconds. */
    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }
}
