package io.github.cameldatagrok.transport;

import java.io.Closeable;
import java.time.Duration;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.io.HttpClientConnectionManager;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http2.config.H2Config;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.reactor.IOReactorStatus;
import org.apache.hc.core5.util.Timeout;

/**
 * Pooled HTTP connections that any number of {@link HttpTransport}s share, so all endpoints with the same
 * connection settings reuse the same keep-alive connections, and ONE asynchronous client (one I/O reactor of
 * {@link #IO_THREADS} threads) however many transports use it. Connection-level settings live here: TLS (context and
 * hostname verification), connect timeout, pool sizes, and the limits on response headers (line length, count) of
 * both the classic and the asynchronous connections.
 */
public final class HttpConnectionPool implements Closeable {

    public static final int DEFAULT_MAX_TOTAL_CONNECTIONS = 200;
    public static final int DEFAULT_CONNECTIONS_PER_ROUTE = 20;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(30);
    /** Longest response header line (status line included) accepted. */
    public static final int DEFAULT_MAX_HEADER_LINE_LENGTH = 64 * 1024;
    /** Most response headers accepted. */
    public static final int DEFAULT_MAX_HEADER_COUNT = 200;
    /** I/O threads of the shared reactor; JSON exchanges need few. */
    static final int IO_THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    /** Name of the shared reactor's I/O threads (answers of asynchronous requests complete on them). */
    public static final String IO_THREAD_NAME = "http-transport-io";

    private static final java.util.concurrent.atomic.AtomicInteger POOLS = new java.util.concurrent.atomic.AtomicInteger();

    private final Builder settings;
    private final String ioThreadPrefix = IO_THREAD_NAME + "-" + POOLS.incrementAndGet() + "-";
    private final PoolingHttpClientConnectionManager manager;
    private PoolingAsyncClientConnectionManager asyncManager;
    private CloseableHttpAsyncClient asyncClient;
    private final java.util.concurrent.atomic.AtomicInteger ioThreads = new java.util.concurrent.atomic.AtomicInteger();
    private RequestDeadlines deadlines;
    private boolean closed;

    private HttpConnectionPool(Builder settings) {
        this.settings = settings;
        PoolingHttpClientConnectionManagerBuilder builder = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(settings.maxTotalConnections)
                .setMaxConnPerRoute(settings.connectionsPerRoute)
                .setDefaultConnectionConfig(connectionConfig())
                .setConnectionFactory(ManagedHttpClientConnectionFactory.builder()
                        .http1Config(http1Config())
                        .build());
        if (settings.sslContext != null || settings.hostnameVerifier != null) {
            builder.setTlsSocketStrategy(tlsStrategy());
        }
        this.manager = builder.build();
    }

    /** A pool with the defaults and the JVM's default TLS settings. */
    public static HttpConnectionPool create() {
        return builder().build();
    }

    /** @param sslContext TLS settings for https, or null for the JVM's defaults */
    public static HttpConnectionPool create(int maxTotalConnections, int connectionsPerRoute, Duration connectTimeout,
                                            SSLContext sslContext) {
        return builder().maxTotalConnections(maxTotalConnections).connectionsPerRoute(connectionsPerRoute)
                .connectTimeout(connectTimeout).sslContext(sslContext).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    private ConnectionConfig connectionConfig() {
        return ConnectionConfig.custom().setConnectTimeout(Timeout.of(settings.connectTimeout)).build();
    }

    private Http1Config http1Config() {
        return Http1Config.custom()
                .setBufferSize(StreamedBody.BUFFER_SIZE)
                .setChunkSizeHint(StreamedBody.BUFFER_SIZE)
                .setMaxLineLength(settings.maxHeaderLineLength)
                .setMaxHeaderCount(settings.maxHeaderCount)
                .build();
    }

    private DefaultClientTlsStrategy tlsStrategy() {
        SSLContext context = settings.sslContext;
        if (context == null) {
            try {
                context = SSLContext.getDefault();
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("The JVM has no default TLS context", e);
            }
        }
        return settings.hostnameVerifier == null ? new DefaultClientTlsStrategy(context)
                : new DefaultClientTlsStrategy(context, settings.hostnameVerifier);
    }

    /** The name prefix of this pool's reactor threads (each pool numbers its own). */
    public String ioThreadNamePrefix() {
        return ioThreadPrefix;
    }

    HttpClientConnectionManager manager() {
        return manager;
    }

    /**
     * The one asynchronous client of this pool, started on first use: its own connections with the same sizes,
     * timeouts, TLS and header limits as the classic ones. Timeouts, retries and proxy come with each request.
     * A reactor that died (an Error on an I/O thread) is replaced rather than failing every later request.
     */
    synchronized CloseableHttpAsyncClient asyncClient() {
        requireOpen();
        if (asyncClient != null && asyncClient.getStatus() != IOReactorStatus.ACTIVE) {
            asyncClient.close(CloseMode.IMMEDIATE);
            asyncClient = null;
        }
        if (asyncClient == null) {
            if (asyncManager == null) {
                PoolingAsyncClientConnectionManagerBuilder builder = PoolingAsyncClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(settings.maxTotalConnections)
                        .setMaxConnPerRoute(settings.connectionsPerRoute)
                        .setDefaultConnectionConfig(connectionConfig());
                if (settings.sslContext != null || settings.hostnameVerifier != null) {
                    builder.setTlsStrategy(tlsStrategy());
                }
                asyncManager = builder.build();
            }
            asyncClient = HttpAsyncClients.custom()
                    .setConnectionManager(asyncManager)
                    .setConnectionManagerShared(true)
                    .setIOReactorConfig(IOReactorConfig.custom().setIoThreadCount(IO_THREADS).build())
                    .setHttp1Config(http1Config())
                    .setH2Config(H2Config.custom()
                            .setMaxHeaderListSize(settings.maxHeaderLineLength * Math.min(settings.maxHeaderCount, 16))
                            .build())
                    .setRetryStrategy(new TransportRetryStrategy())
                    .setRoutePlanner(new ContextRoutePlanner())
                    .setThreadFactory(runnable -> {
                        Thread thread = new Thread(runnable, ioThreadPrefix + ioThreads.incrementAndGet());
                        thread.setDaemon(true);
                        return thread;
                    })
                    .disableCookieManagement()
                    .disableRedirectHandling()
                    .build();
            asyncClient.start();
        }
        return asyncClient;
    }

    /** Runs {@code task} after {@code delay} on this pool's timer thread (request deadlines); cancel when done. */
    synchronized RequestDeadlines.Deadline schedule(Runnable task, Duration delay) {
        requireOpen();
        if (deadlines == null) {
            deadlines = new RequestDeadlines("http-transport-deadlines");
        }
        return deadlines.add(task, delay);
    }

    /** Connections handed out and not yet returned, classic and asynchronous: 0 when every response is closed. */
    public synchronized int leasedConnections() {
        int leased = manager.getTotalStats().getLeased();
        return asyncManager == null ? leased : leased + asyncManager.getTotalStats().getLeased();
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("The HTTP connection pool is closed");
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (asyncClient != null) {
                asyncClient.close(CloseMode.GRACEFUL);
            }
            if (asyncManager != null) {
                asyncManager.close(CloseMode.GRACEFUL);
            }
            if (deadlines != null) {
                deadlines.close();
            }
        }
        manager.close(CloseMode.GRACEFUL);
    }

    /** Connection settings; {@link #build()} makes the pool. */
    public static final class Builder {
        private int maxTotalConnections = DEFAULT_MAX_TOTAL_CONNECTIONS;
        private int connectionsPerRoute = DEFAULT_CONNECTIONS_PER_ROUTE;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private SSLContext sslContext;
        private HostnameVerifier hostnameVerifier;
        private int maxHeaderLineLength = DEFAULT_MAX_HEADER_LINE_LENGTH;
        private int maxHeaderCount = DEFAULT_MAX_HEADER_COUNT;

        private Builder() {
        }

        public Builder maxTotalConnections(int maxTotalConnections) {
            this.maxTotalConnections = maxTotalConnections;
            return this;
        }

        public Builder connectionsPerRoute(int connectionsPerRoute) {
            this.connectionsPerRoute = connectionsPerRoute;
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /** TLS settings for https (trust store, key store), or null for the JVM's defaults. */
        public Builder sslContext(SSLContext sslContext) {
            this.sslContext = sslContext;
            return this;
        }

        /** Checks the server's name against its certificate; null for HttpClient's default (strict) check. */
        public Builder hostnameVerifier(HostnameVerifier hostnameVerifier) {
            this.hostnameVerifier = hostnameVerifier;
            return this;
        }

        /** Longest response header line accepted; a longer one fails the request, never the JVM. */
        public Builder maxHeaderLineLength(int maxHeaderLineLength) {
            this.maxHeaderLineLength = maxHeaderLineLength;
            return this;
        }

        /** Most response headers accepted. */
        public Builder maxHeaderCount(int maxHeaderCount) {
            this.maxHeaderCount = maxHeaderCount;
            return this;
        }

        public HttpConnectionPool build() {
            if (maxTotalConnections < 1 || connectionsPerRoute < 1) {
                throw new IllegalArgumentException("maxTotalConnections and connectionsPerRoute must be 1 or more, were "
                        + maxTotalConnections + " and " + connectionsPerRoute);
            }
            if (maxHeaderLineLength < 1 || maxHeaderCount < 1) {
                throw new IllegalArgumentException("maxHeaderLineLength and maxHeaderCount must be 1 or more, were "
                        + maxHeaderLineLength + " and " + maxHeaderCount);
            }
            if (connectTimeout == null || connectTimeout.isNegative()) {
                throw new IllegalArgumentException("connectTimeout must not be negative, was " + connectTimeout);
            }
            return new HttpConnectionPool(copy());
        }

        /** The pool keeps its own copy: changing this builder later changes nothing. */
        private Builder copy() {
            Builder copy = new Builder();
            copy.maxTotalConnections = maxTotalConnections;
            copy.connectionsPerRoute = connectionsPerRoute;
            copy.connectTimeout = connectTimeout;
            copy.sslContext = sslContext;
            copy.hostnameVerifier = hostnameVerifier;
            copy.maxHeaderLineLength = maxHeaderLineLength;
            copy.maxHeaderCount = maxHeaderCount;
            return copy;
        }
    }
}
