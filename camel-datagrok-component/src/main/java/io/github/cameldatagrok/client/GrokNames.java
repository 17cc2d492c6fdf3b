package io.github.cameldatagrok.client;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Turns Datagrok names into URL path segments the way the public API expects them.
 * <p>
 * Grok names use {@code :} as separator but the REST API wants periods ({@code Admin:Sales:Orders} becomes
 * {@code Admin.Sales.Orders}); the server maps every period back. Each segment is then percent-encoded
 * (RFC 3986), so spaces, slashes or {@code #} inside a name can never change the route. UUIDs pass unchanged.
 */
public final class GrokNames {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private GrokNames() {
    }

    public static boolean isUuid(String value) {
        return value != null && UUID.matcher(value).matches();
    }

    /** The dotted form of a Grok name, not yet escaped: {@code Admin:Sales:Orders} -> {@code Admin.Sales.Orders}. */
    public static String toDotted(String grokName) {
        requireName(grokName, "Grok name");
        return isUuid(grokName) ? grokName : grokName.replace(':', '.');
    }

    /**
     * A Grok name or UUID as one escaped URL path segment. Refused before anything is sent: a name that becomes
     * a dot segment ({@code .}, {@code ..}, or {@code :} and {@code ::}, whose colons become periods), which a proxy
     * that normalises paths resolves to another route, and a name holding a control character (CR, LF, NUL, ...).
     */
    public static String toPathSegment(String grokName) {
        return pathSegment(toDotted(grokName), "Grok name", grokName);
    }

    /**
     * One escaped URL path segment (an id, a login), refused when it is a dot segment, empty or holds a control
     * character; {@code what} names it in the error.
     */
    public static String pathSegment(String value, String what) {
        requireName(value, what);
        return pathSegment(value, what, value);
    }

    private static String pathSegment(String segment, String what, String given) {
        if (segment.equals(".") || segment.equals("..")) {
            throw new IllegalArgumentException("The Datagrok " + what + " '" + given + "' would be sent as the path"
                    + " segment '" + segment + "', which servers and proxies resolve as 'this' or 'parent' directory;"
                    + " address it by its id instead");
        }
        requirePrintable(given, what);
        return encodeSegment(segment);
    }

    /**
     * A file path inside a connector: each {@code /}-separated part is escaped and the slashes are kept.
     * A leading slash is dropped, because the path is relative to the connector. A {@code .} or {@code ..} segment
     * or a control character is refused before anything is sent.
     */
    public static String toFilePath(String path) {
        requireName(path, "file path");
        requirePrintable(path, "file path");
        String relative = path.startsWith("/") ? path.substring(1) : path;
        StringBuilder out = new StringBuilder(relative.length() + 16);
        int start = 0;
        while (true) {
            int slash = relative.indexOf('/', start);
            String part = slash < 0 ? relative.substring(start) : relative.substring(start, slash);
            if (part.equals(".") || part.equals("..")) {
                throw new IllegalArgumentException("The Datagrok file path '" + path + "' holds the segment '" + part
                        + "', which servers and proxies resolve as 'this' or 'parent' directory; name the file"
                        + " without it");
            }
            out.append(encodeSegment(part));
            if (slash < 0) {
                return out.toString();
            }
            out.append('/');
            start = slash + 1;
        }
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters, byte by byte in UTF-8. */
    public static String encodeSegment(String segment) {
        byte[] bytes = segment.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 8);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    private static void requireName(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The Datagrok " + what + " is empty");
        }
    }

    /** CR or LF in a name would reach the server (escaped, then decoded there): no Datagrok name holds one. */
    static void requirePrintable(String value, String what) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new IllegalArgumentException("The Datagrok " + what + " '" + value.replaceAll("\\p{Cntrl}", "?")
                        + "' holds a control character (" + String.format("\\x%02x", (int) c) + ")");
            }
        }
    }
}
