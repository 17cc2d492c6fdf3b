package io.github.cameldatagrok.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A request body that is written straight to the connection, never held whole in memory (except a
 * {@code byte[]} or {@code String} the caller already has). Only repeatable content is ever sent twice
 * by the retry logic.
 */
public interface UploadContent {

    /** Writes the whole content to the connection. */
    void writeTo(OutputStream out) throws IOException;

    /** The length in bytes, or -1 when unknown (sent chunked). */
    default long length() {
        return -1;
    }

    /** Whether {@link #writeTo} may be called again, so a failed upload can be retried. */
    default boolean isRepeatable() {
        return false;
    }

    /** A file, sent with its length; repeatable. */
    static UploadContent of(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("Not a readable file: " + file);
        }
        return new UploadContent() {
            @Override
            public void writeTo(OutputStream out) throws IOException {
                try (InputStream in = Files.newInputStream(file)) {
                    copy(in, out);
                }
            }

            @Override
            public long length() {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean isRepeatable() {
                return true;
            }
        };
    }

    /** Bytes already in memory; repeatable. */
    static UploadContent of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return new UploadContent() {
            @Override
            public void writeTo(OutputStream out) throws IOException {
                out.write(bytes);
            }

            @Override
            public long length() {
                return bytes.length;
            }

            @Override
            public boolean isRepeatable() {
                return true;
            }
        };
    }

    /** Text sent as UTF-8; repeatable. */
    static UploadContent of(String text) {
        return of(Objects.requireNonNull(text, "text").getBytes(StandardCharsets.UTF_8));
    }

    /** A stream, read once while sending and closed afterwards; not repeatable. */
    static UploadContent of(InputStream in) {
        Objects.requireNonNull(in, "in");
        return out -> {
            try (in) {
                copy(in, out);
            }
        };
    }

    /** A stream of known length (-1: unknown, sent chunked), read once while sending and closed; not repeatable. */
    static UploadContent of(InputStream in, long length) {
        UploadContent stream = of(in);
        return length < 0 ? stream : new UploadContent() {
            @Override
            public void writeTo(OutputStream out) throws IOException {
                stream.writeTo(out);
            }

            @Override
            public long length() {
                return length;
            }
        };
    }

    /** Content produced while sending, e.g. rows written as CSV. */
    static UploadContent streaming(StreamWriter writer, boolean repeatable) {
        Objects.requireNonNull(writer, "writer");
        return new UploadContent() {
            @Override
            public void writeTo(OutputStream out) throws IOException {
                writer.writeTo(out);
            }

            @Override
            public boolean isRepeatable() {
                return repeatable;
            }
        };
    }

    /** Copies with a buffer matching the connection's, so bulk transfers move in large writes. */
    static long copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[DatagrokConnectionPool.BUFFER_SIZE];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            out.write(buffer, 0, n);
            total += n;
        }
        return total;
    }

    /** Writes content to a stream. */
    @FunctionalInterface
    interface StreamWriter {
        void writeTo(OutputStream out) throws IOException;
    }
}
