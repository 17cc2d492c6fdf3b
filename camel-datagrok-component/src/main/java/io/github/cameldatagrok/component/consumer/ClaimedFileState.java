package io.github.cameldatagrok.component.consumer;

import java.util.Map;

import org.apache.camel.spi.IdempotentRepository;

/**
 * A state whose files are claimed in an {@code inProgressRepository} while their exchange runs: the state is asked
 * again whether the file is done once the claim is taken (so of two nodes only one sees it undone), and the claim is
 * released after the state recorded the outcome. A claim that expires (camel-sql's {@code JdbcOrphanLockAwareIdempotentRepository})
 * gives a file held by a node that died to another node.
 */
final class ClaimedFileState implements FileConsumerState {

    private final FileConsumerState done;
    private final IdempotentRepository inProgress;
    private final String keyPrefix;

    ClaimedFileState(FileConsumerState done, IdempotentRepository inProgress, String keyPrefix) {
        this.done = done;
        this.inProgress = inProgress;
        this.keyPrefix = keyPrefix;
    }

    private String key(String path, String eTag) {
        return keyPrefix + path + "@" + eTag;
    }

    @Override
    public Map<String, String> eTags() {
        return done.eTags();
    }

    @Override
    public boolean begin(String path, String eTag) {
        // the state only reads here (it is told of the outcome in commit): asked first, a file done long ago costs
        // no claim; asked again once claimed, a file another node finished meanwhile is not done twice
        if (eTag == null) {
            // no version to claim: as without an in-progress repository
            return done.begin(path, null);
        }
        if (!done.begin(path, eTag)) {
            return false;
        }
        String key = key(path, eTag);
        if (!RepositoryFileState.claim(inProgress, key)) {
            return false;
        }
        boolean claimed = false;
        try {
            claimed = done.begin(path, eTag);
            return claimed;
        } finally {
            if (!claimed) {
                inProgress.remove(key);
            }
        }
    }

    @Override
    public void commit(String path, String eTag) {
        try {
            done.commit(path, eTag);
        } finally {
            release(path, eTag);
        }
    }

    @Override
    public void rollback(String path, String eTag) {
        try {
            done.rollback(path, eTag);
        } finally {
            release(path, eTag);
        }
    }

    private void release(String path, String eTag) {
        if (eTag != null) {
            inProgress.remove(key(path, eTag));
        }
    }

    @Override
    public void forget(String path) {
        done.forget(path);
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
