package io.github.cameldatagrok.emulator.http;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The life cycle the emulators' JUnit 5 extensions share. In a static field (or with {@code @ExtendWith}) one
 * emulator serves the whole class, started before all tests and closed after them; in an instance field each test
 * gets its own. {@link #beforeEachTest} runs before each test (the emulators clear faults and the request log);
 * a test method or constructor parameter of the emulator's type is resolved to the running one.
 *
 * @param <E> the emulator
 */
public abstract class EmulatorExtension<E extends AutoCloseable>
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private final Class<E> type;
    private E emulator;
    /** The unique id of the context that started the emulator; the same context closes it. */
    private String owner;

    protected EmulatorExtension(Class<E> type) {
        this.type = type;
    }

    /** Builds and starts a new emulator. */
    protected abstract E startEmulator();

    protected abstract boolean isRunning(E emulator);

    /** Per-test cleanup of the shared emulator. */
    protected abstract void beforeEachTest(E emulator);

    @Override
    public void beforeAll(ExtensionContext context) {
        ensureStarted(context);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        stopIfOwner(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        beforeEachTest(ensureStarted(context));
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        stopIfOwner(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == type;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        // A PER_CLASS test instance is built before beforeAll: start here then, owned by the class context.
        return ensureStarted(extensionContext);
    }

    /** The running emulator. */
    public E emulator() {
        E running = emulator;
        if (running == null || !isRunning(running)) {
            throw new IllegalStateException("The " + type.getSimpleName() + " is not running (outside a test?)");
        }
        return running;
    }

    private synchronized E ensureStarted(ExtensionContext context) {
        if (emulator == null || !isRunning(emulator)) {
            emulator = startEmulator();
            owner = context.getUniqueId();
        }
        return emulator;
    }

    private synchronized void stopIfOwner(ExtensionContext context) throws Exception {
        if (emulator != null && context.getUniqueId().equals(owner)) {
            emulator.close();
            emulator = null;
            owner = null;
        }
    }
}
