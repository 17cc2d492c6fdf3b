package io.github.cameldatagrok.grafana.component;

import org.apache.camel.Exchange;

/** {@code grafana:health}: {@code GET /api/health} as the body ({@code database}, {@code version}, {@code commit}). */
final class HealthProducer extends GrafanaProducer {

    HealthProducer(GrafanaEndpoint endpoint) {
        super(endpoint, GrafanaAction.get, GrafanaAction.get);
    }

    @Override
    void process(Exchange exchange, GrafanaAction action) {
        answer(exchange, client().health().raw());
    }
}
