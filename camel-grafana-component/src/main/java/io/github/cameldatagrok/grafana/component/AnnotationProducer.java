package io.github.cameldatagrok.grafana.component;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.grafana.client.GrafanaAnnotations;
import io.github.cameldatagrok.grafana.client.JsonObjects;
import io.github.cameldatagrok.grafana.client.model.AnnotationQuery;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code grafana:annotation}: create (the default) from a JSON body, a text body or headers; find by time range and
 * tags; get, update and delete by id.
 */
final class AnnotationProducer extends GrafanaProducer {

    AnnotationProducer(GrafanaEndpoint endpoint) {
        super(endpoint, GrafanaAction.create, GrafanaAction.create, GrafanaAction.find, GrafanaAction.get,
                GrafanaAction.update, GrafanaAction.delete);
    }

    @Override
    void process(Exchange exchange, GrafanaAction action) {
        GrafanaAnnotations annotations = client().annotations();
        Message message = exchange.getMessage();
        switch (action) {
            case create -> {
                long id = annotations.create(annotation(exchange));
                message.setHeader(GrafanaConstants.UID, String.valueOf(id));
                message.setBody(id);
            }
            case find -> {
                AnnotationQuery query = GrafanaBindings.annotationQuery(
                        option(message, GrafanaConstants.FROM, Long.class, config().getFrom()),
                        option(message, GrafanaConstants.TO, Long.class, config().getTo()),
                        message.getHeader(GrafanaConstants.TAGS),
                        option(message, GrafanaConstants.DASHBOARD_UID, String.class, config().getDashboardUid()),
                        config());
                JsonNode found = annotations.find(query);
                message.setHeader(GrafanaConstants.TRUNCATED, found != null && found.size() >= query.limit());
                answer(exchange, found);
            }
            case get -> answer(exchange, annotations.get(id(exchange, action)));
            case update -> answer(exchange, annotations.update(id(exchange, action), annotation(exchange)));
            case delete -> answer(exchange, annotations.delete(id(exchange, action)));
            default -> throw new IllegalStateException(action.name());
        }
    }

    private long id(Exchange exchange, GrafanaAction action) {
        String id = requiredUid(exchange, action);
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("An annotation id is a number, was '" + id + "'");
        }
    }

    /**
     * The annotation of a message: a JSON object body, else a text body, else the {@code CamelGrafanaText} header;
     * tags, dashboard, panel and times from the headers (then the options) where the body has none.
     */
    private ObjectNode annotation(Exchange exchange) {
        Message message = exchange.getMessage();
        Object raw = message.getBody();
        ObjectNode annotation;
        if (raw instanceof String text && !text.isBlank() && !text.trim().startsWith("{")) {
            annotation = client().json().createObjectNode().put("text", text);
        } else {
            JsonNode body = GrafanaBodies.json(exchange, client().json(), config().getMaxResponseSize());
            annotation = body == null ? client().json().createObjectNode() : JsonObjects.copyOf(body);
        }
        String text = message.getHeader(GrafanaConstants.TEXT, String.class);
        if (!annotation.hasNonNull("text") && text != null) {
            annotation.put("text", text);
        }
        Object tagsHeader = message.getHeader(GrafanaConstants.TAGS);
        List<String> tags = list(tagsHeader != null ? tagsHeader : config().getTags());
        if (!annotation.has("tags") && !tags.isEmpty()) {
            tags.forEach(annotation.putArray("tags")::add);
        }
        String dashboard = option(message, GrafanaConstants.DASHBOARD_UID, String.class, config().getDashboardUid());
        if (!annotation.has("dashboardUID") && dashboard != null) {
            annotation.put("dashboardUID", dashboard);
        }
        putLong(annotation, "panelId", message.getHeader(GrafanaConstants.PANEL_ID, Long.class));
        putLong(annotation, "time", epochMillis(message, GrafanaConstants.TIME));
        putLong(annotation, "timeEnd", epochMillis(message, GrafanaConstants.TIME_END));
        if (!annotation.hasNonNull("text")) {
            throw new IllegalArgumentException("An annotation needs a text: a JSON body with \"text\", a text body or"
                    + " the " + GrafanaConstants.TEXT + " header");
        }
        return annotation;
    }

    /**
     * A time header as Grafana's epoch milliseconds: a number (or its digits), a {@code Date}, an {@code Instant} (or
     * other instant), or ISO-8601 text with an offset, as CloudEvents' {@code time} attribute (RFC 3339) carries it.
     */
    private static Long epochMillis(Message message, String header) {
        Object value = message.getHeader(header);
        try {
            if (value == null) {
                return null;
            }
            if (value instanceof Number number) {
                return number.longValue();
            }
            if (value instanceof Date date) {
                return date.getTime();
            }
            if (value instanceof TemporalAccessor instant) {
                return Instant.from(instant).toEpochMilli();
            }
            String text = value.toString().trim();
            return text.matches("-?\\d{1,18}") ? Long.parseLong(text)
                    : OffsetDateTime.parse(text).toInstant().toEpochMilli();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("The header " + header + " is a time in epoch milliseconds or ISO-8601"
                    + " with an offset (2026-12-02T09:30:00Z), was '" + value + "'", e);
        }
    }

    private static void putLong(ObjectNode annotation, String field, Long value) {
        if (!annotation.has(field) && value != null) {
            annotation.put(field, value);
        }
    }
}
