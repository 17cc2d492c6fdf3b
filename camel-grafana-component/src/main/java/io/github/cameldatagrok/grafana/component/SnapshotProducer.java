package io.github.cameldatagrok.grafana.component;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cameldatagrok.grafana.client.GrafanaSnapshots;
import org.apache.camel.Exchange;

/** {@code grafana:snapshot}: create (the default), get and delete by key. */
final class SnapshotProducer extends GrafanaProducer {

    SnapshotProducer(GrafanaEndpoint endpoint) {
        super(endpoint, GrafanaAction.create, GrafanaAction.create, GrafanaAction.get, GrafanaAction.delete);
    }

    @Override
    void process(Exchange exchange, GrafanaAction action) {
        GrafanaSnapshots snapshots = client().snapshots();
        switch (action) {
            case create -> {
                JsonNode created = snapshots.create(requiredBody(exchange,
                        "the snapshot ({\"dashboard\":{...},\"name\",\"expires\"})"));
                if (created != null && created.hasNonNull("key")) {
                    exchange.getMessage().setHeader(GrafanaConstants.UID, created.get("key").asText());
                }
                answer(exchange, created);
            }
            case get -> answer(exchange, snapshots.get(requiredUid(exchange, action)));
            case delete -> answer(exchange, snapshots.delete(requiredUid(exchange, action)));
            default -> throw new IllegalStateException(action.name());
        }
    }
}
