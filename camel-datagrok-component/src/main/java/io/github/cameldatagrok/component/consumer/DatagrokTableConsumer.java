package io.github.cameldatagrok.component.consumer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

import io.github.cameldatagrok.component.DatagrokConstants;
import io.github.cameldatagrok.component.DatagrokEndpoint;
import io.github.cameldatagrok.component.DatagrokHealthCheck;
import io.github.cameldatagrok.component.OperationSupport;
import io.github.cameldatagrok.component.TableBodies;
import io.github.cameldatagrok.support.consumer.ConsumerExchanges;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.SynchronizationAdapter;
import org.apache.camel.util.FileUtil;
import org.apache.camel.util.IOHelper;

/**
 * Polls a table and emits it when its content changed since the last emitted version (the first poll emits).
 * <p>
 * Each poll streams the CSV to a spool file while hashing it (SHA-256), so a table of any size passes with bounded
 * memory; the route reads the spool file. The hash is recorded only when the exchange completed successfully, so a
 * failed exchange gets the same content again on the next poll.
 */
public class DatagrokTableConsumer extends ScheduledPollConsumer {

    private static final int COPY_BUFFER = 64 * 1024;

    private static final OperationSupport SUPPORT = OperationSupport.of("the datagrok:table consumer",
            OperationSupport.CSV);

    private volatile String lastEmittedHash;

    public DatagrokTableConsumer(DatagrokEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public DatagrokEndpoint getEndpoint() {
        return (DatagrokEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        SUPPORT.check(getEndpoint().getConfiguration());
        super.doStart();
        DatagrokHealthCheck.install(this, getEndpoint());
    }


    @Override
    protected int poll() throws Exception {
        DatagrokEndpoint endpoint = getEndpoint();
        Path spool = Files.createTempFile("camel-datagrok-table-", ".csv");
        String hash;
        try {
            hash = download(endpoint, spool);
        } catch (Exception | Error e) {
            Files.deleteIfExists(spool);
            throw e;
        }
        if (hash.equals(lastEmittedHash)) {
            Files.deleteIfExists(spool);
            return 0;
        }

        Exchange exchange = createExchange(false);
        exchange.getMessage().setHeader(DatagrokConstants.GROK_NAME, endpoint.getTarget());
        exchange.getMessage().setHeader(DatagrokConstants.CONTENT_HASH, hash);
        exchange.getMessage().setHeader(DatagrokConstants.CONTENT_LENGTH, Files.size(spool));
        try {
            TableBodies.setCsvBody(exchange, Files.newInputStream(spool), endpoint.getConfiguration().getOutputType());
        } catch (Exception e) {
            // the table could not be turned into the body (e.g. rows from malformed CSV): the poll fails
            releaseExchange(exchange, false);
            Files.deleteIfExists(spool);
            throw e;
        }
        // registered after the body's own cleanup, so the spool file is closed before it is deleted
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onComplete(Exchange done) {
                lastEmittedHash = hash;
                // SynchronizationAdapter calls onDone from here only: without it the spool file stayed
                super.onComplete(done);
            }

            @Override
            public void onDone(Exchange done) {
                FileUtil.deleteFile(spool.toFile());
            }
        });
        ConsumerExchanges.process(this, exchange, "Error processing Datagrok table " + endpoint.getTarget());
        return 1;
    }

    /** Streams the table to the spool file and returns the hex SHA-256 of its bytes. */
    private static String download(DatagrokEndpoint endpoint, Path spool) throws IOException {
        MessageDigest sha256 = sha256();
        try (InputStream csv = endpoint.getClient().downloadTable(endpoint.getTarget());
             OutputStream out = new DigestOutputStream(Files.newOutputStream(spool), sha256)) {
            IOHelper.copy(csv, out, COPY_BUFFER);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
