package io.github.cameldatagrok.grafana.component.consumer;

import java.nio.file.Path;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;

import io.github.cameldatagrok.grafana.component.GrafanaEndpoint;
import io.github.cameldatagrok.support.consumer.ConsumerExchanges;
import io.github.cameldatagrok.support.consumer.ConsumerState;
import io.github.cameldatagrok.support.consumer.ConsumerStates;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * Base of the Grafana polling consumers: each item (a dashboard version, an annotation) becomes one exchange, routed
 * in the poll thread; its version is recorded in the state store only when the exchange completed, and released when
 * it failed, so the next poll brings it again. Items whose exchange is still running are not emitted twice.
 */
abstract class PolledItems extends ScheduledBatchPollingConsumer {

    private final GrafanaConsumerOptions options;
    private final Map<String, String> inFlight = new ConcurrentHashMap<>();
    private ConsumerState state;

    PolledItems(GrafanaEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.options = endpoint.getConsumerOptions();
        setMaxMessagesPerPoll(options.getMaxMessagesPerPoll());
    }

    @Override
    public GrafanaEndpoint getEndpoint() {
        return (GrafanaEndpoint) super.getEndpoint();
    }

    /** Everything that decides which items this consumer sees: part of its state's identity. */
    abstract String identity();

    abstract String kind();

    @Override
    protected void doStart() throws Exception {
        GrafanaEndpoint endpoint = getEndpoint();
        String prefix = endpoint.getClient().getConfig().getBaseUrl() + "/org-"
                + (endpoint.getClient().getConfig().getOrgId() == null ? "" : endpoint.getClient().getConfig().getOrgId())
                + "/" + kind() + "/";
        state = ConsumerStates.open(endpoint.getCamelContext(), options.getIdempotentRepository(),
                options.getStateRepository(), options.getInProgressRepository(), prefix, Path.of(options.getWorkDirectory()), "grafana-" + kind(),
                prefix + "?" + identity(), endpoint.getClient().json());
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        if (state != null) {
            state.close();
            state = null;
        }
    }

    ConsumerState state() {
        return state;
    }

    boolean limitReached(int emitted) {
        return maxMessagesPerPoll > 0 && emitted >= maxMessagesPerPoll;
    }

    /**
     * Emits one item unless it is in flight or the store says it was processed at this version: {@code fill} sets
     * body and headers of the new exchange and says what it is, for error messages. Returns 1 when it was emitted.
     */
    int emit(String key, String version, java.util.function.Function<Exchange, String> fill) {
        if (inFlight.containsKey(key) || !state.begin(key, version)) {
            return 0;
        }
        Exchange exchange = createExchange(false);
        String what;
        try {
            what = fill.apply(exchange);
        } catch (RuntimeException e) {
            state.rollback(key, version);
            releaseExchange(exchange, false);
            throw e;
        }
        inFlight.put(key, version);
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onComplete(Exchange done) {
                try {
                    state.commit(key, version);
                } finally {
                    inFlight.remove(key);
                }
            }

            @Override
            public void onFailure(Exchange done) {
                try {
                    state.rollback(key, version);
                } finally {
                    inFlight.remove(key);
                }
            }
        });
        ConsumerExchanges.process(this, exchange, what);
        return 1;
    }

    /** Exchanges are routed one by one as they are made, never queued; a queue given here is run in order. */
    @Override
    public int processBatch(Queue<Object> exchanges) {
        int processed = 0;
        for (Object next; (next = exchanges.poll()) != null; processed++) {
            ConsumerExchanges.process(this, (Exchange) next, "Error processing a Grafana item");
        }
        return processed;
    }
}
