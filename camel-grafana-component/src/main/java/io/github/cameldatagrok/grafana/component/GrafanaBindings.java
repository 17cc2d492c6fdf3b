package io.github.cameldatagrok.grafana.component;

import java.util.List;

import io.github.cameldatagrok.grafana.client.GrafanaClient;
import io.github.cameldatagrok.grafana.client.model.AnnotationQuery;
import io.github.cameldatagrok.grafana.client.model.GrafanaDashboard;
import io.github.cameldatagrok.grafana.client.model.SearchQuery;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** What producers and consumers both make of Grafana's things: searches from options, dashboards as messages. */
public final class GrafanaBindings {

    private GrafanaBindings() {
    }

    /**
     * The search the options describe, with {@code query} in place of the option (a header's, for producers);
     * {@code general} in folderUids stands for the root.
     */
    public static SearchQuery searchQuery(String query, GrafanaConfiguration config, String type) {
        List<String> folders = GrafanaProducer.list(config.getFolderUids()).stream()
                .map(f -> "general".equals(f) ? "" : f).toList();
        return new SearchQuery(query, GrafanaProducer.list(config.getTags()), type, folders, List.of(),
                config.isStarred(), config.getPageSize(), config.getMaxResults());
    }

    /** The annotation find the options describe, with time range, tags and dashboard given (a header's, for producers). */
    public static AnnotationQuery annotationQuery(Long from, Long to, Object tags, String dashboardUid,
                                                  GrafanaConfiguration config) {
        return new AnnotationQuery(from, to, GrafanaProducer.list(tags != null ? tags : config.getTags()),
                config.isMatchAny(), dashboardUid, config.getAnnotationType(), config.getLimit());
    }

    /**
     * A dashboard as a message: its JSON (pretty-printed, as a save takes it back) as the body, its uid, version,
     * title, folder, URL and resourceVersion as headers, {@code <uid>.json} as {@code CamelFileName}.
     */
    public static void dashboardMessage(Message message, GrafanaClient client, GrafanaDashboard dashboard) {
        message.setHeader(GrafanaConstants.UID, dashboard.uid());
        message.setHeader(GrafanaConstants.VERSION, dashboard.version());
        message.setHeader(GrafanaConstants.TITLE, dashboard.title());
        message.setHeader(GrafanaConstants.FOLDER_UID, dashboard.folderUid());
        message.setHeader(GrafanaConstants.URL, dashboard.url());
        message.setHeader(GrafanaConstants.RESOURCE_VERSION, dashboard.resourceVersion());
        message.setHeader(Exchange.FILE_NAME, dashboard.uid() + ".json");
        message.setBody(GrafanaBodies.toText(client.json(), dashboard.model()));
    }
}
