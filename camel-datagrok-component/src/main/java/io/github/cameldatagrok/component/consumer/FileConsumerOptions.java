package io.github.cameldatagrok.component.consumer;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/** The options of the {@code datagrok:file} polling consumer, named as in camel-file where camel-file has them. */
@UriParams
public class FileConsumerOptions {

    @UriParam(label = "consumer", defaultValue = "false")
    private boolean emitDeletes;
    @UriParam(label = "consumer,filter")
    private String include;
    @UriParam(label = "consumer,filter")
    private String exclude;
    @UriParam(label = "consumer,filter", defaultValue = "0")
    private int maxMessagesPerPoll;
    @UriParam(label = "consumer", defaultValue = "false")
    private boolean delete;
    @UriParam(label = "consumer", defaultValue = "false")
    private boolean readOnly;
    @UriParam(label = "consumer", defaultValue = ".camel-datagrok")
    private String workDirectory = ".camel-datagrok";
    @UriParam(label = "consumer,advanced")
    @Metadata(autowired = false)
    private StateRepository<String, String> stateRepository;
    @UriParam(label = "consumer,advanced")
    @Metadata(autowired = false)
    private IdempotentRepository idempotentRepository;
    @UriParam(label = "consumer,advanced")
    @Metadata(autowired = false)
    private IdempotentRepository inProgressRepository;
    @UriParam(label = "consumer,advanced", defaultValue = "-1")
    private int spoolThreshold = -1;

    public boolean isEmitDeletes() {
        return emitDeletes;
    }

    /**
     * Also emit an exchange (no body, header `CamelDatagrokFileStatus=deleted`) for each file that was processed
     * before and is gone from Datagrok now.
     */
    public void setEmitDeletes(boolean emitDeletes) {
        this.emitDeletes = emitDeletes;
    }

    public String getInclude() {
        return include;
    }

    /**
     * Only files whose name (the last path segment) matches this regular expression, case-insensitively, as in
     * camel-file.
     */
    public void setInclude(String include) {
        this.include = include;
    }

    public String getExclude() {
        return exclude;
    }

    /** Skip files whose name (the last path segment) matches this regular expression, case-insensitively. */
    public void setExclude(String exclude) {
        this.exclude = exclude;
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    /**
     * At most this many exchanges per poll (0: no limit); the files left over come with the next poll. The rest of
     * the answer is not read: the connection is closed instead.
     */
    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public boolean isDelete() {
        return delete;
    }

    /** Delete the file in Datagrok once its exchange completed successfully. */
    public void setDelete(boolean delete) {
        this.delete = delete;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /**
     * Guarantee the consumer never changes anything in Datagrok: starting a route that also sets `delete=true` fails.
     */
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }

    public String getWorkDirectory() {
        return workDirectory;
    }

    /**
     * Where the default state store keeps the eTags of the files processed (one JSON file per polled directory,
     * replaced atomically), relative to the working directory unless absolute. Unused with `stateRepository` or
     * `idempotentRepository`.
     */
    public void setWorkDirectory(String workDirectory) {
        this.workDirectory = workDirectory;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    /**
     * Keep the state (key: `{connector}/{path}`, value: the eTag processed) in this Camel state repository instead
     * of the work directory, e.g. one shared by restarts in a container. The folder's own key
     * (`{connector}/{folder}/`) holds the last eTags as one JSON object, so a restart fetches no file again.
     */
    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    /**
     * Claim each file version (key: `{connector}/{path}`, an at sign and the eTag) in this idempotent repository
     * before processing it,
     * so several consumers (nodes) sharing it, e.g. a JDBC repository, process each file only once. Removed again
     * when the exchange fails.
     */
    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public IdempotentRepository getInProgressRepository() {
        return inProgressRepository;
    }

    /**
     * Claim each file version here while its exchange runs (added before, removed after, whatever the outcome), as
     * camel-file's option of that name does; the file is then recorded in `idempotentRepository` (or the state) only
     * once processed. With a repository whose entries expire unless kept alive, e.g. camel-sql's
     * `JdbcOrphanLockAwareIdempotentRepository`, a file claimed by a node that died is processed by another node
     * once the claim has expired.
     */
    public void setInProgressRepository(IdempotentRepository inProgressRepository) {
        this.inProgressRepository = inProgressRepository;
    }

    public int getSpoolThreshold() {
        return spoolThreshold;
    }

    /**
     * -1 (default): the body streams the file straight off the response, valid while the route runs in the poll
     * thread (fastest). 0 or more: each file is read first, into memory up to this many bytes, else into a temporary
     * file, so the body outlives the poll (for routes that hand it to another thread).
     */
    public void setSpoolThreshold(int spoolThreshold) {
        this.spoolThreshold = spoolThreshold;
    }
}
