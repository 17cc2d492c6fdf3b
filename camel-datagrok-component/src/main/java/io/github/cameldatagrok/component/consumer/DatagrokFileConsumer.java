package io.github.cameldatagrok.component.consumer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.github.cameldatagrok.client.BufferedPartContent;
import io.github.cameldatagrok.client.DatagrokFiles;
import io.github.cameldatagrok.client.FileSyncOptions;
import io.github.cameldatagrok.client.FileSyncPart;
import io.github.cameldatagrok.client.FileSyncParts;
import io.github.cameldatagrok.client.FileSyncStatus;
import io.github.cameldatagrok.client.SafeRelativePath;
import io.github.cameldatagrok.client.UnsafeFileNameException;
import io.github.cameldatagrok.component.DatagrokConfiguration;
import io.github.cameldatagrok.component.DatagrokConstants;
import io.github.cameldatagrok.component.DatagrokEndpoint;
import io.github.cameldatagrok.component.DatagrokHealthCheck;
import io.github.cameldatagrok.component.OperationSupport;
import io.github.cameldatagrok.component.DatagrokFileProducer.FileTarget;
import io.github.cameldatagrok.component.FileBodies;
import io.github.cameldatagrok.support.consumer.ConsumerExchanges;
import io.github.cameldatagrok.support.consumer.ConsumerState;
import io.github.cameldatagrok.support.consumer.ConsumerStates;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.SynchronizationAdapter;
import org.apache.camel.util.IOHelper;

/**
 * Polls a directory of a Datagrok file connector: each poll is one {@code files/sync} request carrying the eTags
 * already processed, so unchanged files come back as empty {@code not-modified} parts and an idle poll transfers no
 * content. Every new or changed file becomes one exchange, processed while the answer streams; its body is the part's
 * content read live off the response (or buffered first, see {@code spoolThreshold}).
 * <p>
 * A file's eTag is recorded only when its exchange completed successfully; a failed exchange, a failed poll or a
 * killed JVM leaves it unrecorded, so the next poll brings it again.
 */
public class DatagrokFileConsumer extends ScheduledBatchPollingConsumer {

    private final FileConsumerOptions options;
    private final FileTarget target;
    private final String directory;
    private final FileSyncOptions syncOptions;
    private final Pattern include;
    private final Pattern exclude;
    /** Files seen but not for the route (filtered out, unsafe names): sent as known, so their content comes once. */
    private final Map<String, String> ignored = new HashMap<>();
    /** Files whose exchange is still running (a route that handed it to another thread): not emitted twice. */
    private final Map<String, String> inFlight = new ConcurrentHashMap<>();
    private ConsumerState state;

    public DatagrokFileConsumer(DatagrokEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.options = endpoint.getFileConsumerOptions();
        this.target = FileTarget.of(endpoint.getTarget());
        this.directory = trimSlashes(target.path());
        DatagrokConfiguration config = endpoint.getConfiguration();
        this.syncOptions = new FileSyncOptions(config.isRecursive(), config.getExt());
        this.include = regex("include", options.getInclude());
        this.exclude = regex("exclude", options.getExclude());
        if (options.isDelete() && options.isReadOnly()) {
            throw new IllegalArgumentException("datagrok:file consumer: delete=true removes files from Datagrok,"
                    + " which readOnly=true forbids; drop one of them");
        }
        if (options.getStateRepository() != null && options.getIdempotentRepository() != null) {
            throw new IllegalArgumentException("datagrok:file consumer: set stateRepository or idempotentRepository,"
                    + " not both");
        }
        setMaxMessagesPerPoll(options.getMaxMessagesPerPoll());
    }

    @Override
    public DatagrokEndpoint getEndpoint() {
        return (DatagrokEndpoint) super.getEndpoint();
    }

    private static final OperationSupport SUPPORT = OperationSupport.of("the datagrok:file consumer",
            OperationSupport.FILE_POLL);

    @Override
    protected void doStart() throws Exception {
        SUPPORT.check(getEndpoint().getConfiguration());
        String key = target.connector() + "/" + (directory.isEmpty() ? "" : directory + "/");
        // the filters decide which files the server lists (and so which it reports deleted): part of the identity
        String identity = key + "?recursive=" + syncOptions.recursive() + "&ext=" + syncOptions.ext();
        state = ConsumerStates.open(getEndpoint().getCamelContext(), options.getIdempotentRepository(),
                options.getStateRepository(), options.getInProgressRepository(), key,
                Path.of(options.getWorkDirectory()), "file", identity, getEndpoint().getClient().json());
        super.doStart();
        DatagrokHealthCheck.install(this, getEndpoint());
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

    @Override
    protected int poll() throws Exception {
        DatagrokFiles files = getEndpoint().getClient().files();
        Map<String, String> known = state.versions();
        Map<String, String> sent = new HashMap<>(known);
        synchronized (ignored) {
            sent.putAll(ignored);
        }
        sent.putAll(inFlight);
        int emitted = 0;
        try (FileSyncParts parts = files.openSync(target.connector(), directory, sent, syncOptions)) {
            if (parts.isEmptyDirectory()) {
                // 204: no file at all, so every file processed before is gone
                for (Map.Entry<String, String> gone : known.entrySet()) {
                    if (!isPollAllowed() || limitReached(emitted)) {
                        break;
                    }
                    emitted += deleted(gone.getKey(), gone.getValue());
                }
                synchronized (ignored) {
                    ignored.clear();
                }
            }
            while (isPollAllowed() && !limitReached(emitted) && parts.hasNext()) {
                FileSyncPart part = parts.next();
                if (part.status() == FileSyncStatus.NOT_MODIFIED) {
                    continue;
                }
                if (part.status() == FileSyncStatus.DELETED) {
                    boolean wasIgnored;
                    synchronized (ignored) {
                        wasIgnored = ignored.remove(part.fileName()) != null;
                    }
                    // only a file processed before is reported gone: a name the server made up never reaches a route
                    if (!wasIgnored && known.containsKey(part.fileName())) {
                        emitted += deleted(part.fileName(), known.get(part.fileName()));
                    }
                    continue;
                }
                emitted += modified(part);
            }
        } finally {
            state.endPoll();
        }
        return emitted;
    }

    private boolean limitReached(int emitted) {
        return maxMessagesPerPoll > 0 && emitted >= maxMessagesPerPoll;
    }

    /** A new or changed file: one exchange, unless it is filtered out, unsafe or already processed elsewhere. */
    private int modified(FileSyncPart part) throws Exception {
        String name = part.fileName();
        String problem = SafeRelativePath.problem(name);
        if (problem == null) {
            problem = SafeRelativePath.headerEscapeProblem(name);
        }
        if (problem != null || !matches(name)) {
            String seen = part.eTag() == null ? "" : part.eTag();
            String before;
            synchronized (ignored) {
                before = ignored.put(name, seen);
            }
            // reported once per version, even by a server that does not match the name it sent to the key it gets
            if (problem != null && !seen.equals(before)) {
                getExceptionHandler().handleException("Refused a file from Datagrok " + target.connector() + "/"
                        + directory, new UnsafeFileNameException(name, problem));
            }
            return 0;
        }
        String eTag = part.eTag();
        if (inFlight.containsKey(name) || !state.begin(name, eTag)) {
            return 0;
        }
        inFlight.put(name, eTag == null ? "" : eTag);
        Exchange exchange = createExchange(false);
        BufferedPartContent buffered = null;
        try {
            setHeaders(exchange.getMessage(), name, eTag, FileSyncStatus.MODIFIED);
            if (part.length() >= 0) {
                exchange.getMessage().setHeader(DatagrokConstants.FILE_LENGTH, part.length());
                exchange.getMessage().setHeader(Exchange.FILE_LENGTH, part.length());
            }
            InputStream content = part.content();
            if (options.getSpoolThreshold() >= 0) {
                buffered = part.buffer(options.getSpoolThreshold(), null);
                content = buffered.openStream();
            }
            FileBodies.setDownloadBody(exchange, content, getEndpoint().getConfiguration().getOutputType());
        } catch (Exception e) {
            // the content could not be read: the answer is broken, the poll fails
            state.rollback(name, eTag);
            inFlight.remove(name);
            IOHelper.close(buffered);
            releaseExchange(exchange, false);
            throw e;
        }
        BufferedPartContent spooled = buffered;
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onComplete(Exchange done) {
                try {
                    completed(name, eTag);
                } finally {
                    done(name, spooled);
                }
            }

            @Override
            public void onFailure(Exchange done) {
                try {
                    state.rollback(name, eTag);
                } finally {
                    done(name, spooled);
                }
            }
        });
        process(exchange, "Error processing Datagrok file ", name);
        return 1;
    }

    private void done(String name, BufferedPartContent spooled) {
        inFlight.remove(name);
        IOHelper.close(spooled);
    }

    /** A file processed before that is gone: forgotten, and with {@code emitDeletes} an exchange. */
    private int deleted(String name, String eTag) {
        if (!options.isEmitDeletes()) {
            state.forget(name);
            return 0;
        }
        Exchange exchange = createExchange(false);
        setHeaders(exchange.getMessage(), name, eTag, FileSyncStatus.DELETED);
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onComplete(Exchange done) {
                state.forget(name);
            }
        });
        process(exchange, "Error processing the deletion of Datagrok file ", name);
        return 1;
    }

    private void completed(String name, String eTag) {
        if (!options.isDelete()) {
            state.commit(name, eTag);
            return;
        }
        try {
            getEndpoint().getClient().files().delete(target.connector(), remotePath(name));
            state.commit(name, eTag);
            state.forget(name);
        } catch (RuntimeException e) {
            // processed all the same: recorded, so it is not processed again while it stays in Datagrok
            state.commit(name, eTag);
            getExceptionHandler().handleException("Could not delete the processed file " + remotePath(name)
                    + " from Datagrok " + target.connector(), e);
        }
    }

    private void process(Exchange exchange, String what, String name) {
        // the description only made for a failure: this runs for every file
        ConsumerExchanges.process(this, exchange, () -> what + remotePath(name));
    }

    private void setHeaders(Message message, String name, String eTag, FileSyncStatus status) {
        message.setHeader(DatagrokConstants.FILE_PATH, remotePath(name));
        message.setHeader(Exchange.FILE_NAME, name);
        message.setHeader(Exchange.FILE_NAME_ONLY, nameOnly(name));
        message.setHeader(DatagrokConstants.FILE_ETAG, eTag);
        message.setHeader(DatagrokConstants.FILE_STATUS, status.wireName());
    }

    private String remotePath(String name) {
        return directory.isEmpty() ? name : directory + "/" + name;
    }

    private boolean matches(String name) {
        if (include == null && exclude == null) {
            return true;
        }
        String only = nameOnly(name);
        return (include == null || include.matcher(only).matches())
                && (exclude == null || !exclude.matcher(only).matches());
    }

    private static String nameOnly(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private static Pattern regex(String option, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Pattern.compile(value, Pattern.CASE_INSENSITIVE);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new IllegalArgumentException("datagrok:file consumer: " + option + " is not a valid regular"
                    + " expression: " + e.getMessage(), e);
        }
    }

    private static String trimSlashes(String path) {
        String p = path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    /** Exchanges are processed one by one as the answer streams, never queued; a queue given here is run in order. */
    @Override
    public int processBatch(Queue<Object> exchanges) {
        int processed = 0;
        for (Object next; (next = exchanges.poll()) != null; processed++) {
            Exchange exchange = (Exchange) next;
            ConsumerExchanges.process(this, exchange, "Error processing Datagrok file "
                    + exchange.getMessage().getHeader(DatagrokConstants.FILE_PATH));
        }
        return processed;
    }
}
