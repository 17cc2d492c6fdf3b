package io.github.cameldatagrok.grafana.component.consumer;

import java.util.HashSet;
import java.util.Set;

import io.github.cameldatagrok.grafana.client.GrafanaClient;
import io.github.cameldatagrok.grafana.client.model.GrafanaDashboard;
import io.github.cameldatagrok.grafana.client.model.SearchHit;
import io.github.cameldatagrok.grafana.client.model.SearchQuery;
import io.github.cameldatagrok.grafana.client.model.SearchResult;
import io.github.cameldatagrok.grafana.component.GrafanaBindings;
import io.github.cameldatagrok.grafana.component.GrafanaConfiguration;
import io.github.cameldatagrok.grafana.component.GrafanaEndpoint;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code from("grafana:dashboard?query=...")}: each poll searches the dashboards (query, tags, folders), reads each
 * one and emits those whose version differs from the one last emitted (the first poll: all of them). The body is
 * the dashboard JSON (pretty-printed, as a save takes it back); {@code CamelFileName} is {@code <uid>.json}, so
 * {@code to("file:backup")} writes one file per dashboard. Dashboards that are gone are forgotten, so one created
 * again is emitted again.
 */
public class DashboardConsumer extends PolledItems {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardConsumer.class);

    public DashboardConsumer(GrafanaEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        if (endpoint.getUid() != null) {
            throw new IllegalArgumentException("A grafana:dashboard consumer polls a search (query, tags, folderUids),"
                    + " not one uid; drop '" + endpoint.getUid() + "' from the URI");
        }
    }

    private SearchQuery query() {
        GrafanaConfiguration config = getEndpoint().getConfiguration();
        return GrafanaBindings.searchQuery(config.getQuery(), config, "dash-db");
    }

    @Override
    String kind() {
        return "dashboard";
    }

    @Override
    String identity() {
        SearchQuery q = query();
        return "query=" + q.query() + "&tags=" + q.tags() + "&folders=" + q.folderUids() + "&starred=" + q.starred();
    }

    @Override
    protected int poll() throws Exception {
        GrafanaClient client = getEndpoint().getClient();
        SearchResult result = client.dashboards().search(query());
        if (result.truncated()) {
            LOG.warn("The search of grafana:dashboard found more than maxResults={} dashboards; those beyond are not"
                    + " polled: narrow query, tags or folderUids, or raise maxResults", result.hits().size());
        }
        Set<String> present = new HashSet<>();
        int emitted = 0;
        boolean complete = !result.truncated();
        try {
            for (SearchHit hit : result.hits()) {
                if (!isPollAllowed() || limitReached(emitted)) {
                    complete = false;
                    break;
                }
                present.add(hit.uid());
                GrafanaDashboard dashboard = client.dashboards().find(hit.uid());
                if (dashboard == null) {
                    continue; // deleted since the search
                }
                emitted += emit(dashboard.uid(), Long.toString(dashboard.version()), exchange -> {
                    GrafanaBindings.dashboardMessage(exchange.getMessage(), client, dashboard);
                    return "Error processing Grafana dashboard " + dashboard.uid() + " version " + dashboard.version();
                });
            }
            if (complete) {
                for (String known : state().versions().keySet()) {
                    if (!present.contains(known)) {
                        state().forget(known);
                    }
                }
            }
        } finally {
            state().endPoll();
        }
        return emitted;
    }
}
