package io.github.cameldatagrok.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A request body written straight to the connection while sending, never held whole in memory. Only a repeatable
 * body is ever sent twice by the retry logic.
 */
public interface StreamedBody {

    /** Buffer size of connections and copies: table and file transfers are bulk streams. */
    int BUFFER_SIZE = 64 * 1024;

    /** Writes the whole body to the connection. */
    void writeTo(OutputStream out) throws IOException;

    /** The length in bytes, or -1 when unknown (sent chunked). */
    default long length() {
        return -1;
    }

    /** Whether {@link #writeTo} may be called again, so a failed request can be retried. */
    default boolean isRepeatable() {
        return false;
    }

    /** Copies with a buffer matching the connection's, so bulk transfers move in large writes. */
    static long copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[BUFFER_SIZE];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            out.write(buffer, 0, n);
            total += n;
        }
        return total;
    }
}
