package io.github.cameldatagrok.component;

import java.util.ArrayList;
import java.util.List;

import org.apache.camel.Exchange;

/**
 * The tables of a dashboard: the {@code CamelDatagrokTables} header, else the {@code tables} option, else the ids
 * that {@code datagrok:table} uploads left in the exchange (so upload, upload, create needs no glue).
 */
final class DashboardTables {

    private DashboardTables() {
    }

    /** Called by the table producer after each upload. */
    @SuppressWarnings("unchecked")
    static void remember(Exchange exchange, String tableId) {
        if (tableId == null) {
            return;
        }
        Object ids = exchange.getProperty(DatagrokConstants.UPLOADED_TABLE_IDS_PROPERTY);
        List<String> list;
        if (ids instanceof List<?> existing) {
            list = (List<String>) existing;
        } else {
            list = new ArrayList<>();
            exchange.setProperty(DatagrokConstants.UPLOADED_TABLE_IDS_PROPERTY, list);
        }
        if (!list.contains(tableId)) {
            list.add(tableId);
        }
    }

    static List<String> resolve(Exchange exchange, DatagrokEndpoint endpoint) {
        Object value = exchange.getMessage().getHeader(DatagrokConstants.TABLES);
        String from = "header " + DatagrokConstants.TABLES;
        if (value == null) {
            value = endpoint.getConfiguration().getTables();
            from = "option tables";
        }
        if (value == null) {
            value = exchange.getProperty(DatagrokConstants.UPLOADED_TABLE_IDS_PROPERTY);
            from = "uploads earlier in this exchange";
        }
        List<String> tables = value == null ? List.of() : MessageOptions.names(value);
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("No tables for the Datagrok dashboard: set the tables option, the "
                    + DatagrokConstants.TABLES + " header, or upload tables with datagrok:table earlier in the route");
        }
        if (tables.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("The Datagrok dashboard tables " + tables + " (from " + from
                    + ") contain an empty table id");
        }
        return tables;
    }
}
