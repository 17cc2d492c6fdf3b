package io.github.cameldatagrok.emulator;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import io.github.cameldatagrok.emulator.http.ApiErrors;
import io.github.cameldatagrok.emulator.http.Authentication;
import io.github.cameldatagrok.emulator.http.Exchange;
import io.github.cameldatagrok.emulator.http.PathCodec;
import io.github.cameldatagrok.emulator.http.Router;
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
 * The request pipeline: strip {@code /api}, record, apply faults, authenticate {@code /public/v1}, route.
 * Handlers block on a pool thread (simple, and fast enough with large buffers).
 */
final class EmulatorHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(EmulatorHandler.class);

    private final Router router;
    private final Authentication authentication;
    private final Faults faults;
    private final RequestLog requestLog;

    EmulatorHandler(Router router, Authentication authentication, Faults faults, RequestLog requestLog) {
        this.router = router;
        this.authentication = authentication;
        this.faults = faults;
        this.requestLog = requestLog;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String rawPath = request.getHttpURI().getPath();
        if (rawPath == null || rawPath.isEmpty()) {
            rawPath = "/";
        }
        // The same routes answer behind nginx (/api/public/v1/...) and on a bare Datlas (/public/v1/...).
        boolean viaApi = rawPath.equals("/api") || rawPath.startsWith("/api/");
        String path = viaApi ? rawPath.substring(4) : rawPath;
        if (path.isEmpty()) {
            path = "/";
        }
        String decodedPath = PathCodec.decodePath(path);
        String method = request.getMethod();
        requestLog.record(new RecordedRequest(method, path, decodedPath, request.getHttpURI().getQuery(),
                request.getHeaders().get(HttpHeader.CONTENT_TYPE),
                request.getHeaders().contains(HttpHeader.AUTHORIZATION), viaApi,
                request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH), Instant.now(),
                request.getConnectionMetaData().getId()));

        Faults.Plan plan = faults.plan(method, path, decodedPath);
        Fault outcome = plan.outcome();
        Response target = outcome != null && outcome.kind() == Fault.Kind.DROP
                ? new DroppingResponse(request, response, outcome.dropAfterBytes())
                : response;
        Exchange exchange = new Exchange(request, target, path, authentication.login());
        try {
            pause(plan.latency());
            if (outcome != null && outcome.kind() != Fault.Kind.DROP) {
                answerWithFault(exchange, outcome);
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
        String path = exchange.path();
        // Authentication guards all of /public/v1, known route or not, as a middleware would.
        if (requiresAuthentication(path)
                && !authentication.accepts(exchange.header(HttpHeader.AUTHORIZATION.asString()))) {
            ApiErrors.unauthorized(exchange);
            return;
        }
        Router.Match match;
        try {
            match = router.match(exchange.method(), path);
        } catch (IllegalArgumentException badEscape) {
            match = null;
        }
        if (match == null) {
            ApiErrors.routeNotFound(exchange);
            return;
        }
        exchange.pathParams(match.params());
        match.handler().handle(exchange);
    }

    static boolean requiresAuthentication(String path) {
        return path.equals("/public/v1") || path.startsWith("/public/v1/");
    }

    private static void answerWithFault(Exchange exchange, Fault fault) throws IOException {
        switch (fault.kind()) {
            case STATUS -> {
                String retryAfter = fault.retryAfterValue();
                if (retryAfter != null) {
                    exchange.responseHeader(HttpHeader.RETRY_AFTER.asString(), retryAfter);
                }
                if (fault.body() != null) {
                    ApiErrors.rawError(exchange, fault.statusCode(), fault.bodyContentType(), fault.body());
                } else {
                    String message = fault.message() != null ? fault.message()
                            : HttpStatus.getMessage(fault.statusCode());
                    ApiErrors.httpError(exchange, fault.statusCode(), message);
                }
            }
            case API_ERROR -> ApiErrors.apiError(exchange, fault.message(), fault.errorCode(),
                    fault.apiErrorHeader());
            case API_ERROR_STRING -> ApiErrors.apiErrorAsString(exchange, fault.message(), fault.errorCode(),
                    "application/json", fault.apiErrorHeader());
            default -> throw new IllegalStateException("Not an answering fault: " + fault);
        }
    }

    private static void pause(Duration latency) throws InterruptedException {
        if (!latency.isZero()) {
            Thread.sleep(latency.toMillis(), latency.toNanosPart() % 1_000_000);
        }
    }

    private static void fail(Exchange exchange, Response response, Callback callback, Throwable failure) {
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
                ApiErrors.httpError(exchange, 500, "Internal emulator error: " + failure);
                callback.succeeded();
                return;
            } catch (Throwable secondFailure) {
                failure.addSuppressed(secondFailure);
            }
        }
        callback.failed(failure);
    }
}
