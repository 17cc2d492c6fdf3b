package io.github.cameldatagrok.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Rows as a CSV {@code InputStream}: the same bytes {@link CsvRowWriter} writes, produced while they are read, for
 * code that wants an {@code InputStream} (an HTTP entity, a Camel body). Pull-based: no thread, no pipe. Each
 * {@code read} turns only as many rows into CSV as it needs for the bytes asked for (at most 64 KiB at a time, or
 * one row if a row is longer), so the buffer stays bounded and a lazy row source is pulled only as far as the
 * stream is read.
 * <p>
 * Errors in the rows ({@link CsvRowException}, naming the row) are thrown from {@code read}, where the row is
 * reached, and again from every later {@code read}, so a failed stream never looks like a complete one.
 * {@link #close()} closes the row source when it is a {@code Stream} or {@code AutoCloseable}.
 *
 * <pre>{@code
 * try (InputStream csv = new CsvRowsInputStream(rowIterator, List.of("id", "name"))) {
 *     httpPost.setEntity(new InputStreamEntity(csv, ContentType.create("text/csv", UTF_8)));
 *     ...
 * }
 * }</pre>
 */
public final class CsvRowsInputStream extends InputStream {

    /** The most bytes of CSV made ahead of what a read asks for. */
    static final int CHUNK = 64 * 1024;

    private final Rows rows;
    private final CsvRowWriter writer;
    private final ByteSink buffer = new ByteSink();
    private CsvRowWriter.Session session;
    private boolean started;
    private boolean finished;
    private boolean closed;
    private Throwable failure;
    private int position;

    /** Rows with the columns of the first row; see {@link #CsvRowsInputStream(Object, List)}. */
    public CsvRowsInputStream(Object rows) {
        this(rows, null);
    }

    /**
     * @param rows    an {@code Iterable}, {@code Iterator}, {@code Stream} or {@code Object[]} of {@code Map}
     * @param columns the columns in order, or null to take the keys of the first row
     * @throws CsvRowException for a row source of another type or bad columns
     */
    public CsvRowsInputStream(Object rows, List<String> columns) {
        this.writer = new CsvRowWriter(columns);
        this.rows = Rows.of(rows);
    }

    @Override
    public int read() throws IOException {
        if (!ensureBytes(1)) {
            return -1;
        }
        return buffer.bytes[position++] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, target.length);
        if (length == 0) {
            return 0;
        }
        if (!ensureBytes(length)) {
            return -1;
        }
        int n = Math.min(length, buffer.count - position);
        System.arraycopy(buffer.bytes, position, target, offset, n);
        position += n;
        return n;
    }

    @Override
    public int available() throws IOException {
        ensureOpen();
        return buffer.count - position;
    }

    /** Makes sure some bytes are buffered, making up to {@code wanted} of them; false at the end. */
    private boolean ensureBytes(int wanted) throws IOException {
        ensureOpen();
        while (position >= buffer.count) {
            if (finished) {
                return false;
            }
            try {
                fill(Math.min(wanted, CHUNK));
            } catch (IOException | RuntimeException | Error e) {
                failure = e;
                throw e;
            }
        }
        return true;
    }

    /** Turns rows into CSV until the buffer holds {@code wanted} bytes or the rows run out. */
    private void fill(int wanted) throws IOException {
        buffer.reset();
        position = 0;
        if (!started) {
            started = true;
            session = writer.start(rows, buffer);
            if (session == null) {
                finished = true;
                return;
            }
            session.flush();
        }
        while (buffer.count < wanted) {
            if (!session.writeNext()) {
                session.finish();
                finished = true;
                return;
            }
            session.flush();
        }
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("The CSV rows stream is closed");
        }
        if (failure != null) {
            throw new IOException("Writing the rows as CSV failed: " + failure.getMessage(), failure);
        }
    }

    /** Closes the row source; reading afterwards fails. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        finished = true;
        buffer.release();
        rows.close();
    }

    /** A byte buffer that is read in place and shrinks back after an unusually long row. */
    private static final class ByteSink extends OutputStream {
        private static final int INITIAL = CHUNK + 16 * 1024;
        byte[] bytes = new byte[INITIAL];
        int count;

        @Override
        public void write(int b) {
            if (count == bytes.length) {
                grow(count + 1);
            }
            bytes[count++] = (byte) b;
        }

        @Override
        public void write(byte[] source, int offset, int length) {
            if (count + length > bytes.length) {
                grow(count + length);
            }
            System.arraycopy(source, offset, bytes, count, length);
            count += length;
        }

        private void grow(int needed) {
            bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length * 2));
        }

        void reset() {
            count = 0;
            if (bytes.length > 4 * INITIAL) {
                bytes = new byte[INITIAL];
            }
        }

        void release() {
            count = 0;
            bytes = new byte[0];
        }
    }
}
