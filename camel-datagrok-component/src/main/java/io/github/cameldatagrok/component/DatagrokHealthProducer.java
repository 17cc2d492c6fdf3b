package io.github.cameldatagrok.component;

import io.github.cameldatagrok.client.model.DatagrokHealth;
import org.apache.camel.Exchange;

/**
 * {@code datagrok:health} producer: the server's healthcheck ({@code GET /public/v1/healthcheck}, of one module with
 * the {@code module} option) as the body, a {@link DatagrokHealth}; its {@code status} ({@code ok} or
 * {@code degraded}) also as a header. The route answers 200 whatever the state, so a degraded server does not fail
 * the exchange: a monitoring route checks the header. The component's health check makes the same call.
 */
public class DatagrokHealthProducer extends DatagrokProducer {

    private static final OperationSupport SUPPORT = OperationSupport.of("datagrok:health",
            OperationSupport.NO_OUTPUT_TYPE);

    public DatagrokHealthProducer(DatagrokEndpoint endpoint) {
        super(endpoint, SUPPORT);
    }

    @Override
    protected void produce(Exchange exchange, DatagrokAction action) {
        DatagrokHealth health = getEndpoint().getClient().healthCheck(getEndpoint().getConfiguration().getModule());
        exchange.getMessage().setHeader(DatagrokConstants.HEALTH_STATUS, health.status());
        exchange.getMessage().setBody(health);
    }
}
