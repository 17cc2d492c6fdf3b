package io.github.cameldatagrok.support.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.support.EndpointHelper;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.support.RoutePolicySupport;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;

/**
 * Camel tests that run the documents' code blocks: any exchange that ends failed in any route a snippet added fails
 * the test, unless the test sets {@link #failuresExpected}; routes of a YAML block are loaded verbatim. A component's
 * snippet tests extend it and configure the component against its emulator.
 */
public abstract class SnippetCamelTestSupport extends CamelTestSupport {

    /** Exchanges that failed in any route of the context. */
    protected final List<Exchange> failures = new CopyOnWriteArrayList<>();
    /** The consumer endpoint of every route, once for each exchange it finished. */
    private final List<String> done = new CopyOnWriteArrayList<>();
    protected boolean failuresExpected;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // every route a snippet adds reports the exchanges that end failed
        context.addRoutePolicyFactory((camelContext, routeId, route) -> new RoutePolicySupport() {
            @Override
            public void onExchangeDone(Route r, Exchange exchange) {
                done.add(r.getEndpoint().getEndpointUri());
                if (exchange.isFailed()) {
                    failures.add(exchange);
                }
            }
        });
        return context;
    }

    /** Loads the routes of a YAML block, verbatim, into the running context. */
    protected void loadYaml(String yaml) throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("snippet.yaml", yaml));
    }

    /** Waits until routes starting at an endpoint matching {@code from} (a Camel pattern) finished {@code count} exchanges. */
    protected void awaitDone(String from, int count) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(doneFrom(from)).as(count + " exchanges from " + from + " done").isGreaterThanOrEqualTo(count));
    }

    private long doneFrom(String from) {
        return done.stream().filter(uri -> EndpointHelper.matchEndpoint(context, uri, from)).count();
    }

    @AfterEach
    void noExchangeFailed() {
        if (!failuresExpected) {
            assertThat(failures).as("exchanges that failed in the snippet's routes")
                    .extracting(e -> e.getException() == null ? "?" : e.getException().toString())
                    .isEmpty();
        }
    }
}
