package io.github.cameldatagrok.grafana.client.model;

import java.util.List;

/**
 * A dashboard search ({@code GET /api/search}); empty lists and nulls leave a filter out.
 *
 * @param query         a substring of the title
 * @param tags          tags that must all be on a hit
 * @param type          {@code dash-db} or {@code dash-folder}; null for both
 * @param folderUids    folders to search in ({@code ""} is the root)
 * @param dashboardUids dashboards to find by uid
 * @param starred       only the caller's starred dashboards
 * @param pageSize      hits per request, 1 to 5000 (Grafana refuses more)
 * @param maxResults    the most hits collected over all pages; more are cut, and the result says so
 */
public record SearchQuery(String query, List<String> tags, String type, List<String> folderUids,
                          List<String> dashboardUids, boolean starred, int pageSize, int maxResults) {

    /** Grafana's own page size; its maximum is 5000. */
    public static final int DEFAULT_PAGE_SIZE = 1000;
    public static final int MAX_PAGE_SIZE = 5000;
    public static final int DEFAULT_MAX_RESULTS = 10_000;

    public SearchQuery {
        tags = tags == null ? List.of() : List.copyOf(tags);
        folderUids = folderUids == null ? List.of() : List.copyOf(folderUids);
        dashboardUids = dashboardUids == null ? List.of() : List.copyOf(dashboardUids);
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be between 1 and " + MAX_PAGE_SIZE
                    + " (Grafana answers 422 above), was " + pageSize);
        }
        if (maxResults < 1) {
            throw new IllegalArgumentException("maxResults must be 1 or more, was " + maxResults);
        }
        if (type != null && !type.equals("dash-db") && !type.equals("dash-folder")) {
            throw new IllegalArgumentException("type must be dash-db or dash-folder, was " + type);
        }
    }

    /** Every dashboard and folder, in pages of 1000, at most 10,000. */
    public static SearchQuery all() {
        return new SearchQuery(null, List.of(), null, List.of(), List.of(), false, DEFAULT_PAGE_SIZE,
                DEFAULT_MAX_RESULTS);
    }
}
