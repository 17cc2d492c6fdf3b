package io.github.cameldatagrok.grafana.emulator;

import java.io.IOException;

import io.github.cameldatagrok.emulator.Faults;
import io.github.cameldatagrok.emulator.RequestLog;
import io.github.cameldatagrok.emulator.http.EmulatorPipeline;
import io.github.cameldatagrok.emulator.http.Exchange;
import io.github.cameldatagrok.emulator.http.Router;
import io.github.cameldatagrok.grafana.emulator.http.GrafanaErrors;
import io.github.cameldatagrok.grafana.emulator.http.Orgs;
import org.eclipse.jetty.http.HttpHeader;

/**
 * Grafana's request pipeline: record, faults, then authentication of everything but the open routes (health,
 * the snapshot delete link, public dashboard views), the org from the credentials and {@code X-Grafana-Org-Id},
 * and the route.
 */
final class GrafanaPipeline extends EmulatorPipeline {

    private final GrafanaAuthentication authentication;
    private final GrafanaEmulator emulator;

    GrafanaPipeline(Router router, Faults faults, RequestLog requestLog, GrafanaAuthentication authentication,
            GrafanaEmulator emulator) {
        super(router, faults, requestLog);
        this.authentication = authentication;
        this.emulator = emulator;
    }

    @Override
    protected String login() {
        return "admin";
    }

    @Override
    protected boolean authenticate(Exchange exchange) throws IOException {
        if (isOpen(exchange.method(), exchange.path())) {
            Orgs.attach(exchange, emulator.org(1));
            return true;
        }
        GrafanaAuthentication.Result result = authentication.check(exchange.header(HttpHeader.AUTHORIZATION.asString()));
        if (!result.accepted()) {
            GrafanaErrors.errutil(exchange, 401, result.messageId(), result.message());
            return false;
        }
        long defaultOrg = result.caller() == GrafanaAuthentication.Caller.SERVICE_ACCOUNT ? emulator.tokenOrgId() : 1;
        String orgHeader = exchange.header("X-Grafana-Org-Id");
        long orgId = defaultOrg;
        if (orgHeader != null && !orgHeader.isBlank()) {
            try {
                orgId = Long.parseLong(orgHeader.trim());
            } catch (NumberFormatException e) {
                GrafanaErrors.message(exchange, 400, "Invalid X-Grafana-Org-Id header: " + orgHeader);
                return false;
            }
        }
        if (result.caller() == GrafanaAuthentication.Caller.SERVICE_ACCOUNT && orgId != emulator.tokenOrgId()) {
            // a token is bound to its org
            GrafanaErrors.errutil(exchange, 401, "api-key.organization-mismatch",
                    "API key does not belong to the requested organization");
            return false;
        }
        GrafanaOrg org = emulator.findOrg(orgId);
        if (org == null) {
            GrafanaErrors.errutil(exchange, 401, "auth.unauthorized", "Unauthorized");
            return false;
        }
        Orgs.attach(exchange, org);
        return true;
    }

    static boolean isOpen(String method, String path) {
        if (path.equals("/api/health")) {
            return true;
        }
        return method.equals("GET") && (path.startsWith("/api/snapshots-delete/")
                || path.startsWith("/api/public/dashboards/"));
    }

    @Override
    protected void routeNotFound(Exchange exchange) throws IOException {
        if (exchange.path().startsWith("/apis/")) {
            GrafanaErrors.kubernetes(exchange, 404, "NotFound", "the server could not find the requested resource",
                    null, null, null);
        } else {
            GrafanaErrors.routeNotFound(exchange);
        }
    }

    @Override
    protected void errorStatus(Exchange exchange, int status, String message) throws IOException {
        GrafanaErrors.message(exchange, status, message);
    }
}
