package io.github.cameldatagrok.component;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.util.ObjectHelper;

/** Per-message values: a header when the message has one, else the endpoint's setting. */
final class MessageOptions {

    private MessageOptions() {
    }

    static String target(Exchange exchange, DatagrokEndpoint endpoint) {
        String target = exchange.getMessage().getHeader(DatagrokConstants.TARGET, String.class);
        if (ObjectHelper.isEmpty(target)) {
            target = endpoint.getTarget();
        }
        if (ObjectHelper.isEmpty(target)) {
            throw new IllegalArgumentException("No Datagrok " + endpoint.getOperation() + " given: name it in the URI"
                    + " (datagrok:" + endpoint.getOperation() + ":<name>) or in the " + DatagrokConstants.TARGET
                    + " header");
        }
        return target;
    }

    /** The action from the header, else the endpoint's {@code action} option, else the operation's default. */
    static DatagrokAction action(Exchange exchange, DatagrokEndpoint endpoint, DatagrokAction operationDefault) {
        Object value = exchange.getMessage().getHeader(DatagrokConstants.ACTION);
        if (value == null) {
            DatagrokAction configured = endpoint.getConfiguration().getAction();
            return configured != null ? configured : operationDefault;
        }
        if (value instanceof DatagrokAction action) {
            return action;
        }
        try {
            return DatagrokAction.valueOf(value.toString().trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown Datagrok action '" + value + "' in header "
                    + DatagrokConstants.ACTION + ": use one of " + Arrays.toString(DatagrokAction.values()));
        }
    }

    /** One JSON value from a text body: {@code {"a":1} trailing} is an error, not {@code {"a":1}}. */
    static JsonNode readJson(String text, ObjectMapper json) throws JsonProcessingException {
        return json.readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(text);
    }

    /** The CSV columns from the header or the {@code columns} option, or null to take the first row's keys. */
    static List<String> columns(Exchange exchange, DatagrokEndpoint endpoint) {
        Object value = exchange.getMessage().getHeader(DatagrokConstants.COLUMNS);
        if (value == null) {
            value = endpoint.getConfiguration().getColumns();
        }
        if (value == null) {
            return null;
        }
        List<String> columns = value instanceof Collection<?> list
                ? list.stream().map(String::valueOf).map(String::trim).toList()
                : Arrays.stream(value.toString().split(",")).map(String::trim).toList();
        if (columns.isEmpty() || columns.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("The Datagrok columns '" + value + "' contain an empty column name");
        }
        return columns;
    }

    /**
     * Names given as a {@code Collection} or a comma-separated text, each trimmed; empty names are kept, for the
     * caller to refuse with its own message.
     */
    static List<String> names(Object value) {
        return value instanceof Collection<?> list
                ? list.stream().map(String::valueOf).map(String::trim).toList()
                : Arrays.stream(value.toString().split(",", -1)).map(String::trim).toList();
    }

    /** A header converted to {@code type} when the message has it, else the endpoint's setting. */
    static <T> T value(Exchange exchange, String header, Class<T> type, T configured) {
        T value = exchange.getMessage().getHeader(header, type);
        return value != null ? value : configured;
    }
}
