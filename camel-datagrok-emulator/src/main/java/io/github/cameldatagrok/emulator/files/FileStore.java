package io.github.cameldatagrok.emulator.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentSkipListMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File connectors and their files. The index (connector, path -> {@link StoredFile}) is in memory; the bytes are
 * blobs on disk under {@code files/} in the data directory, so a 1 GB file costs no heap. An upload is written to
 * a fresh blob and then swapped into the index, so a download that already opened the old blob reads it whole.
 * Files do not survive a restart of the emulator.
 * <p>
 * The Java API here seeds and inspects files for tests. It accepts any non-empty path, including hostile ones
 * ({@code ../x}, {@code a\b}, absolute paths), so tests can play a server that sends such names.
 */
public final class FileStore {

    /** The connector every Datagrok server has. */
    public static final String DEMO_FILES = "System:DemoFiles";

    private static final Logger LOG = LoggerFactory.getLogger(FileStore.class);
    private static final int COPY_BUFFER = 256 * 1024;

    private final Path blobDirectory;
    private final ConcurrentMap<String, FileConnector> connectorsByKey = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, NavigableMap<String, StoredFile>> filesById = new ConcurrentHashMap<>();

    public FileStore(Path dataDirectory) throws IOException {
        this.blobDirectory = Files.createDirectories(dataDirectory.resolve("files"));
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(blobDirectory)) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
        createConnector(DEMO_FILES);
    }

    // ---- connectors ----

    /** Creates a file connector with this Grok name ({@code Namespace:Name}), or returns the existing one. */
    public FileConnector createConnector(String grokName) {
        return createConnector(UUID.randomUUID().toString(), grokName);
    }

    /**
     * Creates a file connector with this id and Grok name, or returns the existing one of that name: how a saved
     * {@code DataConnection} of a file data source becomes a connector the file routes serve.
     */
    public FileConnector createConnector(String id, String grokName) {
        if (grokName == null || grokName.isBlank()) {
            throw new IllegalArgumentException("A connector needs a name");
        }
        return connectorsByKey.computeIfAbsent(FileConnector.key(grokName), key -> {
            FileConnector connector = new FileConnector(id, grokName);
            filesById.put(connector.id(), new ConcurrentSkipListMap<>());
            return connector;
        });
    }

    /** All connectors. */
    public List<FileConnector> connectors() {
        return List.copyOf(connectorsByKey.values());
    }

    /** A connector by UUID, Grok name ({@code System:DemoFiles}) or dotted name ({@code System.DemoFiles}). */
    public Optional<FileConnector> findConnector(String nameOrId) {
        if (nameOrId == null) {
            return Optional.empty();
        }
        FileConnector byName = connectorsByKey.get(FileConnector.key(nameOrId));
        if (byName != null) {
            return Optional.of(byName);
        }
        return connectorsByKey.values().stream().filter(c -> c.id().equalsIgnoreCase(nameOrId)).findFirst();
    }

    /** Removes a connector and its files (a deleted file connection); false if there was none. */
    public boolean removeConnector(String nameOrId) {
        Optional<FileConnector> connector = findConnector(nameOrId);
        if (connector.isEmpty() || connector.get().key().equals(FileConnector.key(DEMO_FILES))) {
            return false;
        }
        NavigableMap<String, StoredFile> files = files(connector.get());
        for (String path : List.copyOf(files.keySet())) {
            delete(connector.get(), path);
        }
        connectorsByKey.remove(connector.get().key());
        filesById.remove(connector.get().id());
        return true;
    }

    // ---- files, for tests ----

    /** Creates or replaces a file. */
    public StoredFile put(String connector, String path, byte[] content) {
        try {
            return put(connector, path, new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates or replaces a file with the bytes of {@code content}, streamed to disk. */
    public StoredFile put(String connector, String path, InputStream content) throws IOException {
        FileConnector target = requireConnector(connector);
        Path upload = createUploadFile();
        try {
            String eTag;
            try (FileChannel out = FileChannel.open(upload, StandardOpenOption.WRITE)) {
                HashingChannel hashing = new HashingChannel(out);
                byte[] buffer = new byte[COPY_BUFFER];
                int n;
                while ((n = content.read(buffer)) >= 0) {
                    ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                    while (chunk.hasRemaining()) {
                        hashing.write(chunk);
                    }
                }
                eTag = hashing.eTag();
            }
            return commit(target, path, upload, eTag);
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    /** The content of a file (small files only). */
    public byte[] read(String connector, String path) throws IOException {
        try (InputStream in = open(connector, path)) {
            return in.readAllBytes();
        }
    }

    /** Opens a file for reading; {@link NoSuchFileException} if there is none. */
    public InputStream open(String connector, String path) throws IOException {
        StoredFile file = stat(connector, path)
                .orElseThrow(() -> new NoSuchFileException(connector + "/" + path));
        return Channels.newInputStream(FileChannel.open(file.blob(), StandardOpenOption.READ));
    }

    /** A file's size, eTag and time of the last change. */
    public Optional<StoredFile> stat(String connector, String path) {
        return Optional.ofNullable(files(requireConnector(connector)).get(normalize(path)));
    }

    /** Every file path of a connector, sorted. */
    public List<String> list(String connector) {
        return new ArrayList<>(files(requireConnector(connector)).keySet());
    }

    /** The files under a directory ({@code ""} = the root), with or without sub-directories, sorted by path. */
    public List<StoredFile> list(String connector, String directory, boolean recursive) {
        return list(requireConnector(connector), directory, recursive);
    }

    /** Deletes a file; false if there was none. */
    public boolean delete(String connector, String path) {
        return delete(requireConnector(connector), path);
    }

    /** Deletes every file, and every connector but {@value #DEMO_FILES}. */
    public void clear() {
        for (FileConnector connector : List.copyOf(connectorsByKey.values())) {
            NavigableMap<String, StoredFile> files = files(connector);
            for (String path : List.copyOf(files.keySet())) {
                delete(connector, path);
            }
            if (!connector.key().equals(FileConnector.key(DEMO_FILES))) {
                connectorsByKey.remove(connector.key());
                filesById.remove(connector.id());
            }
        }
    }

    // ---- used by the API ----

    /** The files of a connector under a directory, sorted by path. */
    public List<StoredFile> list(FileConnector connector, String directory, boolean recursive) {
        String prefix = directoryPrefix(directory);
        List<StoredFile> out = new ArrayList<>();
        NavigableMap<String, StoredFile> files = files(connector);
        Map<String, StoredFile> range = prefix.isEmpty() ? files : files.subMap(prefix, true, prefix + '\uffff', false);
        for (StoredFile file : range.values()) {
            if (recursive || file.path().indexOf('/', prefix.length()) < 0) {
                out.add(file);
            }
        }
        return out;
    }

    public Optional<StoredFile> find(FileConnector connector, String path) {
        return Optional.ofNullable(files(connector).get(normalize(path)));
    }

    public boolean delete(FileConnector connector, String path) {
        StoredFile removed = files(connector).remove(normalize(path));
        if (removed != null) {
            deleteBlob(removed.blob());
        }
        return removed != null;
    }

    /** A fresh blob for an upload in progress. */
    public Path createUploadFile() throws IOException {
        return Files.createTempFile(blobDirectory, "blob-", ".bin");
    }

    /** Makes {@code upload} the content of {@code path}; the store takes the blob over. */
    public StoredFile commit(FileConnector connector, String path, Path upload, String eTag) throws IOException {
        Path blob = createUploadFile();
        Files.move(upload, blob, StandardCopyOption.REPLACE_EXISTING);
        StoredFile file = new StoredFile(normalize(path), Files.size(blob), eTag, Instant.now(), blob);
        StoredFile old = files(connector).put(file.path(), file);
        if (old != null) {
            deleteBlob(old.blob());
        }
        return file;
    }

    /** The relative path a request names: no leading slash. */
    static String normalize(String path) {
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("A file needs a path");
        }
        return path.startsWith("/") && path.length() > 1 ? path.substring(1) : path;
    }

    /** {@code ""} for the root, else the directory with one trailing slash. */
    static String directoryPrefix(String directory) {
        if (directory == null) {
            return "";
        }
        String d = directory;
        while (d.startsWith("/")) {
            d = d.substring(1);
        }
        while (d.endsWith("/")) {
            d = d.substring(0, d.length() - 1);
        }
        return d.isEmpty() ? "" : d + "/";
    }

    private NavigableMap<String, StoredFile> files(FileConnector connector) {
        NavigableMap<String, StoredFile> files = filesById.get(connector.id());
        if (files == null) {
            throw new IllegalArgumentException("The connector " + connector.grokName() + " was removed");
        }
        return files;
    }

    private FileConnector requireConnector(String connector) {
        return findConnector(connector).orElseThrow(() -> new IllegalArgumentException("No file connector '"
                + connector + "'; create it with createConnector first"));
    }

    private static void deleteBlob(Path blob) {
        try {
            // a download that opened the blob keeps reading it: POSIX unlinks only the name
            Files.deleteIfExists(blob);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", blob, e.toString());
        }
    }

    /** Writes to a file channel and hashes what was written; the hash is the eTag. */
    public static final class HashingChannel implements WritableByteChannel {
        private final WritableByteChannel out;
        private final MessageDigest digest;

        public HashingChannel(WritableByteChannel out) {
            this.out = out;
            try {
                this.digest = MessageDigest.getInstance("MD5");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            ByteBuffer written = src.duplicate();
            int n = out.write(src);
            written.limit(written.position() + n);
            digest.update(written);
            return n;
        }

        /** The hex MD5 of everything written, as S3 makes its eTags. */
        public String eTag() {
            return HexFormat.of().formatHex(digest.digest());
        }

        @Override
        public boolean isOpen() {
            return out.isOpen();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
