package io.github.cameldatagrok.emulator.http;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.cameldatagrok.emulator.DroppingResponse;
import io.github.cameldatagrok.emulator.Fault;
import io.github.cameldatagrok.emulator.Faults;
import io.github.cameldatagrok.emulator.RecordedRequest;
import io.github.cameldatagrok.emulator.RequestLog;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request pipeline every emulator shares: record the request, apply faults (latency, an error status with
 * optional {@code Retry-After}, a dropped connection), authenticate, route. What differs per emulator (which
 * prefix is stripped, which paths need a key, the error bodies) is left to the subclass. Handlers block on a
 * pool thread (simple, and fast enough with large buffers).
 */
public abstract class EmulatorPipeline extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(EmulatorPipeline.class);
    private static final Set<String> SECRET_HEADERS =
            Set.of("authorization", "proxy-authorization", "cookie", "x-api-key");

    private final Router router;
    private final Faults faults;
    private final RequestLog requestLog;

    protected EmulatorPipeline(Router router, Faults faults, RequestLog requestLog) {
        this.router = router;
        this.faults = faults;
        this.requestLog = requestLog;
    }

    /** The path routes and faults see, from the raw request path (Datagrok strips {@code /api}). */
    protected String routedPath(String rawPath) {
        return rawPath;
    }

    /** Whether the raw path came with the prefix {@link #routedPath} strips. */
    protected boolean viaPrefix(String rawPath) {
        return false;
    }

    /** The caller's name handed to the handlers ({@link Exchange#login()}). */
    protected abstract String login();

    /** Checks the credentials a route needs; on refusal answers (401) itself and returns false. */
    protected abstract boolean authenticate(Exchange exchange) throws IOException;

    /** Answers an unknown route or method (404 in the emulator's shape). */
    protected abstract void routeNotFound(Exchange exchange) throws IOException;

    /** Answers an error status with the emulator's JSON error body: status faults and internal failures. */
    protected abstract void errorStatus(Exchange exchange, int status, String message) throws IOException;

    /** Answers a fault of a kind only this emulator knows (Datagrok's ApiError forms). */
    protected void answerOtherFault(Exchange exchange, Fault fault) throws IOException {
        throw new IllegalStateException("This emulator cannot answer the fault " + fault);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String rawPath = request.getHttpURI().getPath();
        if (rawPath == null || rawPath.isEmpty()) {
            rawPath = "/";
        }
        String path = routedPath(rawPath);
        if (path.isEmpty()) {
            path = "/";
        }
        String decodedPath = PathCodec.decodePath(path);
        String method = request.getMethod();
        RecordedRequest recorded = new RecordedRequest(method, path, decodedPath, request.getHttpURI().getQuery(),
                request.getHeaders().get(HttpHeader.CONTENT_TYPE),
                request.getHeaders().contains(HttpHeader.AUTHORIZATION), viaPrefix(rawPath),
                request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH), Instant.now(),
                request.getConnectionMetaData().getId(), headers(request),
                requestLog.recordsBodies() ? RequestLog.Body.pending() : RequestLog.Body.NONE);
        requestLog.record(recorded);

        Faults.Plan plan = faults.plan(method, path, decodedPath);
        Fault outcome = plan.outcome();
        Response target = outcome != null && outcome.kind() == Fault.Kind.DROP
                ? new DroppingResponse(request, response, outcome.dropAfterBytes())
                : response;
        Exchange exchange = new Exchange(request, target, path, login());
        if (requestLog.recordsBodies()) {
            exchange.onBodyRead(body -> requestLog.recordBody(recorded, body));
        }
        try {
            pause(plan.latency());
            if (outcome != null && outcome.kind() != Fault.Kind.DROP) {
                answerFault(exchange, outcome);
            } else {
                dispatch(exchange);
            }
            callback.succeeded();
        } catch (Throwable failure) {
            fail(exchange, target, callback, failure);
        }
        return true;
    }

    private void dispatch(Exchange exchange) throws Exception {
        if (!authenticate(exchange)) {
            return;
        }
        Router.Match match;
        try {
            match = router.match(exchange.method(), exchange.path());
        } catch (IllegalArgumentException badEscape) {
            match = null;
        }
        if (match == null) {
            routeNotFound(exchange);
            return;
        }
        exchange.pathParams(match.params());
        match.handler().handle(exchange);
    }

    private void answerFault(Exchange exchange, Fault fault) throws IOException {
        if (fault.kind() != Fault.Kind.STATUS) {
            answerOtherFault(exchange, fault);
            return;
        }
        String retryAfter = fault.retryAfterValue();
        if (retryAfter != null) {
            exchange.responseHeader(HttpHeader.RETRY_AFTER.asString(), retryAfter);
        }
        if (fault.body() != null) {
            exchange.send(fault.statusCode(), fault.bodyContentType(),
                    fault.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } else {
            errorStatus(exchange, fault.statusCode(),
                    fault.message() != null ? fault.message() : HttpStatus.getMessage(fault.statusCode()));
        }
    }

    private static Map<String, List<String>> headers(Request request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
            String name = field.getName().toLowerCase(Locale.ROOT);
            String value = SECRET_HEADERS.contains(name) ? RecordedRequest.MASKED : field.getValue();
            headers.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value);
        }
        headers.replaceAll((name, values) -> List.copyOf(values));
        return Map.copyOf(headers);
    }

    private static void pause(Duration latency) throws InterruptedException {
        if (!latency.isZero()) {
            Thread.sleep(latency.toMillis(), latency.toNanosPart() % 1_000_000);
        }
    }

    private void fail(Exchange exchange, Response response, Callback callback, Throwable failure) {
        if (failure instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        boolean clientGone = failure instanceof EofException || failure instanceof IOException;
        if (clientGone) {
            LOG.debug("{} {} ended early: {}", exchange.method(), exchange.path(), failure.toString());
        } else {
            LOG.warn("{} {} failed", exchange.method(), exchange.path(), failure);
        }
        if (!clientGone && !response.isCommitted()) {
            try {
                response.reset();
                errorStatus(exchange, 500, "Internal emulator error: " + failure);
                callback.succeeded();
                return;
            } catch (Throwable secondFailure) {
                failure.addSuppressed(secondFailure);
            }
        }
        callback.failed(failure);
    }
}
