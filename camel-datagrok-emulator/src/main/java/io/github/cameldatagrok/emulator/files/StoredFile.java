package io.github.cameldatagrok.emulator.files;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One file in a connector: its path inside the connector ({@code /}-separated, no leading slash), size, eTag
 * (a hash of the content: it changes exactly when the content changes) and the blob on disk holding the bytes.
 */
public record StoredFile(String path, long size, String eTag, Instant updatedOn, Path blob) {

    /** The last {@code /}-separated part of the path. */
    public String name() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
