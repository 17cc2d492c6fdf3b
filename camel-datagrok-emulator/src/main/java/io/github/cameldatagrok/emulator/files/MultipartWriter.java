package io.github.cameldatagrok.emulator.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.cameldatagrok.emulator.http.Exchange;

/**
 * Writes a {@code multipart/form-data} answer part by part while it is sent. Small parts are gathered into one
 * large buffer and big files stream through it, so 10,000 small files are a few dozen network writes and a 1 GB
 * file never sits in memory. Writes go through the exchange's response, so injected faults (a dropped connection)
 * hit the multipart answer like any other.
 */
final class MultipartWriter {

    static final int BUFFER_SIZE = 1024 * 1024;
    private static final byte[] CRLF = {'\r', '\n'};

    private final Exchange exchange;
    private final String boundary;
    // direct: file bytes reach the socket with one copy instead of two through the Java heap
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER_SIZE);

    MultipartWriter(Exchange exchange) {
        this.exchange = exchange;
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        this.boundary = "datagrok-" + HexFormat.of().formatHex(random);
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    void begin() throws IOException {
        exchange.beginBody(200, contentType());
    }

    /** A part without a body, e.g. {@code X-File-Status: deleted}. */
    void emptyPart(String fileName, Map<String, String> headers) throws IOException {
        partHeaders(fileName, headers);
        put(CRLF);
    }

    /** A part carrying a file's bytes, streamed from its blob. */
    void filePart(String fileName, Map<String, String> headers, Path blob) throws IOException {
        try (FileChannel file = FileChannel.open(blob, StandardOpenOption.READ)) {
            Map<String, String> all = new LinkedHashMap<>();
            all.put("Content-Type", "application/octet-stream");
            all.put("Content-Length", Long.toString(file.size()));
            all.putAll(headers);
            partHeaders(fileName, all);
            while (true) {
                if (!buffer.hasRemaining()) {
                    flush(false);
                }
                if (file.read(buffer) < 0) {
                    break;
                }
            }
        }
        put(CRLF);
    }

    void finish() throws IOException {
        put(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        flush(true);
    }

    private void partHeaders(String fileName, Map<String, String> headers) throws IOException {
        StringBuilder head = new StringBuilder(160).append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"file\"; filename=\"")
                .append(partName(fileName)).append("\"\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        put(head.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A file name as it appears in its part's {@code filename="..."}: what a quoted header value cannot carry
     * ({@code "} and control characters such as CR, LF or NUL) is percent-escaped, as browsers escape
     * {@code "}, CR and LF in form-data; anything else (even {@code ../}) goes as it is. The client sends this form
     * back as the key of the file's eTag, so {@link FilesApi} matches eTags against it. Escaping twice changes
     * nothing ({@code %} itself is kept).
     */
    static String partName(String name) {
        StringBuilder out = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean escape = c == '"' || c < 0x20 || c == 0x7f;
            if (escape && out == null) {
                out = new StringBuilder(name.length() + 8).append(name, 0, i);
            }
            if (out != null) {
                if (escape) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? name : out.toString();
    }

    private void put(byte[] bytes) throws IOException {
        int offset = 0;
        while (offset < bytes.length) {
            if (!buffer.hasRemaining()) {
                flush(false);
            }
            int n = Math.min(buffer.remaining(), bytes.length - offset);
            buffer.put(bytes, offset, n);
            offset += n;
        }
    }

    private void flush(boolean last) throws IOException {
        buffer.flip();
        exchange.writeBody(buffer, last);
        buffer.clear();
    }
}
