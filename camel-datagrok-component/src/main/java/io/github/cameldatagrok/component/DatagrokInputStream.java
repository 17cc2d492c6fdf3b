package io.github.cameldatagrok.component;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A table's CSV as it arrives, handed to the route as the message body. The component puts this class on Camel's
 * stream-caching deny list: caching would read the whole table into memory (or a spool file) before the next step,
 * which defeats streaming a table of any size. Read it once, or ask for {@code outputType=string} or {@code rows}.
 */
public final class DatagrokInputStream extends FilterInputStream {

    private static final int BUFFER_SIZE = 64 * 1024;

    public DatagrokInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        return in.read(b, off, len);
    }

    @Override
    public long transferTo(OutputStream out) throws IOException {
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
