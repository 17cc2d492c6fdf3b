package io.github.cameldatagrok.transport;

import java.time.Duration;

/**
 * How one request is sent: whether it may be repeated, with how many attempts at most, and under which total
 * deadline (null: the transport's {@link HttpTransportConfig#getRequestTimeout()} for JSON requests; zero: none,
 * for a JSON request whose body is a streamed transfer of any size).
 *
 * @param retryable   only idempotent requests (GET, and uploads that replace) should be repeated
 * @param maxAttempts attempts in all, 0 for the transport's setting
 * @param deadline    total time, null for the default, zero for none
 */
public record RequestOptions(boolean retryable, int maxAttempts, Duration deadline) {

    private static final RequestOptions RETRYABLE = new RequestOptions(true, 0, null);
    private static final RequestOptions ONCE = new RequestOptions(false, 0, null);

    /** Retried on the transport's terms (idempotent requests). */
    public static RequestOptions idempotent() {
        return RETRYABLE;
    }

    /** Sent once: an answer the server sent to a non-idempotent request is final. */
    public static RequestOptions once() {
        return ONCE;
    }

    public static RequestOptions of(boolean retryable) {
        return retryable ? RETRYABLE : ONCE;
    }

    /** One attempt within {@code deadline}: probes such as health checks, which must answer fast. */
    public static RequestOptions probe(Duration deadline) {
        return new RequestOptions(false, 1, deadline);
    }

    /** A streamed upload answered with JSON: no total deadline (the socket timeout still applies). */
    public static RequestOptions streamedUpload(boolean retryable) {
        return new RequestOptions(retryable, 0, Duration.ZERO);
    }

    public RequestOptions withDeadline(Duration newDeadline) {
        return new RequestOptions(retryable, maxAttempts, newDeadline);
    }
}
