package io.github.cameldatagrok.emulator.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-decoding of one path segment (RFC 3986). Not URLDecoder: in a path '+' is a plus sign, not a space.
 * Routing works on raw segments so that an encoded '/' (%2F) stays inside its segment.
 */
public final class PathCodec {

    private PathCodec() {
    }

    /** Decodes %XX escapes as UTF-8; throws IllegalArgumentException on a malformed escape. */
    public static String decodeSegment(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw new IllegalArgumentException("Truncated percent escape in '" + raw + "'");
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new IllegalArgumentException("Bad percent escape in '" + raw + "'");
                }
                bytes.write((hi << 4) | lo);
                i += 2;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < raw.length()) {
                    utf8 = raw.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(utf8);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Decodes every segment of a raw path, for display and fault matching; the raw path on failure. */
    public static String decodePath(String rawPath) {
        try {
            String[] segments = rawPath.split("/", -1);
            StringBuilder decoded = new StringBuilder(rawPath.length());
            for (int i = 0; i < segments.length; i++) {
                if (i > 0) {
                    decoded.append('/');
                }
                decoded.append(decodeSegment(segments[i]));
            }
            return decoded.toString();
        } catch (IllegalArgumentException e) {
            return rawPath;
        }
    }
}
