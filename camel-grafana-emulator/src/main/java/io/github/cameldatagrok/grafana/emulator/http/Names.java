package io.github.cameldatagrok.grafana.emulator.http;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Grafana's uids and slugs. */
public final class Names {

    /** At most 40 letters, digits, '-' and '_' (pkg/services/dashboards/errors.go). */
    public static final int MAX_UID_LENGTH = 40;
    private static final Pattern UID = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private Names() {
    }

    /** Why this uid is refused (Grafana's 400 messages), or null when it is fine. */
    public static String uidProblem(String uid) {
        if (uid.length() > MAX_UID_LENGTH) {
            return "uid too long, max 40 characters";
        }
        if (!UID.matcher(uid).matches()) {
            return "uid contains illegal characters";
        }
        return null;
    }

    /** A new uid in the form Grafana generates: 14 lower-case letters and digits, starting with a letter. */
    public static String newUid() {
        StringBuilder uid = new StringBuilder(14);
        uid.append((char) ('a' + RANDOM.nextInt(6)));
        for (int i = 1; i < 14; i++) {
            uid.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return uid.toString();
    }

    /** 32 hexadecimal digits, as Grafana's public dashboard access tokens. */
    public static String newAccessToken() {
        StringBuilder token = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            token.append(Character.forDigit(RANDOM.nextInt(16), 16));
        }
        return token.toString();
    }

    /** A dashboard URL's slug: lower case, accents dropped, runs of anything else as one '-'. */
    public static String slug(String title) {
        String plain = MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFKD)).replaceAll("");
        String slug = NOT_SLUG.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }

    /** {@code /d/<uid>/<slug>}: a dashboard's URL path. */
    public static String dashboardUrl(String uid, String title) {
        return "/d/" + uid + "/" + slug(title);
    }

    /** {@code /dashboards/f/<uid>/<slug>}: a folder's URL path. */
    public static String folderUrl(String uid, String title) {
        return "/dashboards/f/" + uid + "/" + slug(title);
    }

    /** Grafana's timestamps on {@code /api}: ISO-8601 to the second, UTC. */
    public static String timestamp(java.time.Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }
}
