package io.github.cameldatagrok.client;

/**
 * Filters of a {@code files/sync} request.
 *
 * @param recursive include sub-directories (the Python client's default: true)
 * @param ext       only files with this extension ({@code csv} or {@code .csv}, passed as given), or null for all
 */
public record FileSyncOptions(boolean recursive, String ext) {

    /** Recursive, every extension. */
    public static FileSyncOptions defaults() {
        return new FileSyncOptions(true, null);
    }
}
