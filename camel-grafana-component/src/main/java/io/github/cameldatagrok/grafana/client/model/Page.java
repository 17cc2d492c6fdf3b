package io.github.cameldatagrok.grafana.client.model;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Items collected over the pages of a paged list.
 *
 * @param items      the items, in Grafana's order
 * @param totalCount how many exist in all, where Grafana says ({@code totalCount} of public dashboards), else -1
 * @param truncated  true when the bound on items stopped the paging early: more exist (or may exist)
 */
public record Page(List<JsonNode> items, long totalCount, boolean truncated) {
}
