package io.github.cameldatagrok.transport;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Request-level settings of an {@link HttpTransport}: where to send, how to authenticate, how long to wait, how often
 * to retry, how much to hold in memory. Connection-level ones (TLS, pool sizes, connect timeout, header limits) live
 * in {@link HttpConnectionPool}. Immutable; {@link #toString()} never shows credentials.
 */
public final class HttpTransportConfig {

    /** Longest silence while waiting for data; generous, as streamed transfers of large files live with it. */
    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofMinutes(10);
    public static final Duration DEFAULT_CONNECTION_REQUEST_TIMEOUT = Duration.ofMinutes(3);
    /** Total time for a request whose answer is JSON, answer read whole and retries included. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofMinutes(5);
    public static final Duration DEFAULT_RETRY_DELAY = Duration.ofSeconds(1);
    public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofMinutes(2);
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    /** Cap on a JSON answer held in memory. */
    public static final long DEFAULT_MAX_RESPONSE_SIZE = 32L * 1024 * 1024;
    /** Cap on an error body read for its message; an error report is far smaller. */
    public static final int DEFAULT_MAX_ERROR_BODY_SIZE = 1024 * 1024;

    private final String baseUrl;
    private final HttpAuthorization authorization;
    private final Duration responseTimeout;
    private final Duration connectionRequestTimeout;
    private final Duration requestTimeout;
    private final String proxyHost;
    private final int proxyPort;
    private final String proxyAuthUsername;
    private final String proxyAuthPassword;
    private final int maxAttempts;
    private final Duration retryDelay;
    private final Duration maxRetryAfter;
    private final long maxResponseSize;
    private final int maxErrorBodySize;
    private final HttpClientConfigurer httpClientConfigurer;

    private HttpTransportConfig(Builder b) {
        this.baseUrl = normaliseBaseUrl(b.baseUrl);
        this.authorization = Objects.requireNonNull(b.authorization, "authorization");
        this.responseTimeout = positive(b.responseTimeout, "responseTimeout");
        this.connectionRequestTimeout = positive(b.connectionRequestTimeout, "connectionRequestTimeout");
        this.requestTimeout = positive(b.requestTimeout, "requestTimeout");
        this.proxyHost = b.proxyHost == null || b.proxyHost.isBlank() ? null : b.proxyHost;
        if (proxyHost != null && (b.proxyPort < 1 || b.proxyPort > 65535)) {
            throw new IllegalArgumentException("proxyHost " + proxyHost + " is set but proxyPort is not (was "
                    + b.proxyPort + ")");
        }
        this.proxyPort = b.proxyPort;
        this.proxyAuthUsername = b.proxyAuthUsername;
        this.proxyAuthPassword = b.proxyAuthPassword;
        if (b.maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be 1 or more, was " + b.maxAttempts);
        }
        this.maxAttempts = b.maxAttempts;
        this.retryDelay = positive(b.retryDelay, "retryDelay");
        this.maxRetryAfter = positive(b.maxRetryAfter, "maxRetryAfter");
        if (b.maxResponseSize < 1 || b.maxErrorBodySize < 1) {
            throw new IllegalArgumentException("maxResponseSize and maxErrorBodySize must be 1 or more, were "
                    + b.maxResponseSize + " and " + b.maxErrorBodySize);
        }
        this.maxResponseSize = b.maxResponseSize;
        this.maxErrorBodySize = b.maxErrorBodySize;
        this.httpClientConfigurer = b.httpClientConfigurer;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Checks the scheme and strips trailing slashes (a base ending in '/' would make every path start with '//'). */
    public static String normaliseBaseUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("The base URL is missing");
        }
        String trimmed = url.trim();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            throw new IllegalArgumentException("The base URL must start with http:// or https://, was: " + trimmed);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static Duration positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
        return value;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public HttpAuthorization getAuthorization() {
        return authorization;
    }

    public Duration getResponseTimeout() {
        return responseTimeout;
    }

    public Duration getConnectionRequestTimeout() {
        return connectionRequestTimeout;
    }

    public Duration getRequestTimeout() {
        return requestTimeout;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public int getProxyPort() {
        return proxyPort;
    }

    public String getProxyAuthUsername() {
        return proxyAuthUsername;
    }

    String getProxyAuthPassword() {
        return proxyAuthPassword;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public Duration getRetryDelay() {
        return retryDelay;
    }

    public Duration getMaxRetryAfter() {
        return maxRetryAfter;
    }

    public long getMaxResponseSize() {
        return maxResponseSize;
    }

    public int getMaxErrorBodySize() {
        return maxErrorBodySize;
    }

    public HttpClientConfigurer getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    @Override
    public String toString() {
        return "HttpTransportConfig[baseUrl=" + baseUrl + ", authorization=" + authorization + ", maxAttempts="
                + maxAttempts + ", requestTimeout=" + requestTimeout + ", responseTimeout=" + responseTimeout
                + (proxyHost != null ? ", proxy=" + proxyHost + ":" + proxyPort : "") + "]";
    }

    public static final class Builder {
        private String baseUrl;
        private HttpAuthorization authorization = HttpAuthorization.none();
        private Duration responseTimeout = DEFAULT_RESPONSE_TIMEOUT;
        private Duration connectionRequestTimeout = DEFAULT_CONNECTION_REQUEST_TIMEOUT;
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private String proxyHost;
        private int proxyPort = -1;
        private String proxyAuthUsername;
        private String proxyAuthPassword;
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
        private Duration retryDelay = DEFAULT_RETRY_DELAY;
        private Duration maxRetryAfter = DEFAULT_MAX_RETRY_AFTER;
        private long maxResponseSize = DEFAULT_MAX_RESPONSE_SIZE;
        private int maxErrorBodySize = DEFAULT_MAX_ERROR_BODY_SIZE;
        private HttpClientConfigurer httpClientConfigurer;

        private Builder() {
        }

        /** Scheme, host, port and any path prefix; request paths are appended to it. */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        public Builder authorization(HttpAuthorization authorization) {
            this.authorization = authorization;
            return this;
        }

        /** Longest silence allowed while waiting for response data (the socket timeout). */
        public Builder responseTimeout(Duration responseTimeout) {
            this.responseTimeout = responseTimeout;
            return this;
        }

        /** Longest wait for a pooled connection. */
        public Builder connectionRequestTimeout(Duration connectionRequestTimeout) {
            this.connectionRequestTimeout = connectionRequestTimeout;
            return this;
        }

        /**
         * Total time for a request whose answer is JSON, from sending to the answer read whole, retries included.
         * Streamed transfers ({@link HttpTransport#openStream}) have no total deadline, only the socket timeout.
         */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = requestTimeout;
            return this;
        }

        public Builder proxy(String host, int port) {
            this.proxyHost = host;
            this.proxyPort = port;
            return this;
        }

        /** Credentials sent to the proxy only, never to the server. */
        public Builder proxyAuth(String username, String password) {
            this.proxyAuthUsername = username;
            this.proxyAuthPassword = password;
            return this;
        }

        /** Attempts in all for a retryable request, the first included; 1 disables retries. */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** Base of the exponential backoff: the n-th retry waits about retryDelay * 2^(n-1), with jitter. */
        public Builder retryDelay(Duration retryDelay) {
            this.retryDelay = retryDelay;
            return this;
        }

        /** Cap on a server's {@code Retry-After}. */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = maxRetryAfter;
            return this;
        }

        /** Largest JSON answer held in memory; a larger one fails with {@link ResponseTooLargeException}. */
        public Builder maxResponseSize(long maxResponseSize) {
            this.maxResponseSize = maxResponseSize;
            return this;
        }

        /** How much of an error body is read for the vendor's message. */
        public Builder maxErrorBodySize(int maxErrorBodySize) {
            this.maxErrorBodySize = maxErrorBodySize;
            return this;
        }

        public Builder httpClientConfigurer(HttpClientConfigurer configurer) {
            this.httpClientConfigurer = configurer;
            return this;
        }

        public HttpTransportConfig build() {
            return new HttpTransportConfig(this);
        }
    }
}
