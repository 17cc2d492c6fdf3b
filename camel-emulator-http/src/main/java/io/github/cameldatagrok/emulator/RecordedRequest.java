package io.github.cameldatagrok.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request as the emulator saw it on arrival. Secret headers ({@code Authorization}, {@code Cookie},
 * {@code X-Api-Key}, {@code Proxy-Authorization}) are recorded by presence only: their values are never stored.
 *
 * @param method             HTTP method
 * @param path               raw path as sent, without a prefix the emulator strips (Datagrok's {@code /api}), e.g.
 *                           {@code /public/v1/tables/My%20T}
 * @param decodedPath        the same, percent-decoded per segment
 * @param query              raw query string, or null
 * @param contentType        {@code Content-Type} header, or null
 * @param authorizationPresent whether an {@code Authorization} header was sent
 * @param viaApiPrefix       whether the path started with a prefix the emulator strips (Datagrok's {@code /api})
 * @param contentLength      {@code Content-Length} header, or -1
 * @param receivedAt         arrival time
 * @param connectionId       the HTTP connection it came on, so tests can see keep-alive reuse
 * @param headers            the request headers, names in lower case, secret values replaced by {@value #MASKED}
 * @param body               the body as the route read it, when the emulator records bodies (see {@link #bodyText()})
 */
public record RecordedRequest(String method, String path, String decodedPath, String query, String contentType,
        boolean authorizationPresent, boolean viaApiPrefix, long contentLength, Instant receivedAt,
        String connectionId, Map<String, List<String>> headers, RequestLog.Body body) {

    /** What a secret header's value is recorded as. */
    public static final String MASKED = "<masked>";

    /** The form without headers and body, as the Datagrok emulator recorded requests before they were kept. */
    public RecordedRequest(String method, String path, String decodedPath, String query, String contentType,
            boolean authorizationPresent, boolean viaApiPrefix, long contentLength, Instant receivedAt,
            String connectionId) {
        this(method, path, decodedPath, query, contentType, authorizationPresent, viaApiPrefix, contentLength,
                receivedAt, connectionId, Map.of(), RequestLog.Body.NONE);
    }

    /** True if this is {@code method} on a path matching {@code pathRegex} (raw or decoded). */
    public boolean is(String method, String pathRegex) {
        return this.method.equalsIgnoreCase(method) && (path.matches(pathRegex) || decodedPath.matches(pathRegex));
    }

    /** The first value of a request header (any case), {@value #MASKED} for a secret one, or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /**
     * The request body as UTF-8 text, when the route read it whole and the emulator records bodies; null otherwise
     * (not read, streamed, or dropped to keep the log within its memory cap). At most the recording limit is kept.
     */
    public String bodyText() {
        byte[] bytes = body.bytes();
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return method + " " + path + (query == null ? "" : "?" + query)
                + (contentType == null ? "" : " [" + contentType + "]")
                + (authorizationPresent ? " (authorization present)" : " (no authorization)");
    }
}
