package io.github.cameldatagrok.client;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The content of a sync part kept for later: in memory up to a threshold, else in a temporary file that
 * {@link #close()} deletes. For callers that cannot consume a part while the answer streams.
 */
public final class BufferedPartContent implements Closeable {

    private final byte[] bytes;
    private final Path file;
    private final long size;

    BufferedPartContent(byte[] bytes, Path file, long size) {
        this.bytes = bytes;
        this.file = file;
        this.size = size;
    }

    /** A new stream over the content; may be opened more than once until {@link #close()}. */
    public InputStream openStream() throws IOException {
        return file == null ? new ByteArrayInputStream(bytes) : Files.newInputStream(file);
    }

    public long size() {
        return size;
    }

    /** The temporary file, or null when the content is in memory. */
    public Path file() {
        return file;
    }

    public boolean isInMemory() {
        return file == null;
    }

    /** Deletes the temporary file, if any. */
    @Override
    public void close() throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }
}
