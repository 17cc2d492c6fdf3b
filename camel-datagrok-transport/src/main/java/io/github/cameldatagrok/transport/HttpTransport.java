package io.github.cameldatagrok.transport;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One REST API's HTTP transport on Apache HttpClient 5, knowing nothing of the API's resources: base URL,
 * {@code Authorization} header (hidden from logs), retries of idempotent requests (honouring {@code Retry-After}),
 * a total deadline for JSON requests, caps on what is held in memory, redirects as errors, and the vendor's
 * {@link HttpErrorMapper} for every failed answer. Thread-safe; classic (blocking) and asynchronous requests share
 * the connections of one {@link HttpConnectionPool}.
 * <p>
 * Failures: the mapper's exception for failed answers; {@link UncheckedIOException} for transport failures, its cause
 * telling which ({@link ResponseTooLargeException}, {@link RequestDeadlineException}, a refused connection...).
 * See {@code package-info} for an example.
 */
public class HttpTransport implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

    private final HttpTransportConfig config;
    private final HttpConnectionPool pool;
    private final boolean ownsPool;
    private final HttpErrorMapper errors;
    private final CloseableHttpClient http;
    private final RequestConfig requestConfig;
    private final HttpHost proxy;
    private final BasicCredentialsProvider proxyCredentials;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** A transport on a pool shared with other transports; closing it leaves the pool open. */
    public HttpTransport(HttpTransportConfig config, HttpConnectionPool pool, HttpErrorMapper errors) {
        this(config, pool, false, errors);
    }

    /** A transport with a pool of its own (default settings), closed with it. */
    public HttpTransport(HttpTransportConfig config, HttpErrorMapper errors) {
        this(config, HttpConnectionPool.create(), true, errors);
    }

    private HttpTransport(HttpTransportConfig config, HttpConnectionPool pool, boolean ownsPool,
                          HttpErrorMapper errors) {
        this.config = config;
        this.pool = pool;
        this.ownsPool = ownsPool;
        this.errors = errors;
        this.requestConfig = RequestConfig.custom()
                .setResponseTimeout(Timeout.of(config.getResponseTimeout()))
                .setConnectionRequestTimeout(Timeout.of(config.getConnectionRequestTimeout()))
                .build();
        this.proxy = config.getProxyHost() == null ? null : new HttpHost(config.getProxyHost(), config.getProxyPort());
        this.proxyCredentials = proxy == null || config.getProxyAuthUsername() == null ? null : proxyCredentials();
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(pool.manager())
                .setConnectionManagerShared(true)
                .setRetryStrategy(new TransportRetryStrategy())
                .setRoutePlanner(new ContextRoutePlanner())
                .disableCookieManagement()
                .disableRedirectHandling();
        if (config.getHttpClientConfigurer() != null) {
            config.getHttpClientConfigurer().configureHttpClient(builder);
        }
        this.http = builder.build();
    }

    private BasicCredentialsProvider proxyCredentials() {
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        String password = config.getProxyAuthPassword();
        credentials.setCredentials(new AuthScope(proxy), new UsernamePasswordCredentials(
                config.getProxyAuthUsername(), password == null ? new char[0] : password.toCharArray()));
        return credentials;
    }

    public HttpTransportConfig config() {
        return config;
    }

    public HttpConnectionPool pool() {
        return pool;
    }

    /** The JSON mapper answers are read with (unknown properties tolerated). */
    public ObjectMapper json() {
        return json;
    }

    /**
     * The longest URI sent, in characters. nginx (the usual front of a server), Jetty and Tomcat refuse a request line
     * over 8 KB by default, often by closing the connection, which the client sees as "Broken pipe".
     */
    public static final int MAX_URI_LENGTH = 8000;

    /**
     * The absolute URI of a path (with its query) under the base URL.
     *
     * @throws IllegalArgumentException when it is longer than {@link #MAX_URI_LENGTH}: nothing is sent
     */
    public String uri(String pathAndQuery) {
        String uri = config.getBaseUrl() + pathAndQuery;
        if (uri.length() > MAX_URI_LENGTH) {
            throw new IllegalArgumentException("The request URI would be " + uri.length() + " characters long, more"
                    + " than the " + MAX_URI_LENGTH + " servers accept (" + pathAndQuery.substring(0, 80)
                    + "...): shorten the name or path");
        }
        return uri;
    }

    /** Sets a request body that is written while sending, never buffered whole. */
    public void setBody(HttpUriRequestBase request, StreamedBody body, ContentType type) {
        request.setEntity(new StreamedEntity(body, type, request));
    }

    // ---------------------------------------------------------------- classic requests

    /**
     * Sends a request whose answer is JSON (or nothing) and reads it whole, within the total deadline and the
     * response-size cap; returns null for 204 or an empty body.
     *
     * @param path the request path without base URL and query, for messages
     */
    public JsonNode callJson(HttpUriRequestBase request, String path, RequestOptions options) {
        request.setHeader(HttpHeaders.ACCEPT, "application/json");
        Duration deadline = options.deadline() != null ? options.deadline() : config.getRequestTimeout();
        String method = request.getMethod();
        AtomicBoolean expired = new AtomicBoolean();
        RequestDeadlines.Deadline timer = deadline.isZero() ? null : pool.schedule(() -> {
            expired.set(true);
            request.cancel();
        }, deadline);
        try (ClassicHttpResponse response = send(request, path, options, deadlineNanos(deadline))) {
            HttpEntity entity = response.getEntity();
            if (response.getCode() == 204 || entity == null) {
                return null;
            }
            JsonNode answer;
            try (InputStream in = new CappedInputStream(entity.getContent(), config.getMaxResponseSize(), request)) {
                answer = json.readTree(in);
            }
            if (answer == null || answer.isMissingNode()) {
                return null;
            }
            RuntimeException error = errors.errorInAnswer(method, path, response.getCode(), answer);
            if (error != null) {
                throw error;
            }
            return answer;
        } catch (IOException e) {
            throw transportFailure(method, path, expired.get() ? new RequestDeadlineException(deadline) : e);
        } catch (UncheckedIOException e) {
            if (expired.get()) {
                throw transportFailure(method, path, new RequestDeadlineException(deadline));
            }
            throw e;
        } finally {
            if (timer != null) {
                timer.cancel();
            }
        }
    }

    private static long deadlineNanos(Duration deadline) {
        return deadline.isZero() ? 0 : System.nanoTime() + deadline.toNanos();
    }

    /** As {@link #callJson(HttpUriRequestBase, String, RequestOptions)}. */
    public JsonNode callJson(HttpUriRequestBase request, String path, boolean retryable) {
        return callJson(request, path, RequestOptions.of(retryable));
    }

    /**
     * Sends a request whose answer is a byte stream, handed to the caller still open (close it). Streamed: no total
     * deadline and no size cap, only the socket timeout.
     */
    public ResponseStream openStream(HttpUriRequestBase request, String path, RequestOptions options) {
        ClassicHttpResponse response = execute(request, path, options);
        return closingOnFailure(response, request.getMethod(), path, () -> {
            HttpEntity entity = response.getEntity();
            InputStream content = entity == null ? InputStream.nullInputStream() : entity.getContent();
            return new ResponseStream(content, response, request);
        });
    }

    /**
     * Executes with authorization and retries and raises the mapper's exception for a failed answer (status 300 or
     * more, redirects included, or flagged by its headers); the caller reads the open answer and closes it.
     */
    public ClassicHttpResponse execute(HttpUriRequestBase request, String path, RequestOptions options) {
        try {
            return send(request, path, options, 0);
        } catch (IOException e) {
            throw transportFailure(request.getMethod(), path, e);
        }
    }

    private ClassicHttpResponse send(HttpUriRequestBase request, String path, RequestOptions options,
                                     long deadlineNanos) throws IOException {
        authorize(request);
        ClassicHttpResponse response;
        try {
            response = http.executeOpen(null, request, context(options, deadlineNanos));
        } catch (IOException e) {
            // what the streamed body itself threw, not HttpClient's "Request aborted"; an Error goes on to the caller
            // only now that HttpClient has discarded just this connection
            if (request.getEntity() instanceof StreamedEntity streamed && streamed.failure() != null) {
                Throwable bodyFailure = streamed.failure();
                if (bodyFailure instanceof Error error) {
                    throw error;
                }
                if (bodyFailure instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw (IOException) bodyFailure;
            }
            throw e;
        }
        LOG.debug("{} {} -> HTTP {}", request.getMethod(), path, response.getCode());
        if (response.getCode() >= 300 || errors.failsByHeaders(response)) {
            try (response) {
                throw errors.toException(failure(request, path, response));
            }
        }
        return response;
    }

    /** The failed answer with the first bytes of its body; a longer body is cut off, not read (or drained). */
    private HttpFailure failure(HttpUriRequestBase request, String path, ClassicHttpResponse response)
            throws IOException {
        HttpEntity entity = response.getEntity();
        byte[] body = null;
        boolean truncated = false;
        InputStream in = entity == null ? null : entity.getContent();
        if (in != null) {
            body = in.readNBytes(config.getMaxErrorBodySize() + 1);
            truncated = body.length > config.getMaxErrorBodySize();
            if (truncated) {
                body = Arrays.copyOf(body, config.getMaxErrorBodySize());
                request.cancel();
            }
        }
        return new HttpFailure(request.getMethod(), path, response.getCode(), response.getReasonPhrase(),
                Arrays.asList(response.getHeaders()), body == null ? null : new String(body, StandardCharsets.UTF_8),
                truncated);
    }

    /** Runs a step on an open response; if the step fails, the response (and its connection) is released. */
    public <T> T closingOnFailure(ClassicHttpResponse response, String method, String path, ResponseStep<T> step) {
        try {
            return step.run();
        } catch (IOException e) {
            closeQuietly(response);
            throw transportFailure(method, path, e);
        } catch (RuntimeException | Error e) {
            closeQuietly(response);
            throw e;
        }
    }

    /** A step on an open response. */
    @FunctionalInterface
    public interface ResponseStep<T> {
        T run() throws IOException;
    }

    // ---------------------------------------------------------------- asynchronous requests

    /**
     * Sends a small request on the pool's shared asynchronous client and completes with its JSON answer (null for 204
     * or an empty body), within the total deadline and the size cap, without a thread waiting. Completes on an I/O
     * thread: dependent stages must not block for long.
     */
    public CompletableFuture<JsonNode> callJsonAsync(SimpleHttpRequest request, String path, RequestOptions options) {
        authorize(request);
        request.setHeader(HttpHeaders.ACCEPT, "application/json");
        Duration deadline = options.deadline() != null ? options.deadline() : config.getRequestTimeout();
        String method = request.getMethod();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        AtomicBoolean expired = new AtomicBoolean();
        Future<CappedResponseConsumer.Answer> exchange;
        try {
            exchange = pool.asyncClient().execute(SimpleRequestProducer.create(request),
                    new CappedResponseConsumer(errors, config.getMaxResponseSize(), config.getMaxErrorBodySize()),
                    null, context(options, deadlineNanos(deadline)),
                    new AnswerCallback(answer, method, path, expired, deadline));
        } catch (RuntimeException e) {
            answer.completeExceptionally(e);
            return answer;
        }
        if (!deadline.isZero()) {
            RequestDeadlines.Deadline timer = pool.schedule(() -> {
                expired.set(true);
                exchange.cancel(true);
                answer.completeExceptionally(transportFailure(method, path, new RequestDeadlineException(deadline)));
            }, deadline);
            answer.whenComplete((done, failed) -> timer.cancel());
        }
        return answer;
    }

    /** Turns the asynchronous answer into JSON or the vendor's error; never lets anything escape to the reactor. */
    private final class AnswerCallback implements FutureCallback<CappedResponseConsumer.Answer> {
        private final CompletableFuture<JsonNode> answer;
        private final String method;
        private final String path;
        private final AtomicBoolean expired;
        private final Duration deadline;

        AnswerCallback(CompletableFuture<JsonNode> answer, String method, String path, AtomicBoolean expired,
                       Duration deadline) {
            this.answer = answer;
            this.method = method;
            this.path = path;
            this.expired = expired;
            this.deadline = deadline;
        }

        @Override
        public void completed(CappedResponseConsumer.Answer result) {
            LOG.debug("{} {} -> HTTP {}", method, path, result.status());
            try {
                answer.complete(parse(result));
            } catch (Throwable e) {
                answer.completeExceptionally(e);
            }
        }

        private JsonNode parse(CappedResponseConsumer.Answer result) throws IOException {
            if (result.failure()) {
                throw errors.toException(asFailure(result));
            }
            if (result.status() == 204 || result.body().length == 0) {
                return null;
            }
            JsonNode parsed;
            try {
                parsed = json.readTree(result.body());
            } catch (IOException e) {
                throw transportFailure(method, path, e);
            }
            if (parsed == null || parsed.isMissingNode()) {
                return null;
            }
            RuntimeException error = errors.errorInAnswer(method, path, result.status(), parsed);
            if (error != null) {
                throw error;
            }
            return parsed;
        }

        private HttpFailure asFailure(CappedResponseConsumer.Answer result) {
            return new HttpFailure(method, path, result.status(), result.reasonPhrase(), result.headers(),
                    result.body().length == 0 ? null : new String(result.body(), StandardCharsets.UTF_8),
                    result.truncated());
        }

        @Override
        public void failed(Exception e) {
            try {
                CappedResponseConsumer.ErrorBodyCut cut = causeOf(e, CappedResponseConsumer.ErrorBodyCut.class);
                if (cut != null) {
                    answer.completeExceptionally(errors.toException(asFailure(cut.answer())));
                } else if (expired.get()) {
                    answer.completeExceptionally(transportFailure(method, path, new RequestDeadlineException(deadline)));
                } else {
                    answer.completeExceptionally(e instanceof IOException io ? transportFailure(method, path, io) : e);
                }
            } catch (Throwable mapping) {
                answer.completeExceptionally(mapping);
            }
        }

        @Override
        public void cancelled() {
            answer.completeExceptionally(expired.get()
                    ? transportFailure(method, path, new RequestDeadlineException(deadline))
                    : new CancellationException(method + " " + path + " was cancelled"));
        }
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- plumbing

    private void authorize(HttpRequest request) {
        String value = config.getAuthorization().headerValue();
        if (value != null) {
            request.setHeader(new CredentialHeader(value));
        }
    }

    private HttpClientContext context(RequestOptions options, long deadlineNanos) {
        HttpClientContext context = HttpClientContext.create();
        context.setRequestConfig(requestConfig);
        if (options.retryable()) {
            int attempts = options.maxAttempts() > 0 ? options.maxAttempts() : config.getMaxAttempts();
            context.setAttribute(TransportRetryStrategy.POLICY, new TransportRetryStrategy.Policy(attempts,
                    config.getRetryDelay(), config.getMaxRetryAfter(), deadlineNanos));
        }
        if (proxy != null) {
            context.setAttribute(ContextRoutePlanner.PROXY, proxy);
            if (proxyCredentials != null) {
                context.setCredentialsProvider(proxyCredentials);
            }
        }
        return context;
    }

    /** A transport failure naming the request (never its credentials); the cause says what failed. */
    public UncheckedIOException transportFailure(String method, String path, IOException e) {
        return new UncheckedIOException("Request " + method + " " + path + " to " + config.getBaseUrl() + " failed: "
                + e.getMessage(), e);
    }

    public static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException ignored) {
            // the connection is discarded either way
        }
    }

    @Override
    public void close() {
        try {
            http.close();
        } catch (IOException ignored) {
            // nothing to release beyond the pool
        }
        if (ownsPool) {
            pool.close();
        }
    }

    @Override
    public String toString() {
        return "HttpTransport[" + config + "]";
    }

    /**
     * The {@code Authorization} header, whose text form hides the credentials: HttpClient logs request headers
     * through {@code toString()} at DEBUG ({@code org.apache.hc.client5.http.headers}). The wire gets the real value.
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

    /**
     * Fails once more than {@code limit} bytes have been read (a JSON answer is held in memory whole), cancelling the
     * request so the rest of the body is never read.
     */
    private static final class CappedInputStream extends FilterInputStream {
        private final long limit;
        private final HttpUriRequestBase request;
        private long count;

        CappedInputStream(InputStream in, long limit, HttpUriRequestBase request) {
            super(in);
            this.limit = limit;
            this.request = request;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws ResponseTooLargeException {
            count += n;
            if (count > limit) {
                request.cancel();
                throw new ResponseTooLargeException("The answer", limit);
            }
        }
    }
}
