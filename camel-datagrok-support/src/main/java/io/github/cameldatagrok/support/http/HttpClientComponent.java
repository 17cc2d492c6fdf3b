package io.github.cameldatagrok.support.http;

import io.github.cameldatagrok.transport.HttpConnectionPool;
import org.apache.camel.CamelContext;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.support.HealthCheckComponent;

/**
 * A component whose endpoints talk HTTP through the shared transport: it holds the connection pools they share
 * (endpoints with the same connection settings use one pool, closed with the component) and the TLS fallback to the
 * CamelContext's parameters.
 */
public abstract class HttpClientComponent extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata(label = "security", defaultValue = "false",
              description = "Use the CamelContext's global SSLContextParameters when no sslContextParameters is set.")
    private boolean useGlobalSslContextParameters;

    private final SharedConnectionPools pools = new SharedConnectionPools();

    protected HttpClientComponent() {
    }

    protected HttpClientComponent(CamelContext context) {
        super(context);
    }

    /** The pool for an endpoint's connection settings (TLS, connect timeout, pool sizes). */
    protected HttpConnectionPool pool(HttpClientConfiguration config) throws Exception {
        var ssl = config.getSslContextParameters();
        if (ssl == null && useGlobalSslContextParameters) {
            ssl = retrieveGlobalSslContextParameters();
        }
        return pools.get(getCamelContext(), ssl, config.getConnectTimeout(), config.getMaxTotalConnections(),
                config.getConnectionsPerRoute());
    }

    /** A property (also found in application.properties or as a system property), else an environment variable. */
    protected String lookup(String property, String env) {
        return getCamelContext().getPropertiesComponent().resolveProperty(property)
                .orElseGet(() -> System.getenv(env));
    }

    @Override
    protected void doStop() throws Exception {
        pools.closeAll();
        super.doStop();
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }
}
