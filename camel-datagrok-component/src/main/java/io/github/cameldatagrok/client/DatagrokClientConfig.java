package io.github.cameldatagrok.client;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Connection settings of a {@link DatagrokClient}. Immutable; built with {@link #builder()}.
 * {@link #toString()} never shows the API key or the proxy password.
 */
public final class DatagrokClientConfig {

    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofMinutes(10);
    public static final Duration DEFAULT_RETRY_DELAY = Duration.ofSeconds(1);
    public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofMinutes(2);
    public static final int DEFAULT_MAX_ATTEMPTS = 3;

    private final String baseUrl;
    private final String apiKey;
    private final Duration responseTimeout;
    private final Duration connectionRequestTimeout;
    private final String proxyHost;
    private final int proxyPort;
    private final String proxyAuthUsername;
    private final String proxyAuthPassword;
    private final int maxAttempts;
    private final Duration retryDelay;
    private final Duration maxRetryAfter;
    private final boolean retryUploads;
    private final DatagrokHttpClientConfigurer httpClientConfigurer;

    private DatagrokClientConfig(Builder b) {
        this.baseUrl = normaliseBaseUrl(b.baseUrl);
        if (b.apiKey == null || b.apiKey.isBlank()) {
            throw new IllegalArgumentException("The Datagrok API key is missing: set apiKey (or DATAGROK_API_KEY)");
        }
        this.apiKey = b.apiKey.trim();
        this.responseTimeout = positive(b.responseTimeout, "responseTimeout");
        this.connectionRequestTimeout = positive(b.connectionRequestTimeout, "connectionRequestTimeout");
        this.proxyHost = b.proxyHost;
        this.proxyPort = b.proxyPort;
        this.proxyAuthUsername = b.proxyAuthUsername;
        this.proxyAuthPassword = b.proxyAuthPassword;
        if (b.maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be 1 or more, was " + b.maxAttempts);
        }
        this.maxAttempts = b.maxAttempts;
        this.retryDelay = positive(b.retryDelay, "retryDelay");
        this.maxRetryAfter = positive(b.maxRetryAfter, "maxRetryAfter");
        this.retryUploads = b.retryUploads;
        this.httpClientConfigurer = b.httpClientConfigurer;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Strips trailing slashes (a base ending in '/' would make every path start with '//'). */
    static String normaliseBaseUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException(
                    "The Datagrok base URL is missing: set baseUrl (or DATAGROK_URL), e.g. https://public.datagrok.ai/api");
        }
        String trimmed = url.trim();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            throw new IllegalArgumentException("The Datagrok base URL must start with http:// or https://, was: " + trimmed);
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

    /** The {@code Authorization} header value: {@code Bearer <key>}, or the key as given when it names a scheme. */
    String authorizationHeader() {
        return apiKey.indexOf(' ') > 0 ? apiKey : "Bearer " + apiKey;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public Duration getResponseTimeout() {
        return responseTimeout;
    }

    public Duration getConnectionRequestTimeout() {
        return connectionRequestTimeout;
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

    public boolean isRetryUploads() {
        return retryUploads;
    }

    public DatagrokHttpClientConfigurer getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    @Override
    public String toString() {
        return "DatagrokClientConfig[baseUrl=" + baseUrl + ", apiKey=***, maxAttempts=" + maxAttempts
                + ", retryDelay=" + retryDelay + ", retryUploads=" + retryUploads
                + (proxyHost != null ? ", proxy=" + proxyHost + ":" + proxyPort : "") + "]";
    }

    public static final class Builder {
        private String baseUrl;
        private String apiKey;
        private Duration responseTimeout = DEFAULT_RESPONSE_TIMEOUT;
        private Duration connectionRequestTimeout = Duration.ofMinutes(3);
        private String proxyHost;
        private int proxyPort = -1;
        private String proxyAuthUsername;
        private String proxyAuthPassword;
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
        private Duration retryDelay = DEFAULT_RETRY_DELAY;
        private Duration maxRetryAfter = DEFAULT_MAX_RETRY_AFTER;
        private boolean retryUploads;
        private DatagrokHttpClientConfigurer httpClientConfigurer;

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
            this.responseTimeout = responseTimeout;
            return this;
        }

        /** Longest wait for a pooled connection. */
        public Builder connectionRequestTimeout(Duration connectionRequestTimeout) {
            this.connectionRequestTimeout = connectionRequestTimeout;
            return this;
        }

        public Builder proxy(String host, int port) {
            this.proxyHost = host;
            this.proxyPort = port;
            return this;
        }

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

        /** Also retry uploads (they replace, so repeating one is safe) when their body can be sent again. */
        public Builder retryUploads(boolean retryUploads) {
            this.retryUploads = retryUploads;
            return this;
        }

        public Builder httpClientConfigurer(DatagrokHttpClientConfigurer configurer) {
            this.httpClientConfigurer = configurer;
            return this;
        }

        public DatagrokClientConfig build() {
            return new DatagrokClientConfig(this);
        }
    }
}
