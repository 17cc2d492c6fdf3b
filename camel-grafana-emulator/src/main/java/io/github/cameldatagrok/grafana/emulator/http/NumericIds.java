package io.github.cameldatagrok.grafana.emulator.http;

import java.io.IOException;

import io.github.cameldatagrok.emulator.http.Exchange;

/**
 * The numeric-id routes of dashboards and data sources: deprecated in 9, removed (dashboards, PR #117227) or off by
 * default (data sources, toggle {@code datasourceLegacyIdApi}) in 13.
 */
public final class NumericIds {

    private NumericIds() {
    }

    /**
     * The {@code {id}} path parameter, or null after answering: 404 as an unknown route when the version played has
     * no numeric-id routes, 400 when it is not a number.
     */
    public static Long id(Exchange exchange) throws IOException {
        if (!Orgs.of(exchange).dashboards().grafanaVersion().servesNumericIdRoutes()) {
            GrafanaErrors.routeNotFound(exchange);
            return null;
        }
        try {
            return Long.parseLong(exchange.pathParam("id"));
        } catch (NumberFormatException e) {
            GrafanaErrors.message(exchange, 400, "id is invalid");
            return null;
        }
    }
}
