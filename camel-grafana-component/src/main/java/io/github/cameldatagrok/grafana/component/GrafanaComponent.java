package io.github.cameldatagrok.grafana.component;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

import io.github.cameldatagrok.grafana.client.GrafanaClient;
import io.github.cameldatagrok.grafana.client.GrafanaClientConfig;
import io.github.cameldatagrok.support.http.HttpClientComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.util.ObjectHelper;
import org.apache.camel.util.URISupport;

/**
 * The {@code grafana:} component. Holds the defaults of its endpoints and the HTTP connection pools they share:
 * endpoints with the same connection settings (TLS, connect timeout, pool sizes) use one pool.
 */
@Component("grafana")
public class GrafanaComponent extends HttpClientComponent {

    static final String URL_PROPERTY = "grafana.url";
    static final String TOKEN_PROPERTY = "grafana.token";
    static final String URL_ENV = "GRAFANA_URL";
    static final String TOKEN_ENV = "GRAFANA_TOKEN";

    @Metadata
    private GrafanaConfiguration configuration = new GrafanaConfiguration();

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
        GrafanaClientConfig client = GrafanaClientConfig.builder()
                .baseUrl(baseUrl)
                .token(token)
                .basicAuth(config.getUsername(), config.getPassword())
                .orgId(config.getOrgId())
                .apiVersion(config.getApiVersion())
                .namespace(config.getNamespace())
                .transport(config.transportConfig())
                .build();
        return new GrafanaClient(client, pool(config));
    }

    public GrafanaConfiguration getConfiguration() {
        return configuration;
    }

    /** The defaults of every endpoint of this component. */
    public void setConfiguration(GrafanaConfiguration configuration) {
        this.configuration = Objects.requireNonNull(configuration, "configuration");
    }
}
