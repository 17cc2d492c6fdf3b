package io.github.cameldatagrok.grafana.client.model;

import java.util.List;

/**
 * The hits of a search over all its pages.
 *
 * @param hits      the hits, in Grafana's order
 * @param truncated true when {@code maxResults} stopped the paging before Grafana's last page: more may exist
 * @param pages     how many pages were requested
 */
public record SearchResult(List<SearchHit> hits, boolean truncated, int pages) {
}
