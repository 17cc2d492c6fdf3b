package io.github.cameldatagrok.grafana.client;

import java.io.Closeable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameldatagrok.grafana.client.model.GrafanaHealth;
import io.github.cameldatagrok.transport.HttpConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A plain Java client of Grafana's HTTP API, on the shared HTTP transport (pool, retries with {@code Retry-After},
 * deadlines, TLS, bounded bodies, credentials never logged). Thread-safe.
 *
 * <pre>{@code
 * try (GrafanaClient grafana = new GrafanaClient(GrafanaClientConfig.builder()
 *         .baseUrl("https://grafana.example.com").token(System.getenv("GRAFANA_TOKEN")).build())) {
 *     SavedDashboard saved = grafana.dashboards().save(dashboardJson, DashboardSave.defaults());
 * }
 * }</pre>
 */
public class GrafanaClient implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(GrafanaClient.class);

    private final GrafanaClientConfig config;
    private final GrafanaHttp http;
    private final HttpConnectionPool pool;
    private final boolean ownsPool;
    private final GrafanaDashboards dashboards;
    private final GrafanaFolders folders;
    private final GrafanaPublicDashboards publicDashboards;
    private final GrafanaDataSources dataSources;
    private final GrafanaAnnotations annotations;
    private final GrafanaSnapshots snapshots;
    private volatile GrafanaApiVersion resolved;
    private volatile DashboardRoutes dashboardRoutes;

    /** A client with its own connection pool. */
    public GrafanaClient(GrafanaClientConfig config) {
        this(config, HttpConnectionPool.create(), true);
    }

    /** A client on a pool shared with other clients; closing this client leaves the pool open. */
    public GrafanaClient(GrafanaClientConfig config, HttpConnectionPool sharedPool) {
        this(config, sharedPool, false);
    }

    private GrafanaClient(GrafanaClientConfig config, HttpConnectionPool pool, boolean ownsPool) {
        this.config = config;
        this.pool = pool;
        this.ownsPool = ownsPool;
        this.http = new GrafanaHttp(config, pool);
        this.dashboards = new GrafanaDashboards(this, http);
        this.folders = new GrafanaFolders(http);
        this.publicDashboards = new GrafanaPublicDashboards(http);
        this.dataSources = new GrafanaDataSources(http);
        this.annotations = new GrafanaAnnotations(http);
        this.snapshots = new GrafanaSnapshots(http);
        if (config.getApiVersion() != GrafanaApiVersion.auto) {
            resolved = config.getApiVersion();
        }
    }

    public GrafanaClientConfig getConfig() {
        return config;
    }

    /** The JSON mapper of this client (unknown properties tolerated). */
    public ObjectMapper json() {
        return http.json();
    }

    public GrafanaDashboards dashboards() {
        return dashboards;
    }

    public GrafanaFolders folders() {
        return folders;
    }

    public GrafanaPublicDashboards publicDashboards() {
        return publicDashboards;
    }

    public GrafanaDataSources dataSources() {
        return dataSources;
    }

    public GrafanaAnnotations annotations() {
        return annotations;
    }

    public GrafanaSnapshots snapshots() {
        return snapshots;
    }

    /**
     * {@code GET /api/health}: no authentication needed, answered before Grafana's auth middleware; 503 when its
     * database fails (then the report is returned, not thrown).
     */
    public GrafanaHealth health() {
        JsonNode answer;
        try {
            answer = http.get("/api/health");
        } catch (GrafanaApiException e) {
            if (e.getStatusCode() == 503 && e.getBody() != null && e.getBody().has("database")) {
                answer = e.getBody();
            } else {
                throw e;
            }
        }
        if (answer == null || !answer.isObject()) {
            throw new IllegalStateException("Grafana answered GET /api/health with no report");
        }
        return new GrafanaHealth(DashboardBodies.text(answer, "database"), DashboardBodies.text(answer, "version"),
                DashboardBodies.text(answer, "commit"), answer);
    }

    /**
     * The dashboard API generation in use: as configured, or with {@code auto} found on first use. Grafana below 12
     * has only the legacy routes; for 12 and up, or a hidden version, {@code GET
     * /apis/dashboard.grafana.app/v1/namespaces/<ns>/dashboards?limit=1} decides, then {@code v1beta1}; a 404 on
     * both means the legacy routes.
     */
    public GrafanaApiVersion apiVersion() {
        GrafanaApiVersion version = resolved;
        if (version == null) {
            synchronized (this) {
                if (resolved == null) {
                    resolved = detect();
                    LOG.info("Grafana at {} speaks the {} dashboard API", config.getBaseUrl(), resolved);
                }
                version = resolved;
            }
        }
        return version;
    }

    private GrafanaApiVersion detect() {
        GrafanaHealth health = health();
        int major = health.majorVersion();
        if (major >= 0 && major < 12) {
            return GrafanaApiVersion.legacy;
        }
        for (GrafanaApiVersion candidate : new GrafanaApiVersion[] {GrafanaApiVersion.v1, GrafanaApiVersion.v1beta1}) {
            try {
                http.get("/apis/dashboard.grafana.app/" + candidate + "/namespaces/" + config.getNamespace()
                        + "/dashboards?limit=1");
                return candidate;
            } catch (GrafanaNotFoundException e) {
                // not served by this Grafana: the next one
            }
        }
        return GrafanaApiVersion.legacy;
    }

    /** Save, read and delete of dashboards on the generation in use. */
    DashboardRoutes dashboardRoutes() {
        DashboardRoutes routes = dashboardRoutes;
        if (routes == null) {
            GrafanaApiVersion version = apiVersion();
            routes = version == GrafanaApiVersion.legacy ? new LegacyDashboardRoutes(http)
                    : new ResourceDashboardRoutes(http, version.name(), config.getNamespace());
            dashboardRoutes = routes;
        }
        return routes;
    }

    @Override
    public void close() {
        http.close();
        if (ownsPool) {
            pool.close();
        }
    }
}
