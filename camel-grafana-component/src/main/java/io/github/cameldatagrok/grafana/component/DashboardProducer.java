package io.github.cameldatagrok.grafana.component;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cameldatagrok.grafana.client.GrafanaDashboards;
import io.github.cameldatagrok.grafana.client.model.DashboardSave;
import io.github.cameldatagrok.grafana.client.model.GrafanaDashboard;
import io.github.cameldatagrok.grafana.client.model.Page;
import io.github.cameldatagrok.grafana.client.model.SavedDashboard;
import io.github.cameldatagrok.grafana.client.model.SearchResult;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** {@code grafana:dashboard}: save (the default), get, delete, search, tags, home, versions, restore, permissions. */
final class DashboardProducer extends GrafanaProducer {

    DashboardProducer(GrafanaEndpoint endpoint) {
        super(endpoint, GrafanaAction.save, GrafanaAction.save, GrafanaAction.get, GrafanaAction.delete,
                GrafanaAction.search, GrafanaAction.tags, GrafanaAction.home, GrafanaAction.versions,
                GrafanaAction.restore, GrafanaAction.permissions, GrafanaAction.setPermissions);
    }

    @Override
    void process(Exchange exchange, GrafanaAction action) {
        GrafanaDashboards dashboards = client().dashboards();
        Message message = exchange.getMessage();
        switch (action) {
            case save -> {
                JsonNode body = requiredBody(exchange, "the dashboard JSON");
                DashboardSave options = new DashboardSave(
                        option(message, GrafanaConstants.FOLDER_UID, String.class, config().getFolderUid()),
                        option(message, GrafanaConstants.MESSAGE, String.class, config().getMessage()),
                        config().isOverwrite(), uid(exchange));
                saved(exchange, dashboards.save(body, options));
            }
            case get -> {
                GrafanaDashboard dashboard = dashboards.get(requiredUid(exchange, action));
                GrafanaBindings.dashboardMessage(message, client(), dashboard);
            }
            case delete -> answer(exchange, dashboards.delete(requiredUid(exchange, action)));
            case search -> {
                SearchResult result = dashboards.search(GrafanaBindings.searchQuery(
                        option(message, GrafanaConstants.QUERY, String.class, config().getQuery()), config(),
                        config().getType()));
                message.setHeader(GrafanaConstants.TRUNCATED, result.truncated());
                message.setBody(result.hits().stream()
                        .map(hit -> GrafanaBodies.toJava(client().json(), hit.raw())).toList());
            }
            case tags -> answer(exchange, dashboards.tags());
            case home -> answer(exchange, dashboards.home());
            case versions -> {
                Page versions = dashboards.versions(requiredUid(exchange, action), config().getMaxResults());
                message.setHeader(GrafanaConstants.TRUNCATED, versions.truncated());
                message.setBody(versions.items().stream().map(v -> GrafanaBodies.toJava(client().json(), v)).toList());
            }
            case restore -> {
                Long version = option(message, GrafanaConstants.VERSION, Long.class, config().getVersion());
                if (version == null || version < 1) {
                    throw new IllegalArgumentException("Dashboard restore needs the version to restore (1 or more):"
                            + " the version option or the " + GrafanaConstants.VERSION + " header");
                }
                saved(exchange, dashboards.restore(requiredUid(exchange, action), version));
            }
            case permissions -> answer(exchange, dashboards.permissions(requiredUid(exchange, action)));
            case setPermissions -> {
                String uid = requiredUid(exchange, action);
                answer(exchange, dashboards.setPermissions(uid, requiredBody(exchange, "the permission items")));
            }
            default -> throw new IllegalStateException(action.name());
        }
    }

    private void saved(Exchange exchange, SavedDashboard saved) {
        Message message = exchange.getMessage();
        message.setHeader(GrafanaConstants.UID, saved.uid());
        message.setHeader(GrafanaConstants.VERSION, saved.version());
        message.setHeader(GrafanaConstants.URL, saved.url());
        message.setHeader(GrafanaConstants.FOLDER_UID, saved.folderUid());
        message.setHeader(GrafanaConstants.CREATED, saved.created());
        message.setHeader(GrafanaConstants.RESOURCE_VERSION, saved.resourceVersion());
        message.setHeader(GrafanaConstants.API_VERSION, client().apiVersion().name());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("uid", saved.uid());
        result.put("version", saved.version());
        result.put("url", saved.url());
        result.put("folderUid", saved.folderUid());
        result.put("created", saved.created());
        if (saved.resourceVersion() != null) {
            result.put("resourceVersion", saved.resourceVersion());
        }
        message.setBody(result);
    }
}
