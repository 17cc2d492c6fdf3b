package io.github.cameldatagrok.client;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameldatagrok.client.model.DatagrokHealth;
import io.github.cameldatagrok.client.model.TableUploadResult;
import io.github.cameldatagrok.transport.HttpConnectionPool;
import io.github.cameldatagrok.transport.HttpTransport;
import io.github.cameldatagrok.transport.RequestOptions;
import io.github.cameldatagrok.transport.ResponseStream;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;

/**
 * A plain Java client of the Datagrok public REST API ({@code /public/v1}): a facade over the resource classes
 * ({@link #tables()}, {@link #files()}, {@link #groups()}, ...), all on one {@link HttpTransport}.
 * <p>
 * Thread-safe; one instance serves any number of concurrent calls. Downloads are handed out as open streams
 * that hold a pooled connection until closed. Errors in any of Datagrok's three forms, and redirects, raise
 * {@link DatagrokApiException}; transport failures raise {@link UncheckedIOException}.
 *
 * <pre>{@code
 * try (DatagrokClient client = new DatagrokClient(DatagrokClientConfig.builder()
 *         .baseUrl("https://public.datagrok.ai/api").apiKey(System.getenv("DATAGROK_API_KEY")).build())) {
 *     TableUploadResult table = client.tables().upload("Sales:Orders", UploadContent.of(Path.of("orders.csv")));
 *     try (InputStream csv = client.tables().download(table.id())) { ... }
 * }
 * }</pre>
 */
public class DatagrokClient implements Closeable {

    /** The public API's path under the base URL. */
    static final String API = "/public/v1";

    private final DatagrokClientConfig config;
    private final HttpTransport transport;
    private final DatagrokTables tables = new DatagrokTables(this);
    private final DatagrokGroups groups = new DatagrokGroups(this);
    private final DatagrokShares shares = new DatagrokShares(this);
    private final DatagrokFunctions functions = new DatagrokFunctions(this);
    private final DatagrokDashboards dashboards = new DatagrokDashboards(this);
    private final DatagrokFiles files = new DatagrokFiles(this);
    private final JsonCalls calls = new JsonCalls(this);
    private final DatagrokUsers users = new DatagrokUsers(calls);
    private final DatagrokConnections connections = new DatagrokConnections(calls);
    private final DatagrokCredentials credentials = new DatagrokCredentials(calls);
    private final DatagrokPackages packages = new DatagrokPackages(calls);
    private final DatagrokBatch batch = new DatagrokBatch(calls);

    /** A client with its own connection pool. */
    public DatagrokClient(DatagrokClientConfig config) {
        this.config = config;
        this.transport = new HttpTransport(config.transport(), new ApiErrors());
    }

    /** A client on a pool shared with other clients; closing this client leaves the pool open. */
    public DatagrokClient(DatagrokClientConfig config, HttpConnectionPool sharedPool) {
        this.config = config;
        this.transport = new HttpTransport(config.transport(), sharedPool, new ApiErrors());
    }

    public DatagrokClientConfig getConfig() {
        return config;
    }

    /** The JSON mapper this client reads answers with (unknown properties tolerated). */
    public ObjectMapper json() {
        return transport.json();
    }

    /** The HTTP transport underneath (pool, retries, deadlines). */
    public HttpTransport transport() {
        return transport;
    }

    /** Tables: CSV download and upload. */
    public DatagrokTables tables() {
        return tables;
    }

    /** Downloads a table as CSV; see {@link DatagrokTables#download}. */
    public InputStream downloadTable(String table) {
        return tables.download(table);
    }

    /** Uploads a CSV table; see {@link DatagrokTables#upload}. */
    public TableUploadResult uploadTable(String table, UploadContent csv) {
        return tables.upload(table, csv);
    }

    /** Groups: list, look up, read, save, delete; members, memberships and membership requests. */
    public DatagrokGroups groups() {
        return groups;
    }

    /** Shares of entities (and dashboards, with the older route as fallback) with groups and users. */
    public DatagrokShares shares() {
        return shares;
    }

    /** Users: read, list, save, block and unblock. */
    public DatagrokUsers users() {
        return users;
    }

    /** Data connections: read, list, save, delete and test. */
    public DatagrokConnections connections() {
        return connections;
    }

    /** Credentials of connections and other entities. */
    public DatagrokCredentials credentials() {
        return credentials;
    }

    /** Installed packages and their published versions. */
    public DatagrokPackages packages() {
        return packages;
    }

    /** Batches of operations in one request. */
    public DatagrokBatch batch() {
        return batch;
    }

    /** The JSON calls the entity resources share. */
    JsonCalls calls() {
        return calls;
    }

    // ---------------------------------------------------------------- functions and dashboards

    /** Function calls and the function catalogue. */
    public DatagrokFunctions functions() {
        return functions;
    }

    /** Dashboards: projects of tables with a layout. */
    public DatagrokDashboards dashboards() {
        return dashboards;
    }

    /** Files in file connectors: upload, download, delete and {@code files/sync}. */
    public DatagrokFiles files() {
        return files;
    }

    /**
     * The server's health ({@code GET /public/v1/healthcheck}); also proves the API key is accepted. One attempt,
     * within {@link DatagrokClientConfig#getHealthCheckTimeout()}: a probe must answer fast, not retry.
     */
    public DatagrokHealth healthCheck() {
        return healthCheck(null);
    }

    /**
     * The server's health, of one module when {@code module} is given ({@code GET /public/v1/healthcheck?module=}).
     * The route answers 200 whatever the state: judge by {@link DatagrokHealth#status()}.
     */
    public DatagrokHealth healthCheck(String module) {
        String path = API + "/healthcheck";
        String query = new QueryString().add("module", module == null || module.isBlank() ? null : module).toString();
        JsonNode answer = transport.callJson(new HttpGet(transport.uri(path + query)), path,
                RequestOptions.probe(config.getHealthCheckTimeout()));
        Map<String, Object> raw = json().convertValue(answer, new TypeReference<Map<String, Object>>() {
        });
        if (raw == null) {
            throw new DatagrokApiException("GET", path, 200, "Datagrok sent an empty health report", null);
        }
        return new DatagrokHealth(first(raw, "status"), first(raw, "version"), raw);
    }

    // ---------------------------------------------------------------- shared by the resource classes

    /**
     * Sends a request whose answer is a byte stream, handed to the caller still open; a body that as a whole is an
     * ApiError fails it.
     */
    ResponseStream openStream(HttpUriRequestBase request, String path) {
        ResponseStream stream = transport.openStream(request, path, RequestOptions.idempotent());
        try {
            return stream.wrap(ApiErrors.checkStream(request.getMethod(), path, stream.status(), stream, json()));
        } catch (IOException e) {
            closeQuietly(stream);
            throw transport.transportFailure(request.getMethod(), path, e);
        } catch (RuntimeException | Error e) {
            closeQuietly(stream);
            throw e;
        }
    }

    static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // the connection is discarded either way
        }
    }

    static String first(Map<String, Object> map, String... keys) {
        for (String key : keys) {
            Object value = map.get(key);
            if (value != null) {
                return value.toString();
            }
        }
        return null;
    }

    @Override
    public void close() {
        transport.close();
    }
}
