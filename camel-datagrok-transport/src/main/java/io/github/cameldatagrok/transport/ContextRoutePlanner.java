package io.github.cameldatagrok.transport;

import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.protocol.HttpContext;

/** Routes through the proxy the transport put into the request's context, so one client serves any proxy setting. */
final class ContextRoutePlanner extends DefaultRoutePlanner {

    static final String PROXY = "io.github.cameldatagrok.transport.proxy";

    ContextRoutePlanner() {
        super(null);
    }

    @Override
    protected HttpHost determineProxy(HttpHost target, HttpContext context) {
        Object proxy = context.getAttribute(PROXY);
        return proxy instanceof HttpHost host ? host : null;
    }
}
