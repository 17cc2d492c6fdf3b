package io.github.cameldatagrok.component.consumer;

import java.util.HashMap;
import java.util.Map;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;

/**
 * State kept in a Camel {@link StateRepository} (key: the file's connector path, value: its eTag) or
 * {@link IdempotentRepository} (key: connector path {@code @} eTag), e.g. shared by several nodes.
 * <p>
 * Neither can list its keys, so the eTags sent with a request are the ones this consumer has seen since it started:
 * the first poll after a start fetches every file once and skips those the repository already holds. With an
 * idempotent repository a file is claimed with {@code add} before its exchange (so two nodes never both process it),
 * confirmed on success and removed on failure.
 */
final class RepositoryFileState implements FileConsumerState {

    /** Written for a file that is gone: state repositories cannot hold null. */
    private static final String GONE = "";

    private final String keyPrefix;
    private final StateRepository<String, String> states;
    private final IdempotentRepository idempotent;
    private final Map<String, String> seen = new HashMap<>();

    private RepositoryFileState(String keyPrefix, StateRepository<String, String> states,
                                IdempotentRepository idempotent) {
        this.keyPrefix = keyPrefix;
        this.states = states;
        this.idempotent = idempotent;
    }

    static RepositoryFileState of(String keyPrefix, StateRepository<String, String> states) {
        return new RepositoryFileState(keyPrefix, states, null);
    }

    static RepositoryFileState of(String keyPrefix, IdempotentRepository idempotent) {
        return new RepositoryFileState(keyPrefix, null, idempotent);
    }

    private String key(String path) {
        return keyPrefix + path;
    }

    private String key(String path, String eTag) {
        return keyPrefix + path + "@" + eTag;
    }

    @Override
    public synchronized Map<String, String> eTags() {
        return new HashMap<>(seen);
    }

    @Override
    public boolean begin(String path, String eTag) {
        if (eTag == null) {
            return true;
        }
        boolean claimed = idempotent != null ? idempotent.add(key(path, eTag)) : !eTag.equals(states.getState(key(path)));
        if (!claimed) {
            synchronized (this) {
                seen.put(path, eTag);
            }
        }
        return claimed;
    }

    @Override
    public void commit(String path, String eTag) {
        if (eTag == null) {
            return;
        }
        if (idempotent != null) {
            idempotent.confirm(key(path, eTag));
        } else {
            states.setState(key(path), eTag);
        }
        synchronized (this) {
            seen.put(path, eTag);
        }
    }

    @Override
    public void rollback(String path, String eTag) {
        if (idempotent != null && eTag != null) {
            idempotent.remove(key(path, eTag));
        }
    }

    @Override
    public void forget(String path) {
        String eTag;
        synchronized (this) {
            eTag = seen.remove(path);
        }
        if (idempotent != null) {
            if (eTag != null) {
                // the same content uploaded again later is a new file
                idempotent.remove(key(path, eTag));
            }
        } else {
            states.setState(key(path), GONE);
        }
    }
}
