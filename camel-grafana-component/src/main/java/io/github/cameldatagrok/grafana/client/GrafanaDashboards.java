package io.github.cameldatagrok.grafana.client;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.grafana.client.model.DashboardPage;
import io.github.cameldatagrok.grafana.client.model.DashboardSave;
import io.github.cameldatagrok.grafana.client.model.GrafanaDashboard;
import io.github.cameldatagrok.grafana.client.model.Page;
import io.github.cameldatagrok.grafana.client.model.SavedDashboard;
import io.github.cameldatagrok.grafana.client.model.SearchHit;
import io.github.cameldatagrok.grafana.client.model.SearchQuery;
import io.github.cameldatagrok.grafana.client.model.SearchResult;

/**
 * Dashboards. Save, get and delete go to the API generation the client speaks ({@link GrafanaApiVersion}); search,
 * tags, home, versions, restore and permissions exist on the legacy routes only and use them on every Grafana.
 */
public final class GrafanaDashboards {

    private final GrafanaClient client;
    private final GrafanaHttp http;

    GrafanaDashboards(GrafanaClient client, GrafanaHttp http) {
        this.client = client;
        this.http = http;
    }

    /**
     * Creates or updates a dashboard from its JSON: the bare dashboard, a legacy save body ({@code {"dashboard":...}})
     * or an {@code /apis} resource. A body without a uid gets one made from its title, so saving it again updates it.
     * The dashboard stays in its folder unless {@code options} name another ({@code ""}: the root).
     *
     * @throws GrafanaConflictException when it changed since the body's {@code version} and overwrite is off
     */
    public SavedDashboard save(JsonNode body, DashboardSave options) {
        DashboardBodies parsed = DashboardBodies.of(body);
        if (options.message() != null && options.message().length() > DashboardBodies.MAX_MESSAGE) {
            throw DashboardBodies.messageTooLong(options.message());
        }
        return client.dashboardRoutes().save(parsed, parsed.uid(options.uid()), options);
    }

    /** The dashboard with this uid, or the one a dashboard URL ({@code .../d/<uid>/<slug>}) names. */
    public GrafanaDashboard get(String uidOrUrl) {
        String uid = DashboardUids.of(uidOrUrl);
        GrafanaDashboard dashboard = client.dashboardRoutes().find(uid);
        if (dashboard == null) {
            throw new GrafanaNotFoundException("GET", LegacyDashboardRoutes.BY_UID + uid, 404, "Dashboard not found",
                    null, null, null, null);
        }
        return dashboard;
    }

    /** The dashboard, or null when there is none with this uid. */
    public GrafanaDashboard find(String uidOrUrl) {
        return client.dashboardRoutes().find(DashboardUids.of(uidOrUrl));
    }

    /** Deletes the dashboard; Grafana's answer. */
    public JsonNode delete(String uidOrUrl) {
        return client.dashboardRoutes().delete(DashboardUids.of(uidOrUrl));
    }

    /**
     * Whether the API in use lists dashboards with their versions and specs: Grafana 12+'s {@code /apis}, where
     * {@link #list} tells what changed in one request per page. The legacy search carries no version.
     */
    public boolean listsVersions() {
        return client.dashboardRoutes() instanceof ResourceDashboardRoutes;
    }

    /**
     * One page of every dashboard of the namespace, in full: {@code GET
     * /apis/dashboard.grafana.app/<v>/namespaces/<ns>/dashboards?limit=&continue=} ({@code continueToken} null or
     * empty for the first page). Follow {@link DashboardPage#continueToken()} until the last page: a short page is not
     * the last one.
     *
     * @throws UnsupportedOperationException on the legacy routes (see {@link #listsVersions()})
     */
    public DashboardPage list(int limit, String continueToken) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more, was " + limit);
        }
        if (!(client.dashboardRoutes() instanceof ResourceDashboardRoutes resources)) {
            throw new UnsupportedOperationException("The legacy dashboard API has no list of dashboards with their"
                    + " versions: search, then read each one");
        }
        return resources.list(limit, continueToken);
    }

    /**
     * {@code GET /api/search}, page after page ({@code limit} = page size, {@code page} from 1) until a page holds
     * fewer hits than asked for (the answer has no total), or {@code maxResults} hits are in.
     */
    public SearchResult search(SearchQuery query) {
        List<SearchHit> hits = new ArrayList<>();
        int page = 0;
        boolean more = true;
        while (more && hits.size() < query.maxResults()) {
            page++;
            int limit = query.pageSize();
            GrafanaQuery path = GrafanaQuery.path("/api/search")
                    .add("query", query.query())
                    .add("tag", query.tags())
                    .add("type", query.type())
                    .add("folderUIDs", query.folderUids())
                    .add("dashboardUIDs", query.dashboardUids())
                    .add("starred", query.starred() ? "true" : null)
                    .add("limit", limit)
                    .add("page", page);
            JsonNode answer = http.get(path.toString());
            if (answer == null || !answer.isArray()) {
                throw new IllegalStateException("Grafana answered GET /api/search with no list of hits");
            }
            for (JsonNode hit : answer) {
                if (hits.size() < query.maxResults()) {
                    hits.add(hit(hit));
                }
            }
            more = answer.size() >= limit;
        }
        return new SearchResult(hits, more, page);
    }

    static SearchHit hit(JsonNode hit) {
        List<String> tags = new ArrayList<>();
        hit.path("tags").forEach(t -> tags.add(t.asText()));
        String folder = DashboardBodies.text(hit, "folderUid");
        return new SearchHit(DashboardBodies.text(hit, "uid"), DashboardBodies.text(hit, "title"),
                DashboardBodies.text(hit, "type"), DashboardBodies.text(hit, "url"),
                folder == null || folder.isEmpty() ? null : folder, tags, hit);
    }

    /** {@code GET /api/dashboards/tags}: {@code [{"term":"prod","count":4}]}. */
    public JsonNode tags() {
        return http.get("/api/dashboards/tags");
    }

    /** {@code GET /api/dashboards/home}: {@code {"dashboard","meta"}} or {@code {"redirectUri"}}. */
    public JsonNode home() {
        return http.get("/api/dashboards/home");
    }

    /**
     * {@code GET /api/dashboards/uid/:uid/versions}: a bare array up to Grafana 11.5,
     * {@code {"continueToken","versions"}} from 11.6/12 (followed while the token is not empty); at most
     * {@code maxResults} versions, newest first.
     */
    public Page versions(String uidOrUrl, int maxResults) {
        String uid = DashboardUids.of(uidOrUrl);
        if (maxResults < 1) {
            throw new IllegalArgumentException("maxResults must be 1 or more, was " + maxResults);
        }
        List<JsonNode> versions = new ArrayList<>();
        String token = null;
        int start = 0;
        boolean more = true;
        while (more && versions.size() < maxResults) {
            int limit = Math.min(maxResults - versions.size(), 1000);
            JsonNode answer = http.get(GrafanaQuery.path(LegacyDashboardRoutes.BY_UID + uid + "/versions")
                    .add("limit", limit).add("start", start > 0 ? start : null).add("continueToken", token)
                    .toString());
            JsonNode items;
            if (answer != null && answer.isObject()) {
                items = answer.path("versions");
                token = DashboardBodies.text(answer, "continueToken");
                more = token != null && !token.isEmpty();
            } else if (answer != null && answer.isArray()) {
                // the bare array of Grafana before 11.6 pages by offset
                items = answer;
                start += answer.size();
                more = answer.size() >= limit;
            } else {
                throw new IllegalStateException("Grafana answered the version list of " + uid + " with no versions");
            }
            for (JsonNode item : items) {
                if (versions.size() < maxResults) {
                    versions.add(item);
                }
            }
        }
        return new Page(versions, -1, more);
    }

    /** {@code POST /api/dashboards/uid/:uid/restore {"version":n}}: the dashboard is saved again at that version. */
    public SavedDashboard restore(String uidOrUrl, long version) {
        String uid = DashboardUids.of(uidOrUrl);
        ObjectNode request = http.json().createObjectNode().put("version", version);
        JsonNode answer = http.send("POST", LegacyDashboardRoutes.BY_UID + uid + "/restore", request, false).body();
        String folder = DashboardBodies.text(answer, "folderUid");
        return new SavedDashboard(uid, answer.path("version").asLong(), DashboardBodies.text(answer, "url"),
                folder == null || folder.isEmpty() ? null : folder, false, null);
    }

    /** {@code GET /api/dashboards/uid/:uid/permissions}: the ACL items. */
    public JsonNode permissions(String uidOrUrl) {
        return http.get(LegacyDashboardRoutes.BY_UID + DashboardUids.of(uidOrUrl) + "/permissions");
    }

    /**
     * {@code POST /api/dashboards/uid/:uid/permissions}: <b>replaces</b> the whole list. {@code items} is the list
     * ({@code [{"role":"Viewer","permission":1},{"teamId":3,"permission":2}]}) or {@code {"items":[...]}}.
     */
    public JsonNode setPermissions(String uidOrUrl, JsonNode items) {
        String uid = DashboardUids.of(uidOrUrl);
        JsonNode list = items != null && items.isObject() ? items.get("items") : items;
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException("Dashboard permissions must be a list of items"
                    + " ([{\"role\":\"Viewer\",\"permission\":1}, ...]) or {\"items\":[...]}");
        }
        for (JsonNode item : list) {
            int permission = item.path("permission").asInt(0);
            if (permission != 1 && permission != 2 && permission != 4) {
                throw new IllegalArgumentException("Every permission item needs permission 1 (View), 2 (Edit) or"
                        + " 4 (Admin): " + item);
            }
        }
        ObjectNode request = http.json().createObjectNode();
        request.set("items", (ArrayNode) list);
        return http.send("POST", LegacyDashboardRoutes.BY_UID + uid + "/permissions", request, true).body();
    }
}
