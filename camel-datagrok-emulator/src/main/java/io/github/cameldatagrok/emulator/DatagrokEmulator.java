package io.github.cameldatagrok.emulator;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import io.github.cameldatagrok.emulator.batch.BatchApi;
import io.github.cameldatagrok.emulator.batch.BuiltInActions;
import io.github.cameldatagrok.emulator.connections.ConnectionStore;
import io.github.cameldatagrok.emulator.connections.ConnectionsApi;
import io.github.cameldatagrok.emulator.credentials.CredentialStore;
import io.github.cameldatagrok.emulator.credentials.CredentialsApi;
import io.github.cameldatagrok.emulator.packages.PackageStore;
import io.github.cameldatagrok.emulator.packages.PackagesApi;
import io.github.cameldatagrok.emulator.system.ServiceStatus;
import io.github.cameldatagrok.emulator.dashboards.DashboardStore;
import io.github.cameldatagrok.emulator.dashboards.DashboardsApi;
import io.github.cameldatagrok.emulator.functions.FunctionRegistry;
import io.github.cameldatagrok.emulator.functions.FunctionsApi;
import io.github.cameldatagrok.emulator.files.FileStore;
import io.github.cameldatagrok.emulator.files.FilesApi;
import io.github.cameldatagrok.emulator.http.Authentication;
import io.github.cameldatagrok.emulator.http.EmulatorServer;
import io.github.cameldatagrok.emulator.http.ServerSettings;
import io.github.cameldatagrok.emulator.http.JsonErrorHandler;
import io.github.cameldatagrok.emulator.http.Router;
import io.github.cameldatagrok.emulator.system.SystemApi;
import io.github.cameldatagrok.emulator.tables.TableStore;
import io.github.cameldatagrok.emulator.tables.TablesApi;
import io.github.cameldatagrok.emulator.groups.GroupStore;
import io.github.cameldatagrok.emulator.groups.GroupsApi;
import io.github.cameldatagrok.emulator.shares.Entities;
import io.github.cameldatagrok.emulator.shares.ShareStore;
import io.github.cameldatagrok.emulator.shares.SharedEntity;
import io.github.cameldatagrok.emulator.shares.SharesApi;
import io.github.cameldatagrok.emulator.users.UserStore;
import io.github.cameldatagrok.emulator.users.UsersApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An emulator of the Datagrok public REST API on an embedded Jetty server.
 *
 * <pre>{@code
 * try (DatagrokEmulator datagrok = DatagrokEmulator.builder().port(0).apiKey("test-key").build().start()) {
 *     String base = datagrok.baseUrl();        // http://127.0.0.1:PORT/api
 *     datagrok.tables().put("Admin:Sales:Orders", "id,amount\n1,9.5\n");
 *     datagrok.faults().add(Fault.on("GET", "/public/v1/tables/.*").status(503).times(2));
 *     ...
 *     datagrok.requests();                      // what the client sent
 * }
 * }</pre>
 *
 * Every route answers under {@code /api/public/v1/...} (a deployment behind nginx, {@link #baseUrl()}) and
 * under {@code /public/v1/...} (a bare Datlas server, {@link #serverUrl()}).
 * <p>
 * Plain HTTP by default; {@link Builder#tls(Path, String)} serves HTTPS instead (see {@link SelfSignedKeyStore}).
 */
public final class DatagrokEmulator implements AutoCloseable {

    /** The API key used when none is configured. Only for tests and local runs. */
    public static final String DEFAULT_API_KEY = "datagrok-emulator-key";
    /** The login of the one emulated user, the namespace of bare table names. */
    public static final String DEFAULT_LOGIN = "Admin";
    public static final String DEFAULT_HOST = ServerSettings.DEFAULT_HOST;
    public static final Duration DEFAULT_IDLE_TIMEOUT = ServerSettings.DEFAULT_IDLE_TIMEOUT;

    private static final Logger LOG = LoggerFactory.getLogger(DatagrokEmulator.class);

    private final ServerSettings settings;
    private final String apiKey;
    private final String login;
    private final Path configuredDataDirectory;
    private final boolean currentShareRoute;
    private final boolean legacyCallRouteOnly;

    private final Faults faults = new Faults();
    private final RequestLog requestLog;

    private EmulatorServer server;
    private Path dataDirectory;
    private TableStore tables;
    private GroupStore groups;
    private UserStore users;
    private ShareStore shares;
    private final Entities entities = new Entities();
    private DashboardStore dashboards;
    private FunctionRegistry functions;
    private FileStore files;
    private PackageStore packages;
    private ConnectionStore connections;
    private CredentialStore credentials;
    private final ServiceStatus serviceStatus = new ServiceStatus();
    private volatile boolean running;
    private boolean closed;

    private DatagrokEmulator(Builder builder) {
        this.settings = builder.serverSettings();
        this.apiKey = builder.apiKey;
        this.login = builder.login;
        this.configuredDataDirectory = builder.dataDirectory;
        this.currentShareRoute = builder.currentShareRoute;
        this.legacyCallRouteOnly = builder.legacyCallRouteOnly;
        this.requestLog = new RequestLog(builder.recordedBodyLimit);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts the server; returns this. Can be called once. */
    public synchronized DatagrokEmulator start() {
        if (running || closed) {
            throw new IllegalStateException(closed ? "The emulator was closed; build a new one" : "Already started");
        }
        try {
            dataDirectory = configuredDataDirectory != null
                    ? Files.createDirectories(configuredDataDirectory)
                    : Files.createTempDirectory("datagrok-emulator-");
            tables = new TableStore(dataDirectory, login);
            files = new FileStore(dataDirectory);

            Router router = new Router();
            // One line per resource area; later areas (files, dashboards, functions, ...) are added here.
            new TablesApi(tables).register(router);
            new SystemApi(serviceStatus).register(router);
            groups = new GroupStore();
            users = new UserStore(groups, login);
            shares = new ShareStore(groups, users);
            entities.register(name -> tables.find(name)
                    .map(t -> new SharedEntity(t.id(), "TableInfo", t.grokName())));
            new GroupsApi(groups, () -> users.current().groupId()).register(router);
            UsersApi usersApi = new UsersApi(users, groups);
            usersApi.register(router);
            new SharesApi(entities, shares, groups, currentShareRoute, true).register(router);
            dashboards = new DashboardStore(login);
            new DashboardsApi(dashboards, tables).register(router);
            // a dashboard is a project: shareable like a table
            entities.register(name -> dashboards.find(name)
                    .map(d -> new SharedEntity(d.id(), "Project", d.grokName())));
            packages = new PackageStore(login);
            new PackagesApi(packages).register(router);
            connections = new ConnectionStore(login, files);
            credentials = new CredentialStore();
            new ConnectionsApi(connections, credentials).register(router);
            entities.register(name -> connections.find(name)
                    .map(c -> new SharedEntity(c.id(), "DataConnection", c.grokName())));
            new CredentialsApi(credentials, id -> connections.find(id).isPresent() || packages.find(id).isPresent()
                    || entities.find(id).isPresent()).register(router);
            functions = new FunctionRegistry(tables);
            FunctionsApi functionsApi = new FunctionsApi(functions, legacyCallRouteOnly, packages, connections, login);
            functionsApi.register(router);
            entities.register(name -> functions.find(name)
                    .map(f -> new SharedEntity(f.id(), f.source().equals("script") ? "Script"
                            : f.source().equals("data-query") ? "DataQuery" : "Func", f.grokName())));
            new FilesApi(files).register(router);
            BatchApi batch = new BatchApi();
            BuiltInActions.register(batch, users, usersApi, groups, connections, functionsApi, files);
            batch.register(router);

            server = settings.newServer("datagrok-emulator");
            server.start(new EmulatorHandler(router, new Authentication(apiKey, login), faults, requestLog),
                    new JsonErrorHandler());
            running = true;
            LOG.info("Datagrok emulator listening on {}", baseUrl());
            return this;
        } catch (Exception e) {
            stopQuietly();
            deleteTemporaryData();
            closed = true;
            throw new IllegalStateException("Could not start the Datagrok emulator on " + settings.host() + ":" + settings.port()
                    + ": " + e.getMessage(), e);
        }
    }

    /** The API base as a client configures it: {@code http://127.0.0.1:PORT/api} ({@code https://} with TLS). */
    public String baseUrl() {
        return serverUrl() + "/api";
    }

    /** The server without {@code /api}: a bare Datlas base, and the root of UI links. */
    public String serverUrl() {
        requireRunning();
        return server.url();
    }

    /** The bound port (the real one when 0 was asked for). */
    public int port() {
        requireRunning();
        return server.port();
    }

    /** Whether the emulator serves HTTPS ({@link Builder#tls(Path, String)}). */
    public boolean isTls() {
        return settings.isTls();
    }

    public String host() {
        return settings.host();
    }

    /** The accepted API key, to send as {@code Authorization: Bearer <key>} or as the raw key. */
    public String apiKey() {
        return apiKey;
    }

    /** The login of the emulated user ({@value #DEFAULT_LOGIN} by default). */
    public String login() {
        return login;
    }

    /** Where tables are stored: the configured data directory or a temporary one. */
    public Path dataDirectory() {
        requireRunning();
        return dataDirectory;
    }

    public boolean isRunning() {
        return running;
    }

    /** The fault list; add faults to make requests fail. */
    public Faults faults() {
        return faults;
    }

    /** All requests received since start or the last {@link #clearRequests()}, oldest first. */
    public List<RecordedRequest> requests() {
        return requestLog.snapshot();
    }

    /** The recorded requests with this method on a path matching the regex (without {@code /api}). */
    public List<RecordedRequest> requests(String method, String pathRegex) {
        return requestLog.snapshot().stream().filter(r -> r.is(method, pathRegex)).toList();
    }

    public void clearRequests() {
        requestLog.clear();
    }

    /** The table store, to seed and inspect tables. */
    public TableStore tables() {
        requireRunning();
        return tables;
    }

    /** The file connectors and their files ({@code System:DemoFiles} exists from the start), to seed and inspect. */
    public FileStore files() {
        requireRunning();
        return files;
    }

    /** The dashboards (projects of tables with a layout), to inspect what routes created. */
    public DashboardStore dashboards() {
        requireRunning();
        return dashboards;
    }

    /** The function registry: built-ins, and {@code register(...)} for a test's own functions. */
    public FunctionRegistry functions() {
        requireRunning();
        return functions;
    }

    /**
     * Deletes all tables, files, dashboards, connections, credentials, saved scripts and queries, faults and recorded
     * requests (registered functions, script runners and connection testers stay); groups, users, packages and shares
     * go back to the seeded ones, every service to {@code Running}.
     */
    public void reset() {
        faults.clear();
        requestLog.clear();
        serviceStatus.clear();
        if (connections != null) {
            connections.clear();
            credentials.clear();
            packages.reset();
            functions.clearSaved();
        }
        if (tables != null) {
            tables.clear();
        }
        if (files != null) {
            files.clear();
        }
        if (dashboards != null) {
            dashboards.clear();
        }
        if (groups != null) {
            shares.clear();
            groups.reset();
            users.reset();
        }
    }

    /** Data connections; file connections are also connectors of {@link #files()}. Register testers here. */
    public ConnectionStore connections() {
        requireRunning();
        return connections;
    }

    /** Credentials of connections and other entities. */
    public CredentialStore credentials() {
        requireRunning();
        return credentials;
    }

    /** Installed packages and their published versions. */
    public PackageStore packages() {
        requireRunning();
        return packages;
    }

    /** What the healthcheck reports per service: fail or stop one to see {@code degraded}. */
    public ServiceStatus health() {
        return serviceStatus;
    }

    /** Groups (Datagrok's well-known ones, the users' personal groups, relations and membership requests). */
    public GroupStore groups() {
        requireRunning();
        return groups;
    }

    /** Users; each has a personal group in {@link #groups()}. */
    public UserStore users() {
        requireRunning();
        return users;
    }

    /** Permissions of entities, as the share routes leave them. */
    public ShareStore shares() {
        requireRunning();
        return shares;
    }

    /** The shareable entities; areas (and tests) register their own kinds with {@link Entities#register}. */
    public Entities entities() {
        return entities;
    }

    /** Stops the server; a temporary data directory is deleted, a configured one is kept. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        running = false;
        stopQuietly();
        deleteTemporaryData();
    }

    private void stopQuietly() {
        if (server != null) {
            server.stopQuietly();
        }
    }

    private void deleteTemporaryData() {
        if (configuredDataDirectory == null && dataDirectory != null) {
            try {
                deleteRecursively(dataDirectory);
            } catch (IOException e) {
                LOG.warn("Could not delete {}: {}", dataDirectory, e.toString());
            }
        }
    }

    private void requireRunning() {
        if (!running) {
            throw new IllegalStateException(closed ? "The emulator is closed" : "The emulator is not started");
        }
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public String toString() {
        return "DatagrokEmulator[" + (running ? baseUrl() : closed ? "closed" : "not started") + "]";
    }

    /** Configuration of a {@link DatagrokEmulator}. */
    public static final class Builder extends ServerSettings.Builder<Builder> {

        private String apiKey = DEFAULT_API_KEY;
        private String login = DEFAULT_LOGIN;
        private Path dataDirectory;
        private boolean currentShareRoute = true;
        private boolean legacyCallRouteOnly;
        private int recordedBodyLimit;

        private Builder() {
        }

        /**
         * Keep up to {@code limit} bytes of each request body a route reads whole (JSON bodies: group saves, calls,
         * sync eTags), for {@link RecordedRequest#bodyText()}; 0 (the default) keeps none.
         */
        public Builder recordBodies(int limit) {
            if (limit < 0) {
                throw new IllegalArgumentException("limit must be >= 0");
            }
            this.recordedBodyLimit = limit;
            return this;
        }

        /**
         * Play an older server that lacks the share route of any entity ({@code POST /entities/{id}/shares}
         * answers 404) and shares dashboards only through {@code GET /dashboards/{id}/shares}. Default: both.
         */
        public Builder onlyLegacyDashboardShares() {
            this.currentShareRoute = false;
            return this;
        }

        /**
         * Serve function calls only on the older route {@code /public/v1/{name}/call}, as older servers do: the
         * current {@code /public/v1/functions/{name}/call} then answers 404. Default: both.
         */
        public Builder legacyCallRouteOnly(boolean legacyCallRouteOnly) {
            this.legacyCallRouteOnly = legacyCallRouteOnly;
            return this;
        }

        /** The accepted API key; {@value DatagrokEmulator#DEFAULT_API_KEY} by default. */
        public Builder apiKey(String apiKey) {
            Objects.requireNonNull(apiKey, "apiKey");
            if (apiKey.isBlank()) {
                throw new IllegalArgumentException("The API key must not be blank");
            }
            this.apiKey = apiKey;
            return this;
        }

        /** The login of the emulated user, the namespace of bare table names; {@code Admin} by default. */
        public Builder login(String login) {
            this.login = Objects.requireNonNull(login, "login");
            return this;
        }

        /** Keep tables in this directory, across restarts; default: a temporary directory deleted on close. */
        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
            return this;
        }

        public DatagrokEmulator build() {
            return new DatagrokEmulator(this);
        }
    }
}
