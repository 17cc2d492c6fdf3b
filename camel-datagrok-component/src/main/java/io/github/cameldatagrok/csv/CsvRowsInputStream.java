package io.github.cameldatagrok.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Rows read as a CSV stream: the CSV is produced while it is read, a few rows ahead at most, with no thread and
 * no pipe. Closing closes the row source.
 */
public final class CsvRowsInputStream extends InputStream {

    private static final int CHUNK = 64 * 1024;

    private final Rows rows;
    private final CsvRowWriter writer;
    private final Buffer buffer = new Buffer();
    private CsvRowWriter.Session session;
    private boolean started;
    private boolean finished;
    private int position;

    /** @param columns the columns in order, or null to take the first row's keys */
    public CsvRowsInputStream(Object rows, List<String> columns) {
        this.rows = Rows.of(rows);
        this.writer = new CsvRowWriter(columns);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position >= buffer.size()) {
            if (finished) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, buffer.size() - position);
        System.arraycopy(buffer.bytes(), position, target, offset, n);
        position += n;
        return n;
    }

    /** Writes rows into the buffer until it holds a chunk's worth or the rows run out. */
    private void fill() throws IOException {
        buffer.reset();
        position = 0;
        if (!started) {
            started = true;
            session = writer.start(rows, buffer);
            if (session == null) {
                finished = true;
                return;
            }
        }
        while (buffer.size() < CHUNK) {
            if (!session.writeNext()) {
                session.finish();
                finished = true;
                return;
            }
            session.flush();
        }
    }

    @Override
    public void close() {
        finished = true;
        rows.close();
    }

    /** A byte buffer whose array can be read without copying. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(CHUNK + 8 * 1024);
        }

        byte[] bytes() {
            return buf;
        }
    }
}
