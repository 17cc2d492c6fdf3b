package io.github.cameldatagrok.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.cameldatagrok.component.DatagrokComponent;
import io.github.cameldatagrok.docs.DocSnippets;
import io.github.cameldatagrok.emulator.DatagrokEmulator;
import io.github.cameldatagrok.emulator.DatagrokEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.EndpointHelper;
import org.apache.camel.Route;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.support.RoutePolicySupport;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs the documents' code blocks against the Datagrok emulator. The working directory is {@code target/docs-run}, so
 * relative paths of the snippets ({@code file:inbox}) stay in the build folder. The datagrok component is configured
 * as a user's {@code application.properties} would (base URL and key on the component), never in the snippets.
 * Any exchange that fails in a snippet's routes fails the test, unless the test expects it.
 */
abstract class SnippetTestSupport extends CamelTestSupport {

    @RegisterExtension
    static final DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();

    /** Exchanges that failed in any route of the context. */
    protected final List<Exchange> failures = new CopyOnWriteArrayList<>();
    /** The consumer endpoint of every route, once for each exchange it finished. */
    private final List<String> done = new CopyOnWriteArrayList<>();
    protected boolean failuresExpected;

    protected DatagrokEmulator emulator() {
        return DATAGROK.emulator();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        DatagrokComponent datagrok = new DatagrokComponent();
        datagrok.getConfiguration().setBaseUrl(DATAGROK.baseUrl());
        datagrok.getConfiguration().setApiKey(DATAGROK.apiKey());
        context.addComponent("datagrok", datagrok);
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

    /** Loads the YAML block {@code name} of the documents, verbatim, into the running context. */
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

    static String yaml(String name) {
        return DocSnippets.yaml(name);
    }
}
