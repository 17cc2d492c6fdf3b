package io.github.cameldatagrok.emulator;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Requests in arrival order, recorded before any fault or handler runs, so a test that asserts "nothing was
 * sent" or counts retries sees every attempt. Bounded in entries, and in the bytes of recorded bodies, so a
 * long-running standalone emulator does not grow.
 */
public final class RequestLog {

    public static final int CAPACITY = 10_000;
    /** Bodies kept by the whole log at most; the oldest bodies are forgotten first (their entries stay). */
    public static final long MAX_BODY_BYTES = 32L * 1024 * 1024;

    private final Deque<RecordedRequest> entries = new ArrayDeque<>();
    /** Entries whose body is kept, oldest first: the eviction order of bodies (may hold already forgotten ones). */
    private final Deque<RecordedRequest> withBodies = new ArrayDeque<>();
    private final int bodyLimit;
    private long bodyBytes;

    /** A log that records no bodies. */
    public RequestLog() {
        this(0);
    }

    /** A log that keeps up to {@code bodyLimit} bytes of each body a route reads whole (0: none). */
    public RequestLog(int bodyLimit) {
        if (bodyLimit < 0) {
            throw new IllegalArgumentException("bodyLimit must be >= 0");
        }
        this.bodyLimit = bodyLimit;
    }

    /** Whether bodies are recorded at all. */
    public boolean recordsBodies() {
        return bodyLimit > 0;
    }

    public synchronized void record(RecordedRequest request) {
        if (entries.size() == CAPACITY) {
            RecordedRequest evicted = entries.removeFirst();
            forget(evicted);
            evicted.body().evicted = true;
            if (withBodies.peekFirst() == evicted) {
                withBodies.removeFirst();
            }
        }
        entries.addLast(request);
    }

    /** Keeps (the first {@code bodyLimit} bytes of) the body a route read for this request. */
    public synchronized void recordBody(RecordedRequest request, byte[] body) {
        if (bodyLimit == 0 || request.body() == Body.NONE || request.body().evicted) {
            return;
        }
        byte[] kept = body.length > bodyLimit ? Arrays.copyOf(body, bodyLimit) : body.clone();
        forget(request);
        request.body().bytes = kept;
        bodyBytes += kept.length;
        withBodies.addLast(request);
        while ((bodyBytes > MAX_BODY_BYTES || withBodies.size() > CAPACITY) && !withBodies.isEmpty()) {
            forget(withBodies.removeFirst());
        }
    }

    public synchronized List<RecordedRequest> snapshot() {
        return List.copyOf(entries);
    }

    public synchronized void clear() {
        for (RecordedRequest request : entries) {
            forget(request);
            request.body().evicted = true;
        }
        entries.clear();
        withBodies.clear();
        bodyBytes = 0;
    }

    private void forget(RecordedRequest request) {
        byte[] bytes = request.body().bytes;
        if (bytes != null) {
            bodyBytes -= bytes.length;
            request.body().bytes = null;
        }
    }

    /** The holder of one request's recorded body: filled once the route has read it, guarded by the log. */
    public static final class Body {

        /** For requests whose body is not recorded. */
        public static final Body NONE = new Body();

        private volatile byte[] bytes;
        /** Out of the log: a body read later is not kept (and not counted). */
        private boolean evicted;

        /** An empty holder for a request whose body may be recorded. */
        public static Body pending() {
            return new Body();
        }

        private Body() {
        }

        byte[] bytes() {
            return bytes;
        }
    }
}
