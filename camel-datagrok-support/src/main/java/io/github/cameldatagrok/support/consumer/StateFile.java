package io.github.cameldatagrok.support.consumer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameldatagrok.support.files.AtomicFiles;

/**
 * The default state: a JSON snapshot {@code <name>.json} in the work directory plus an append-only journal
 * {@code <name>.journal} of one JSON line per commit. A commit appends one short line (rewriting a 10,000-entry
 * snapshot per item would be quadratic); the end of each poll folds the journal into a new snapshot written to a
 * temporary file and renamed over the old one, so a killed JVM leaves either snapshot whole. A torn last journal line
 * is ignored: that item is simply processed again.
 * <p>
 * Both are written with Jackson's streaming generator (no data binding per line): a commit is a few bytes in the
 * generator's buffer and one {@code write} to the journal; the snapshot straight from the map.
 */
public final class StateFile implements ConsumerState {

    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {
    };
    private static final TypeReference<String[]> ENTRY = new TypeReference<>() {
    };

    private final ObjectMapper json;
    private final Path snapshot;
    private final Path journal;
    private final Map<String, String> versions = new HashMap<>();
    /** Writes the journal's lines; each ends with a flush, so a line reaches the OS as its commit returns. */
    private JsonGenerator journalWriter;
    private boolean dirty;

    public StateFile(Path directory, String name, ObjectMapper json) {
        this.json = json;
        this.snapshot = directory.resolve(name + ".json");
        this.journal = directory.resolve(name + ".journal");
        try {
            Files.createDirectories(directory);
            load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the consumer state in " + directory
                    + ": " + e.getMessage(), e);
        }
    }

    private void load() throws IOException {
        if (Files.exists(snapshot)) {
            versions.putAll(json.readValue(snapshot.toFile(), MAP));
        }
        if (Files.exists(journal)) {
            try (BufferedReader in = Files.newBufferedReader(journal, StandardCharsets.UTF_8)) {
                for (String line; (line = in.readLine()) != null; ) {
                    String[] entry;
                    try {
                        entry = json.readValue(line, ENTRY);
                    } catch (JsonProcessingException torn) {
                        break;
                    }
                    apply(entry[0], entry.length > 1 ? entry[1] : null);
                    dirty = true;
                }
            }
        }
    }

    private void apply(String key, String version) {
        if (version == null) {
            versions.remove(key);
        } else {
            versions.put(key, version);
        }
    }

    public Path snapshotFile() {
        return snapshot;
    }

    @Override
    public synchronized Map<String, String> versions() {
        return new HashMap<>(versions);
    }

    @Override
    public synchronized boolean begin(String key, String version) {
        return version == null || !version.equals(versions.get(key));
    }

    @Override
    public synchronized void commit(String key, String version) {
        record(key, version);
    }

    @Override
    public void rollback(String key, String version) {
        // nothing was recorded
    }

    @Override
    public synchronized void forget(String key) {
        if (versions.containsKey(key)) {
            record(key, null);
        }
    }

    private void record(String key, String version) {
        apply(key, version);
        try {
            if (journalWriter == null) {
                OutputStream out = Files.newOutputStream(journal, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                journalWriter = json.getFactory().createGenerator(out, JsonEncoding.UTF8);
                // one array per line, nothing between them but the line end written below
                journalWriter.setRootValueSeparator(null);
            }
            journalWriter.writeStartArray();
            journalWriter.writeString(key);
            journalWriter.writeString(version);
            journalWriter.writeEndArray();
            journalWriter.writeRaw('\n');
            // to the OS now: a killed JVM keeps what it committed
            journalWriter.flush();
            dirty = true;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not record " + key + " in " + journal + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void endPoll() {
        if (!dirty) {
            return;
        }
        try {
            Path temp = Files.createTempFile(snapshot.getParent(), "." + snapshot.getFileName(), ".tmp");
            try {
                writeSnapshot(temp);
                AtomicFiles.move(temp, snapshot);
            } finally {
                Files.deleteIfExists(temp);
            }
            closeJournal();
            Files.deleteIfExists(journal);
            dirty = false;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the consumer state " + snapshot + ": "
                    + e.getMessage(), e);
        }
    }

    /** The versions as one JSON object, unsorted: sorting 10,000 keys per poll costs more than writing them. */
    private void writeSnapshot(Path file) throws IOException {
        try (JsonGenerator out = json.getFactory().createGenerator(Files.newOutputStream(file), JsonEncoding.UTF8)) {
            out.writeStartObject();
            for (Map.Entry<String, String> entry : versions.entrySet()) {
                out.writeStringField(entry.getKey(), entry.getValue());
            }
            out.writeEndObject();
        }
    }

    private void closeJournal() throws IOException {
        if (journalWriter != null) {
            journalWriter.close();
            journalWriter = null;
        }
    }

    @Override
    public synchronized void close() {
        try {
            endPoll();
        } finally {
            try {
                closeJournal();
            } catch (IOException e) {
                // the journal was flushed line by line
            }
        }
    }
}
