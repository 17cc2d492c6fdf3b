package io.github.cameldatagrok.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import io.github.cameldatagrok.transport.StreamedBody;

/**
 * A request body that is written straight to the connection, never held whole in memory (except a
 * {@code byte[]} or {@code String} the caller already has). Only repeatable content is ever sent twice
 * by the retry logic.
 */
public interface UploadContent extends StreamedBody {

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
        return StreamedBody.copy(in, out);
    }

    /** Writes content to a stream. */
    @FunctionalInterface
    interface StreamWriter {
        void writeTo(OutputStream out) throws IOException;
    }
}
