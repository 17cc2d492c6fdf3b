package io.github.cameldatagrok.emulator.http;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Jetty server of an emulator: one connector (HTTP, or HTTPS with a PKCS12 key store), daemon pool
 * threads, pooled large buffers, no server banner, exact header values, and raw paths left to the router.
 */
public final class EmulatorServer {

    private static final Logger LOG = LoggerFactory.getLogger(EmulatorServer.class);
    private static final int INPUT_BUFFER_SIZE = 128 * 1024;

    private final String name;
    private final String host;
    private final int requestedPort;
    private final Duration idleTimeout;
    private final Path tlsKeyStore;
    private final String tlsPassword;
    private Server server;
    private ServerConnector connector;

    /**
     * @param name        names the pool threads and the URI compliance mode, e.g. {@code grafana-emulator}
     * @param tlsKeyStore a PKCS12 key store to serve HTTPS with (store and key under {@code tlsPassword}), or null
     */
    public EmulatorServer(String name, String host, int port, Duration idleTimeout, Path tlsKeyStore,
            String tlsPassword) {
        this.name = Objects.requireNonNull(name, "name");
        this.host = Objects.requireNonNull(host, "host");
        this.requestedPort = port;
        this.idleTimeout = Objects.requireNonNull(idleTimeout, "idleTimeout");
        this.tlsKeyStore = tlsKeyStore;
        this.tlsPassword = tlsPassword;
    }

    /** Builds and starts Jetty with this handler and error handler (Jetty's own errors, in the emulator's shape). */
    public void start(Handler handler, ErrorHandler errorHandler) throws Exception {
        if (server != null) {
            throw new IllegalStateException("Already started");
        }
        server = newServer(errorHandler);
        server.setHandler(handler);
        server.start();
    }

    private Server newServer(ErrorHandler errorHandler) {
        QueuedThreadPool threads = new QueuedThreadPool(200, 4);
        threads.setName(name);
        // daemon: a test that forgets close() must not keep its JVM alive
        threads.setDaemon(true);
        // pooled buffers up to 512 KiB, so 128-256 KiB network and file buffers are reused, not allocated
        Server jetty = new Server(threads, null, new ArrayByteBufferPool(0, 4096, 512 * 1024));
        // no graceful stop: tests close emulators often, and waiting for idle keep-alive connections costs 1 s
        jetty.setStopTimeout(0);
        jetty.setErrorHandler(errorHandler);

        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        // Jetty's per-connection header cache matches values case-insensitively by default, so after
        // "Authorization: bearer k" a later "Bearer k" would be seen as "bearer k": the key check must see
        // exactly what was sent.
        http.setHeaderCacheCaseSensitive(true);
        // Path segments are decoded by the router, so encoded '/' and '%' inside a name are fine.
        http.setUriCompliance(UriCompliance.DEFAULT.with(name,
                UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR,
                UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING,
                UriCompliance.Violation.AMBIGUOUS_EMPTY_SEGMENT));
        HttpConnectionFactory http11 = new HttpConnectionFactory(http);
        http11.setInputBufferSize(INPUT_BUFFER_SIZE);

        if (tlsKeyStore == null) {
            connector = new ServerConnector(jetty, 1, 1, http11);
        } else {
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setKeyStorePath(tlsKeyStore.toAbsolutePath().toString());
            ssl.setKeyStoreType("PKCS12");
            ssl.setKeyStorePassword(tlsPassword);
            // a test server: any host name the client uses is fine, even one the certificate does not name
            http.addCustomizer(new SecureRequestCustomizer(false));
            connector = new ServerConnector(jetty, 1, 1, new SslConnectionFactory(ssl, http11.getProtocol()), http11);
        }
        connector.setHost(host);
        connector.setPort(requestedPort);
        connector.setIdleTimeout(idleTimeout.toMillis());
        jetty.addConnector(connector);
        return jetty;
    }

    /** Stops Jetty at once, logging (not throwing) a failure; safe to call when never started. */
    public void stopQuietly() {
        if (server != null) {
            try {
                server.stop();
            } catch (Exception e) {
                LOG.warn("Error while stopping the {}: {}", name, e.toString());
            }
        }
    }

    /** The bound port (the real one when 0 was asked for). */
    public int port() {
        if (connector == null) {
            throw new IllegalStateException("Not started");
        }
        return connector.getLocalPort();
    }

    public boolean isTls() {
        return tlsKeyStore != null;
    }

    /** {@code http[s]://host:port}, with a wildcard bind address replaced by loopback and IPv6 in brackets. */
    public String url() {
        return (isTls() ? "https://" : "http://") + urlHost(host) + ":" + port();
    }

    static String urlHost(String host) {
        if (host.equals("0.0.0.0")) {
            return "127.0.0.1";
        }
        if (host.equals("::") || host.equals("[::]")) {
            return "[::1]";
        }
        return host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
