package io.github.cameldatagrok.grafana.component;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cameldatagrok.grafana.client.GrafanaDataSources;
import org.apache.camel.Exchange;

/** {@code grafana:datasource}: list (the default without a uid or name), get, create, update, delete, health. */
final class DataSourceProducer extends GrafanaProducer {

    DataSourceProducer(GrafanaEndpoint endpoint) {
        super(endpoint, GrafanaAction.list, GrafanaAction.list, GrafanaAction.get, GrafanaAction.create,
                GrafanaAction.update, GrafanaAction.delete, GrafanaAction.health);
    }

    @Override
    GrafanaAction defaultAction(Exchange exchange) {
        return uid(exchange) != null || name(exchange) != null ? GrafanaAction.get : GrafanaAction.list;
    }

    private String name(Exchange exchange) {
        return option(exchange.getMessage(), GrafanaConstants.NAME, String.class, config().getName());
    }

    @Override
    void process(Exchange exchange, GrafanaAction action) {
        GrafanaDataSources dataSources = client().dataSources();
        switch (action) {
            case list -> answer(exchange, dataSources.list());
            case get -> {
                String name = uid(exchange) == null ? name(exchange) : null;
                answer(exchange, name != null ? dataSources.getByName(name)
                        : dataSources.get(requiredUid(exchange, action)));
            }
            case create -> {
                JsonNode created = dataSources.create(requiredBody(exchange, "the data source ({\"name\",\"type\",...})"));
                String uid = created == null ? null : created.path("datasource").path("uid").asText(null);
                if (uid != null) {
                    exchange.getMessage().setHeader(GrafanaConstants.UID, uid);
                }
                answer(exchange, created);
            }
            case update -> answer(exchange, dataSources.update(requiredUid(exchange, action),
                    requiredBody(exchange, "the whole data source")));
            case delete -> answer(exchange, dataSources.delete(requiredUid(exchange, action)));
            case health -> answer(exchange, dataSources.health(requiredUid(exchange, action)));
            default -> throw new IllegalStateException(action.name());
        }
    }
}
