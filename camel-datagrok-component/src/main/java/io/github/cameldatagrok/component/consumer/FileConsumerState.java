package io.github.cameldatagrok.component.consumer;

import java.util.Map;

/**
 * What a {@code datagrok:file} consumer has processed: relative path -> eTag. An eTag is recorded ({@link #commit})
 * only once its exchange completed, so a failed exchange or a JVM killed mid-poll gets the file again.
 * <p>
 * Implementations are called from the poll thread and, for exchanges that complete asynchronously, from other threads.
 */
interface FileConsumerState {

    /** The eTags to send with the next {@code files/sync} request, so unchanged files come without content. */
    Map<String, String> eTags();

    /**
     * Claims a new or changed file for this consumer. False means it was already processed (by this consumer before
     * a restart, or by another node sharing the store): skip it. The claim is remembered so it is sent next time.
     */
    boolean begin(String path, String eTag);

    /** The file's exchange completed: record its eTag. */
    void commit(String path, String eTag);

    /** The file's exchange failed: release the claim so it is processed again. */
    void rollback(String path, String eTag);

    /** The file is gone remotely (a {@code deleted} part, or {@code delete=true} removed it): forget it. */
    void forget(String path);

    /** A poll ended: a chance to compact what was recorded. */
    default void endPoll() {
    }

    default void close() {
    }
}
