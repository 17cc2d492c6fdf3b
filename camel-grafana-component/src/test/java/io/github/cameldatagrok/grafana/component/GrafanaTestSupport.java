package io.github.cameldatagrok.grafana.component;

import java.util.List;

import io.github.cameldatagrok.emulator.RecordedRequest;
import io.github.cameldatagrok.grafana.emulator.GrafanaEmulator;
import io.github.cameldatagrok.grafana.emulator.GrafanaEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;

/**
 * Route tests against a Grafana emulator over real HTTP. Each test class names the Grafana version it plays through
 * its own extension; retries wait milliseconds, not seconds.
 */
abstract class GrafanaTestSupport extends CamelTestSupport {

    /** The emulator of the test class. */
    abstract GrafanaEmulatorExtension grafana();

    GrafanaEmulator emulator() {
        return grafana().emulator();
    }

    @BeforeEach
    void resetEmulator() {
        emulator().reset();
        emulator().clearRequests();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("grafana", componentFor(grafana()));
        return context;
    }

    static GrafanaComponent componentFor(GrafanaEmulatorExtension emulator) {
        GrafanaComponent grafana = new GrafanaComponent();
        grafana.getConfiguration().setBaseUrl(emulator.baseUrl());
        grafana.getConfiguration().setToken(emulator.token());
        grafana.getConfiguration().setRetryDelay(20);
        return grafana;
    }

    /** The requests the emulator got with this method on paths matching the regex. */
    List<RecordedRequest> sent(String method, String pathRegex) {
        return emulator().requests(method, pathRegex);
    }

    /** The cause the component raised, under Camel's wrapping. */
    static Throwable cause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t instanceof org.apache.camel.CamelExecutionException) {
            t = t.getCause();
        }
        return t;
    }
}
