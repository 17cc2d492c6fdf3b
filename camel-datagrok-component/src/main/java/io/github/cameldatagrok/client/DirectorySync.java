package io.github.cameldatagrok.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.github.cameldatagrok.support.files.AtomicFiles;

/**
 * Mirrors a remote directory into a local one, as Datagrok's Python client ({@code files.sync_dir}) does, with the same
 * map file, so a directory synced by one can be synced by the other:
 * <ol>
 * <li>the map ({@link SyncMeta}) is loaded and entries whose local file is gone are dropped, so the server resends
 * them;</li>
 * <li>one {@code files/sync} request carries the map; a 204 (remote directory empty) clears the local directory and
 * writes {@code {}};</li>
 * <li>each new or changed file is written to a temporary file beside its target and renamed over it atomically, its
 * eTag recorded; {@code not-modified} parts are kept; {@code deleted} ones are removed after all parts;</li>
 * <li>the map is written last (atomically), so it never names content that is not on disk.</li>
 * </ol>
 * Every name from the server passes {@link SafeRelativePath} first; a bad one fails the sync with
 * {@link UnsafeFileNameException} and nothing is written outside the directory. Local files not in the map are left
 * alone. Not thread-safe for one directory: run one sync at a time per directory.
 */
public final class DirectorySync {

    private static final int COPY_BUFFER = 256 * 1024;

    private final DatagrokFiles files;
    private String metaFileName = SyncMeta.DEFAULT_FILE_NAME;
    private boolean clearWhenRemoteEmpty = true;

    public DirectorySync(DatagrokFiles files) {
        this.files = files;
    }

    /** The map file's name in the local directory; {@value SyncMeta#DEFAULT_FILE_NAME} by default, as in Python. */
    public DirectorySync metaFileName(String name) {
        this.metaFileName = SafeRelativePath.check(name);
        return this;
    }

    /** Whether a 204 (remote directory empty) deletes everything local, as the Python client does; true by default. */
    public DirectorySync clearWhenRemoteEmpty(boolean clear) {
        this.clearWhenRemoteEmpty = clear;
        return this;
    }

    /** What a sync did, by relative path. */
    public record Result(List<String> written, List<String> unchanged, List<String> deleted, boolean remoteEmpty) {
        public Result {
            written = Collections.unmodifiableList(written);
            unchanged = Collections.unmodifiableList(unchanged);
            deleted = Collections.unmodifiableList(deleted);
        }

        public int writtenCount() {
            return written.size();
        }

        public int unchangedCount() {
            return unchanged.size();
        }

        public int deletedCount() {
            return deleted.size();
        }

        @Override
        public String toString() {
            return "written=" + written.size() + ", unchanged=" + unchanged.size() + ", deleted=" + deleted.size()
                    + (remoteEmpty ? " (remote directory empty)" : "");
        }
    }

    public Result sync(String connector, String remoteDirectory, Path localDirectory, FileSyncOptions options) {
        Path dir = localDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            Path metaFile = dir.resolve(metaFileName);
            Map<String, String> meta = readMeta(metaFile);
            meta.keySet().removeIf(name -> !isLocalFile(dir, name));

            List<String> written = new ArrayList<>();
            List<String> unchanged = new ArrayList<>();
            List<String> deleted = new ArrayList<>();
            try (FileSyncParts parts = files.openSync(connector, remoteDirectory, meta, options)) {
                if (parts.isEmptyDirectory()) {
                    if (clearWhenRemoteEmpty) {
                        deleted.addAll(clear(dir, metaFileName));
                    }
                    SyncMeta.write(metaFile, Map.of());
                    return new Result(written, unchanged, deleted, true);
                }
                Set<String> gone = new LinkedHashSet<>();
                byte[] buffer = new byte[COPY_BUFFER];
                for (FileSyncPart part : parts) {
                    String name = SafeRelativePath.check(part.fileName());
                    if (name.equals(metaFileName)) {
                        throw new UnsafeFileNameException(name, "it would overwrite the sync map file");
                    }
                    switch (part.status()) {
                        case DELETED -> gone.add(name);
                        case NOT_MODIFIED -> unchanged.add(name);
                        default -> {
                            write(dir, name, part.content(), buffer);
                            if (part.eTag() != null) {
                                meta.put(name, part.eTag());
                            }
                            written.add(name);
                        }
                    }
                }
                for (String name : gone) {
                    boolean known = meta.remove(name) != null;
                    if (deleteLocal(dir, name) || known) {
                        deleted.add(name);
                    }
                }
            }
            // last: the map names only files that are complete on disk
            SyncMeta.write(metaFile, meta);
            return new Result(written, unchanged, deleted, false);
        } catch (IOException e) {
            throw new UncheckedIOException("Sync of " + remoteDirectory + " into " + dir + " failed: "
                    + e.getMessage(), e);
        }
    }

    private static Map<String, String> readMeta(Path metaFile) throws IOException {
        try {
            return SyncMeta.read(metaFile);
        } catch (IOException e) {
            throw new IOException("The sync map " + metaFile + " is unreadable (" + e.getMessage()
                    + "); delete it to sync everything again", e);
        }
    }

    /** Whether the map entry still has its file; a name that is not a safe path has none. */
    private static boolean isLocalFile(Path dir, String name) {
        try {
            return Files.isRegularFile(SafeRelativePath.resolve(dir, name), LinkOption.NOFOLLOW_LINKS);
        } catch (UnsafeFileNameException unsafe) {
            return false;
        }
    }

    /** Streams the content into a temporary file beside the target, then renames it over the target. */
    private static void write(Path dir, String name, InputStream content, byte[] buffer) throws IOException {
        Path target = SafeRelativePath.resolveForWrite(dir, name);
        Path temp = Files.createTempFile(target.getParent(), ".datagrok-", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                int n;
                while ((n = content.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                }
            }
            AtomicFiles.move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static boolean deleteLocal(Path dir, String name) throws IOException {
        Path target = SafeRelativePath.resolve(dir, name);
        if (!Files.exists(target.getParent(), LinkOption.NOFOLLOW_LINKS)
                || !target.getParent().toRealPath().startsWith(dir.toRealPath())) {
            return false;
        }
        return Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(target);
    }

    /** Deletes everything in the directory (files, sub-directories, the old map); returns the files' relative paths. */
    private static List<String> clear(Path dir, String metaFileName) throws IOException {
        List<String> removed = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                Files.walkFileTree(entry, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        String relative = dir.relativize(file).toString().replace(file.getFileSystem()
                                .getSeparator(), "/");
                        if (!relative.equals(metaFileName)) {
                            removed.add(relative);
                        }
                        Files.delete(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                        Files.delete(d);
                        return FileVisitResult.CONTINUE;
                    }
                });
            }
        }
        Collections.sort(removed);
        return removed;
    }
}
