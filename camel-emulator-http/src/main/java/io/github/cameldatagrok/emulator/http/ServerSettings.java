package io.github.cameldatagrok.emulator.http;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how an emulator listens: the interface, the port (0: a free one), the idle timeout of connections, and
 * TLS (a PKCS12 key store, store and key under one password; none: plain HTTP). Each emulator's builder extends
 * {@link Builder}, so the settings are named and checked the same way in both.
 */
public record ServerSettings(String host, int port, Duration idleTimeout, Path tlsKeyStore, String tlsPassword) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    /** Generous, for slow clients. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(5);

    public boolean isTls() {
        return tlsKeyStore != null;
    }

    /** A server with these settings, not started. */
    public EmulatorServer newServer(String name) {
        return new EmulatorServer(name, host, port, idleTimeout, tlsKeyStore, tlsPassword);
    }

    /**
     * The server part of an emulator's builder.
     *
     * @param <B> the emulator's builder
     */
    public abstract static class Builder<B extends Builder<B>> {

        private String host = DEFAULT_HOST;
        private int port;
        private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
        private Path tlsKeyStore;
        private String tlsPassword;

        protected Builder() {
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }

        /** Interface to bind; {@value ServerSettings#DEFAULT_HOST} by default. */
        public B host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return self();
        }

        /** Port to bind; 0 (the default) picks a free one. */
        public B port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Not a port: " + port);
            }
            this.port = port;
            return self();
        }

        /** Idle timeout of connections; 5 minutes by default, for slow clients. */
        public B idleTimeout(Duration idleTimeout) {
            this.idleTimeout = Objects.requireNonNull(idleTimeout, "idleTimeout");
            return self();
        }

        /**
         * Serve HTTPS instead of HTTP, with the key and certificate in this PKCS12 key store (store and key under
         * the same password); {@code SelfSignedKeyStore.create(Path, String)} makes one. Default: plain HTTP.
         */
        public B tls(Path keyStore, String password) {
            this.tlsKeyStore = Objects.requireNonNull(keyStore, "keyStore");
            this.tlsPassword = Objects.requireNonNull(password, "password");
            return self();
        }

        /** The server settings set so far. */
        public ServerSettings serverSettings() {
            return new ServerSettings(host, port, idleTimeout, tlsKeyStore, tlsPassword);
        }

        /** Takes another builder's server settings (for a builder's copy). */
        protected void serverSettings(ServerSettings settings) {
            this.host = settings.host();
            this.port = settings.port();
            this.idleTimeout = settings.idleTimeout();
            this.tlsKeyStore = settings.tlsKeyStore();
            this.tlsPassword = settings.tlsPassword();
        }
    }
}
