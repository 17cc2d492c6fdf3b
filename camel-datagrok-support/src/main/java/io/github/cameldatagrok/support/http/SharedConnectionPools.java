package io.github.cameldatagrok.support.http;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import io.github.cameldatagrok.transport.HttpConnectionPool;
import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The connection pools of one component: endpoints with the same connection settings (TLS parameters, connect
 * timeout, pool sizes) share one pool, made on first use and closed with the component.
 */
public final class SharedConnectionPools {

    private final Map<Key, HttpConnectionPool> pools = new ConcurrentHashMap<>();

    /**
     * The pool for these settings.
     *
     * @param ssl TLS settings, or null for the JVM's; compared by identity
     */
    public HttpConnectionPool get(CamelContext context, SSLContextParameters ssl, long connectTimeoutMillis,
                                  int maxTotalConnections, int connectionsPerRoute) throws Exception {
        Key key = new Key(ssl, connectTimeoutMillis, maxTotalConnections, connectionsPerRoute);
        HttpConnectionPool pool = pools.get(key);
        if (pool == null) {
            HttpConnectionPool.Builder builder = HttpConnectionPool.builder()
                    .maxTotalConnections(maxTotalConnections)
                    .connectionsPerRoute(connectionsPerRoute)
                    .connectTimeout(Duration.ofMillis(connectTimeoutMillis));
            if (ssl != null) {
                builder.sslContext(ssl.createSSLContext(context));
            }
            pool = pools.computeIfAbsent(key, k -> builder.build());
        }
        return pool;
    }

    public void closeAll() {
        pools.values().forEach(HttpConnectionPool::close);
        pools.clear();
    }

    /** Connection settings that decide whether two endpoints can share a pool (SSL parameters by identity). */
    private record Key(SSLContextParameters ssl, long connectTimeout, int maxTotal, int perRoute) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.ssl == ssl && k.connectTimeout == connectTimeout
                    && k.maxTotal == maxTotal && k.perRoute == perRoute;
        }

        @Override
        public int hashCode() {
            return Objects.hash(System.identityHashCode(ssl), connectTimeout, maxTotal, perRoute);
        }
    }
}
