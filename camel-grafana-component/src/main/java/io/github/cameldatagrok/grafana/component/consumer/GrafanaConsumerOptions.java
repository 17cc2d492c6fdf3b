package io.github.cameldatagrok.grafana.component.consumer;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/** The options of the {@code grafana:dashboard} and {@code grafana:annotation} polling consumers. */
@UriParams
public class GrafanaConsumerOptions {

    @UriParam(label = "consumer,filter", defaultValue = "0")
    private int maxMessagesPerPoll;
    @UriParam(label = "consumer", defaultValue = ".camel-grafana")
    private String workDirectory = ".camel-grafana";
    @UriParam(label = "consumer,advanced")
    @Metadata(autowired = false)
    private StateRepository<String, String> stateRepository;
    @UriParam(label = "consumer,advanced")
    @Metadata(autowired = false)
    private IdempotentRepository idempotentRepository;
    @UriParam(label = "consumer,advanced")
    @Metadata(autowired = false)
    private IdempotentRepository inProgressRepository;

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    /** At most this many exchanges per poll (0: no limit); the rest come with the next poll. */
    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public String getWorkDirectory() {
        return workDirectory;
    }

    /**
     * Where the default state store keeps what was emitted (dashboard uid and version; annotation id), one JSON
     * file per consumer, replaced atomically; relative to the working directory unless absolute. Unused with
     * stateRepository or idempotentRepository.
     */
    public void setWorkDirectory(String workDirectory) {
        this.workDirectory = workDirectory;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    /**
     * Keep the state (key: base URL, org and dashboard uid or annotation id; value: the version emitted) in this
     * Camel state repository instead of the work directory, e.g. one shared by restarts in a container.
     */
    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    /**
     * Claim each dashboard version or annotation (key: base URL, org, uid or id, an at sign and the version) in
     * this idempotent repository before processing it, so several consumers (nodes) sharing it process each once.
     * Removed again when the exchange fails.
     */
    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public IdempotentRepository getInProgressRepository() {
        return inProgressRepository;
    }

    /**
     * Claim each dashboard version or annotation here while its exchange runs (added before, removed after, whatever
     * the outcome), as camel-file's option of that name does; it is recorded in idempotentRepository (or the state)
     * only once processed. With a repository whose entries expire unless kept alive (camel-sql's
     * JdbcOrphanLockAwareIdempotentRepository) an item held by a node that died goes to another node.
     */
    public void setInProgressRepository(IdempotentRepository inProgressRepository) {
        this.inProgressRepository = inProgressRepository;
    }
}
