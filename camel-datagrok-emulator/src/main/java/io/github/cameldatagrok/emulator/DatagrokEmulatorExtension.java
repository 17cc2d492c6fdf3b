package io.github.cameldatagrok.emulator;

import java.util.Objects;
import java.util.function.Consumer;

import io.github.cameldatagrok.emulator.http.EmulatorExtension;

/**
 * JUnit 5 extension running a {@link DatagrokEmulator}.
 *
 * <pre>{@code
 * @RegisterExtension
 * static DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();
 * // DATAGROK.baseUrl(), DATAGROK.apiKey(), DATAGROK.emulator().faults() ...
 * }</pre>
 * or {@code @ExtendWith(DatagrokEmulatorExtension.class)} with a {@link DatagrokEmulator} constructor or
 * method parameter.
 * <p>
 * In a static field (or with {@code @ExtendWith}) one emulator serves the whole class, started before all
 * tests and closed after them; in an instance field each test gets its own. Faults and the request log are
 * cleared before each test; tables are kept within a class (seed them in {@code @BeforeEach} or call
 * {@code emulator().reset()} when a test needs an empty store).
 */
public final class DatagrokEmulatorExtension extends EmulatorExtension<DatagrokEmulator> {

    private final Consumer<DatagrokEmulator.Builder> configuration;

    /** For {@code @ExtendWith}: default configuration (random port, default API key). */
    public DatagrokEmulatorExtension() {
        this(builder -> { });
    }

    private DatagrokEmulatorExtension(Consumer<DatagrokEmulator.Builder> configuration) {
        super(DatagrokEmulator.class);
        this.configuration = Objects.requireNonNull(configuration, "configuration");
    }

    /** An extension with a random port and the default API key. */
    public static DatagrokEmulatorExtension create() {
        return new DatagrokEmulatorExtension();
    }

    /** An extension whose emulator is configured by {@code configuration}, e.g. {@code b -> b.apiKey("k")}. */
    public static DatagrokEmulatorExtension create(Consumer<DatagrokEmulator.Builder> configuration) {
        return new DatagrokEmulatorExtension(configuration);
    }

    /** {@code http://127.0.0.1:PORT/api}. */
    public String baseUrl() {
        return emulator().baseUrl();
    }

    /** {@code http://127.0.0.1:PORT}, the bare Datlas form. */
    public String serverUrl() {
        return emulator().serverUrl();
    }

    public String apiKey() {
        return emulator().apiKey();
    }

    @Override
    protected DatagrokEmulator startEmulator() {
        DatagrokEmulator.Builder builder = DatagrokEmulator.builder();
        configuration.accept(builder);
        return builder.build().start();
    }

    @Override
    protected boolean isRunning(DatagrokEmulator emulator) {
        return emulator.isRunning();
    }

    @Override
    protected void beforeEachTest(DatagrokEmulator emulator) {
        emulator.faults().clear();
        emulator.clearRequests();
    }
}
