package io.github.cameldatagrok.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameldatagrok.support.files.AtomicFiles;

/**
 * The map file of a synced directory ({@value #DEFAULT_FILE_NAME}): a flat JSON object of relative path
 * ({@code /}-separated) to the last eTag, in the format of Datagrok's Python client, so a directory synced by one can be
 * synced by the other. Written as Python's {@code json.dumps} writes it ({@code {"a.csv": "e1", "sub/b.csv": "e2"}},
 * non-ASCII escaped), in the order of the map, through a temporary file and an atomic rename.
 */
public final class SyncMeta {

    /** The file name the Python client uses by default. */
    public static final String DEFAULT_FILE_NAME = ".sync_meta.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private SyncMeta() {
    }

    /** Reads a map file; an absent file is an empty map. Keys keep the file's order. */
    public static Map<String, String> read(Path file) throws IOException {
        Map<String, String> map = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return map;
        }
        JsonNode json = JSON.readTree(file.toFile());
        if (json == null || json.isMissingNode() || json.isNull()) {
            return map;
        }
        if (!json.isObject()) {
            throw new IOException(file + " is not a JSON object of path -> eTag");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            map.put(entry.getKey(), entry.getValue().isNull() ? null : entry.getValue().asText());
        }
        return map;
    }

    /** Writes the map atomically: readers see the old file or the new one, never half of one. */
    public static void write(Path file, Map<String, String> map) throws IOException {
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".sync_meta-", ".tmp");
        try {
            Files.writeString(temp, toJson(map), StandardCharsets.UTF_8);
            AtomicFiles.move(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The text Python's {@code json.dumps(map)} produces. */
    public static String toJson(Map<String, String> map) {
        StringBuilder out = new StringBuilder(map.size() * 64 + 2).append('{');
        boolean first = true;
        for (Map.Entry<String, String> entry : map.entrySet()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            quote(out, entry.getKey());
            out.append(": ");
            if (entry.getValue() == null) {
                out.append("null");
            } else {
                quote(out, entry.getValue());
            }
        }
        return out.append('}').toString();
    }

    private static void quote(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
