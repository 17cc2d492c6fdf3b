package io.github.cameldatagrok.emulator;

import java.util.Objects;
import java.util.function.Consumer;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

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
public final class DatagrokEmulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private final Consumer<DatagrokEmulator.Builder> configuration;
    private DatagrokEmulator emulator;
    /** The unique id of the context that started the emulator; the same context closes it. */
    private String owner;

    /** For {@code @ExtendWith}: default configuration (random port, default API key). */
    public DatagrokEmulatorExtension() {
        this(builder -> { });
    }

    private DatagrokEmulatorExtension(Consumer<DatagrokEmulator.Builder> configuration) {
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

    @Override
    public void beforeAll(ExtensionContext context) {
        ensureStarted(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stopIfOwner(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ensureStarted(context);
        emulator.faults().clear();
        emulator.clearRequests();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stopIfOwner(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == DatagrokEmulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        // A PER_CLASS test instance is built before beforeAll: start here then, owned by the class context.
        ensureStarted(extensionContext);
        return emulator;
    }

    /** The running emulator. */
    public DatagrokEmulator emulator() {
        if (emulator == null || !emulator.isRunning()) {
            throw new IllegalStateException("The Datagrok emulator is not running (outside a test?)");
        }
        return emulator;
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

    private synchronized void ensureStarted(ExtensionContext context) {
        if (emulator != null && emulator.isRunning()) {
            return;
        }
        DatagrokEmulator.Builder builder = DatagrokEmulator.builder();
        configuration.accept(builder);
        emulator = builder.build().start();
        owner = context.getUniqueId();
    }

    private synchronized void stopIfOwner(ExtensionContext context) {
        if (emulator != null && context.getUniqueId().equals(owner)) {
            emulator.close();
            emulator = null;
            owner = null;
        }
    }
}
