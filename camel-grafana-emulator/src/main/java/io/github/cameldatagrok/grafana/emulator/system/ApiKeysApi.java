package io.github.cameldatagrok.grafana.emulator.system;

import java.io.IOException;

import io.github.cameldatagrok.emulator.http.ApiArea;
import io.github.cameldatagrok.emulator.http.Exchange;
import io.github.cameldatagrok.emulator.http.Router;
import io.github.cameldatagrok.grafana.emulator.http.GrafanaErrors;
import io.github.cameldatagrok.grafana.emulator.http.Orgs;

/**
 * {@code POST /api/auth/keys}: 410 Gone from 11.3 (service accounts replace API keys). Keys are not emulated
 * before that either: the route then answers 404 like any unknown one.
 */
public final class ApiKeysApi implements ApiArea {

    @Override
    public void register(Router router) {
        router.post("/api/auth/keys", this::create);
    }

    private void create(Exchange exchange) throws IOException {
        if (!Orgs.of(exchange).dashboards().grafanaVersion().apiKeyCreationGone()) {
            GrafanaErrors.routeNotFound(exchange);
            return;
        }
        GrafanaErrors.message(exchange, 410, "this endpoint has been removed, please use POST /api/serviceaccounts "
                + "and POST /api/serviceaccounts/{id}/tokens instead");
    }
}
