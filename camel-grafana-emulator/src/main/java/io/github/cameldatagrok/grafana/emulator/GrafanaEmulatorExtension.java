package io.github.cameldatagrok.grafana.emulator;

import java.util.Objects;
import java.util.function.Consumer;

import io.github.cameldatagrok.emulator.http.EmulatorExtension;

/**
 * JUnit 5 extension running a {@link GrafanaEmulator}.
 *
 * <pre>{@code
 * @RegisterExtension
 * static GrafanaEmulatorExtension GRAFANA = GrafanaEmulatorExtension.create(b -> b.version(12));
 * // GRAFANA.baseUrl(), GRAFANA.token(), GRAFANA.emulator().dashboards() ...
 * }</pre>
 * or {@code @ExtendWith(GrafanaEmulatorExtension.class)} with a {@link GrafanaEmulator} constructor or method
 * parameter.
 * <p>
 * In a static field (or with {@code @ExtendWith}) one emulator serves the whole class, started before all tests
 * and closed after them; in an instance field each test gets its own. Faults and the request log are cleared
 * before each test; dashboards, folders and the rest are kept within a class (call {@code emulator().reset()} when a
 * test needs an empty Grafana).
 */
public final class GrafanaEmulatorExtension extends EmulatorExtension<GrafanaEmulator> {

    private final Consumer<GrafanaEmulator.Builder> configuration;

    /** For {@code @ExtendWith}: default configuration (random port, default token, Grafana 13). */
    public GrafanaEmulatorExtension() {
        this(builder -> { });
    }

    private GrafanaEmulatorExtension(Consumer<GrafanaEmulator.Builder> configuration) {
        super(GrafanaEmulator.class);
        this.configuration = Objects.requireNonNull(configuration, "configuration");
    }

    public static GrafanaEmulatorExtension create() {
        return new GrafanaEmulatorExtension();
    }

    /** An extension whose emulator is configured by {@code configuration}, e.g. {@code b -> b.version(11)}. */
    public static GrafanaEmulatorExtension create(Consumer<GrafanaEmulator.Builder> configuration) {
        return new GrafanaEmulatorExtension(configuration);
    }

    /** {@code http://127.0.0.1:PORT}, Grafana's root URL. */
    public String baseUrl() {
        return emulator().baseUrl();
    }

    public String token() {
        return emulator().token();
    }

    @Override
    protected GrafanaEmulator startEmulator() {
        GrafanaEmulator.Builder builder = GrafanaEmulator.builder();
        configuration.accept(builder);
        return builder.build().start();
    }

    @Override
    protected boolean isRunning(GrafanaEmulator emulator) {
        return emulator.isRunning();
    }

    @Override
    protected void beforeEachTest(GrafanaEmulator emulator) {
        emulator.faults().clear();
        emulator.clearRequests();
    }
}
