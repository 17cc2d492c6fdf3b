package io.github.cameldatagrok.grafana.component;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

import io.github.cameldatagrok.grafana.client.GrafanaClient;
import io.github.cameldatagrok.grafana.client.GrafanaClientConfig;
import io.github.cameldatagrok.support.http.SharedConnectionPools;
import io.github.cameldatagrok.transport.HttpConnectionPool;
import io.github.cameldatagrok.transport.HttpTransportConfig;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.util.ObjectHelper;
import org.apache.camel.util.URISupport;

/**
 * The {@code grafana:} component. Holds the defaults of its endpoints and the HTTP connection pools they share:
 * endpoints with the same connection settings (TLS, connect timeout, pool sizes) use one pool.
 */
@Component("grafana")
public class GrafanaComponent extends HealthCheckComponent implements SSLContextParametersAware {

    static final String URL_PROPERTY = "grafana.url";
    static final String TOKEN_PROPERTY = "grafana.token";
    static final String URL_ENV = "GRAFANA_URL";
    static final String TOKEN_ENV = "GRAFANA_TOKEN";

    @Metadata
    private GrafanaConfiguration configuration = new GrafanaConfiguration();
    @Metadata(label = "security", defaultValue = "false")
    private boolean useGlobalSslContextParameters;

    private final SharedConnectionPools pools = new SharedConnectionPools();

    public GrafanaComponent() {
    }

    public GrafanaComponent(CamelContext context) {
        super(context);
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        int colon = remaining.indexOf(':');
        String operationName = colon < 0 ? remaining : remaining.substring(0, colon);
        String target = colon < 0 ? null : remaining.substring(colon + 1);
        GrafanaOperation operation = parseOperation(operationName, uri);
        GrafanaEndpoint endpoint = new GrafanaEndpoint(uri, this, operation,
                ObjectHelper.isEmpty(target) ? null : target, configuration.copy());
        setProperties(endpoint, parameters);
        return endpoint;
    }

    private static GrafanaOperation parseOperation(String name, String uri) {
        if (ObjectHelper.isEmpty(name)) {
            throw new IllegalArgumentException("The Grafana endpoint names no operation: use grafana:<operation>[:uid],"
                    + " with operation one of " + Arrays.toString(GrafanaOperation.values()));
        }
        try {
            return GrafanaOperation.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown Grafana operation '" + name + "' in endpoint "
                    + URISupport.sanitizeUri(uri) + ": use one of " + Arrays.toString(GrafanaOperation.values()));
        }
    }

    /** Builds the client of an endpoint, on the pool shared by endpoints with the same connection settings. */
    GrafanaClient createClient(GrafanaConfiguration config) throws Exception {
        String baseUrl = config.getBaseUrl() != null ? config.getBaseUrl() : lookup(URL_PROPERTY, URL_ENV);
        String token = config.getToken();
        if (token == null && config.getUsername() == null) {
            token = lookup(TOKEN_PROPERTY, TOKEN_ENV);
        }
        HttpTransportConfig.Builder transport = HttpTransportConfig.builder()
                .responseTimeout(Duration.ofMillis(config.getResponseTimeout()))
                .connectionRequestTimeout(Duration.ofMillis(config.getConnectionRequestTimeout()))
                .requestTimeout(Duration.ofMillis(config.getRequestTimeout()))
                .maxAttempts(config.getMaxAttempts())
                .retryDelay(Duration.ofMillis(config.getRetryDelay()))
                .maxRetryAfter(Duration.ofMillis(config.getMaxRetryAfter()))
                .maxResponseSize(config.getMaxResponseSize())
                .httpClientConfigurer(config.getHttpClientConfigurer());
        if (config.getProxyHost() != null) {
            if (config.getProxyPort() == null) {
                throw new IllegalArgumentException("proxyHost " + config.getProxyHost() + " is set but proxyPort is not");
            }
            transport.proxy(config.getProxyHost(), config.getProxyPort());
            transport.proxyAuth(config.getProxyAuthUsername(), config.getProxyAuthPassword());
        }
        GrafanaClientConfig client = GrafanaClientConfig.builder()
                .baseUrl(baseUrl)
                .token(token)
                .basicAuth(config.getUsername(), config.getPassword())
                .orgId(config.getOrgId())
                .apiVersion(config.getApiVersion())
                .namespace(config.getNamespace())
                .transport(transport)
                .build();
        return new GrafanaClient(client, pool(config));
    }

    private HttpConnectionPool pool(GrafanaConfiguration config) throws Exception {
        SSLContextParameters ssl = config.getSslContextParameters();
        if (ssl == null && useGlobalSslContextParameters) {
            ssl = retrieveGlobalSslContextParameters();
        }
        return pools.get(getCamelContext(), ssl, config.getConnectTimeout(), config.getMaxTotalConnections(),
                config.getConnectionsPerRoute());
    }

    /** A property (also found in application.properties or as a system property), else an environment variable. */
    private String lookup(String property, String env) {
        return getCamelContext().getPropertiesComponent().resolveProperty(property)
                .orElseGet(() -> System.getenv(env));
    }

    @Override
    protected void doStop() throws Exception {
        pools.closeAll();
        super.doStop();
    }

    public GrafanaConfiguration getConfiguration() {
        return configuration;
    }

    /** The defaults of every endpoint of this component. */
    public void setConfiguration(GrafanaConfiguration configuration) {
        this.configuration = Objects.requireNonNull(configuration, "configuration");
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    /** Use the CamelContext's global SSLContextParameters when no sslContextParameters is set. */
    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }
}
