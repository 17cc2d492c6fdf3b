package io.github.cameldatagrok.support.consumer;

import java.util.HashMap;
import java.util.Map;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;

/**
 * State kept in a Camel {@link StateRepository} (key: prefix and item key, value: its version) or
 * {@link IdempotentRepository} (key: prefix, item key, {@code @} and version), e.g. shared by several nodes.
 * <p>
 * Neither can list its keys, so the versions known are the ones this consumer has seen since it started: the first
 * poll after a start looks at every item once and skips those the repository already holds. With an idempotent
 * repository an item is claimed with {@code add} before its exchange (so two nodes never both process it), confirmed
 * on success and removed on failure.
 */
public final class RepositoryState implements ConsumerState {

    /** Written for an item that is gone: state repositories cannot hold null. */
    private static final String GONE = "";

    private final String keyPrefix;
    private final StateRepository<String, String> states;
    private final IdempotentRepository idempotent;
    private final Map<String, String> seen = new HashMap<>();

    private RepositoryState(String keyPrefix, StateRepository<String, String> states,
                                IdempotentRepository idempotent) {
        this.keyPrefix = keyPrefix;
        this.states = states;
        this.idempotent = idempotent;
    }

    public static RepositoryState of(String keyPrefix, StateRepository<String, String> states) {
        return new RepositoryState(keyPrefix, states, null);
    }

    public static RepositoryState of(String keyPrefix, IdempotentRepository idempotent) {
        return new RepositoryState(keyPrefix, null, idempotent);
    }

    private String stored(String key) {
        return keyPrefix + key;
    }

    private String stored(String key, String version) {
        return keyPrefix + key + "@" + version;
    }

    @Override
    public synchronized Map<String, String> versions() {
        return new HashMap<>(seen);
    }

    @Override
    public boolean begin(String key, String version) {
        if (version == null) {
            return true;
        }
        boolean claimed = idempotent != null ? idempotent.add(stored(key, version)) : !version.equals(states.getState(stored(key)));
        if (!claimed) {
            synchronized (this) {
                seen.put(key, version);
            }
        }
        return claimed;
    }

    @Override
    public void commit(String key, String version) {
        if (version == null) {
            return;
        }
        if (idempotent != null) {
            idempotent.confirm(stored(key, version));
        } else {
            states.setState(stored(key), version);
        }
        synchronized (this) {
            seen.put(key, version);
        }
    }

    @Override
    public void rollback(String key, String version) {
        if (idempotent != null && version != null) {
            idempotent.remove(stored(key, version));
        }
    }

    @Override
    public void forget(String key) {
        String version;
        synchronized (this) {
            version = seen.remove(key);
        }
        if (idempotent != null) {
            if (version != null) {
                // the same version coming back later is new again
                idempotent.remove(stored(key, version));
            }
        } else {
            states.setState(stored(key), GONE);
        }
    }
}
