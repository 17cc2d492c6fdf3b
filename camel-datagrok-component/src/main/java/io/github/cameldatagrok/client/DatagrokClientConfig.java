package io.github.cameldatagrok.client;

import java.time.Duration;
import java.util.Objects;

import io.github.cameldatagrok.transport.HttpAuthorization;
import io.github.cameldatagrok.transport.HttpTransportConfig;

/**
 * Connection settings of a {@link DatagrokClient}: the transport's ({@link HttpTransportConfig}) plus Datagrok's own.
 * Immutable; built with {@link #builder()}. {@link #toString()} never shows the API key or the proxy password.
 */
public final class DatagrokClientConfig {

    public static final Duration DEFAULT_RESPONSE_TIMEOUT = HttpTransportConfig.DEFAULT_RESPONSE_TIMEOUT;
    public static final Duration DEFAULT_REQUEST_TIMEOUT = HttpTransportConfig.DEFAULT_REQUEST_TIMEOUT;
    public static final Duration DEFAULT_RETRY_DELAY = HttpTransportConfig.DEFAULT_RETRY_DELAY;
    public static final Duration DEFAULT_MAX_RETRY_AFTER = HttpTransportConfig.DEFAULT_MAX_RETRY_AFTER;
    public static final int DEFAULT_MAX_ATTEMPTS = HttpTransportConfig.DEFAULT_MAX_ATTEMPTS;
    public static final long DEFAULT_MAX_RESPONSE_SIZE = HttpTransportConfig.DEFAULT_MAX_RESPONSE_SIZE;
    /** One attempt of the health check waits at most this long. */
    public static final Duration DEFAULT_HEALTH_CHECK_TIMEOUT = Duration.ofSeconds(5);

    private final HttpTransportConfig transport;
    private final boolean retryUploads;
    private final Duration healthCheckTimeout;

    private DatagrokClientConfig(Builder b) {
        if (b.baseUrl == null || b.baseUrl.isBlank()) {
            throw new IllegalArgumentException(
                    "The Datagrok base URL is missing: set baseUrl (or DATAGROK_URL), e.g. https://public.datagrok.ai/api");
        }
        if (b.apiKey == null || b.apiKey.isBlank()) {
            throw new IllegalArgumentException("The Datagrok API key is missing: set apiKey (or DATAGROK_API_KEY)");
        }
        String key = b.apiKey.trim();
        // a value naming a scheme ("Bearer abc", a raw token with a prefix) is sent as it is, else Bearer is prepended
        HttpAuthorization authorization = key.indexOf(' ') > 0 ? HttpAuthorization.header(key)
                : HttpAuthorization.bearer(key);
        this.transport = b.transport.baseUrl(b.baseUrl).authorization(authorization).build();
        this.retryUploads = b.retryUploads;
        if (b.healthCheckTimeout == null || b.healthCheckTimeout.isNegative() || b.healthCheckTimeout.isZero()) {
            throw new IllegalArgumentException("healthCheckTimeout must be positive, was " + b.healthCheckTimeout);
        }
        this.healthCheckTimeout = b.healthCheckTimeout;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The settings of the HTTP transport underneath. */
    public HttpTransportConfig transport() {
        return transport;
    }

    /** The {@code Authorization} header value: {@code Bearer <key>}, or the key as given when it names a scheme. */
    String authorizationHeader() {
        return transport.getAuthorization().headerValue();
    }

    public String getBaseUrl() {
        return transport.getBaseUrl();
    }

    public Duration getResponseTimeout() {
        return transport.getResponseTimeout();
    }

    public Duration getConnectionRequestTimeout() {
        return transport.getConnectionRequestTimeout();
    }

    public Duration getRequestTimeout() {
        return transport.getRequestTimeout();
    }

    public String getProxyHost() {
        return transport.getProxyHost();
    }

    public int getProxyPort() {
        return transport.getProxyPort();
    }

    public String getProxyAuthUsername() {
        return transport.getProxyAuthUsername();
    }

    public int getMaxAttempts() {
        return transport.getMaxAttempts();
    }

    public Duration getRetryDelay() {
        return transport.getRetryDelay();
    }

    public Duration getMaxRetryAfter() {
        return transport.getMaxRetryAfter();
    }

    public long getMaxResponseSize() {
        return transport.getMaxResponseSize();
    }

    public boolean isRetryUploads() {
        return retryUploads;
    }

    public Duration getHealthCheckTimeout() {
        return healthCheckTimeout;
    }

    @Override
    public String toString() {
        return "DatagrokClientConfig[baseUrl=" + getBaseUrl() + ", apiKey=***, maxAttempts=" + getMaxAttempts()
                + ", retryDelay=" + getRetryDelay() + ", retryUploads=" + retryUploads
                + (getProxyHost() != null ? ", proxy=" + getProxyHost() + ":" + getProxyPort() : "") + "]";
    }

    public static final class Builder {
        private HttpTransportConfig.Builder transport = HttpTransportConfig.builder();
        private String baseUrl;
        private String apiKey;
        private boolean retryUploads;
        private Duration healthCheckTimeout = DEFAULT_HEALTH_CHECK_TIMEOUT;

        private Builder() {
        }

        /** Deployment URL plus {@code /api}, e.g. {@code https://public.datagrok.ai/api}. */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /** The API key from the user profile; {@code Bearer } is prepended unless the value names a scheme. */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /** Longest silence allowed while waiting for response data. */
        public Builder responseTimeout(Duration responseTimeout) {
            transport.responseTimeout(responseTimeout);
            return this;
        }

        /** Longest wait for a pooled connection. */
        public Builder connectionRequestTimeout(Duration connectionRequestTimeout) {
            transport.connectionRequestTimeout(connectionRequestTimeout);
            return this;
        }

        /**
         * Total time for a request whose answer is JSON (calls, groups, shares, dashboards, health), retries included;
         * table and file transfers have only the {@link #responseTimeout}.
         */
        public Builder requestTimeout(Duration requestTimeout) {
            transport.requestTimeout(requestTimeout);
            return this;
        }

        /** Largest JSON answer (a function call's result, a group list) held in memory. */
        public Builder maxResponseSize(long maxResponseSize) {
            transport.maxResponseSize(maxResponseSize);
            return this;
        }

        public Builder proxy(String host, int port) {
            transport.proxy(host, port);
            return this;
        }

        public Builder proxyAuth(String username, String password) {
            transport.proxyAuth(username, password);
            return this;
        }

        /** Attempts in all for a retryable request, the first included; 1 disables retries. */
        public Builder maxAttempts(int maxAttempts) {
            transport.maxAttempts(maxAttempts);
            return this;
        }

        /** Base of the exponential backoff: the n-th retry waits about retryDelay * 2^(n-1), with jitter. */
        public Builder retryDelay(Duration retryDelay) {
            transport.retryDelay(retryDelay);
            return this;
        }

        /** Cap on a server's {@code Retry-After}. */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            transport.maxRetryAfter(maxRetryAfter);
            return this;
        }

        /** Also retry uploads (they replace, so repeating one is safe) when their body can be sent again. */
        public Builder retryUploads(boolean retryUploads) {
            this.retryUploads = retryUploads;
            return this;
        }

        /** The single attempt of {@link DatagrokClient#healthCheck()} waits at most this long. */
        public Builder healthCheckTimeout(Duration healthCheckTimeout) {
            this.healthCheckTimeout = healthCheckTimeout;
            return this;
        }

        public Builder httpClientConfigurer(DatagrokHttpClientConfigurer configurer) {
            transport.httpClientConfigurer(configurer);
            return this;
        }

        /**
         * All HTTP settings (timeouts, retries, proxy, limits) at once, replacing those set so far; the base URL and
         * the authorization are set from this config.
         */
        public Builder transport(HttpTransportConfig.Builder transport) {
            this.transport = Objects.requireNonNull(transport, "transport");
            return this;
        }

        public DatagrokClientConfig build() {
            return new DatagrokClientConfig(this);
        }
    }
}
