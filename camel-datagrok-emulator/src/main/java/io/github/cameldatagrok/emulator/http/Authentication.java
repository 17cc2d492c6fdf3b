package io.github.cameldatagrok.emulator.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * The API key check of {@code /public/v1}: the {@code Authorization} header must be exactly
 * {@code Bearer <key>} or the raw {@code <key>}, as Datagrok accepts. Nothing else: no lower-case scheme, no extra
 * spaces, no cookie, no query parameter. Being stricter than a lenient server is the safe side for tests.
 */
public final class Authentication {

    private final byte[] bearer;
    private final byte[] raw;
    private final String login;

    public Authentication(String apiKey, String login) {
        Objects.requireNonNull(apiKey, "apiKey");
        if (apiKey.isBlank()) {
            throw new IllegalArgumentException("The API key must not be blank");
        }
        this.bearer = ("Bearer " + apiKey).getBytes(StandardCharsets.UTF_8);
        this.raw = apiKey.getBytes(StandardCharsets.UTF_8);
        this.login = Objects.requireNonNull(login, "login");
    }

    public boolean accepts(String authorizationHeader) {
        if (authorizationHeader == null) {
            return false;
        }
        byte[] given = authorizationHeader.getBytes(StandardCharsets.UTF_8);
        // constant-time comparisons: a habit worth keeping even in an emulator
        return MessageDigest.isEqual(given, bearer) | MessageDigest.isEqual(given, raw);
    }

    /** The login of the one user the key belongs to; it is the namespace of bare table names. */
    public String login() {
        return login;
    }
}
