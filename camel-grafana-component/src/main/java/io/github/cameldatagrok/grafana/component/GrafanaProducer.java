package io.github.cameldatagrok.grafana.component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cameldatagrok.grafana.client.GrafanaClient;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultProducer;

/**
 * Base of the {@code grafana:} producers: the action of a message, its uid and options (headers first, then the
 * endpoint's), the answer as the body; and the producer health check, registered while the producer runs.
 */
abstract class GrafanaProducer extends DefaultProducer {

    private final GrafanaAction defaultAction;
    private final Set<GrafanaAction> actions;
    private WritableHealthCheckRepository healthRepository;
    private GrafanaHealthCheck healthCheck;

    GrafanaProducer(GrafanaEndpoint endpoint, GrafanaAction defaultAction, GrafanaAction... actions) {
        super(endpoint);
        this.defaultAction = defaultAction;
        this.actions = EnumSet.copyOf(Arrays.asList(actions));
        GrafanaAction configured = endpoint.getConfiguration().getAction();
        if (configured != null && !this.actions.contains(configured)) {
            throw unsupported(configured);
        }
    }

    @Override
    public GrafanaEndpoint getEndpoint() {
        return (GrafanaEndpoint) super.getEndpoint();
    }

    GrafanaClient client() {
        return getEndpoint().getClient();
    }

    GrafanaConfiguration config() {
        return getEndpoint().getConfiguration();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        GrafanaAction action = exchange.getMessage().getHeader(GrafanaConstants.ACTION, GrafanaAction.class);
        if (action == null) {
            action = config().getAction();
        }
        if (action == null) {
            action = defaultAction(exchange);
        }
        if (!actions.contains(action)) {
            throw unsupported(action);
        }
        process(exchange, action);
    }

    /** The action of a message that names none: the operation's default. */
    GrafanaAction defaultAction(Exchange exchange) {
        return defaultAction;
    }

    abstract void process(Exchange exchange, GrafanaAction action) throws Exception;

    private IllegalArgumentException unsupported(GrafanaAction action) {
        return new IllegalArgumentException("grafana:" + getEndpoint().getOperation() + " has no action " + action
                + "; it takes " + actions);
    }

    /** The uid of a message: the {@code CamelGrafanaUid} header, else the URI's; null when neither. */
    String uid(Exchange exchange) {
        String uid = exchange.getMessage().getHeader(GrafanaConstants.UID, String.class);
        return uid != null && !uid.isBlank() ? uid.trim() : getEndpoint().getUid();
    }

    /** The uid an action cannot do without. */
    String requiredUid(Exchange exchange, GrafanaAction action) {
        String uid = uid(exchange);
        if (uid == null) {
            throw new IllegalArgumentException("grafana:" + getEndpoint().getOperation() + " action " + action
                    + " needs a uid: put it in the URI (grafana:" + getEndpoint().getOperation()
                    + ":<uid>) or the " + GrafanaConstants.UID + " header");
        }
        return uid;
    }

    /** A header, else the option's value. */
    static <T> T option(Message message, String header, Class<T> type, T fallback) {
        T value = message.getHeader(header, type);
        return value != null ? value : fallback;
    }

    /** A comma-separated option or a List header as a list of trimmed, non-empty strings. */
    static List<String> list(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof Collection<?> values) {
            values.forEach(v -> {
                if (v != null && !v.toString().isBlank()) {
                    out.add(v.toString().trim());
                }
            });
        } else if (value != null) {
            for (String part : value.toString().split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    /** The JSON body an action needs. */
    JsonNode requiredBody(Exchange exchange, String what) {
        JsonNode body = GrafanaBodies.json(exchange, client().json(), config().getMaxResponseSize());
        if (body == null) {
            throw new IllegalArgumentException("The message body is empty: grafana:" + getEndpoint().getOperation()
                    + " needs " + what + " as " + GrafanaBodies.ACCEPTED);
        }
        return body;
    }

    /** Grafana's answer as the body, in plain Java types. */
    void answer(Exchange exchange, JsonNode answer) {
        exchange.getMessage().setBody(GrafanaBodies.toJava(client().json(), answer));
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        healthRepository = HealthCheckHelper.getHealthCheckRepository(getEndpoint().getCamelContext(), "producers",
                WritableHealthCheckRepository.class);
        if (healthRepository != null) {
            healthCheck = new GrafanaHealthCheck(getEndpoint());
            healthCheck.setEnabled(getEndpoint().getComponent().isHealthCheckProducerEnabled());
            healthRepository.addHealthCheck(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthRepository != null && healthCheck != null) {
            healthRepository.removeHealthCheck(healthCheck);
            healthCheck = null;
        }
        super.doStop();
    }
}
