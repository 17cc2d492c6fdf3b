package io.github.cameldatagrok.transport;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.apache.hc.core5.concurrent.Cancellable;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;

/**
 * A streamed answer body, still open: reading it reads the connection. Closing it releases the connection, or,
 * when the body was not read to its end, discards it at once (HttpClient would otherwise read the rest of the body,
 * however large, to reuse the connection).
 */
public final class ResponseStream extends FilterInputStream {

    private final ClassicHttpResponse response;
    private final Cancellable request;
    private boolean eof;

    ResponseStream(InputStream in, ClassicHttpResponse response, Cancellable request) {
        super(in);
        this.response = response;
        this.request = request;
    }

    /** The HTTP status of the answer (a success: failures were raised before). */
    public int status() {
        return response.getCode();
    }

    /** The first header of that name, or null. */
    public String header(String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }

    /** The answer's {@code Content-Type}, or null. */
    public String contentType() {
        return header(HttpHeaders.CONTENT_TYPE);
    }

    /** The same stream, reading from {@code in} instead (a wrapper that looked at the first bytes). */
    public ResponseStream wrap(InputStream wrapped) {
        return new ResponseStream(wrapped, response, request);
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        eof |= b < 0;
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        eof |= n < 0;
        return n;
    }

    @Override
    public long transferTo(OutputStream out) throws IOException {
        long copied = StreamedBody.copy(in, out);
        eof = true;
        return copied;
    }

    @Override
    public void close() throws IOException {
        if (!eof) {
            request.cancel();
        }
        try {
            super.close();
        } catch (IOException closedUnderfoot) {
            if (eof) {
                throw closedUnderfoot;
            }
            // the connection was discarded on purpose: nothing to report
        } finally {
            response.close();
        }
    }
}
