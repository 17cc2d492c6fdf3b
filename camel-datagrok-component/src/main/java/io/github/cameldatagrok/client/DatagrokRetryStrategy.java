package io.github.cameldatagrok.client;

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
 * HttpClient's retry strategy tuned to the Datagrok contract: only requests the client marked retryable
 * (GETs, and uploads when asked for) are repeated, on 429, 502, 503, 504 and I/O failures such as refused
 * connections or timeouts; the wait is the server's {@code Retry-After} when it sends one (capped),
 * else an exponential backoff with jitter. HttpClient itself never repeats a request whose body cannot be
 * sent twice.
 */
final class DatagrokRetryStrategy extends DefaultHttpRequestRetryStrategy {

    /** Context attribute the client sets on requests that may be repeated. */
    static final String RETRYABLE = "datagrok.retryable";

    private final Duration baseDelay;
    private final Duration maxRetryAfter;

    DatagrokRetryStrategy(int maxAttempts, Duration baseDelay, Duration maxRetryAfter) {
        super(maxAttempts - 1, TimeValue.ofMilliseconds(baseDelay.toMillis()),
                List.of(UnknownHostException.class, NoRouteToHostException.class, SSLException.class),
                List.of(429, 502, 503, 504));
        this.baseDelay = baseDelay;
        this.maxRetryAfter = maxRetryAfter;
    }

    static DatagrokRetryStrategy of(DatagrokClientConfig config) {
        return new DatagrokRetryStrategy(config.getMaxAttempts(), config.getRetryDelay(), config.getMaxRetryAfter());
    }

    private static boolean retryable(HttpContext context) {
        return Boolean.TRUE.equals(context.getAttribute(RETRYABLE));
    }

    @Override
    public boolean retryRequest(HttpRequest request, IOException exception, int execCount, HttpContext context) {
        return retryable(context) && super.retryRequest(request, exception, execCount, context);
    }

    @Override
    protected boolean handleAsIdempotent(HttpRequest request) {
        return true; // the RETRYABLE attribute, set per request, decides
    }

    @Override
    public boolean retryRequest(HttpResponse response, int execCount, HttpContext context) {
        return retryable(context) && super.retryRequest(response, execCount, context);
    }

    @Override
    public TimeValue getRetryInterval(HttpResponse response, int execCount, HttpContext context) {
        if (response.containsHeader(HttpHeaders.RETRY_AFTER)) {
            TimeValue serverSays = super.getRetryInterval(response, execCount, context);
            long millis = Math.min(serverSays.toMilliseconds(), maxRetryAfter.toMillis());
            return TimeValue.ofMilliseconds(Math.max(0, millis));
        }
        return backoff(execCount);
    }

    @Override
    public TimeValue getRetryInterval(HttpRequest request, IOException exception, int execCount, HttpContext context) {
        return backoff(execCount);
    }

    /** baseDelay * 2^(n-1), of which the upper half is random so that many clients do not retry in step. */
    private TimeValue backoff(int execCount) {
        long full = baseDelay.toMillis() << Math.min(Math.max(execCount - 1, 0), 20);
        long half = full / 2;
        long jitter = half > 0 ? ThreadLocalRandom.current().nextLong(half + 1) : 0;
        return TimeValue.ofMilliseconds(full - half + jitter);
    }
}
