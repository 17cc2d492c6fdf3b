package io.github.cameldatagrok.grafana.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dashboard uids: Grafana's rule (at most 40 letters, digits, {@code -} and {@code _}), uids in dashboard URLs, and
 * the uid a dashboard without one gets.
 */
public final class DashboardUids {

    public static final int MAX_LENGTH = 40;
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_LENGTH + "}");
    /** {@code /d/<uid>[/<slug>]}, also inside a full URL with a sub-path and a query. */
    private static final Pattern URL = Pattern.compile("(?:^|/)d/([^/?#]+)");

    private DashboardUids() {
    }

    /**
     * The uid named by a uid or by a dashboard URL ({@code https://host/grafana/d/ops-overview/ops-overview?orgId=1}
     * or {@code /d/ops-overview}), checked against Grafana's rule.
     */
    public static String of(String uidOrUrl) {
        if (uidOrUrl == null || uidOrUrl.isBlank()) {
            throw new IllegalArgumentException("No dashboard uid given");
        }
        String value = uidOrUrl.trim();
        if (value.contains("/")) {
            Matcher m = URL.matcher(value);
            if (!m.find()) {
                throw new IllegalArgumentException("'" + value + "' is neither a dashboard uid nor a dashboard URL"
                        + " (.../d/<uid>/<slug>)");
            }
            value = m.group(1);
        }
        return check(value);
    }

    /** The uid itself, if Grafana would accept it. */
    public static String check(String uid) {
        if (uid == null || !VALID.matcher(uid).matches()) {
            throw new IllegalArgumentException("Invalid dashboard uid '" + uid + "': Grafana takes at most "
                    + MAX_LENGTH + " letters, digits, '-' and '_'");
        }
        return uid;
    }

    /**
     * A stable uid for a dashboard that has none, from its title: saving the same dashboard twice then updates it
     * instead of adding a duplicate (titles are not unique from Grafana 11.3 on). Lower-case letters, digits and
     * {@code -}; a title that does not fit in 40 characters keeps its start and gets a hash of the whole.
     */
    public static String fromTitle(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (!slug.isEmpty() && slug.length() <= MAX_LENGTH) {
            return slug;
        }
        String hash = sha256(title).substring(0, 12);
        String start = slug.length() > MAX_LENGTH - 13 ? slug.substring(0, MAX_LENGTH - 13) : slug;
        start = start.replaceAll("-+$", "");
        return start.isEmpty() ? hash : start + "-" + hash;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
