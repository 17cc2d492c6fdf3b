package io.github.cameldatagrok.client.model;

import java.util.Map;

/**
 * What Datagrok answers to a table upload: {@code ID}, {@code Grok name}, {@code Markup} and {@code URL}.
 *
 * @param id       the table's UUID ({@code ID}, or {@code id} on servers that send that)
 * @param grokName the table's Grok name, e.g. {@code Admin:Sales:Orders}
 * @param markup   markup that renders a link to the table
 * @param url      the project's address in the Datagrok UI
 * @param raw      the whole answer, keys as sent
 */
public record TableUploadResult(String id, String grokName, String markup, String url, Map<String, Object> raw) {
}
