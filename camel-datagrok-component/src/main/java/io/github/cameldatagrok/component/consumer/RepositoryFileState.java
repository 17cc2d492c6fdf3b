package io.github.cameldatagrok.component.consumer;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;

/**
 * State kept in a Camel {@link StateRepository} (key: the file's connector path, value: its eTag) or
 * {@link IdempotentRepository} (key: connector path {@code @} eTag), e.g. shared by several nodes.
 * <p>
 * Neither can list its keys. A state repository therefore also holds, under the folder's own key, a JSON snapshot of
 * the eTags this consumer sends (written at the end of a poll, after the per-file entries it sums up), read when the
 * consumer starts, so a restart sends them and gets no content again. An idempotent repository has no values: the
 * first poll after a start fetches every file once and skips those the repository already holds. With an
 * idempotent repository a file is claimed with {@code add} before its exchange (so two nodes never both process it),
 * confirmed on success and removed on failure; when the claim is taken elsewhere (an {@code inProgressRepository},
 * see {@link ClaimedFileState}), the repository is only asked whether the file is done, and told once it is.
 */
final class RepositoryFileState implements FileConsumerState {

    /** Written for a file that is gone: state repositories cannot hold null. */
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

    private RepositoryFileState(String keyPrefix, StateRepository<String, String> states,
                                IdempotentRepository idempotent, boolean claimedElsewhere, ObjectMapper json) {
        this.keyPrefix = keyPrefix;
        this.states = states;
        this.idempotent = idempotent;
        this.claimedElsewhere = claimedElsewhere;
        this.json = json;
    }

    /** The folder {@code keyPrefix} names (it ends with a slash, a file's path never does) keeps the snapshot. */
    static RepositoryFileState of(String keyPrefix, StateRepository<String, String> states, ObjectMapper json) {
        RepositoryFileState state = new RepositoryFileState(keyPrefix, states, null, false, json);
        String snapshot = states.getState(keyPrefix);
        if (snapshot != null && !snapshot.isEmpty()) {
            try {
                state.seen.putAll(json.readValue(snapshot, MAP));
            } catch (JsonProcessingException unreadable) {
                // only a saving: without it the first poll fetches each file once, the per-file entries decide
                state.seen.clear();
            }
        }
        return state;
    }

    /** {@code claimedElsewhere}: an in-progress repository holds the claims, this one only the files done. */
    static RepositoryFileState of(String keyPrefix, IdempotentRepository idempotent, boolean claimedElsewhere) {
        return new RepositoryFileState(keyPrefix, null, idempotent, claimedElsewhere, null);
    }

    /**
     * {@code add}, where a concurrent add of the same key by another node may fail: a database refusing the row
     * (SQL state class 23, integrity constraint, e.g. camel-sql's JDBC repositories on a duplicate key) or the
     * transaction (40, serialization failure) means another node claimed the file at the same moment. The file is
     * not marked seen, so the next poll asks again.
     */
    static boolean claim(IdempotentRepository repository, String key) {
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
        boolean claimed;
        if (idempotent == null) {
            claimed = !eTag.equals(states.getState(key(path)));
        } else if (claimedElsewhere) {
            claimed = !idempotent.contains(key(path, eTag));
        } else {
            claimed = claim(idempotent, key(path, eTag));
        }
        if (!claimed) {
            synchronized (this) {
                changed |= !eTag.equals(seen.put(path, eTag));
            }
        }
        return claimed;
    }

    @Override
    public void commit(String path, String eTag) {
        if (eTag == null) {
            return;
        }
        if (idempotent != null && claimedElsewhere) {
            idempotent.add(key(path, eTag));
        } else if (idempotent != null) {
            idempotent.confirm(key(path, eTag));
        } else {
            states.setState(key(path), eTag);
        }
        synchronized (this) {
            changed |= !eTag.equals(seen.put(path, eTag));
        }
    }

    @Override
    public void rollback(String path, String eTag) {
        if (idempotent != null && !claimedElsewhere && eTag != null) {
            idempotent.remove(key(path, eTag));
        }
    }

    @Override
    public void forget(String path) {
        String eTag;
        synchronized (this) {
            eTag = seen.remove(path);
            changed |= eTag != null;
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
                throw new IllegalStateException("Could not write the eTags of " + keyPrefix + " as JSON", e);
            }
        }
        states.setState(keyPrefix, snapshot);
    }
}
