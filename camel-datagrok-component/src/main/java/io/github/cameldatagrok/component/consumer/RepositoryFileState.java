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
 * confirmed on success and removed on failure; when the claim is taken elsewhere (an {@code inProgressRepository},
 * see {@link ClaimedFileState}), the repository is only asked whether the file is done, and told once it is.
 */
final class RepositoryFileState implements FileConsumerState {

    /** Written for a file that is gone: state repositories cannot hold null. */
    private static final String GONE = "";

    private final String keyPrefix;
    private final StateRepository<String, String> states;
    private final IdempotentRepository idempotent;
    private final boolean claimedElsewhere;
    private final Map<String, String> seen = new HashMap<>();

    private RepositoryFileState(String keyPrefix, StateRepository<String, String> states,
                                IdempotentRepository idempotent, boolean claimedElsewhere) {
        this.keyPrefix = keyPrefix;
        this.states = states;
        this.idempotent = idempotent;
        this.claimedElsewhere = claimedElsewhere;
    }

    static RepositoryFileState of(String keyPrefix, StateRepository<String, String> states) {
        return new RepositoryFileState(keyPrefix, states, null, false);
    }

    /** {@code claimedElsewhere}: an in-progress repository holds the claims, this one only the files done. */
    static RepositoryFileState of(String keyPrefix, IdempotentRepository idempotent, boolean claimedElsewhere) {
        return new RepositoryFileState(keyPrefix, null, idempotent, claimedElsewhere);
    }

    /**
     * {@code add}, where a concurrent add of the same key by another node may fail (camel-sql's JDBC repositories
     * then throw the database's duplicate-key error): a key that is there now was claimed by someone else.
     */
    static boolean claim(IdempotentRepository repository, String key) {
        try {
            return repository.add(key);
        } catch (RuntimeException e) {
            if (repository.contains(key)) {
                return false;
            }
            throw e;
        }
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
        if (idempotent != null && claimedElsewhere) {
            idempotent.add(key(path, eTag));
        } else if (idempotent != null) {
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
        if (idempotent != null && !claimedElsewhere && eTag != null) {
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
