package io.github.cameldatagrok.transport;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;

/**
 * A streamed answer body, still open: reading it reads the connection. Closing it releases the connection (or
 * discards it when the body was not read to its end).
 */
public final class ResponseStream extends FilterInputStream {

    private final ClassicHttpResponse response;

    ResponseStream(InputStream in, ClassicHttpResponse response) {
        super(in);
        this.response = response;
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
        return new ResponseStream(wrapped, response);
    }

    @Override
    public long transferTo(OutputStream out) throws IOException {
        return StreamedBody.copy(in, out);
    }

    @Override
    public void close() throws IOException {
        try {
            super.close();
        } finally {
            response.close();
        }
    }
}
