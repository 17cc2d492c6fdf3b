package io.github.cameldatagrok.transport;

import java.io.IOException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import javax.net.ssl.SSLException;

import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.TimeValue;

/**
 * HttpClient's retry strategy, driven per request by the {@link Policy} the transport puts into the context (one
 * async client serves transports with different settings): only requests marked retryable are repeated, on 429,
 * 502, 503, 504 and I/O failures such as refused connections or timeouts; the wait is the server's
 * {@code Retry-After} when it sends one (capped), else an exponential backoff with jitter; no retry starts past the
 * request's deadline. HttpClient itself never repeats a request whose body cannot be sent twice.
 */
final class TransportRetryStrategy extends DefaultHttpRequestRetryStrategy {

    /** Context attribute holding the request's {@link Policy}; absent: never retried. */
    static final String POLICY = "io.github.cameldatagrok.transport.retry-policy";

    /** @param deadlineNanos {@link System#nanoTime()} after which no retry starts, or 0 for none */
    record Policy(int maxAttempts, Duration baseDelay, Duration maxRetryAfter, long deadlineNanos) {
    }

    TransportRetryStrategy() {
        super(Integer.MAX_VALUE, TimeValue.ofSeconds(1),
                List.of(UnknownHostException.class, NoRouteToHostException.class, SSLException.class,
                        RequestDeadlineException.class, ResponseTooLargeException.class,
                        StreamedEntity.BodyWriteFailure.class),
                List.of(429, 502, 503, 504));
    }

    private static Policy policy(HttpContext context, int execCount) {
        Object policy = context.getAttribute(POLICY);
        if (!(policy instanceof Policy p) || execCount >= p.maxAttempts()) {
            return null;
        }
        return p.deadlineNanos() != 0 && System.nanoTime() - p.deadlineNanos() >= 0 ? null : p;
    }

    @Override
    public boolean retryRequest(HttpRequest request, IOException exception, int execCount, HttpContext context) {
        return policy(context, execCount) != null && super.retryRequest(request, exception, execCount, context);
    }

    @Override
    protected boolean handleAsIdempotent(HttpRequest request) {
        return true; // the policy, set per request, decides
    }

    @Override
    public boolean retryRequest(HttpResponse response, int execCount, HttpContext context) {
        return policy(context, execCount) != null && super.retryRequest(response, execCount, context);
    }

    @Override
    public TimeValue getRetryInterval(HttpResponse response, int execCount, HttpContext context) {
        Policy policy = (Policy) context.getAttribute(POLICY);
        if (response.containsHeader(HttpHeaders.RETRY_AFTER)) {
            TimeValue serverSays = super.getRetryInterval(response, execCount, context);
            long millis = Math.min(serverSays.toMilliseconds(), policy.maxRetryAfter().toMillis());
            return withinDeadline(Math.max(0, millis), policy);
        }
        return backoff(execCount, policy);
    }

    @Override
    public TimeValue getRetryInterval(HttpRequest request, IOException exception, int execCount, HttpContext context) {
        return backoff(execCount, (Policy) context.getAttribute(POLICY));
    }

    /** baseDelay * 2^(n-1), of which the upper half is random so that many clients do not retry in step. */
    private static TimeValue backoff(int execCount, Policy policy) {
        long full = policy.baseDelay().toMillis() << Math.min(Math.max(execCount - 1, 0), 20);
        long half = full / 2;
        long jitter = half > 0 ? ThreadLocalRandom.current().nextLong(half + 1) : 0;
        return withinDeadline(full - half + jitter, policy);
    }

    /** A wait never outlasts the deadline: the retry then fails at once instead of sleeping past it. */
    private static TimeValue withinDeadline(long millis, Policy policy) {
        if (policy.deadlineNanos() == 0) {
            return TimeValue.ofMilliseconds(millis);
        }
        long left = (policy.deadlineNanos() - System.nanoTime()) / 1_000_000;
        return TimeValue.ofMilliseconds(Math.max(0, Math.min(millis, left)));
    }
}
