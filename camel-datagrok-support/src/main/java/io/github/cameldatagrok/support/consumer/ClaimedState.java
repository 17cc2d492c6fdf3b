package io.github.cameldatagrok.support.consumer;

import java.util.Map;

import org.apache.camel.spi.IdempotentRepository;

/**
 * A state whose items are claimed in an {@code inProgressRepository} while their exchange runs: the state is asked
 * again whether the item is done once the claim is taken (so of two nodes only one sees it undone), and the claim is
 * released after the state recorded the outcome. A claim that expires (camel-sql's {@code JdbcOrphanLockAwareIdempotentRepository})
 * gives an item held by a node that died to another node.
 */
public final class ClaimedState implements ConsumerState {

    private final ConsumerState done;
    private final IdempotentRepository inProgress;
    private final String keyPrefix;

    public ClaimedState(ConsumerState done, IdempotentRepository inProgress, String keyPrefix) {
        this.done = done;
        this.inProgress = inProgress;
        this.keyPrefix = keyPrefix;
    }

    private String stored(String key, String version) {
        return keyPrefix + key + "@" + version;
    }

    @Override
    public Map<String, String> versions() {
        return done.versions();
    }

    @Override
    public boolean begin(String key, String version) {
        // the state only reads here (it is told of the outcome in commit): asked first, an item done long ago costs
        // no claim; asked again once claimed, an item another node finished meanwhile is not done twice
        if (version == null) {
            // no version to claim: as without an in-progress repository
            return done.begin(key, null);
        }
        if (!done.begin(key, version)) {
            return false;
        }
        String claim = stored(key, version);
        if (!RepositoryState.claim(inProgress, claim)) {
            return false;
        }
        boolean claimed = false;
        try {
            claimed = done.begin(key, version);
            return claimed;
        } finally {
            if (!claimed) {
                inProgress.remove(claim);
            }
        }
    }

    @Override
    public void commit(String key, String version) {
        try {
            done.commit(key, version);
        } finally {
            release(key, version);
        }
    }

    @Override
    public void rollback(String key, String version) {
        try {
            done.rollback(key, version);
        } finally {
            release(key, version);
        }
    }

    private void release(String key, String version) {
        if (version != null) {
            inProgress.remove(stored(key, version));
        }
    }

    @Override
    public void forget(String key) {
        done.forget(key);
    }

    @Override
    public void endPoll() {
        done.endPoll();
    }

    @Override
    public void close() {
        done.close();
    }
}
