package io.github.cameldatagrok.karaf.itest.blueprint;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.builder.RouteBuilder;

/**
 * A route of a Karaf test bundle, started by its Blueprint container. The container makes the CamelContext
 * (camel-karaf's OsgiDefaultCamelContext) and the configured component; {@link #start()} adds both to the context
 * and starts it, which camel-blueprint's {@code <camelContext>} would do (camel-karaf's camel-blueprint bundle is not
 * published where this project builds). Each route bundle holds its own copy of this package, so neither bundle
 * needs the other.
 */
public abstract class BlueprintRouteBuilder extends RouteBuilder {

    private final CamelContext context;
    private final String scheme;
    private final Component component;

    protected BlueprintRouteBuilder(CamelContext context, String scheme, Component component) {
        this.context = context;
        this.scheme = scheme;
        this.component = component;
    }

    /** Blueprint's init-method. */
    public void start() throws Exception {
        context.addComponent(scheme, component);
        context.addRoutes(this);
        context.start();
    }

    /** Blueprint's destroy-method. */
    public void stop() {
        context.stop();
    }
}
