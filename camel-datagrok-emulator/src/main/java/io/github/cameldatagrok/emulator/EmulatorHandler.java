package io.github.cameldatagrok.emulator;

import java.io.IOException;

import io.github.cameldatagrok.emulator.http.ApiErrors;
import io.github.cameldatagrok.emulator.http.Authentication;
import io.github.cameldatagrok.emulator.http.EmulatorPipeline;
import io.github.cameldatagrok.emulator.http.Exchange;
import io.github.cameldatagrok.emulator.http.Router;
import org.eclipse.jetty.http.HttpHeader;

/**
 * Datagrok's request pipeline: strip {@code /api}, record, apply faults, authenticate {@code /public/v1}, route;
 * errors in Datagrok's shapes.
 */
final class EmulatorHandler extends EmulatorPipeline {

    private final Authentication authentication;

    EmulatorHandler(Router router, Authentication authentication, Faults faults, RequestLog requestLog) {
        super(router, faults, requestLog);
        this.authentication = authentication;
    }

    // The same routes answer behind nginx (/api/public/v1/...) and on a bare Datlas (/public/v1/...).
    @Override
    protected boolean viaPrefix(String rawPath) {
        return rawPath.equals("/api") || rawPath.startsWith("/api/");
    }

    @Override
    protected String routedPath(String rawPath) {
        return viaPrefix(rawPath) ? rawPath.substring(4) : rawPath;
    }

    @Override
    protected String login() {
        return authentication.login();
    }

    @Override
    protected boolean authenticate(Exchange exchange) throws IOException {
        // Authentication guards all of /public/v1, known route or not, as a middleware would.
        if (requiresAuthentication(exchange.path())
                && !authentication.accepts(exchange.header(HttpHeader.AUTHORIZATION.asString()))) {
            ApiErrors.unauthorized(exchange);
            return false;
        }
        return true;
    }

    @Override
    protected void routeNotFound(Exchange exchange) throws IOException {
        ApiErrors.routeNotFound(exchange);
    }

    @Override
    protected void errorStatus(Exchange exchange, int status, String message) throws IOException {
        ApiErrors.httpError(exchange, status, message);
    }

    @Override
    protected void answerOtherFault(Exchange exchange, Fault fault) throws IOException {
        switch (fault.kind()) {
            case API_ERROR -> ApiErrors.apiError(exchange, fault.message(), fault.errorCode(),
                    fault.apiErrorHeader());
            case API_ERROR_STRING -> ApiErrors.apiErrorAsString(exchange, fault.message(), fault.errorCode(),
                    "application/json", fault.apiErrorHeader());
            default -> throw new IllegalStateException("Not an answering fault: " + fault);
        }
    }

    static boolean requiresAuthentication(String path) {
        return path.equals("/public/v1") || path.startsWith("/public/v1/");
    }
}
