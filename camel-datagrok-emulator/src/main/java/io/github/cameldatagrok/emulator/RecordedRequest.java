package io.github.cameldatagrok.emulator;

import java.time.Instant;

/**
 * A request as the emulator saw it on arrival. The {@code Authorization} header is recorded by presence
 * only: the key is never stored.
 *
 * @param method             HTTP method
 * @param path               raw path as sent, without the {@code /api} prefix, e.g. {@code /public/v1/tables/My%20T}
 * @param decodedPath        the same, percent-decoded per segment
 * @param query              raw query string, or null
 * @param contentType        {@code Content-Type} header, or null
 * @param authorizationPresent whether an {@code Authorization} header was sent
 * @param viaApiPrefix       whether the path started with {@code /api}
 * @param contentLength      {@code Content-Length} header, or -1
 * @param receivedAt         arrival time
 * @param connectionId       the HTTP connection it came on, so tests can see keep-alive reuse
 */
public record RecordedRequest(String method, String path, String decodedPath, String query, String contentType,
        boolean authorizationPresent, boolean viaApiPrefix, long contentLength, Instant receivedAt,
        String connectionId) {

    /** True if this is {@code method} on a path matching {@code pathRegex} (raw or decoded). */
    public boolean is(String method, String pathRegex) {
        return this.method.equalsIgnoreCase(method) && (path.matches(pathRegex) || decodedPath.matches(pathRegex));
    }

    @Override
    public String toString() {
        return method + " " + path + (query == null ? "" : "?" + query)
                + (contentType == null ? "" : " [" + contentType + "]")
                + (authorizationPresent ? " (authorization present)" : " (no authorization)");
    }
}
