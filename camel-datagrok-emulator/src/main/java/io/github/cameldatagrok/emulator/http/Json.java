package io.github.cameldatagrok.emulator.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one ObjectMapper of the emulator, and Datagrok's timestamp format. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    // Datagrok writes ISO-8601 UTC with microseconds: 2025-04-29T09:53:40.502720Z.
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    public static Instant parseTimestamp(String text) {
        return Instant.from(TIMESTAMP.parse(text));
    }
}
