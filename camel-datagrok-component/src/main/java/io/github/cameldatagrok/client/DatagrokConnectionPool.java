package io.github.cameldatagrok.client;

import java.io.Closeable;
import java.time.Duration;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.nio.AsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.io.HttpClientConnectionManager;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * Pooled HTTP connections that several {@link DatagrokClient}s share, so that all endpoints of one Camel
 * component reuse the same keep-alive connections. Connection-level settings (TLS, connect timeout, pool
 * sizes) live here; request-level ones in {@link DatagrokClientConfig}.
 */
public final class DatagrokConnectionPool implements Closeable {

    public static final int DEFAULT_MAX_TOTAL_CONNECTIONS = 200;
    public static final int DEFAULT_CONNECTIONS_PER_ROUTE = 20;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(30);
    /** Large socket buffers: table and file transfers are bulk streams. */
    static final int BUFFER_SIZE = 64 * 1024;

    private final PoolingHttpClientConnectionManager manager;
    // the asynchronous twin (function calls), made on first use with the same settings
    private final int maxTotalConnections;
    private final int connectionsPerRoute;
    private final Duration connectTimeout;
    private final SSLContext sslContext;
    private PoolingAsyncClientConnectionManager asyncManager;
    private boolean closed;

    private DatagrokConnectionPool(PoolingHttpClientConnectionManager manager, int maxTotalConnections,
            int connectionsPerRoute, Duration connectTimeout, SSLContext sslContext) {
        this.manager = manager;
        this.maxTotalConnections = maxTotalConnections;
        this.connectionsPerRoute = connectionsPerRoute;
        this.connectTimeout = connectTimeout;
        this.sslContext = sslContext;
    }

    /** A pool with the defaults and the JVM's default TLS settings. */
    public static DatagrokConnectionPool create() {
        return create(DEFAULT_MAX_TOTAL_CONNECTIONS, DEFAULT_CONNECTIONS_PER_ROUTE, DEFAULT_CONNECT_TIMEOUT, null);
    }

    /**
     * @param sslContext TLS settings for https, or null for the JVM's defaults
     */
    public static DatagrokConnectionPool create(int maxTotalConnections, int connectionsPerRoute,
            Duration connectTimeout, SSLContext sslContext) {
        if (maxTotalConnections < 1 || connectionsPerRoute < 1) {
            throw new IllegalArgumentException("maxTotalConnections and connectionsPerRoute must be 1 or more, were "
                    + maxTotalConnections + " and " + connectionsPerRoute);
        }
        PoolingHttpClientConnectionManagerBuilder builder = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(maxTotalConnections)
                .setMaxConnPerRoute(connectionsPerRoute)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(connectTimeout))
                        .build())
                .setConnectionFactory(ManagedHttpClientConnectionFactory.builder()
                        .http1Config(Http1Config.custom().setBufferSize(BUFFER_SIZE).setChunkSizeHint(BUFFER_SIZE).build())
                        .build());
        if (sslContext != null) {
            builder.setTlsSocketStrategy(new DefaultClientTlsStrategy(sslContext));
        }
        return new DatagrokConnectionPool(builder.build(), maxTotalConnections, connectionsPerRoute, connectTimeout,
                sslContext);
    }

    HttpClientConnectionManager manager() {
        return manager;
    }

    /** Connections for the asynchronous client: same pool sizes, connect timeout and TLS as the classic ones. */
    synchronized AsyncClientConnectionManager asyncManager() {
        if (closed) {
            throw new IllegalStateException("The Datagrok connection pool is closed");
        }
        if (asyncManager == null) {
            PoolingAsyncClientConnectionManagerBuilder builder = PoolingAsyncClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(maxTotalConnections)
                    .setMaxConnPerRoute(connectionsPerRoute)
                    .setDefaultConnectionConfig(ConnectionConfig.custom()
                            .setConnectTimeout(Timeout.of(connectTimeout))
                            .build());
            if (sslContext != null) {
                builder.setTlsStrategy(new DefaultClientTlsStrategy(sslContext));
            }
            asyncManager = builder.build();
        }
        return asyncManager;
    }

    @Override
    public void close() {
        manager.close(CloseMode.GRACEFUL);
        synchronized (this) {
            closed = true;
            if (asyncManager != null) {
                asyncManager.close(CloseMode.GRACEFUL);
            }
        }
    }
}
