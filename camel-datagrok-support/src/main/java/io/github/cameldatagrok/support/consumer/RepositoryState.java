package io.github.cameldatagrok.support.consumer;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;

/**
 * State kept in a Camel {@link StateRepository} (key: prefix and item key, value: its version) or
 * {@link IdempotentRepository} (key: prefix, item key, {@code @} and version), e.g. shared by several nodes.
 * <p>
 * Neither can list its keys. A state repository therefore also holds, under the prefix itself (it ends with a slash,
 * an item key never does), a JSON snapshot of the versions this consumer knows (written at the end of a poll, after
 * the per-item entries it sums up), read when the consumer starts, so a restart knows them. An idempotent repository
 * has no values: the first poll after a start looks at every item once and skips those the repository already holds.
 * With an idempotent repository an item is claimed with {@code add} before its exchange (so two nodes never both
 * process it), confirmed on success and removed on failure; when the claim is taken elsewhere (an
 * {@code inProgressRepository}, see {@link ClaimedState}), the repository is only asked whether the item is done, and
 * told once it is.
 */
public final class RepositoryState implements ConsumerState {

    /** Written for an item that is gone: state repositories cannot hold null. */
    private static final String GONE = "";

    private final String keyPrefix;
    private final StateRepository<String, String> states;
    private final IdempotentRepository idempotent;
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
    };

    private final boolean claimedElsewhere;
    private final ObjectMapper json;
    private final Map<String, String> seen = new HashMap<>();
    /** {@link #seen} changed since the snapshot was last written. */
    private boolean changed;

    private RepositoryState(String keyPrefix, StateRepository<String, String> states,
                                IdempotentRepository idempotent, boolean claimedElsewhere, ObjectMapper json) {
        this.keyPrefix = keyPrefix;
        this.states = states;
        this.idempotent = idempotent;
        this.claimedElsewhere = claimedElsewhere;
        this.json = json;
    }

    /** The prefix itself (it ends with a slash, an item key never does) keeps the snapshot. */
    public static RepositoryState of(String keyPrefix, StateRepository<String, String> states, ObjectMapper json) {
        RepositoryState state = new RepositoryState(keyPrefix, states, null, false, json);
        String snapshot = states.getState(keyPrefix);
        if (snapshot != null && !snapshot.isEmpty()) {
            try {
                state.seen.putAll(json.readValue(snapshot, MAP));
            } catch (JsonProcessingException unreadable) {
                // only a saving: without it the first poll looks at each item once, the per-item entries decide
                state.seen.clear();
            }
        }
        return state;
    }

    /** {@code claimedElsewhere}: an in-progress repository holds the claims, this one only the files done. */
    public static RepositoryState of(String keyPrefix, IdempotentRepository idempotent, boolean claimedElsewhere) {
        return new RepositoryState(keyPrefix, null, idempotent, claimedElsewhere, null);
    }

    /**
     * {@code add}, where a concurrent add of the same key by another node may fail: a database refusing the row
     * (SQL state class 23, integrity constraint, e.g. camel-sql's JDBC repositories on a duplicate key) or the
     * transaction (40, serialization failure) means another node claimed the item at the same moment. The item is
     * not marked seen, so the next poll asks again.
     */
    public static boolean claim(IdempotentRepository repository, String key) {
        try {
            return repository.add(key);
        } catch (RuntimeException e) {
            if (claimedConcurrently(e)) {
                return false;
            }
            throw e;
        }
    }

    private static boolean claimedConcurrently(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("23") || sql.getSQLState().startsWith("40"))) {
                return true;
            }
        }
        return false;
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
        boolean claimed;
        if (idempotent == null) {
            claimed = !version.equals(states.getState(stored(key)));
        } else if (claimedElsewhere) {
            claimed = !idempotent.contains(stored(key, version));
        } else {
            claimed = claim(idempotent, stored(key, version));
        }
        if (!claimed) {
            synchronized (this) {
                changed |= !version.equals(seen.put(key, version));
            }
        }
        return claimed;
    }

    @Override
    public void commit(String key, String version) {
        if (version == null) {
            return;
        }
        if (idempotent != null && claimedElsewhere) {
            idempotent.add(stored(key, version));
        } else if (idempotent != null) {
            idempotent.confirm(stored(key, version));
        } else {
            states.setState(stored(key), version);
        }
        synchronized (this) {
            changed |= !version.equals(seen.put(key, version));
        }
    }

    @Override
    public void rollback(String key, String version) {
        if (idempotent != null && !claimedElsewhere && version != null) {
            idempotent.remove(stored(key, version));
        }
    }

    @Override
    public void forget(String key) {
        String version;
        synchronized (this) {
            version = seen.remove(key);
            changed |= version != null;
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

    @Override
    public void endPoll() {
        if (states == null) {
            return;
        }
        String snapshot;
        synchronized (this) {
            if (!changed) {
                return;
            }
            changed = false;
            try {
                snapshot = json.writeValueAsString(seen);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Could not write the versions of " + keyPrefix + " as JSON", e);
            }
        }
        states.setState(keyPrefix, snapshot);
    }
}
