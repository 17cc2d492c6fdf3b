package io.github.cameldatagrok.grafana.client.model;

import java.util.List;

/**
 * An annotation search ({@code GET /api/annotations}); nulls and empty lists leave a filter out.
 *
 * @param from         earliest time, epoch milliseconds
 * @param to           latest time, epoch milliseconds
 * @param tags         tags; all must match unless {@code matchAny}
 * @param matchAny     any of the tags is enough
 * @param dashboardUid annotations of this dashboard only
 * @param type         {@code annotation} or {@code alert}
 * @param limit        the most annotations Grafana returns (its default is 100); the route has no paging, so a
 *                     full answer means: narrow the time range
 */
public record AnnotationQuery(Long from, Long to, List<String> tags, boolean matchAny, String dashboardUid,
                              String type, int limit) {

    public static final int DEFAULT_LIMIT = 100;

    public AnnotationQuery {
        tags = tags == null ? List.of() : List.copyOf(tags);
        if (limit < 1) {
            throw new IllegalArgumentException("The annotation limit must be 1 or more, was " + limit);
        }
        if (from != null && to != null && from > to) {
            throw new IllegalArgumentException("The annotation time range ends (" + to + ") before it starts ("
                    + from + ")");
        }
        if (type != null && !type.equals("annotation") && !type.equals("alert")) {
            throw new IllegalArgumentException("The annotation type must be annotation or alert, was " + type);
        }
    }
}
