package io.github.cameldatagrok.support.http;

import java.time.Duration;

import io.github.cameldatagrok.transport.HttpClientConfigurer;
import io.github.cameldatagrok.transport.HttpTransportConfig;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The HTTP options every component on the shared transport takes (retries, timeouts, the size cap, the pool, proxy,
 * TLS), declared once: a component's configuration extends this class, as camel-ftp's endpoint extends camel-file's.
 * The descriptions are {@code description} attributes because Camel's generator reads no javadoc from another
 * module's jar. {@code responseTimeout} stays with each component, whose default differs.
 */
@UriParams
public abstract class HttpClientConfiguration implements Cloneable {

    @UriParam(label = "advanced", defaultValue = "3",
              description = "Attempts in all for a request that is safe to repeat (the component's page lists which),"
                            + " the first included: retried on connection failures, timeouts and HTTP 429, 502, 503"
                            + " and 504. 1 turns retries off.")
    private int maxAttempts = HttpTransportConfig.DEFAULT_MAX_ATTEMPTS;
    @UriParam(label = "advanced", defaultValue = "1000", javaType = "java.time.Duration",
              description = "Base of the exponential backoff between attempts, in milliseconds: the n-th retry waits"
                            + " between half and all of retryDelay * 2^(n-1). A Retry-After from the server (seconds"
                            + " or a date) wins, up to maxRetryAfter.")
    private long retryDelay = HttpTransportConfig.DEFAULT_RETRY_DELAY.toMillis();
    @UriParam(label = "advanced", defaultValue = "120000", javaType = "java.time.Duration",
              description = "The longest Retry-After honoured, in milliseconds; a longer one is cut to this.")
    private long maxRetryAfter = HttpTransportConfig.DEFAULT_MAX_RETRY_AFTER.toMillis();
    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration",
              description = "Longest wait for a TCP (and TLS) connection to the server, in milliseconds.")
    private long connectTimeout = 30_000;
    @UriParam(label = "advanced", defaultValue = "300000", javaType = "java.time.Duration",
              description = "Longest time for a request whose answer is read whole (JSON), from sending to the answer"
                            + " read whole, retries included, in milliseconds: a server that keeps the connection"
                            + " alive with a trickle of bytes cannot hold an exchange longer. Streamed transfers, of"
                            + " any size, are bounded by responseTimeout (silence) only.")
    private long requestTimeout = HttpTransportConfig.DEFAULT_REQUEST_TIMEOUT.toMillis();
    @UriParam(label = "advanced", defaultValue = "180000", javaType = "java.time.Duration",
              description = "Longest wait for a free connection from the pool, in milliseconds.")
    private long connectionRequestTimeout = HttpTransportConfig.DEFAULT_CONNECTION_REQUEST_TIMEOUT.toMillis();
    @UriParam(label = "advanced", defaultValue = "33554432",
              description = "The largest JSON answer held in memory, in bytes; a larger one fails the exchange with"
                            + " an UncheckedIOException caused by ResponseTooLargeException, and nothing past the"
                            + " limit is read. Streamed downloads are not limited.")
    private long maxResponseSize = HttpTransportConfig.DEFAULT_MAX_RESPONSE_SIZE;
    @UriParam(label = "advanced", defaultValue = "200",
              description = "The most connections the component's pool keeps open, over all endpoints.")
    private int maxTotalConnections = 200;
    @UriParam(label = "advanced", defaultValue = "20",
              description = "The most connections the pool keeps open to one server.")
    private int connectionsPerRoute = 20;
    @UriParam(label = "proxy", description = "An HTTP proxy to reach the server through.")
    private String proxyHost;
    @UriParam(label = "proxy", description = "The proxy's port.")
    private Integer proxyPort;
    @UriParam(label = "proxy,security", secret = true,
              description = "User name for proxy authentication (sent to the proxy only).")
    private String proxyAuthUsername;
    @UriParam(label = "proxy,security", secret = true, description = "Password for proxy authentication.")
    private String proxyAuthPassword;
    @UriParam(label = "security",
              description = "TLS settings (trust store, client key, protocols) for https, with Camel's"
                            + " SSLContextParameters.")
    private SSLContextParameters sslContextParameters;
    @UriParam(label = "advanced",
              description = "A hook that gets the Apache HttpClient builder last, for settings the options here do"
                            + " not cover.")
    private HttpClientConfigurer httpClientConfigurer;

    /** Longest silence while waiting for response data, in milliseconds: each component declares it, with its default. */
    public abstract long getResponseTimeout();

    /**
     * The transport settings these options make (all but the base URL and the authorization, which are the vendor
     * client's).
     *
     * @throws IllegalArgumentException when proxyHost is set without proxyPort
     */
    public HttpTransportConfig.Builder transportConfig() {
        HttpTransportConfig.Builder transport = HttpTransportConfig.builder()
                .responseTimeout(Duration.ofMillis(getResponseTimeout()))
                .connectionRequestTimeout(Duration.ofMillis(connectionRequestTimeout))
                .requestTimeout(Duration.ofMillis(requestTimeout))
                .maxAttempts(maxAttempts)
                .retryDelay(Duration.ofMillis(retryDelay))
                .maxRetryAfter(Duration.ofMillis(maxRetryAfter))
                .maxResponseSize(maxResponseSize)
                .httpClientConfigurer(httpClientConfigurer);
        if (proxyHost != null) {
            if (proxyPort == null) {
                throw new IllegalArgumentException("proxyHost " + proxyHost + " is set but proxyPort is not");
            }
            transport.proxy(proxyHost, proxyPort);
            transport.proxyAuth(proxyAuthUsername, proxyAuthPassword);
        }
        return transport;
    }

    @Override
    protected HttpClientConfiguration clone() {
        try {
            return (HttpClientConfiguration) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public long getRetryDelay() {
        return retryDelay;
    }

    public void setRetryDelay(long retryDelay) {
        this.retryDelay = retryDelay;
    }

    public long getMaxRetryAfter() {
        return maxRetryAfter;
    }

    public void setMaxRetryAfter(long maxRetryAfter) {
        this.maxRetryAfter = maxRetryAfter;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public long getConnectionRequestTimeout() {
        return connectionRequestTimeout;
    }

    public void setConnectionRequestTimeout(long connectionRequestTimeout) {
        this.connectionRequestTimeout = connectionRequestTimeout;
    }

    public long getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(long maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public int getMaxTotalConnections() {
        return maxTotalConnections;
    }

    public void setMaxTotalConnections(int maxTotalConnections) {
        this.maxTotalConnections = maxTotalConnections;
    }

    public int getConnectionsPerRoute() {
        return connectionsPerRoute;
    }

    public void setConnectionsPerRoute(int connectionsPerRoute) {
        this.connectionsPerRoute = connectionsPerRoute;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyAuthUsername() {
        return proxyAuthUsername;
    }

    public void setProxyAuthUsername(String proxyAuthUsername) {
        this.proxyAuthUsername = proxyAuthUsername;
    }

    public String getProxyAuthPassword() {
        return proxyAuthPassword;
    }

    public void setProxyAuthPassword(String proxyAuthPassword) {
        this.proxyAuthPassword = proxyAuthPassword;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public HttpClientConfigurer getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    public void setHttpClientConfigurer(HttpClientConfigurer httpClientConfigurer) {
        this.httpClientConfigurer = httpClientConfigurer;
    }
}
