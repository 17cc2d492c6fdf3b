package io.github.cameldatagrok.emulator.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cameldatagrok.emulator.http.ApiArea;
import io.github.cameldatagrok.emulator.http.ApiErrors;
import io.github.cameldatagrok.emulator.http.Exchange;
import io.github.cameldatagrok.emulator.http.Json;
import io.github.cameldatagrok.emulator.http.Router;

/**
 * Files in connectors: download, upload, delete ({@code /public/v1/files/{connector}/{path}}) and
 * {@code files/sync} (Python {@code files.sync_dir}).
 * {@code {connector}} is a connector UUID or dotted Grok name; paths are {@code /}-separated, each segment
 * percent-decoded.
 */
public final class FilesApi implements ApiArea {

    static final String OCTET_STREAM = "application/octet-stream";
    static final String STATUS_HEADER = "X-File-Status";
    static final String ETAG_HEADER = "X-File-E-Tag";
    /** A sync request body maps paths to eTags; 10,000 files make well under a megabyte. */
    private static final int MAX_SYNC_BODY = 64 * 1024 * 1024;

    private final FileStore store;

    public FilesApi(FileStore store) {
        this.store = store;
    }

    @Override
    public void register(Router router) {
        // sync first: the first matching route wins, and files/{connector}/{path*} would take it too
        router.post("/public/v1/files/sync/{connector}/{remotePath*}", this::sync);
        router.post("/public/v1/files/sync/{connector}", this::sync);
        router.get("/public/v1/files/{connector}/{path*}", this::download);
        router.post("/public/v1/files/{connector}/{path*}", this::upload);
        router.delete("/public/v1/files/{connector}/{path*}", this::delete);
    }

    void download(Exchange exchange) throws IOException {
        Optional<FileConnector> connector = connector(exchange);
        if (connector.isEmpty()) {
            return;
        }
        String path = exchange.pathParam("path");
        Optional<StoredFile> file = store.find(connector.get(), path);
        if (file.isEmpty()) {
            ApiErrors.apiError(exchange, "File not found: " + connector.get().grokName() + "/" + path, 404);
            return;
        }
        FileChannel data;
        try {
            data = FileChannel.open(file.get().blob(), StandardOpenOption.READ);
        } catch (NoSuchFileException replacedMeanwhile) {
            ApiErrors.apiError(exchange, "File not found: " + connector.get().grokName() + "/" + path, 404);
            return;
        }
        try (data) {
            exchange.sendFile(200, OCTET_STREAM, data);
        }
    }

    void upload(Exchange exchange) throws IOException {
        Optional<FileConnector> connector = connector(exchange);
        if (connector.isEmpty()) {
            return;
        }
        String path = exchange.pathParam("path");
        Path upload = store.createUploadFile();
        try {
            String eTag;
            try (FileChannel out = FileChannel.open(upload, StandardOpenOption.WRITE)) {
                FileStore.HashingChannel hashing = new FileStore.HashingChannel(out);
                exchange.copyBodyTo(hashing);
                eTag = hashing.eTag();
            }
            store.commit(connector.get(), path, upload, eTag);
            // "200, body unused", as Datagrok answers an upload
            exchange.send(200, null, new byte[0]);
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    void delete(Exchange exchange) throws IOException {
        Optional<FileConnector> connector = connector(exchange);
        if (connector.isEmpty()) {
            return;
        }
        String path = exchange.pathParam("path");
        if (!store.delete(connector.get(), path)) {
            ApiErrors.apiError(exchange, "File not found: " + connector.get().grokName() + "/" + path, 404);
            return;
        }
        exchange.send(200, null, new byte[0]);
    }

    /**
     * {@code POST files/sync/...}: the body maps relative paths to the eTags the client holds. Answers 204 when the directory has no
     * (matching) file, else one part per file: {@code not-modified} for an eTag the client has, the content with
     * {@code X-File-E-Tag} for a new or changed file, and {@code deleted} for a path the client has that is gone.
     */
    void sync(Exchange exchange) throws IOException {
        Optional<FileConnector> connector = connector(exchange);
        if (connector.isEmpty()) {
            return;
        }
        Map<String, String> known;
        try {
            known = readEtags(exchange);
        } catch (IllegalArgumentException invalid) {
            ApiErrors.apiError(exchange, invalid.getMessage(), 400);
            return;
        }
        String recursiveParam = exchange.queryParam("recursive");
        boolean recursive = recursiveParam == null || !recursiveParam.equalsIgnoreCase("false");
        String ext = extension(exchange.queryParam("ext"));
        String directory = exchange.pathParam("remotePath");
        String prefix = FileStore.directoryPrefix(directory);

        List<StoredFile> files = new ArrayList<>();
        for (StoredFile file : store.list(connector.get(), directory, recursive)) {
            if (ext == null || file.path().toLowerCase(Locale.ROOT).endsWith(ext)) {
                files.add(file);
            }
        }
        if (files.isEmpty()) {
            exchange.send(204, null, new byte[0]);
            return;
        }
        Set<String> gone = new LinkedHashSet<>(known.keySet());
        MultipartWriter multipart = new MultipartWriter(exchange);
        multipart.begin();
        for (StoredFile file : files) {
            // the name as the answer writes it, which is the key the client sends its eTag under next time
            String relative = MultipartWriter.partName(file.path().substring(prefix.length()));
            gone.remove(relative);
            if (file.eTag().equals(known.get(relative))) {
                multipart.emptyPart(relative, Map.of(STATUS_HEADER, "not-modified"));
            } else {
                multipart.filePart(relative, Map.of(ETAG_HEADER, file.eTag()), file.blob());
            }
        }
        for (String relative : gone) {
            multipart.emptyPart(relative, Map.of(STATUS_HEADER, "deleted"));
        }
        multipart.finish();
    }

    /** {@code csv} and {@code .csv} both mean files ending in {@code .csv} (Datagrok's clients send either). */
    static String extension(String ext) {
        if (ext == null || ext.isBlank()) {
            return null;
        }
        String e = ext.trim().toLowerCase(Locale.ROOT);
        return e.startsWith(".") ? e : "." + e;
    }

    private Map<String, String> readEtags(Exchange exchange) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        exchange.copyBodyTo(Channels.newChannel(new LimitedStream(body, MAX_SYNC_BODY)));
        Map<String, String> known = new LinkedHashMap<>();
        if (body.size() == 0) {
            return known;
        }
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(body.toByteArray());
        } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
            throw new IllegalArgumentException("The sync body is not JSON: " + notJson.getOriginalMessage());
        }
        if (json == null || json.isNull()) {
            return known;
        }
        if (!json.isObject()) {
            throw new IllegalArgumentException("The sync body must be a JSON object of path -> eTag");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            known.put(entry.getKey(), entry.getValue().isNull() ? null : entry.getValue().asText());
        }
        return known;
    }

    private Optional<FileConnector> connector(Exchange exchange) throws IOException {
        String name = exchange.pathParam("connector");
        Optional<FileConnector> connector = store.findConnector(name);
        if (connector.isEmpty()) {
            ApiErrors.apiError(exchange, "Connection not found: " + name, 404);
        }
        return connector;
    }

    /** Refuses a body over a limit instead of buffering it. */
    private static final class LimitedStream extends java.io.FilterOutputStream {
        private final long limit;
        private long written;

        LimitedStream(java.io.OutputStream out, long limit) {
            super(out);
            this.limit = limit;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            written += len;
            if (written > limit) {
                throw new IOException("Sync body larger than " + limit + " bytes");
            }
            out.write(b, off, len);
        }
    }
}
