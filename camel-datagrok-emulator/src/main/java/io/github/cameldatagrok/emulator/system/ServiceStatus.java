package io.github.cameldatagrok.emulator.system;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The state the healthcheck reports per service ({@code db}, {@code storage}, {@code grok_connect}): {@code Running}
 * unless a test fails or stops one, which makes the whole report {@code degraded}.
 */
public final class ServiceStatus {

    private record State(String status, String error) {
    }

    private final Map<String, State> states = new ConcurrentHashMap<>();

    /** Reports the service as {@code Failed} with this error. */
    public ServiceStatus fail(String key, String error) {
        states.put(key, new State("Failed", error));
        return this;
    }

    /** Reports the service as {@code Stopped}. */
    public ServiceStatus stop(String key) {
        states.put(key, new State("Stopped", null));
        return this;
    }

    /** Every service {@code Running} again. */
    public void clear() {
        states.clear();
    }

    String statusOf(String key) {
        State state = states.get(key);
        return state == null ? "Running" : state.status();
    }

    Optional<String> errorOf(String key) {
        return Optional.ofNullable(states.get(key)).map(State::error);
    }

    boolean anyFailed() {
        return !states.isEmpty();
    }
}
