package io.github.cameldatagrok.grafana.emulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;

/**
 * Grafana's credentials: a service-account token as {@code Authorization: Bearer <token>} (exactly that scheme
 * spelling, as Grafana's authn client matches it), the same token as Basic {@code api_key:<token>}, or Basic auth
 * of the one user. The token is bound to one org; the user belongs to every org.
 */
final class GrafanaAuthentication {

    /** Who a request acts as. */
    enum Caller { SERVICE_ACCOUNT, USER }

    /** The outcome of a check: the caller, or why it was refused (an errutil messageId and message). */
    record Result(Caller caller, String messageId, String message) {
        boolean accepted() {
            return caller != null;
        }
    }

    private final byte[] bearer;
    private final byte[] apiKeyBasic;
    private final byte[] userBasic;

    GrafanaAuthentication(String token, String user, String password) {
        Objects.requireNonNull(token, "token");
        this.bearer = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        this.apiKeyBasic = basic("api_key", token);
        this.userBasic = user == null ? null : basic(user, password);
    }

    private static byte[] basic(String user, String password) {
        return ("Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .getBytes(StandardCharsets.UTF_8);
    }

    Result check(String authorization) {
        if (authorization == null || authorization.isEmpty()) {
            return new Result(null, "auth.unauthorized", "Unauthorized");
        }
        byte[] given = authorization.getBytes(StandardCharsets.UTF_8);
        // constant-time comparisons, every one of them
        boolean token = MessageDigest.isEqual(given, bearer) | MessageDigest.isEqual(given, apiKeyBasic);
        boolean user = userBasic != null && MessageDigest.isEqual(given, userBasic);
        if (token) {
            return new Result(Caller.SERVICE_ACCOUNT, null, null);
        }
        if (user) {
            return new Result(Caller.USER, null, null);
        }
        if (authorization.startsWith("Bearer ")) {
            return new Result(null, "api-key.invalid", "Invalid API key");
        }
        if (authorization.startsWith("Basic ")) {
            return new Result(null, "password-auth.failed", "Invalid username or password");
        }
        return new Result(null, "auth.unauthorized", "Unauthorized");
    }
}
