package io.github.cameldatagrok.component;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.cameldatagrok.client.DatagrokClient;
import io.github.cameldatagrok.client.DatagrokClientConfig;
import io.github.cameldatagrok.support.http.HttpClientComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StreamCachingStrategy;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.util.ObjectHelper;
import org.apache.camel.util.URISupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code datagrok:} component. Holds the defaults of its endpoints and the HTTP connection pools they share:
 * endpoints with the same connection settings (TLS, connect timeout, pool sizes) use one pool.
 */
@Component("datagrok")
public class DatagrokComponent extends HttpClientComponent {

    private static final Logger LOG = LoggerFactory.getLogger(DatagrokComponent.class);

    static final String URL_PROPERTY = "datagrok.url";
    static final String API_KEY_PROPERTY = "datagrok.api-key";
    static final String URL_ENV = "DATAGROK_URL";
    static final String API_KEY_ENV = "DATAGROK_API_KEY";

    @Metadata
    private DatagrokConfiguration configuration = new DatagrokConfiguration();

    private final AtomicBoolean keyInUriWarned = new AtomicBoolean();

    public DatagrokComponent() {
    }

    public DatagrokComponent(CamelContext context) {
        super(context);
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        int colon = remaining.indexOf(':');
        String operationName = colon < 0 ? remaining : remaining.substring(0, colon);
        String target = colon < 0 ? null : remaining.substring(colon + 1);
        DatagrokOperation operation = parseOperation(operationName, uri);

        if (parameters.get("apiKey") != null) {
            warnOfKeyInUri(uri);
        }
        DatagrokEndpoint endpoint = new DatagrokEndpoint(uri, this, operation, ObjectHelper.isEmpty(target) ? null : target,
                configuration.copy());
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /**
     * Camel masks {@code apiKey} where it logs endpoints, but prints a URI as written in route dumps
     * ({@code camel.main.dump-routes}, JMX {@code dumpRoutesAsXml}) and hands it out whole through
     * {@code getEndpointUri()}: said once per component, with what to do instead.
     */
    private void warnOfKeyInUri(String uri) {
        if (keyInUriWarned.compareAndSet(false, true)) {
            LOG.warn("The Datagrok API key is written in the endpoint URI {}: Camel prints such URIs as written (route"
                     + " dumps, JMX) and getEndpointUri() returns the key in clear. Set it on the component instead"
                     + " (camel.component.datagrok.api-key={{env:DATAGROK_API_KEY}}, or DATAGROK_API_KEY)",
                    URISupport.sanitizeUri(uri));
        }
    }

    private static DatagrokOperation parseOperation(String name, String uri) {
        if (ObjectHelper.isEmpty(name)) {
            throw new IllegalArgumentException("The Datagrok endpoint names no operation: use datagrok:<operation>:<target>,"
                    + " with operation one of " + DatagrokOperation.uriNames());
        }
        DatagrokOperation operation = DatagrokOperation.fromUri(name);
        if (operation == null) {
            throw new IllegalArgumentException("Unknown Datagrok operation '" + name + "' in endpoint "
                    + URISupport.sanitizeUri(uri) + ": use one of " + DatagrokOperation.uriNames());
        }
        return operation;
    }

    /** Builds the client of an endpoint, on the pool shared by endpoints with the same connection settings. */
    DatagrokClient createClient(DatagrokConfiguration config) throws Exception {
        String baseUrl = config.getBaseUrl() != null ? config.getBaseUrl() : lookup(URL_PROPERTY, URL_ENV);
        String apiKey = config.getApiKey() != null ? config.getApiKey() : lookup(API_KEY_PROPERTY, API_KEY_ENV);
        DatagrokClientConfig client = DatagrokClientConfig.builder()
                .baseUrl(baseUrl)
                .apiKey(apiKey)
                .transport(config.transportConfig())
                .healthCheckTimeout(Duration.ofMillis(config.getHealthCheckTimeout()))
                .retryUploads(config.isRetryUploads())
                .build();
        return new DatagrokClient(client, pool(config));
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        denyStreamCaching(DatagrokInputStream.class);
    }

    /** Adds a class to the stream-caching deny list, keeping what the user put there. */
    private void denyStreamCaching(Class<?> type) {
        StreamCachingStrategy strategy = getCamelContext().getStreamCachingStrategy();
        Set<Class<?>> denied = new LinkedHashSet<>();
        if (strategy.getDenyClasses() != null) {
            denied.addAll(strategy.getDenyClasses());
        }
        if (denied.add(type)) {
            strategy.setDenyClasses(denied.toArray(new Class<?>[0]));
        }
    }

    public DatagrokConfiguration getConfiguration() {
        return configuration;
    }

    /** The defaults of every endpoint of this component. */
    public void setConfiguration(DatagrokConfiguration configuration) {
        this.configuration = Objects.requireNonNull(configuration, "configuration");
    }
}
