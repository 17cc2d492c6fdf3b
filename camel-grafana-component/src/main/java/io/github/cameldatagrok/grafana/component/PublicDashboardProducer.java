package io.github.cameldatagrok.grafana.component;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cameldatagrok.grafana.client.GrafanaPublicDashboards;
import org.apache.camel.Exchange;

/**
 * {@code grafana:publicDashboard:<dashboardUid>}: get (the default with a uid), create, update, delete; list (the
 * default without one).
 */
final class PublicDashboardProducer extends GrafanaProducer {

    PublicDashboardProducer(GrafanaEndpoint endpoint) {
        super(endpoint, GrafanaAction.list, GrafanaAction.list, GrafanaAction.get, GrafanaAction.create,
                GrafanaAction.update, GrafanaAction.delete);
    }

    @Override
    GrafanaAction defaultAction(Exchange exchange) {
        return uid(exchange) != null ? GrafanaAction.get : GrafanaAction.list;
    }

    @Override
    void process(Exchange exchange, GrafanaAction action) {
        GrafanaPublicDashboards publicDashboards = client().publicDashboards();
        switch (action) {
            case list -> ListAnswers.page(exchange, client().json(), publicDashboards.list(
                    option(exchange.getMessage(), GrafanaConstants.QUERY, String.class, config().getQuery()),
                    config().getPageSize(), config().getMaxResults()));
            case get -> published(exchange, publicDashboards.get(requiredUid(exchange, action)));
            case create -> {
                JsonNode config = GrafanaBodies.json(exchange, client().json(), config().getMaxResponseSize());
                published(exchange, publicDashboards.create(requiredUid(exchange, action), config));
            }
            case update -> {
                String dashboardUid = requiredUid(exchange, action);
                published(exchange, publicDashboards.update(dashboardUid, publicUid(exchange, dashboardUid),
                        requiredBody(exchange, "the fields to change ({\"isEnabled\":false})")));
            }
            case delete -> {
                String dashboardUid = requiredUid(exchange, action);
                publicDashboards.delete(dashboardUid, publicUid(exchange, dashboardUid));
                exchange.getMessage().setBody(null);
            }
            default -> throw new IllegalStateException(action.name());
        }
    }

    /** The public dashboard's own uid: header, option, else read from the dashboard's public configuration. */
    private String publicUid(Exchange exchange, String dashboardUid) {
        String uid = option(exchange.getMessage(), GrafanaConstants.PUBLIC_DASHBOARD_UID, String.class,
                config().getPublicDashboardUid());
        if (uid == null) {
            uid = client().publicDashboards().get(dashboardUid).path("uid").asText(null);
        }
        return uid;
    }

    private void published(Exchange exchange, JsonNode answer) {
        if (answer != null && answer.hasNonNull("uid")) {
            exchange.getMessage().setHeader(GrafanaConstants.PUBLIC_DASHBOARD_UID, answer.get("uid").asText());
        }
        answer(exchange, answer);
    }
}
