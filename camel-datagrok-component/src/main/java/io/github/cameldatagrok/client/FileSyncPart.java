package io.github.cameldatagrok.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;

/**
 * One part of a {@code files/sync} answer: a file name relative to the synced directory, its status, its eTag and,
 * for {@link FileSyncStatus#MODIFIED}, its content. The content is read live off the HTTP response: it is valid
 * until the next part is asked for or the answer is closed. Use {@link #buffer} to keep it longer.
 * <p>
 * The name is as the server sent it and not checked: pass it through {@link SafeRelativePath} before using it as a
 * local path.
 */
public final class FileSyncPart {

    private final int index;
    private final String fileName;
    private final FileSyncStatus status;
    private final String eTag;
    private final long length;
    private final Map<String, String> headers;
    private final InputStream content;

    FileSyncPart(int index, String fileName, FileSyncStatus status, String eTag, long length,
                 Map<String, String> headers, InputStream content) {
        this.index = index;
        this.fileName = fileName;
        this.status = status;
        this.eTag = eTag;
        this.length = length;
        this.headers = Collections.unmodifiableMap(headers);
        this.content = content;
    }

    /** Position of the part in the answer, from 0. */
    public int index() {
        return index;
    }

    /** The {@code filename} of the part's Content-Disposition, or {@code part_<index>} when there is none. */
    public String fileName() {
        return fileName;
    }

    public FileSyncStatus status() {
        return status;
    }

    /** {@code X-File-E-Tag}, or null when the server sent none. */
    public String eTag() {
        return eTag;
    }

    /** The part's {@code Content-Length}, or -1 when the server did not say. */
    public long length() {
        return length;
    }

    /** The part's headers; names are case-insensitive. */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * The content, streamed from the response (empty for {@code deleted} and {@code not-modified}). Read it before
     * moving on to the next part; closing it skips what is left of the part.
     */
    public InputStream content() {
        return content;
    }

    /**
     * Reads the content now: into memory up to {@code memoryThreshold} bytes, beyond that into a temporary file in
     * {@code directory} (null: the system's temporary directory). Close the result to delete the file.
     */
    public BufferedPartContent buffer(int memoryThreshold, Path directory) throws IOException {
        byte[] head = content.readNBytes(memoryThreshold);
        int next = head.length < memoryThreshold ? -1 : content.read();
        if (next < 0) {
            return new BufferedPartContent(head, null, head.length);
        }
        Path file = directory == null ? Files.createTempFile("datagrok-part-", ".tmp")
                : Files.createTempFile(directory, "datagrok-part-", ".tmp");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(head);
            out.write(next);
            long size = head.length + 1L + UploadContent.copy(content, out);
            return new BufferedPartContent(null, file, size);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    @Override
    public String toString() {
        return "FileSyncPart[" + fileName + " " + status + (eTag == null ? "" : " eTag=" + eTag) + "]";
    }
}
