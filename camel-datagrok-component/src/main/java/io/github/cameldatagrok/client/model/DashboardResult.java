package io.github.cameldatagrok.client.model;

import java.util.Map;

/**
 * What Datagrok answers to a dashboard creation ({@code POST /public/v1/dashboards/{name}/{tableIds}} — Python
 * {@code tables.create_dashboard}): JSON identifying the project, read as {@code ID}, else
 * {@code id}: the answer's other keys are not pinned down.
 *
 * @param id       the project's id
 * @param grokName its Grok name, when sent
 * @param url      its address in the Datagrok UI, when sent
 * @param raw      the whole answer, keys as sent
 */
public record DashboardResult(String id, String grokName, String url, Map<String, Object> raw) {
}
