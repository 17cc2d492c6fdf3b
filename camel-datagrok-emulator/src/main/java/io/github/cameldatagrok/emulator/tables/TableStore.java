package io.github.cameldatagrok.emulator.tables;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.emulator.http.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tables: metadata in memory (and in a small JSON file per table), data as CSV files on disk.
 * <p>
 * Layout under the data directory: {@code tables/<id>.csv}, {@code tables/<id>.json}, and {@code tmp/} for
 * uploads in progress. An upload is written to {@code tmp/} and then renamed over the data file atomically,
 * so a download (which holds the old file open) never sees half a table, and a table keeps its ID when
 * replaced. Commits are serialized, so two first uploads of one name make one table.
 */
public final class TableStore {

    private static final Logger LOG = LoggerFactory.getLogger(TableStore.class);
    private static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final Path tablesDirectory;
    private final Path uploadDirectory;
    private final String login;
    private final ConcurrentMap<String, TableInfo> byId = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> idByKey = new ConcurrentHashMap<>();
    private final Object commitLock = new Object();

    /** Opens (and loads) the store under {@code dataDirectory}; {@code login} completes short names. */
    public TableStore(Path dataDirectory, String login) throws IOException {
        this.tablesDirectory = Files.createDirectories(dataDirectory.resolve("tables"));
        this.uploadDirectory = Files.createDirectories(dataDirectory.resolve("tmp"));
        this.login = login;
        deleteLeftoverUploads();
        load();
    }

    public static boolean isUuid(String text) {
        return UUID_PATTERN.matcher(text).matches();
    }

    // ---- inspection and seeding, for tests ----

    /** Grok names of all tables, sorted case-insensitively. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        byId.values().forEach(info -> names.add(info.grokName()));
        names.sort(String.CASE_INSENSITIVE_ORDER);
        return names;
    }

    public int size() {
        return byId.size();
    }

    /**
     * Finds a table by UUID or name: a Grok name with colons ({@code Admin:Sales:Orders}), or the dotted REST
     * form ({@code Admin.Sales.Orders}); short names are completed as on upload. Case-insensitive.
     */
    public Optional<TableInfo> find(String grokNameOrId) {
        if (isUuid(grokNameOrId)) {
            return findById(grokNameOrId);
        }
        try {
            TableName name = grokNameOrId.indexOf(':') >= 0
                    ? TableName.fromGrokName(grokNameOrId, login)
                    : TableName.fromUrl(grokNameOrId, login);
            return findByName(name);
        } catch (IllegalArgumentException invalid) {
            return Optional.empty();
        }
    }

    /** Opens the stored CSV of a table; {@link NoSuchFileException} if there is no such table. */
    public InputStream openCsv(String grokNameOrId) throws IOException {
        TableInfo info = find(grokNameOrId)
                .orElseThrow(() -> new NoSuchFileException("Table not found: " + grokNameOrId));
        return Files.newInputStream(dataFile(info));
    }

    /** The stored CSV as a string (small tables only). */
    public String readCsv(String grokNameOrId) throws IOException {
        try (InputStream in = openCsv(grokNameOrId)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Creates or replaces a table with this CSV, as an upload would. */
    public TableInfo put(String grokName, String csv) {
        try {
            return put(grokName, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates or replaces a table with the bytes of {@code csv}, streamed to disk. {@code grokName} may also
     * be the UUID of an existing table, whose data is then replaced.
     */
    public TableInfo put(String grokName, InputStream csv) throws IOException {
        TableName name = isUuid(grokName) ? null
                : grokName.indexOf(':') >= 0 ? TableName.fromGrokName(grokName, login)
                : TableName.fromUrl(grokName, login);
        Path upload = createUploadFile();
        try {
            Files.copy(csv, upload, StandardCopyOption.REPLACE_EXISTING);
            if (name == null) {
                return commit(grokName, upload)
                        .orElseThrow(() -> new NoSuchFileException("Table not found: " + grokName));
            }
            return commit(name, upload);
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    public boolean delete(String grokNameOrId) {
        synchronized (commitLock) {
            Optional<TableInfo> found = find(grokNameOrId);
            found.ifPresent(this::remove);
            return found.isPresent();
        }
    }

    /** Deletes every table. */
    public void clear() {
        synchronized (commitLock) {
            List.copyOf(byId.values()).forEach(this::remove);
        }
    }

    // ---- used by the API ----

    public Optional<TableInfo> findById(String id) {
        return Optional.ofNullable(byId.get(id.toLowerCase(Locale.ROOT)));
    }

    public Optional<TableInfo> findByName(TableName name) {
        String id = idByKey.get(name.key());
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    /** The data file of a table (it may be missing if someone deleted it behind the store's back). */
    public Path dataFile(TableInfo info) {
        return tablesDirectory.resolve(info.id() + ".csv");
    }

    /** Opens the data file for reading; the open channel survives a concurrent replacement. */
    public FileChannel openData(TableInfo info) throws IOException {
        return FileChannel.open(dataFile(info), StandardOpenOption.READ);
    }

    /** A fresh file for an upload in progress, on the same file system as the data, for the atomic rename. */
    public Path createUploadFile() throws IOException {
        return Files.createTempFile(uploadDirectory, "upload-", ".part");
    }

    /** Makes {@code upload} the data of the table {@code name}: a new table, or the existing one (same ID). */
    public TableInfo commit(TableName name, Path upload) throws IOException {
        synchronized (commitLock) {
            Optional<TableInfo> existing = findByName(name);
            Instant now = Instant.now();
            long size = Files.size(upload);
            TableInfo info = existing.map(old -> old.withData(size, now))
                    .orElseGet(() -> new TableInfo(UUID.randomUUID().toString(), name.grokName(), size, now, now));
            install(info, upload);
            return info;
        }
    }

    /** Replaces the data of the table with this ID; empty if there is none. */
    public Optional<TableInfo> commit(String id, Path upload) throws IOException {
        synchronized (commitLock) {
            Optional<TableInfo> existing = findById(id);
            if (existing.isEmpty()) {
                return Optional.empty();
            }
            TableInfo info = existing.get().withData(Files.size(upload), Instant.now());
            install(info, upload);
            return Optional.of(info);
        }
    }

    // ---- internals ----

    private void install(TableInfo info, Path upload) throws IOException {
        move(upload, dataFile(info));
        writeMetadata(info);
        byId.put(info.id(), info);
        idByKey.put(info.tableName().key(), info.id());
    }

    private void remove(TableInfo info) {
        byId.remove(info.id());
        idByKey.remove(info.tableName().key(), info.id());
        try {
            Files.deleteIfExists(metadataFile(info.id()));
            Files.deleteIfExists(dataFile(info));
        } catch (IOException e) {
            LOG.warn("Could not delete the files of table {}: {}", info.grokName(), e.toString());
        }
    }

    private Path metadataFile(String id) {
        return tablesDirectory.resolve(id + ".json");
    }

    private void writeMetadata(TableInfo info) throws IOException {
        ObjectNode json = Json.object();
        json.put("id", info.id());
        json.put("grokName", info.grokName());
        json.put("sizeBytes", info.sizeBytes());
        json.put("createdOn", Json.timestamp(info.createdOn()));
        json.put("updatedOn", Json.timestamp(info.updatedOn()));
        Path temp = Files.createTempFile(uploadDirectory, "meta-", ".json");
        try {
            Files.write(temp, Json.MAPPER.writeValueAsBytes(json));
            move(temp, metadataFile(info.id()));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void load() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(tablesDirectory, "*.json")) {
            for (Path file : files) {
                try {
                    JsonNode json = Json.MAPPER.readTree(file.toFile());
                    TableInfo info = new TableInfo(json.path("id").asText(), json.path("grokName").asText(),
                            json.path("sizeBytes").asLong(), Json.parseTimestamp(json.path("createdOn").asText()),
                            Json.parseTimestamp(json.path("updatedOn").asText()));
                    byId.put(info.id(), info);
                    idByKey.put(info.tableName().key(), info.id());
                } catch (IOException | RuntimeException e) {
                    LOG.warn("Skipping unreadable table metadata {}: {}", file, e.toString());
                }
            }
        }
        if (!byId.isEmpty()) {
            LOG.info("Loaded {} table(s) from {}", byId.size(), tablesDirectory);
        }
    }

    private void deleteLeftoverUploads() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(uploadDirectory)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
    }
}
