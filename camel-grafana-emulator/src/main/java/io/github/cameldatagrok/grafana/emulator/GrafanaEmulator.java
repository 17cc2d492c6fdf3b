package io.github.cameldatagrok.grafana.emulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import io.github.cameldatagrok.emulator.Fault;
import io.github.cameldatagrok.emulator.Faults;
import io.github.cameldatagrok.emulator.RecordedRequest;
import io.github.cameldatagrok.emulator.RequestLog;
import io.github.cameldatagrok.emulator.http.EmulatorServer;
import io.github.cameldatagrok.emulator.http.ServerSettings;
import io.github.cameldatagrok.emulator.http.Router;
import io.github.cameldatagrok.grafana.emulator.dashboards.DashboardResourcesApi;
import io.github.cameldatagrok.grafana.emulator.dashboards.DashboardStore;
import io.github.cameldatagrok.grafana.emulator.dashboards.DashboardsApi;
import io.github.cameldatagrok.grafana.emulator.dashboards.PublicDashboardsApi;
import io.github.cameldatagrok.grafana.emulator.annotations.AnnotationStore;
import io.github.cameldatagrok.grafana.emulator.annotations.AnnotationsApi;
import io.github.cameldatagrok.grafana.emulator.datasources.DataSourceStore;
import io.github.cameldatagrok.grafana.emulator.datasources.DataSourcesApi;
import io.github.cameldatagrok.grafana.emulator.snapshots.SnapshotStore;
import io.github.cameldatagrok.grafana.emulator.snapshots.SnapshotsApi;
import io.github.cameldatagrok.grafana.emulator.system.ApiKeysApi;
import io.github.cameldatagrok.grafana.emulator.dashboards.SearchApi;
import io.github.cameldatagrok.grafana.emulator.folders.FolderStore;
import io.github.cameldatagrok.grafana.emulator.folders.FolderResourcesApi;
import io.github.cameldatagrok.grafana.emulator.folders.FoldersApi;
import io.github.cameldatagrok.grafana.emulator.http.GrafanaJsonErrorHandler;
import io.github.cameldatagrok.grafana.emulator.system.HealthApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An emulator of the Grafana HTTP API on an embedded Jetty server, playing one Grafana version.
 *
 * <pre>{@code
 * try (GrafanaEmulator grafana = GrafanaEmulator.builder().version(12).token("t").build().start()) {
 *     String base = grafana.baseUrl();                 // http://127.0.0.1:PORT (the client appends /api/...)
 *     grafana.folders().create("ops", "Ops", null, null);
 *     grafana.dashboards().put("ops-overview", "Ops overview", "ops", "ops");
 *     grafana.faults().add(Fault.on("POST", "/api/dashboards/db").status(429).times(1));
 *     ...
 *     grafana.requests();                               // what the client sent (headers masked, JSON bodies)
 * }
 * }</pre>
 *
 * {@code GET /api/health} is open; everything else needs the token ({@code Authorization: Bearer <token>}) or
 * Basic auth of the user ({@code admin}/{@code admin} unless configured). Plain HTTP by default; {@link
 * Builder#tls(Path, String)} serves HTTPS.
 */
public final class GrafanaEmulator implements AutoCloseable {

    /** The token accepted when none is configured. Only for tests and local runs. */
    public static final String DEFAULT_TOKEN = "glsa_grafana-emulator-token";
    public static final String DEFAULT_USER = "admin";
    public static final String DEFAULT_PASSWORD = "admin";
    public static final String DEFAULT_HOST = ServerSettings.DEFAULT_HOST;
    public static final Duration DEFAULT_IDLE_TIMEOUT = ServerSettings.DEFAULT_IDLE_TIMEOUT;
    /** Bytes of each request body the request log keeps. */
    public static final int DEFAULT_RECORDED_BODY_BYTES = 64 * 1024;
    /** The commit {@code /api/health} reports. */
    public static final String COMMIT = "e1a2b3c4d5";

    private static final Logger LOG = LoggerFactory.getLogger(GrafanaEmulator.class);

    private final Builder config;
    private final Faults faults = new Faults(EnumSet.of(Fault.Kind.STATUS, Fault.Kind.DROP), "The Grafana emulator");
    private final RequestLog requestLog;
    private final Map<Long, GrafanaOrg> orgs = new ConcurrentHashMap<>();
    private EmulatorServer server;
    private volatile boolean running;
    private volatile boolean databaseFailing;
    private boolean closed;

    private GrafanaEmulator(Builder builder) {
        this.config = builder.copy();
        this.requestLog = new RequestLog(builder.recordedBodyBytes);
        orgs.put(1L, new GrafanaOrg(1, "Main Org.", config.version));
        config.extraOrgs.forEach((id, name) -> orgs.put(id, new GrafanaOrg(id, name, config.version)));
        if (!orgs.containsKey(config.tokenOrgId)) {
            throw new IllegalArgumentException("The token's org " + config.tokenOrgId + " is not configured");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts the server; returns this. Can be called once. */
    public synchronized GrafanaEmulator start() {
        if (running || closed) {
            throw new IllegalStateException(closed ? "The emulator was closed; build a new one" : "Already started");
        }
        try {
            Router router = new Router();
            new HealthApi(this).register(router);
            new SearchApi().register(router);
            new DashboardsApi().register(router);
            new DashboardResourcesApi().register(router);
            new FoldersApi().register(router);
            new FolderResourcesApi().register(router);
            new PublicDashboardsApi(this::orgs).register(router);
            new DataSourcesApi().register(router);
            new AnnotationsApi().register(router);
            new SnapshotsApi(this::orgs).register(router);
            new ApiKeysApi().register(router);
            server = config.serverSettings().newServer("grafana-emulator");
            server.start(new GrafanaPipeline(router, faults, requestLog,
                    new GrafanaAuthentication(config.token, config.user, config.password), this),
                    new GrafanaJsonErrorHandler());
            running = true;
            LOG.info("Grafana emulator ({}) listening on {}", config.version, baseUrl());
            return this;
        } catch (Exception e) {
            if (server != null) {
                server.stopQuietly();
            }
            closed = true;
            throw new IllegalStateException("Could not start the Grafana emulator on " + config.serverSettings().host() + ":"
                    + config.serverSettings().port() + ": " + e.getMessage(), e);
        }
    }

    /** Grafana's root URL, as clients configure it: {@code http://127.0.0.1:PORT} ({@code https://} with TLS). */
    public String baseUrl() {
        requireRunning();
        return server.url();
    }

    /** The bound port (the real one when 0 was asked for). */
    public int port() {
        requireRunning();
        return server.port();
    }

    public boolean isTls() {
        return config.serverSettings().isTls();
    }

    /** The Grafana version played. */
    public GrafanaVersion version() {
        return config.version;
    }

    /** The accepted service-account token, to send as {@code Authorization: Bearer <token>}. */
    public String token() {
        return config.token;
    }

    /** The Basic-auth user (a server admin, member of every org). */
    public String user() {
        return config.user;
    }

    public String password() {
        return config.password;
    }

    /** The org the token belongs to (1 unless configured). */
    public long tokenOrgId() {
        return config.tokenOrgId;
    }

    /** Whether {@code /api/health} leaves out {@code version} and {@code commit} ({@code hide_version}). */
    public boolean hidesVersion() {
        return config.hideVersion;
    }

    public boolean isRunning() {
        return running;
    }

    /** An org by id; org 1 ("Main Org.") always exists. */
    public GrafanaOrg org(long id) {
        GrafanaOrg org = orgs.get(id);
        if (org == null) {
            throw new IllegalArgumentException("No org " + id + "; configure it with Builder.org(id, name)");
        }
        return org;
    }

    GrafanaOrg findOrg(long id) {
        return orgs.get(id);
    }

    /** All orgs, by id. */
    public List<GrafanaOrg> orgs() {
        return List.copyOf(new TreeMap<>(orgs).values());
    }

    /** The dashboards of org 1. */
    public DashboardStore dashboards() {
        return org(1).dashboards();
    }

    /** The folders of org 1. */
    public FolderStore folders() {
        return org(1).folders();
    }

    /** The data sources of org 1. */
    public DataSourceStore dataSources() {
        return org(1).dataSources();
    }

    /** The annotations of org 1. */
    public AnnotationStore annotations() {
        return org(1).annotations();
    }

    /** The snapshots of org 1. */
    public SnapshotStore snapshots() {
        return org(1).snapshots();
    }

    /** The fault list; add faults to make requests fail. */
    public Faults faults() {
        return faults;
    }

    /** All requests received since start or the last {@link #clearRequests()}, oldest first. */
    public List<RecordedRequest> requests() {
        return requestLog.snapshot();
    }

    /** The recorded requests with this method on a path matching the regex (e.g. {@code /api/dashboards/db}). */
    public List<RecordedRequest> requests(String method, String pathRegex) {
        return requestLog.snapshot().stream().filter(r -> r.is(method, pathRegex)).toList();
    }

    public void clearRequests() {
        requestLog.clear();
    }

    /** Make {@code /api/health} report {@code "database":"failing"} with 503 (or recover). */
    public void databaseFailing(boolean failing) {
        this.databaseFailing = failing;
    }

    public boolean isDatabaseFailing() {
        return databaseFailing;
    }

    /** Empties every org and clears faults and the request log. */
    public void reset() {
        faults.clear();
        requestLog.clear();
        databaseFailing = false;
        orgs.values().forEach(GrafanaOrg::clear);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        running = false;
        if (server != null) {
            server.stopQuietly();
        }
    }

    private void requireRunning() {
        if (!running) {
            throw new IllegalStateException(closed ? "The emulator is closed" : "The emulator is not started");
        }
    }

    @Override
    public String toString() {
        return "GrafanaEmulator[" + config.version + " " + (running ? baseUrl() : closed ? "closed" : "not started")
                + "]";
    }

    /** Configuration of a {@link GrafanaEmulator}. */
    public static final class Builder extends ServerSettings.Builder<Builder> {

        private String token = DEFAULT_TOKEN;
        private String user = DEFAULT_USER;
        private String password = DEFAULT_PASSWORD;
        private GrafanaVersion version = GrafanaVersion.of(13);
        private long tokenOrgId = 1;
        private final Map<Long, String> extraOrgs = new TreeMap<>();
        private int recordedBodyBytes = DEFAULT_RECORDED_BODY_BYTES;
        private boolean hideVersion;

        private Builder() {
        }

        private Builder copy() {
            Builder copy = new Builder();
            copy.serverSettings(serverSettings());
            copy.token = token;
            copy.user = user;
            copy.password = password;
            copy.version = version;
            copy.tokenOrgId = tokenOrgId;
            copy.extraOrgs.putAll(extraOrgs);
            copy.recordedBodyBytes = recordedBodyBytes;
            copy.hideVersion = hideVersion;
            return copy;
        }

        /** The major version played (10, 11, 12, 13: the newest release of that line); 13 by default. */
        public Builder version(int major) {
            this.version = GrafanaVersion.of(major);
            return this;
        }

        /** The version played, as {@code 13} or {@code 11.2.0}. */
        public Builder version(String version) {
            this.version = GrafanaVersion.parse(version);
            return this;
        }

        public Builder version(GrafanaVersion version) {
            this.version = Objects.requireNonNull(version, "version");
            return this;
        }

        /** The accepted service-account token; {@value GrafanaEmulator#DEFAULT_TOKEN} by default. */
        public Builder token(String token) {
            Objects.requireNonNull(token, "token");
            if (token.isBlank() || token.chars().anyMatch(c -> c <= ' ' || c >= 0x7f)) {
                throw new IllegalArgumentException("The token must be non-blank visible ASCII");
            }
            this.token = token;
            return this;
        }

        /** Basic-auth credentials of the one user; {@code admin}/{@code admin} by default. */
        public Builder basicAuth(String user, String password) {
            this.user = Objects.requireNonNull(user, "user");
            this.password = Objects.requireNonNull(password, "password");
            if (user.isEmpty() || user.indexOf(':') >= 0) {
                throw new IllegalArgumentException("A Basic-auth user is non-empty and has no ':'");
            }
            return this;
        }

        /** No Basic auth at all: only the token is accepted (as on Grafana Cloud). */
        public Builder withoutBasicAuth() {
            this.user = null;
            this.password = null;
            return this;
        }

        /** Another org (org 1, "Main Org.", always exists). */
        public Builder org(long id, String name) {
            if (id < 2) {
                throw new IllegalArgumentException("Org 1 always exists; extra orgs have ids >= 2");
            }
            extraOrgs.put(id, Objects.requireNonNull(name, "name"));
            return this;
        }

        /** The org the token belongs to; 1 by default. */
        public Builder tokenOrgId(long orgId) {
            this.tokenOrgId = orgId;
            return this;
        }

        /** Bytes of each request body the request log keeps (0: none); 64 KiB by default. */
        public Builder recordedBodyBytes(int bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("bytes must be >= 0");
            }
            this.recordedBodyBytes = bytes;
            return this;
        }

        /** Leave {@code version} and {@code commit} out of {@code /api/health}, as {@code hide_version} does. */
        public Builder hideVersion() {
            this.hideVersion = true;
            return this;
        }

        public GrafanaEmulator build() {
            return new GrafanaEmulator(this);
        }
    }
}
