package io.github.cameldatagrok.emulator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Requests in arrival order, recorded before any fault or handler runs, so a test that asserts "nothing was
 * sent" or counts retries sees every attempt. Bounded, so a long-running standalone emulator does not grow.
 */
final class RequestLog {

    static final int CAPACITY = 10_000;

    private final Deque<RecordedRequest> entries = new ArrayDeque<>();

    synchronized void record(RecordedRequest request) {
        if (entries.size() == CAPACITY) {
            entries.removeFirst();
        }
        entries.addLast(request);
    }

    synchronized List<RecordedRequest> snapshot() {
        return List.copyOf(entries);
    }

    synchronized void clear() {
        entries.clear();
    }
}
