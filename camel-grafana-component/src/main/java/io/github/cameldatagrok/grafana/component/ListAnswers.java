package io.github.cameldatagrok.grafana.component;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameldatagrok.grafana.client.model.Page;
import org.apache.camel.Exchange;

/** A paged list as the body (a List of Map), with the headers saying whether it was cut and how many exist. */
final class ListAnswers {

    private ListAnswers() {
    }

    static void page(Exchange exchange, ObjectMapper json, Page page) {
        exchange.getMessage().setHeader(GrafanaConstants.TRUNCATED, page.truncated());
        if (page.totalCount() >= 0) {
            exchange.getMessage().setHeader(GrafanaConstants.TOTAL_COUNT, page.totalCount());
        }
        exchange.getMessage().setBody(page.items().stream().map(item -> GrafanaBodies.toJava(json, item)).toList());
    }
}
