package io.github.cameldatagrok.emulator.tables;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.emulator.http.ApiArea;
import io.github.cameldatagrok.emulator.http.ApiErrors;
import io.github.cameldatagrok.emulator.http.Exchange;
import io.github.cameldatagrok.emulator.http.Json;
import io.github.cameldatagrok.emulator.http.Router;

/**
 * {@code GET /public/v1/tables/{name}} (Python {@code tables.download}) and {@code POST /public/v1/tables/{name}}
 * (Python {@code tables.upload}).
 * {@code {name}} is a table UUID or a dotted Grok name.
 */
public final class TablesApi implements ApiArea {

    static final String CSV_CONTENT_TYPE = "text/csv; charset=utf-8";

    private final TableStore store;

    public TablesApi(TableStore store) {
        this.store = store;
    }

    @Override
    public void register(Router router) {
        router.get("/public/v1/tables/{name}", this::download);
        router.post("/public/v1/tables/{name}", this::upload);
    }

    void download(Exchange exchange) throws IOException {
        String name = exchange.pathParam("name");
        Optional<TableInfo> table;
        try {
            table = resolve(name, exchange.login());
        } catch (IllegalArgumentException invalid) {
            ApiErrors.apiError(exchange, invalid.getMessage(), 400);
            return;
        }
        if (table.isEmpty()) {
            ApiErrors.apiError(exchange, "Table not found: " + name, 404);
            return;
        }
        FileChannel data;
        try {
            data = store.openData(table.get());
        } catch (NoSuchFileException missing) {
            // Datagrok answers a table without its data file with a text ApiError.
            ApiErrors.apiErrorAsString(exchange, "Table data not found: " + table.get().grokName(), 404,
                    "text/plain; charset=utf-8", true);
            return;
        }
        try (data) {
            exchange.sendFile(200, CSV_CONTENT_TYPE, data);
        }
    }

    void upload(Exchange exchange) throws IOException {
        String name = exchange.pathParam("name");
        String mediaType = exchange.mediaType();
        if ("application/octet-stream".equals(mediaType)) {
            // A real server decodes this as a d42 DataFrame; the emulator cannot, and says so.
            ApiErrors.apiError(exchange, "The Datagrok emulator cannot decode d42 (application/octet-stream) "
                    + "table uploads; send the table as text/csv", 501);
            return;
        }
        if (!"text/csv".equals(mediaType)) {
            ApiErrors.httpError(exchange, 415, "Unsupported Media Type: "
                    + (mediaType == null ? "no Content-Type" : exchange.contentType())
                    + "; a table upload takes text/csv (or application/octet-stream for d42)");
            return;
        }
        boolean byId = TableStore.isUuid(name);
        TableName tableName = null;
        if (byId) {
            if (store.findById(name).isEmpty()) {
                ApiErrors.apiError(exchange, "Table not found: " + name, 404);
                return;
            }
        } else {
            try {
                tableName = TableName.fromUrl(name, exchange.login());
            } catch (IllegalArgumentException invalid) {
                ApiErrors.apiError(exchange, invalid.getMessage(), 400);
                return;
            }
        }

        Path upload = store.createUploadFile();
        try {
            long size;
            try (FileChannel out = FileChannel.open(upload, StandardOpenOption.WRITE)) {
                size = exchange.copyBodyTo(out);
            }
            if (size == 0) {
                ApiErrors.apiError(exchange, "Empty table data: the CSV body has no content", 400);
                return;
            }
            Optional<TableInfo> stored = byId ? store.commit(name, upload) : Optional.of(store.commit(tableName, upload));
            if (stored.isEmpty()) {
                ApiErrors.apiError(exchange, "Table not found: " + name, 404);
                return;
            }
            exchange.sendJson(200, uploadAnswer(stored.get(), exchange.serverUrl()));
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    private Optional<TableInfo> resolve(String name, String login) {
        return TableStore.isUuid(name) ? store.findById(name) : store.findByName(TableName.fromUrl(name, login));
    }

    /** {@code {"ID", "Grok name", "Markup", "URL"}}, in this order and with these exact keys, as Datagrok answers an upload. */
    static ObjectNode uploadAnswer(TableInfo info, String serverUrl) {
        TableName name = info.tableName();
        ObjectNode answer = Json.object();
        answer.put("ID", info.id());
        answer.put("Grok name", info.grokName());
        answer.put("Markup", name.markup());
        answer.put("URL", serverUrl + "/p/" + name.projectPath());
        return answer;
    }
}
