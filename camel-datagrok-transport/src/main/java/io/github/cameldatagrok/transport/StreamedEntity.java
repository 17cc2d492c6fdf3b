package io.github.cameldatagrok.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.apache.hc.core5.concurrent.Cancellable;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;

/** A {@link StreamedBody} as an HttpClient entity: written to the socket, never buffered whole. */
final class StreamedEntity extends AbstractHttpEntity {

    private final StreamedBody body;
    private final Cancellable request;
    private volatile Throwable failure;

    StreamedEntity(StreamedBody body, ContentType type, Cancellable request) {
        super(type, null, body.length() < 0);
        this.body = body;
        this.request = request;
    }

    @Override
    public InputStream getContent() {
        throw new UnsupportedOperationException("A streamed body is written, not read");
    }

    /**
     * On a failure while writing (bad row, unreadable source) the connection is cut at once: closing the chunked
     * stream normally would send the final chunk, and the server would take the half body for a whole one.
     * An {@link Error} (a row iterator's StackOverflowError) leaves here as an {@link IOException}: HttpClient's
     * exec chain answers an Error by shutting the whole connection pool down, an IOException by discarding just
     * this connection. The transport rethrows what the body threw once HttpClient is done (HttpClient reports the
     * cancelled request as "Request aborted" instead).
     */
    @Override
    public void writeTo(OutputStream out) throws IOException {
        try {
            body.writeTo(out);
        } catch (IOException | RuntimeException e) {
            failure = e;
            request.cancel();
            throw e;
        } catch (Error e) {
            failure = e;
            request.cancel();
            throw new BodyWriteFailure(e);
        }
    }

    /** What the body threw while being written, or null. */
    Throwable failure() {
        return failure;
    }

    @Override
    public long getContentLength() {
        return body.length();
    }

    @Override
    public boolean isRepeatable() {
        return body.isRepeatable();
    }

    @Override
    public boolean isStreaming() {
        return !body.isRepeatable();
    }

    @Override
    public void close() {
        // nothing held
    }

    /** Carries an Error out of HttpClient's exec chain, which must not see it (see {@link #writeTo}). */
    static final class BodyWriteFailure extends IOException {
        private static final long serialVersionUID = 1L;

        BodyWriteFailure(Error error) {
            super("Writing the request body failed: " + error, error);
        }
    }
}
