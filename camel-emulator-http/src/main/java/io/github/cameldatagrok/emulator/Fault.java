package io.github.cameldatagrok.emulator;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * One injected fault: which requests it hits (method, path regex, how many times) and what it does to them.
 * <p>
 * Outcomes, at most one per fault (the last one set wins):
 * <ul>
 * <li>{@link #status(int)}: that HTTP status with the emulator's own error body (Datagrok:
 * {@code {"message": "...", "errorCode": status}}, Grafana: {@code {"message": "..."}}), or the raw
 * {@link #body(String, String)} given (a 429 carries {@code Retry-After: 1} unless told otherwise);</li>
 * <li>{@link #apiError(String)} (Datagrok only): HTTP 200 + {@code api-error} header + ApiError object;</li>
 * <li>{@link #apiErrorAsString(String)} (Datagrok only): the same, the object wrapped in a JSON string literal;</li>
 * <li>{@link #dropConnectionAfterBytes(long)}: the real answer starts (status line, headers with the full
 * Content-Length, that many body bytes), then the TCP connection is closed.</li>
 * </ul>
 * {@link #latency(Duration)} delays the request; a fault with only latency lets the request go on to later
 * faults and to the real handler.
 * <p>
 * The path regex is matched (whole) against the path the emulator routes on, raw or percent-decoded (Datagrok:
 * without the {@code /api} prefix, e.g. {@code /public/v1/tables/.*}; Grafana: the whole path, e.g.
 * {@code /api/dashboards/db}). Method {@code "*"} or null means any method.
 */
public final class Fault {

    /** What a fault does to the requests it hits. */
    public enum Kind {
        /** only latency: the request goes on */
        NONE,
        /** an HTTP error status with the emulator's error body (or a given raw body) */
        STATUS,
        /** Datagrok: HTTP 200 + {@code api-error} header + ApiError object */
        API_ERROR,
        /** Datagrok: HTTP 200 with the ApiError object as a JSON string literal */
        API_ERROR_STRING,
        /** the real answer starts, then the connection is cut */
        DROP
    }

    private final String method;
    private final Pattern path;
    private Kind kind = Kind.NONE;
    private int status;
    private String message;
    private Integer errorCode;
    private String retryAfter;
    private boolean retryAfterSet;
    private String bodyContentType;
    private String body;
    private boolean apiErrorHeader = true;
    private long dropAfterBytes;
    private Duration latency = Duration.ZERO;
    private final AtomicInteger remaining = new AtomicInteger(Integer.MAX_VALUE);
    private final AtomicInteger hits = new AtomicInteger();

    private Fault(String method, String pathRegex) {
        this.method = method == null || method.equals("*") ? null : method.toUpperCase(Locale.ROOT);
        this.path = Pattern.compile(Objects.requireNonNull(pathRegex, "pathRegex"));
    }

    /** A fault for requests with this method ("*" or null: any) whose path matches the regex. */
    public static Fault on(String method, String pathRegex) {
        return new Fault(method, pathRegex);
    }

    /** Answer with this HTTP status and a JSON error body with the standard reason phrase. */
    public Fault status(int status) {
        return status(status, null);
    }

    /** Answer with this HTTP status and {@code {"message": message, "errorCode": status}}. */
    public Fault status(int status, String message) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("Not an HTTP status: " + status);
        }
        this.kind = Kind.STATUS;
        this.status = status;
        this.message = message;
        return this;
    }

    /** Replace the JSON error body of a status fault, e.g. an HTML page from an overloaded gateway. */
    public Fault body(String contentType, String body) {
        this.bodyContentType = Objects.requireNonNull(contentType, "contentType");
        this.body = Objects.requireNonNull(body, "body");
        return this;
    }

    /** Send {@code Retry-After: seconds} with a status fault (a 429 sends 1 by default). */
    public Fault retryAfterSeconds(long seconds) {
        return retryAfter(Long.toString(seconds));
    }

    /** Send this exact {@code Retry-After} value (seconds or an HTTP-date) with a status fault. */
    public Fault retryAfter(String value) {
        this.retryAfter = value;
        this.retryAfterSet = true;
        return this;
    }

    /** Send no {@code Retry-After}, not even on a 429. */
    public Fault withoutRetryAfter() {
        return retryAfter(null);
    }

    /** Answer HTTP 200 + {@code api-error} header + {@code {"#type":"ApiError","message":...,"errorCode":500}}. */
    public Fault apiError(String message) {
        return apiError(message, 500);
    }

    /** As {@link #apiError(String)} with this errorCode (null: no errorCode key). */
    public Fault apiError(String message, Integer errorCode) {
        this.kind = Kind.API_ERROR;
        this.message = Objects.requireNonNull(message, "message");
        this.errorCode = errorCode;
        return this;
    }

    /** Answer HTTP 200 with the ApiError object as a JSON string literal (Datagrok does this when a handler returned text). */
    public Fault apiErrorAsString(String message) {
        return apiErrorAsString(message, 500);
    }

    public Fault apiErrorAsString(String message, Integer errorCode) {
        apiError(message, errorCode);
        this.kind = Kind.API_ERROR_STRING;
        return this;
    }

    /** Leave out the {@code api-error} header of an ApiError fault, so only the body tells (whether both always come together is not settled). */
    public Fault withoutApiErrorHeader() {
        this.apiErrorHeader = false;
        return this;
    }

    /** Let the real answer start, then cut the TCP connection after this many body bytes. */
    public Fault dropConnectionAfterBytes(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes must be >= 0");
        }
        this.kind = Kind.DROP;
        this.dropAfterBytes = bytes;
        return this;
    }

    /** Delay the request by this much before anything else happens. */
    public Fault latency(Duration latency) {
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative");
        }
        this.latency = latency;
        return this;
    }

    /** Hit at most this many requests, then stand aside (default: unlimited). */
    public Fault times(int times) {
        if (times < 0) {
            throw new IllegalArgumentException("times must be >= 0");
        }
        remaining.set(times);
        return this;
    }

    /** How many requests this fault has hit so far. */
    public int hits() {
        return hits.get();
    }

    /** True once {@link #times(int)} is used up. */
    public boolean exhausted() {
        return remaining.get() <= 0;
    }

    // ---- read by the request pipeline (EmulatorPipeline and the emulators' own handlers) ----

    public boolean matches(String requestMethod, String rawPath, String decodedPath) {
        if (method != null && !method.equals(requestMethod)) {
            return false;
        }
        return path.matcher(rawPath).matches() || path.matcher(decodedPath).matches();
    }

    /** Takes one use if any is left. */
    public boolean tryConsume() {
        int left;
        do {
            left = remaining.get();
            if (left <= 0) {
                return false;
            }
        } while (left != Integer.MAX_VALUE && !remaining.compareAndSet(left, left - 1));
        hits.incrementAndGet();
        return true;
    }

    public Kind kind() {
        return kind;
    }

    public int statusCode() {
        return status;
    }

    public String message() {
        return message;
    }

    public Integer errorCode() {
        return errorCode;
    }

    /** The Retry-After value to send, or null. */
    public String retryAfterValue() {
        if (retryAfterSet) {
            return retryAfter;
        }
        return status == 429 ? "1" : null;
    }

    public String bodyContentType() {
        return bodyContentType;
    }

    public String body() {
        return body;
    }

    public boolean apiErrorHeader() {
        return apiErrorHeader;
    }

    public long dropAfterBytes() {
        return dropAfterBytes;
    }

    public Duration latencyValue() {
        return latency;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Fault[").append(method == null ? "*" : method).append(' ')
                .append(path.pattern());
        switch (kind) {
            case STATUS -> text.append(" status=").append(status);
            case API_ERROR -> text.append(" apiError=").append(message);
            case API_ERROR_STRING -> text.append(" apiErrorAsString=").append(message);
            case DROP -> text.append(" dropAfterBytes=").append(dropAfterBytes);
            default -> { }
        }
        if (!latency.isZero()) {
            text.append(" latency=").append(latency.toMillis()).append("ms");
        }
        int left = remaining.get();
        if (left != Integer.MAX_VALUE) {
            text.append(" remaining=").append(left);
        }
        return text.append(" hits=").append(hits.get()).append(']').toString();
    }
}
