package io.github.cameldatagrok.grafana.component.consumer;

import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

import io.github.cameldatagrok.grafana.client.GrafanaClient;
import io.github.cameldatagrok.grafana.client.model.DashboardPage;
import io.github.cameldatagrok.grafana.client.model.GrafanaDashboard;
import io.github.cameldatagrok.grafana.client.model.SearchHit;
import io.github.cameldatagrok.grafana.client.model.SearchQuery;
import io.github.cameldatagrok.grafana.client.model.SearchResult;
import io.github.cameldatagrok.grafana.component.GrafanaBindings;
import io.github.cameldatagrok.grafana.component.GrafanaConfiguration;
import io.github.cameldatagrok.grafana.component.GrafanaEndpoint;
import io.github.cameldatagrok.transport.ResponseTooLargeException;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code from("grafana:dashboard?query=...")}: each poll finds the dashboards (query, tags, folders, starred) and
 * emits those whose version differs from the one last emitted (the first poll: all of them). The body is the
 * dashboard JSON (pretty-printed, as a save takes it back); {@code CamelFileName} is {@code <uid>.json}, so
 * {@code to("file:backup")} writes one file per dashboard. Dashboards that are gone are forgotten, so one created
 * again is emitted again.
 * <p>
 * What a poll costs depends on the API generation. On Grafana 12+'s {@code /apis}, the paged list of the namespace
 * carries every dashboard in full ({@code metadata.generation} is the version, the spec the dashboard): an idle poll
 * is one request per page, and a changed dashboard needs no read of its own. The legacy {@code GET /api/search}
 * reports no version, so there each dashboard found is read ({@code GET /api/dashboards/uid/:uid}) on every poll.
 */
public class DashboardConsumer extends PolledItems {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardConsumer.class);

    /** The {@code /apis} list's page size: {@code pageSize}, halved for good when a page is over maxResponseSize. */
    private int listLimit;

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
        return client.dashboards().listsVersions() ? pollList(client) : pollSearch(client);
    }

    /** Legacy routes: the search finds the dashboards (a request per page), each is read for its version. */
    private int pollSearch(GrafanaClient client) {
        SearchResult result = search(client, query());
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
                emitted += emit(client, dashboard);
            }
            if (complete) {
                forgetAllBut(present);
            }
        } finally {
            state().endPoll();
        }
        return emitted;
    }

    /**
     * {@code /apis}: the list, page by page, gives every dashboard with its version and spec. The list filters nothing
     * the way the search does (title words, tags, folders, stars), so with a filter the search's hits (a request per
     * page of hits) decide which listed dashboards count.
     */
    private int pollList(GrafanaClient client) {
        SearchQuery query = query();
        Set<String> selected = null;
        boolean complete = true;
        if (filtered(query)) {
            SearchResult result = search(client, query);
            complete = !result.truncated();
            selected = new HashSet<>();
            for (SearchHit hit : result.hits()) {
                selected.add(hit.uid());
            }
        }
        if (listLimit == 0) {
            listLimit = query.pageSize();
        }
        Set<String> present = new HashSet<>();
        int emitted = 0;
        String token = null;
        try {
            pages:
            while (true) {
                DashboardPage page;
                try {
                    page = client.dashboards().list(listLimit, token);
                } catch (UncheckedIOException e) {
                    if (!(e.getCause() instanceof ResponseTooLargeException) || listLimit == 1) {
                        throw e;
                    }
                    // a page of whole dashboards is over maxResponseSize: ask again for fewer, from now on
                    listLimit = Math.max(1, listLimit / 2);
                    LOG.warn("A page of the dashboard list of grafana:dashboard was over maxResponseSize: listing {}"
                            + " dashboards per request from now on (raise maxResponseSize or lower pageSize)", listLimit);
                    continue;
                }
                for (GrafanaDashboard dashboard : page.dashboards()) {
                    if (selected != null && !selected.contains(dashboard.uid())) {
                        continue;
                    }
                    if (present.size() >= query.maxResults()) {
                        LOG.warn("The list of grafana:dashboard holds more than maxResults={} dashboards; those beyond"
                                + " are not polled: narrow it with folderUids or tags, or raise maxResults",
                                query.maxResults());
                        complete = false;
                        break pages;
                    }
                    if (!isPollAllowed() || limitReached(emitted)) {
                        complete = false;
                        break pages;
                    }
                    present.add(dashboard.uid());
                    emitted += emit(client, dashboard);
                }
                if (page.last()) {
                    break;
                }
                if (page.continueToken().equals(token)) {
                    throw new IllegalStateException("Grafana answered the dashboard list's continue token " + token
                            + " with the same token again");
                }
                token = page.continueToken();
            }
            if (complete) {
                forgetAllBut(present);
            }
        } finally {
            state().endPoll();
        }
        return emitted;
    }

    private static boolean filtered(SearchQuery query) {
        return (query.query() != null && !query.query().isEmpty()) || !query.tags().isEmpty()
                || !query.folderUids().isEmpty() || query.starred();
    }

    private static SearchResult search(GrafanaClient client, SearchQuery query) {
        SearchResult result = client.dashboards().search(query);
        if (result.truncated()) {
            LOG.warn("The search of grafana:dashboard found more than maxResults={} dashboards; those beyond are not"
                    + " polled: narrow query, tags or folderUids, or raise maxResults", result.hits().size());
        }
        return result;
    }

    private int emit(GrafanaClient client, GrafanaDashboard dashboard) {
        return emit(dashboard.uid(), Long.toString(dashboard.version()), exchange -> {
            GrafanaBindings.dashboardMessage(exchange.getMessage(), client, dashboard);
            return "Error processing Grafana dashboard " + dashboard.uid() + " version " + dashboard.version();
        });
    }

    /** After a complete poll: dashboards no longer found are forgotten, so one created again is emitted again. */
    private void forgetAllBut(Set<String> present) {
        for (String known : state().versions().keySet()) {
            if (!present.contains(known)) {
                state().forget(known);
            }
        }
    }
}
