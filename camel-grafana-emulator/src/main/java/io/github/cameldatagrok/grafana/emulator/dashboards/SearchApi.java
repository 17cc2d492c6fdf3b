package io.github.cameldatagrok.grafana.emulator.dashboards;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.emulator.http.ApiArea;
import io.github.cameldatagrok.emulator.http.Exchange;
import io.github.cameldatagrok.emulator.http.Router;
import io.github.cameldatagrok.grafana.emulator.GrafanaOrg;
import io.github.cameldatagrok.grafana.emulator.folders.Folder;
import io.github.cameldatagrok.grafana.emulator.folders.FolderStore;
import io.github.cameldatagrok.grafana.emulator.http.GrafanaErrors;
import io.github.cameldatagrok.grafana.emulator.http.Names;
import io.github.cameldatagrok.grafana.emulator.http.Orgs;
import io.github.cameldatagrok.grafana.emulator.http.QueryNumbers;

/**
 * {@code GET /api/search}: dashboards and folders by {@code query} (title substring), {@code tag} (repeatable, all
 * must match), {@code type}, {@code dashboardUIDs}, {@code folderUIDs} (empty or {@code general} = the root),
 * {@code starred}, {@code sort} ({@code alpha-asc}, {@code alpha-desc}), {@code limit} (default 1000, above 5000
 * 422) and {@code page} (from 1). The answer is a bare array without a total: a client pages until a short page.
 */
public final class SearchApi implements ApiArea {

    public static final int DEFAULT_LIMIT = 1000;
    public static final int MAX_LIMIT = 5000;

    @Override
    public void register(Router router) {
        router.get("/api/search", this::search);
        router.get("/api/search/sorting", this::sorting);
    }

    private record Hit(String title, String uid, ObjectNode json) {
    }

    private void search(Exchange exchange) throws IOException {
        long limit = QueryNumbers.orDefault(exchange, "limit", 0);
        if (limit > MAX_LIMIT) {
            GrafanaErrors.message(exchange, 422,
                    "Limit is above maximum allowed (5000), use page parameter to access hits beyond limit");
            return;
        }
        if (limit < 1) {
            limit = DEFAULT_LIMIT;
        }
        long page = Math.max(1, QueryNumbers.orDefault(exchange, "page", 1));
        String type = exchange.queryParam("type");
        String query = exchange.queryParam("query");
        String needle = query == null ? "" : query.toLowerCase(Locale.ROOT);
        List<String> tags = exchange.queryParams("tag");
        boolean starred = "true".equalsIgnoreCase(exchange.queryParam("starred"));
        Set<String> dashboardUids = new HashSet<>(exchange.queryParams("dashboardUIDs"));
        exchange.queryParams("dashboardUID").forEach(dashboardUids::add);
        boolean byFolder = exchange.hasQueryParam("folderUIDs");
        Set<String> folderUids = new HashSet<>();
        for (String uid : exchange.queryParams("folderUIDs")) {
            folderUids.add(uid.isEmpty() || uid.equals(FolderStore.ROOT_UID) ? "" : uid);
        }

        GrafanaOrg org = Orgs.of(exchange);
        List<Hit> hits = new ArrayList<>();
        boolean folders = type == null || type.isEmpty() || type.equals("dash-folder");
        boolean dashboards = type == null || type.isEmpty() || type.equals("dash-db");
        if (folders && tags.isEmpty() && !starred && dashboardUids.isEmpty()) {
            for (Folder folder : org.folders().all()) {
                if (matches(folder.title(), needle) && inFolders(byFolder, folderUids, folder.parentUid())) {
                    hits.add(new Hit(folder.title(), folder.uid(), folderHit(org, folder)));
                }
            }
        }
        if (dashboards) {
            for (Dashboard dashboard : org.dashboards().all()) {
                if (matches(dashboard.title(), needle)
                        && dashboard.tags().containsAll(tags)
                        && (!starred || dashboard.starred())
                        && (dashboardUids.isEmpty() || dashboardUids.contains(dashboard.uid()))
                        && inFolders(byFolder, folderUids, dashboard.folderUid())) {
                    hits.add(new Hit(dashboard.title(), dashboard.uid(), dashboardHit(org, dashboard)));
                }
            }
        }
        Comparator<Hit> order = Comparator.comparing((Hit h) -> h.title().toLowerCase(Locale.ROOT))
                .thenComparing(Hit::uid);
        hits.sort("alpha-desc".equals(exchange.queryParam("sort")) ? order.reversed() : order);

        ArrayNode answer = GrafanaErrors.JSON.createArrayNode();
        long from = (page - 1) * limit;
        for (long i = from; i < hits.size() && i < from + limit; i++) {
            answer.add(hits.get((int) i).json());
        }
        exchange.sendJson(200, answer);
    }

    private void sorting(Exchange exchange) throws IOException {
        ArrayNode answer = GrafanaErrors.JSON.createArrayNode();
        answer.addObject().put("name", "alpha-asc").put("displayName", "Alphabetically (A–Z)")
                .put("description", "Sort results in an alphabetically ascending order").put("meta", "");
        answer.addObject().put("name", "alpha-desc").put("displayName", "Alphabetically (Z–A)")
                .put("description", "Sort results in an alphabetically descending order").put("meta", "");
        exchange.sendJson(200, answer);
    }

    private static boolean matches(String title, String needle) {
        return needle.isEmpty() || title.toLowerCase(Locale.ROOT).contains(needle);
    }

    private static boolean inFolders(boolean byFolder, Set<String> folderUids, String parentUid) {
        return !byFolder || folderUids.contains(parentUid == null ? "" : parentUid);
    }

    private static ObjectNode folderHit(GrafanaOrg org, Folder folder) {
        ObjectNode hit = GrafanaErrors.JSON.createObjectNode();
        hit.put("id", folder.id());
        hit.put("uid", folder.uid());
        hit.put("orgId", org.id());
        hit.put("title", folder.title());
        hit.put("uri", "db/" + Names.slug(folder.title()));
        hit.put("url", Names.folderUrl(folder.uid(), folder.title()));
        hit.put("slug", "");
        hit.put("type", "dash-folder");
        hit.putArray("tags");
        hit.put("isStarred", false);
        parent(org, hit, folder.parentUid());
        hit.put("sortMeta", 0);
        return hit;
    }

    private static ObjectNode dashboardHit(GrafanaOrg org, Dashboard dashboard) {
        ObjectNode hit = GrafanaErrors.JSON.createObjectNode();
        hit.put("id", dashboard.id());
        hit.put("uid", dashboard.uid());
        hit.put("orgId", org.id());
        hit.put("title", dashboard.title());
        hit.put("uri", "db/" + Names.slug(dashboard.title()));
        hit.put("url", Names.dashboardUrl(dashboard.uid(), dashboard.title()));
        hit.put("slug", "");
        hit.put("type", "dash-db");
        ArrayNode tags = hit.putArray("tags");
        dashboard.tags().forEach(tags::add);
        hit.put("isStarred", dashboard.starred());
        parent(org, hit, dashboard.folderUid());
        hit.put("sortMeta", 0);
        return hit;
    }

    /** folderId/folderUid/folderTitle/folderUrl: only for an item inside a folder. */
    private static void parent(GrafanaOrg org, ObjectNode hit, String folderUid) {
        org.folders().find(folderUid).ifPresent(folder -> {
            hit.put("folderId", folder.id());
            hit.put("folderUid", folder.uid());
            hit.put("folderTitle", folder.title());
            hit.put("folderUrl", Names.folderUrl(folder.uid(), folder.title()));
        });
    }
}
