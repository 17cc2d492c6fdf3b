package io.github.cameldatagrok.component.springboot;

import io.github.cameldatagrok.emulator.DatagrokEmulator;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Datagrok emulator for the test JVM, started before the first Spring context: its address goes into the system
 * property {@code datagrok.emulator.url}, which the tests' {@code application.properties} reads (its API key is the
 * one written there). {@link #restart()} brings up a new emulator on the same port, as a restarted server would be.
 */
public final class SpringEmulator implements BeforeAllCallback {

    /** The API key in src/test/resources/application.properties. */
    static final String API_KEY = "starter-test-key";

    private static DatagrokEmulator emulator;
    private static int port;

    @Override
    public void beforeAll(ExtensionContext context) {
        emulator();
    }

    static synchronized DatagrokEmulator emulator() {
        if (emulator == null) {
            emulator = DatagrokEmulator.builder().port(0).apiKey(API_KEY).build().start();
            port = emulator.port();
            System.setProperty("datagrok.emulator.url", emulator.baseUrl());
        }
        return emulator;
    }

    static synchronized void stop() {
        emulator().close();
    }

    static synchronized DatagrokEmulator restart() {
        emulator().close();
        emulator = DatagrokEmulator.builder().port(port).apiKey(API_KEY).build().start();
        return emulator;
    }
}
