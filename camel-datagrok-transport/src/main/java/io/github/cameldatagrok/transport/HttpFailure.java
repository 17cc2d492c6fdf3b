package io.github.cameldatagrok.transport;

import java.util.List;
import java.util.Locale;

import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;

/**
 * A response the transport treats as failed (a status of 300 or more, or one the {@link HttpErrorMapper} flagged by
 * its headers), handed to the mapper to turn into the vendor's exception. The body is at most
 * {@link HttpTransportConfig#getMaxErrorBodySize()} bytes.
 */
public final class HttpFailure {

    private final String method;
    private final String path;
    private final int status;
    private final String reasonPhrase;
    private final List<Header> headers;
    private final String body;
    private final boolean bodyTruncated;

    public HttpFailure(String method, String path, int status, String reasonPhrase, List<Header> headers, String body,
                boolean bodyTruncated) {
        this.method = method;
        this.path = path;
        this.status = status;
        this.reasonPhrase = reasonPhrase;
        this.headers = List.copyOf(headers);
        this.body = body;
        this.bodyTruncated = bodyTruncated;
    }

    public String method() {
        return method;
    }

    /** The request path, without the base URL and the query. */
    public String path() {
        return path;
    }

    public int status() {
        return status;
    }

    public String reasonPhrase() {
        return reasonPhrase;
    }

    /** The first header of that name (case-insensitive), or null; a header without a value gives "". */
    public String header(String name) {
        for (Header header : headers) {
            if (header.getName().equalsIgnoreCase(name)) {
                return header.getValue() == null ? "" : header.getValue();
            }
        }
        return null;
    }

    /** The body as UTF-8 text (at most the error-body cap), or null when there was none. */
    public String body() {
        return body;
    }

    /** Whether the body was longer than the cap and {@link #body()} holds only its beginning. */
    public boolean isBodyTruncated() {
        return bodyTruncated;
    }

    /** A 3xx: redirects are never followed (the {@code Authorization} header must not go to another host). */
    public boolean isRedirect() {
        return status >= 300 && status < 400;
    }

    /** The {@code Location} of a redirect, or null. */
    public String location() {
        return header(HttpHeaders.LOCATION);
    }

    /** Whether the body is an HTML page (a proxy's or gateway's), whose text says nothing useful. */
    public boolean isHtml() {
        String type = header(HttpHeaders.CONTENT_TYPE);
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("text/html");
    }

    /** What a redirect answer means for the caller, for the vendor's exception message. */
    public String redirectMessage() {
        String location = location();
        return "redirected to " + (location == null || location.isBlank() ? "no Location" : location)
                + "; redirects are not followed (credentials would go with them): set the base URL to the"
                + " address the server redirects to, e.g. https:// instead of http://";
    }
}
