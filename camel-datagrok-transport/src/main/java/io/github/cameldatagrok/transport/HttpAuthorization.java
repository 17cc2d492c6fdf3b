package io.github.cameldatagrok.transport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The value of the {@code Authorization} header a transport sends on every request. Its text form never shows the
 * credentials, so it can sit in configuration objects that get logged.
 */
public final class HttpAuthorization {

    private static final HttpAuthorization NONE = new HttpAuthorization(() -> null, "none");

    private final Supplier<String> value;
    private final String kind;

    private HttpAuthorization(Supplier<String> value, String kind) {
        this.value = value;
        this.kind = kind;
    }

    /** {@code Authorization: Bearer <token>} (API keys, service-account tokens). */
    public static HttpAuthorization bearer(String token) {
        String checked = require(token, "token");
        return new HttpAuthorization(() -> "Bearer " + checked, "Bearer");
    }

    /** The header value exactly as given, scheme included ({@code Bearer abc}, a bare server token). */
    public static HttpAuthorization header(String value) {
        String checked = require(value, "header value");
        return new HttpAuthorization(() -> checked, "header");
    }

    /** {@code Authorization: Basic base64(user:password)}. */
    public static HttpAuthorization basic(String user, String password) {
        String checked = require(user, "user");
        String encoded = Base64.getEncoder().encodeToString(
                (checked + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
        return new HttpAuthorization(() -> "Basic " + encoded, "Basic");
    }

    /** A value computed for each request (a token that is refreshed); null sends no header. */
    public static HttpAuthorization supplied(Supplier<String> value) {
        return new HttpAuthorization(Objects.requireNonNull(value, "value"), "supplied");
    }

    /** No {@code Authorization} header. */
    public static HttpAuthorization none() {
        return NONE;
    }

    /** The header value to send, or null for none. For the wire only: never log it. */
    public String headerValue() {
        return value.get();
    }

    private static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The authorization " + what + " is missing");
        }
        return value.trim();
    }

    @Override
    public String toString() {
        return "HttpAuthorization[" + kind + " ***]";
    }
}
