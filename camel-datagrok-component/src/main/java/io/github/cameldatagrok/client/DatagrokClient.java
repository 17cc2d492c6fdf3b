package io.github.cameldatagrok.client;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A plain Java client of the Datagrok public REST API ({@code /public/v1}), on Apache HttpClient 5.
 * <p>
 * Thread-safe; one instance serves any number of concurrent calls. Downloads are handed out as open streams
 * that hold a pooled connection until closed. Errors in any of Datagrok's three forms raise
 * {@link DatagrokApiException}; transport failures raise {@link UncheckedIOException}.
 *
 * <pre>{@code
 * try (DatagrokClient client = new DatagrokClient(DatagrokClientConfig.builder()
 *         .baseUrl("https://public.datagrok.ai/api").apiKey(System.getenv("DATAGROK_API_KEY")).build())) {
 *     TableUploadResult table = client.uploadTable("Sales:Orders", UploadContent.of(Path.of("orders.csv")));
 *     try (InputStream csv = client.downloadTable(table.id())) { ... }
 * }
 * }</pre>
 */
public class DatagrokClient implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(DatagrokClient.class);
    /** The public API's path under the base URL. */
    static final String API = "/public/v1";
    private static final ContentType TEXT_CSV = ContentType.create("text/csv", "UTF-8");

    private final DatagrokClientConfig config;
    private final DatagrokConnectionPool pool;
    private final boolean ownsPool;
    private final CloseableHttpClient http;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final DatagrokGroups groups = new DatagrokGroups(this);
    private final DatagrokShares shares = new DatagrokShares(this);
    private final DatagrokFunctions functions = new DatagrokFunctions(this);
    private final DatagrokDashboards dashboards = new DatagrokDashboards(this);
    private DatagrokAsyncHttp async;
    private final DatagrokFiles files = new DatagrokFiles(this);
    private final JsonCalls calls = new JsonCalls(this);
    private final DatagrokUsers users = new DatagrokUsers(calls);
    private final DatagrokConnections connections = new DatagrokConnections(calls);
    private final DatagrokCredentials credentials = new DatagrokCredentials(calls);
    private final DatagrokPackages packages = new DatagrokPackages(calls);
    private final DatagrokBatch batch = new DatagrokBatch(calls);

    /** A client with its own connection pool. */
    public DatagrokClient(DatagrokClientConfig config) {
        this(config, DatagrokConnectionPool.create(), true);
    }

    /** A client on a pool shared with other clients; closing this client leaves the pool open. */
    public DatagrokClient(DatagrokClientConfig config, DatagrokConnectionPool sharedPool) {
        this(config, sharedPool, false);
    }

    private DatagrokClient(DatagrokClientConfig config, DatagrokConnectionPool pool, boolean ownsPool) {
        this.config = config;
        this.pool = pool;
        this.ownsPool = ownsPool;
        this.http = buildHttpClient(config, pool);
    }

    private static CloseableHttpClient buildHttpClient(DatagrokClientConfig config, DatagrokConnectionPool pool) {
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(pool.manager())
                .setConnectionManagerShared(true)
                .setRetryStrategy(DatagrokRetryStrategy.of(config))
                .setDefaultRequestConfig(requestConfig(config))
                .disableCookieManagement()
                .disableRedirectHandling();
        HttpHost proxy = proxy(config);
        if (proxy != null) {
            builder.setProxy(proxy);
            if (config.getProxyAuthUsername() != null) {
                builder.setDefaultCredentialsProvider(proxyCredentials(config, proxy));
            }
        }
        if (config.getHttpClientConfigurer() != null) {
            config.getHttpClientConfigurer().configureHttpClient(builder);
        }
        return builder.build();
    }

    /** Timeouts per request, the same for the classic and the asynchronous client. */
    static RequestConfig requestConfig(DatagrokClientConfig config) {
        return RequestConfig.custom()
                .setResponseTimeout(Timeout.of(config.getResponseTimeout()))
                .setConnectionRequestTimeout(Timeout.of(config.getConnectionRequestTimeout()))
                .build();
    }

    /** The configured HTTP proxy, or null. */
    static HttpHost proxy(DatagrokClientConfig config) {
        return config.getProxyHost() != null && !config.getProxyHost().isBlank()
                ? new HttpHost(config.getProxyHost(), config.getProxyPort()) : null;
    }

    /** The proxy's user name and password, for the proxy only. */
    static BasicCredentialsProvider proxyCredentials(DatagrokClientConfig config, HttpHost proxy) {
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        String password = config.getProxyAuthPassword();
        credentials.setCredentials(new AuthScope(proxy), new UsernamePasswordCredentials(
                config.getProxyAuthUsername(), password == null ? new char[0] : password.toCharArray()));
        return credentials;
    }

    public DatagrokClientConfig getConfig() {
        return config;
    }

    /** The JSON mapper this client reads answers with (unknown properties tolerated). */
    public ObjectMapper json() {
        return json;
    }

    // ---------------------------------------------------------------- tables

    /**
     * Downloads a table as CSV ({@code GET /public/v1/tables/{name}}), streamed: the caller reads it and must
     * close it, which releases the connection.
     *
     * @param table the table's UUID or Grok name ({@code Admin:Sales:Orders})
     */
    public InputStream downloadTable(String table) {
        String path = API + "/tables/" + GrokNames.toPathSegment(table);
        return openStream(new HttpGet(uri(path)), path);
    }

    /**
     * Uploads a CSV table ({@code POST /public/v1/tables/{name}}); an existing table is replaced, a bare name
     * creates project and table of that name, a name with a project adds the table to it.
     *
     * @param table the table's Grok name or UUID
     * @param csv   the CSV, with a header row, streamed while sending
     */
    public TableUploadResult uploadTable(String table, UploadContent csv) {
        String path = API + "/tables/" + GrokNames.toPathSegment(table);
        HttpPost request = new HttpPost(uri(path));
        request.setEntity(new UploadEntity(csv, TEXT_CSV, request));
        JsonNode answer = callJson(request, path, config.isRetryUploads());
        Map<String, Object> raw = json.convertValue(answer, new TypeReference<Map<String, Object>>() {
        });
        if (raw == null) {
            throw new DatagrokApiException("POST", path, 200, "Datagrok answered the upload with no table identifiers",
                    null);
        }
        return new TableUploadResult(first(raw, "ID", "id"), first(raw, "Grok name", "grokName"),
                first(raw, "Markup", "markup"), first(raw, "URL", "url"), raw);
    }

    // ---------------------------------------------------------------- groups and shares

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

    // ---------------------------------------------------------------- files

    /** Files in file connectors: upload, download, delete and {@code files/sync}. */
    public DatagrokFiles files() {
        return files;
    }

    // ---------------------------------------------------------------- server

    /** The server's health ({@code GET /public/v1/healthcheck}); also proves the API key is accepted. */
    public DatagrokHealth healthCheck() {
        return healthCheck(null);
    }

    /**
     * The server's health, of one module when {@code module} is given ({@code GET /public/v1/healthcheck?module=}).
     * The route answers 200 whatever the state: judge by {@link DatagrokHealth#status()}.
     */
    public DatagrokHealth healthCheck(String module) {
        String path = API + "/healthcheck";
        JsonNode answer = callJson(new HttpGet(uri(path + new QueryString().add("module",
                module == null || module.isBlank() ? null : module))), path, true);
        Map<String, Object> raw = json.convertValue(answer, new TypeReference<Map<String, Object>>() {
        });
        if (raw == null) {
            throw new DatagrokApiException("GET", path, 200, "Datagrok sent an empty health report", null);
        }
        return new DatagrokHealth(first(raw, "status"), first(raw, "version"), raw);
    }

    // ---------------------------------------------------------------- plumbing
    // Package-private so that the classes of each API area (files, groups, ...) in this package share it.

    /** The asynchronous HTTP client on this client's pool, started on first use. */
    synchronized DatagrokAsyncHttp async() {
        if (async == null) {
            async = new DatagrokAsyncHttp(this, pool);
        }
        return async;
    }

    /** The {@code Authorization} header, hidden in logs. */
    org.apache.hc.core5.http.Header credentialHeader() {
        return new CredentialHeader(config.authorizationHeader());
    }

    String uri(String path) {
        return config.getBaseUrl() + path;
    }

    /** Sends a request whose answer is JSON (or nothing); returns null for 204 or an empty body. */
    JsonNode callJson(HttpUriRequestBase request, String path, boolean retryable) {
        request.setHeader(HttpHeaders.ACCEPT, "application/json");
        try (ClassicHttpResponse response = execute(request, path, retryable)) {
            HttpEntity entity = response.getEntity();
            if (response.getCode() == 204 || entity == null) {
                return null;
            }
            try (InputStream in = entity.getContent()) {
                JsonNode answer = json.readTree(in);
                return answer == null || answer.isMissingNode() ? null
                        : ApiErrors.raiseIfApiError(request.getMethod(), path, response.getCode(), answer, json);
            }
        } catch (IOException e) {
            throw transportFailure(request.getMethod(), path, e);
        }
    }

    /** Sends a request whose answer is a byte stream, handed to the caller still open. */
    InputStream openStream(HttpUriRequestBase request, String path) {
        ClassicHttpResponse response = execute(request, path, true);
        return closingOnFailure(response, request.getMethod(), path, () -> {
            HttpEntity entity = response.getEntity();
            InputStream content = entity == null ? InputStream.nullInputStream() : entity.getContent();
            InputStream checked = ApiErrors.checkStream(request.getMethod(), path, response.getCode(), content, json);
            return new ResponseInputStream(checked, response);
        });
    }

    /** Executes with authentication and retries, and raises for error statuses and the api-error header. */
    ClassicHttpResponse execute(HttpUriRequestBase request, String path, boolean retryable) {
        request.setHeader(credentialHeader());
        HttpClientContext context = HttpClientContext.create();
        context.setAttribute(DatagrokRetryStrategy.RETRYABLE, retryable);
        ClassicHttpResponse response;
        try {
            response = http.executeOpen(null, request, context);
        } catch (IOException e) {
            throw transportFailure(request.getMethod(), path, e);
        }
        LOG.debug("{} {} -> HTTP {}", request.getMethod(), path, response.getCode());
        return closingOnFailure(response, request.getMethod(), path, () -> {
            ApiErrors.raiseIfFailed(request.getMethod(), path, response, json);
            return response;
        });
    }

    /** Runs a step on an open response; if the step fails, the response (and its connection) is released. */
    <T> T closingOnFailure(ClassicHttpResponse response, String method, String path, ResponseStep<T> step) {
        try {
            return step.run();
        } catch (IOException e) {
            closeQuietly(response);
            throw transportFailure(method, path, e);
        } catch (RuntimeException e) {
            closeQuietly(response);
            throw e;
        }
    }

    @FunctionalInterface
    interface ResponseStep<T> {
        T run() throws IOException;
    }

    UncheckedIOException transportFailure(String method, String path, IOException e) {
        return new UncheckedIOException("Datagrok request " + method + " " + path + " failed: " + e.getMessage(), e);
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

    static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException ignored) {
            // the connection is discarded either way
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (async != null) {
                async.close();
                async = null;
            }
        }
        try {
            http.close();
        } catch (IOException ignored) {
            // nothing to release beyond the pool
        }
        if (ownsPool) {
            pool.close();
        }
    }

    /**
     * The {@code Authorization} header, whose text form hides the credentials: HttpClient logs request headers
     * through {@code toString()} at DEBUG ({@code org.apache.hc.client5.http.headers}). The wire itself gets the
     * real value.
     */
    private static final class CredentialHeader extends BasicHeader {
        private static final long serialVersionUID = 1L;

        CredentialHeader(String value) {
            super(HttpHeaders.AUTHORIZATION, value, true);
        }

        @Override
        public String toString() {
            return HttpHeaders.AUTHORIZATION + ": ***";
        }
    }

    /** Closes the HTTP response, and so releases or discards its connection, when the body is closed. */
    static final class ResponseInputStream extends FilterInputStream {
        private final ClassicHttpResponse response;

        ResponseInputStream(InputStream in, ClassicHttpResponse response) {
            super(in);
            this.response = response;
        }

        @Override
        public long transferTo(OutputStream out) throws IOException {
            return UploadContent.copy(in, out);
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                response.close();
            }
        }
    }

    /** An {@link UploadContent} as an HttpClient entity: written to the socket, never buffered whole. */
    static final class UploadEntity extends AbstractHttpEntity {
        private final UploadContent content;
        private final HttpUriRequestBase request;

        UploadEntity(UploadContent content, ContentType type, HttpUriRequestBase request) {
            super(type, null, content.length() < 0);
            this.content = content;
            this.request = request;
        }

        @Override
        public InputStream getContent() {
            throw new UnsupportedOperationException("Upload content is written, not read");
        }

        /**
         * On a failure while writing (bad row, unreadable source) the connection is cut at once: closing the chunked
         * stream normally would send the final chunk, and the server would take the half body for a whole one.
         */
        @Override
        public void writeTo(OutputStream out) throws IOException {
            try {
                content.writeTo(out);
            } catch (IOException | RuntimeException | Error e) {
                request.cancel();
                throw e;
            }
        }

        @Override
        public long getContentLength() {
            return content.length();
        }

        @Override
        public boolean isRepeatable() {
            return content.isRepeatable();
        }

        @Override
        public boolean isStreaming() {
            return !content.isRepeatable();
        }

        @Override
        public void close() {
            // nothing held
        }
    }
}
