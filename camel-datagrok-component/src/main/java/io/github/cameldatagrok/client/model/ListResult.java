package io.github.cameldatagrok.client.model;

import java.util.List;

/**
 * A list read with a cap: at most {@code maxResults} items; {@code truncated} is true when the server had more.
 * Datagrok's public list routes (users, connections, functions, groups, packages) ignore {@code limit} and
 * {@code page} and answer everything, so the cap is applied while reading the answer.
 *
 * @param items     the items read, in the server's order
 * @param truncated whether the answer held more items than were read
 */
public record ListResult<T>(List<T> items, boolean truncated) {
}
