package io.github.cameldatagrok.client;

import java.util.Locale;

/** What a part of a {@code files/sync} answer says about its file ({@code X-File-Status}). */
public enum FileSyncStatus {
    /** New or changed: the part carries the content (no status header, or one the client does not know). */
    MODIFIED,
    /** {@code not-modified}: the eTag sent is current; no content. */
    NOT_MODIFIED,
    /** {@code deleted}: the file is gone on the server; no content. */
    DELETED;

    static FileSyncStatus of(String header) {
        if (header == null) {
            return MODIFIED;
        }
        return switch (header.trim().toLowerCase(Locale.ROOT)) {
            case "not-modified" -> NOT_MODIFIED;
            case "deleted" -> DELETED;
            default -> MODIFIED;
        };
    }

    /** The header value as Datagrok writes it ({@code modified} has none on the wire). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
