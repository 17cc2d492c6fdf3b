package io.github.cameldatagrok.grafana.component.springboot;

import io.github.cameldatagrok.grafana.emulator.GrafanaEmulator;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Grafana emulator of the test JVM, started before the first Spring context: its address goes into the system
 * property {@code grafana.emulator.url}, which the tests' {@code application.properties} reads, and it accepts the
 * token written there. {@link #replace(String)} brings up a new emulator on the same port, as a restarted Grafana
 * (or one whose service-account token was rotated) would be.
 */
public final class GrafanaServer implements BeforeAllCallback {

    /** The token in src/test/resources/application.properties. */
    static final String TOKEN = "glsa_starter-SECRET-token-0123456789";

    private static GrafanaEmulator running;
    private static int port;

    @Override
    public void beforeAll(ExtensionContext context) {
        emulator();
    }

    static synchronized GrafanaEmulator emulator() {
        if (running == null) {
            running = GrafanaEmulator.builder().port(0).token(TOKEN).build().start();
            port = running.port();
            System.setProperty("grafana.emulator.url", running.baseUrl());
        }
        return running;
    }

    /** Closes the emulator (the port stays reserved for {@link #replace}). */
    static synchronized void close() {
        emulator().close();
    }

    /** A new, empty emulator on the port of the first one, accepting only {@code token}. */
    static synchronized GrafanaEmulator replace(String token) {
        emulator().close();
        running = GrafanaEmulator.builder().port(port).token(token).build().start();
        return running;
    }
}
