package io.github.cameldatagrok.grafana.client;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.grafana.client.model.Page;

/**
 * Public ("shared") dashboards, Grafana 10+: {@code /api/dashboards/uid/:dashboardUid/public-dashboards} and the
 * list {@code /api/dashboards/public-dashboards}.
 */
public final class GrafanaPublicDashboards {

    private final GrafanaHttp http;

    GrafanaPublicDashboards(GrafanaHttp http) {
        this.http = http;
    }

    private static String of(String dashboardUid) {
        return LegacyDashboardRoutes.BY_UID + DashboardUids.check(dashboardUid) + "/public-dashboards";
    }

    /** {@code POST .../public-dashboards}: {@code uid}, {@code accessToken}, {@code isEnabled}, ... all optional. */
    public JsonNode create(String dashboardUid, JsonNode config) {
        ObjectNode body = config == null ? http.json().createObjectNode() : JsonObjects.copyOf(config);
        // a repeat answers 400 dashboardIsPublic rather than making a second one
        return http.send("POST", of(dashboardUid), body, true).body();
    }

    /** {@code PATCH .../public-dashboards/:uid}: the fields given change, the others stay. */
    public JsonNode update(String dashboardUid, String publicDashboardUid, JsonNode changes) {
        return http.send("PATCH", of(dashboardUid) + "/" + checkPublicUid(publicDashboardUid),
                JsonObjects.copyOf(changes), true).body();
    }

    /** {@code GET .../public-dashboards}: the dashboard's public configuration. */
    public JsonNode get(String dashboardUid) {
        return http.get(of(dashboardUid));
    }

    /** {@code DELETE .../public-dashboards/:uid} (Grafana answers with an empty body). */
    public void delete(String dashboardUid, String publicDashboardUid) {
        http.send("DELETE", of(dashboardUid) + "/" + checkPublicUid(publicDashboardUid), null, true);
    }

    /**
     * {@code GET /api/dashboards/public-dashboards?perpage=&page=&query=}, page after page until
     * {@code page * perPage >= totalCount}, at most {@code maxResults}.
     */
    public Page list(String query, int pageSize, int maxResults) {
        if (pageSize < 1 || maxResults < 1) {
            throw new IllegalArgumentException("pageSize and maxResults must be 1 or more, were " + pageSize + " and "
                    + maxResults);
        }
        List<JsonNode> items = new ArrayList<>();
        long total = -1;
        boolean more = true;
        for (int page = 1; more && items.size() < maxResults; page++) {
            JsonNode answer = http.get(GrafanaQuery.path("/api/dashboards/public-dashboards")
                    .add("perpage", pageSize).add("page", page).add("query", query).toString());
            JsonNode list = answer == null ? null : answer.get("publicDashboards");
            if (list == null || !list.isArray()) {
                throw new IllegalStateException("Grafana answered the public dashboard list without publicDashboards");
            }
            total = answer.path("totalCount").asLong(-1);
            for (JsonNode item : list) {
                if (items.size() < maxResults) {
                    items.add(item);
                }
            }
            int perPage = answer.path("perPage").asInt(pageSize);
            more = total >= 0 ? (long) page * perPage < total && !list.isEmpty() : list.size() >= pageSize;
        }
        return new Page(items, total, more);
    }

    private static String checkPublicUid(String uid) {
        if (uid == null || uid.isBlank() || !uid.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("Invalid public dashboard uid '" + uid + "'");
        }
        return uid;
    }
}
