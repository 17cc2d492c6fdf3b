package io.github.cameldatagrok.transport;

import java.io.InterruptedIOException;
import java.time.Duration;

/**
 * A request did not complete (answer read whole, retries included) within its total deadline, however steadily
 * the server kept the connection alive. The request was cancelled and its connection closed.
 */
public class RequestDeadlineException extends InterruptedIOException {

    private static final long serialVersionUID = 1L;

    private final Duration deadline;

    public RequestDeadlineException(Duration deadline) {
        super("No complete answer within the request timeout of " + deadline.toMillis() + " ms");
        this.deadline = deadline;
    }

    public Duration getDeadline() {
        return deadline;
    }
}
