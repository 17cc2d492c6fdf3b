package io.github.cameldatagrok.support.consumer;

import java.util.Map;

/**
 * What a polling consumer has processed: key -> version tag (a file's path and eTag, a dashboard's uid and version).
 * A version is recorded ({@link #commit}) only once its exchange completed, so a failed exchange or a JVM killed
 * mid-poll gets the item again.
 * <p>
 * Implementations are called from the poll thread and, for exchanges that complete asynchronously, from other threads.
 */
public interface ConsumerState {

    /** The versions recorded (or seen since start, for repositories that cannot list their keys). */
    Map<String, String> versions();

    /**
     * Claims a new or changed item for this consumer. False means it was already processed (by this consumer before
     * a restart, or by another node sharing the store): skip it. The claim is remembered so it is sent next time.
     */
    boolean begin(String key, String version);

    /** The item's exchange completed: record its version. */
    void commit(String key, String version);

    /** The item's exchange failed: release the claim so it is processed again. */
    void rollback(String key, String version);

    /** The item is gone remotely: forget it. */
    void forget(String key);

    /** A poll ended: a chance to compact what was recorded. */
    default void endPoll() {
    }

    default void close() {
    }
}
