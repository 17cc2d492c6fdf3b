package io.github.cameldatagrok.grafana.component.consumer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cameldatagrok.grafana.client.GrafanaClient;
import io.github.cameldatagrok.grafana.client.model.AnnotationQuery;
import io.github.cameldatagrok.grafana.component.GrafanaBindings;
import io.github.cameldatagrok.grafana.component.GrafanaConfiguration;
import io.github.cameldatagrok.grafana.component.GrafanaConstants;
import io.github.cameldatagrok.grafana.component.GrafanaEndpoint;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code from("grafana:annotation?tags=deploy")}: each poll asks for the newest {@code limit} annotations matching the
 * tags (and dashboard, type) and emits those not emitted before, oldest first; the first poll emits all it finds.
 * The body is the annotation (a Map), with its id as {@code CamelGrafanaUid}.
 * <p>
 * {@code GET /api/annotations} has no paging: when an answer is full, annotations older than the oldest in it are
 * out of sight, so more than {@code limit} new ones between two polls would be missed; the consumer logs a warning.
 */
public class AnnotationConsumer extends PolledItems {

    private static final Logger LOG = LoggerFactory.getLogger(AnnotationConsumer.class);

    public AnnotationConsumer(GrafanaEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    private AnnotationQuery query() {
        GrafanaConfiguration config = getEndpoint().getConfiguration();
        return GrafanaBindings.annotationQuery(config.getFrom(), config.getTo(), null, config.getDashboardUid(), config);
    }

    @Override
    String kind() {
        return "annotation";
    }

    @Override
    String identity() {
        AnnotationQuery q = query();
        return "tags=" + q.tags() + "&matchAny=" + q.matchAny() + "&dashboard=" + q.dashboardUid() + "&type="
                + q.type();
    }

    @Override
    protected int poll() throws Exception {
        GrafanaClient client = getEndpoint().getClient();
        AnnotationQuery query = query();
        JsonNode answer = client.annotations().find(query);
        List<JsonNode> found = new ArrayList<>();
        if (answer != null) {
            answer.forEach(found::add);
        }
        boolean full = found.size() >= query.limit();
        // the oldest first, so a route sees them in the order they happened
        found.sort((a, b) -> Long.compare(a.path("time").asLong(), b.path("time").asLong()));
        long oldestCreated = Long.MAX_VALUE;
        Set<String> present = new HashSet<>();
        int emitted = 0;
        int fresh = 0;
        Map<String, String> known = state().versions();
        try {
            for (JsonNode annotation : found) {
                String id = annotation.path("id").asText();
                long created = created(annotation);
                oldestCreated = Math.min(oldestCreated, created);
                present.add(id);
                if (!known.containsKey(id)) {
                    fresh++;
                }
                if (!isPollAllowed() || limitReached(emitted)) {
                    continue;
                }
                emitted += emit(id, Long.toString(created), exchange -> {
                    Message message = exchange.getMessage();
                    message.setHeader(GrafanaConstants.UID, id);
                    message.setHeader(GrafanaConstants.TIME, annotation.path("time").asLong());
                    List<String> tags = new ArrayList<>();
                    annotation.path("tags").forEach(t -> tags.add(t.asText()));
                    message.setHeader(GrafanaConstants.TAGS, tags);
                    String dashboard = annotation.path("dashboardUID").asText(null);
                    if (dashboard != null && !dashboard.isEmpty()) {
                        message.setHeader(GrafanaConstants.DASHBOARD_UID, dashboard);
                    }
                    message.setBody(client.json().convertValue(annotation, Map.class));
                    return "Error processing Grafana annotation " + id;
                });
            }
            if (full && fresh == found.size() && !found.isEmpty()) {
                LOG.warn("grafana:annotation got a full answer (limit={}) of annotations it had not seen: older new"
                        + " ones may be out of sight; raise limit or poll more often", query.limit());
            }
            // forget what can no longer come back: all that is gone when the answer is complete, else what is older
            // than the oldest in sight
            for (Map.Entry<String, String> seen : state().versions().entrySet()) {
                if (!present.contains(seen.getKey()) && (!full || parse(seen.getValue()) < oldestCreated)) {
                    state().forget(seen.getKey());
                }
            }
        } finally {
            state().endPoll();
        }
        return emitted;
    }

    /** When the annotation was made ({@code created}, epoch ms), which an update leaves alone; else its time. */
    private static long created(JsonNode annotation) {
        JsonNode created = annotation.get("created");
        return created != null && created.canConvertToLong() && created.asLong() > 0 ? created.asLong()
                : annotation.path("time").asLong();
    }

    private static long parse(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE;
        }
    }
}
