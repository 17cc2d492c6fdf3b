package io.github.cameldatagrok.grafana.emulator;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Grafana release the emulator plays, and the wire differences that follow from it. A major version alone
 * plays the newest release of that line known to the contract: 10 = 10.4.0, 11 = 11.6.0, 12 = 12.2.0, 13 = 13.2.1;
 * a full version ({@code 11.2.0}, {@code 13.0.1}) picks the behaviour of the releases in between.
 */
public record GrafanaVersion(int major, int minor, int patch) implements Comparable<GrafanaVersion> {

    private static final Pattern TEXT = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?");

    public GrafanaVersion {
        if (major < 10 || major > 13) {
            throw new IllegalArgumentException("The emulator plays Grafana 10, 11, 12 or 13, not " + major);
        }
        if (minor < 0 || patch < 0) {
            throw new IllegalArgumentException("Negative version part: " + major + "." + minor + "." + patch);
        }
    }

    /** The newest release of a major line: 10.4.0, 11.6.0, 12.2.0, 13.2.1. */
    public static GrafanaVersion of(int major) {
        return switch (major) {
            case 10 -> new GrafanaVersion(10, 4, 0);
            case 11 -> new GrafanaVersion(11, 6, 0);
            case 12 -> new GrafanaVersion(12, 2, 0);
            case 13 -> new GrafanaVersion(13, 2, 1);
            default -> throw new IllegalArgumentException("The emulator plays Grafana 10, 11, 12 or 13, not " + major);
        };
    }

    /** {@code "13"} (the newest of the line) or {@code "13.0.1"}. */
    public static GrafanaVersion parse(String text) {
        Matcher m = TEXT.matcher(Objects.requireNonNull(text, "version").trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a Grafana version: '" + text + "' (use 10, 11, 12, 13 or x.y.z)");
        }
        int major = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return of(major);
        }
        return new GrafanaVersion(major, Integer.parseInt(m.group(2)), m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
    }

    @Override
    public int compareTo(GrafanaVersion other) {
        int c = Integer.compare(major, other.major);
        if (c == 0) {
            c = Integer.compare(minor, other.minor);
        }
        return c != 0 ? c : Integer.compare(patch, other.patch);
    }

    private boolean atLeast(int major, int minor, int patch) {
        return compareTo(new GrafanaVersion(Math.max(major, 10), minor, patch)) >= 0;
    }

    /** Up to 11.2 a second dashboard with the same title in the same folder is refused (412 name-exists). */
    public boolean uniqueDashboardTitles() {
        return !atLeast(11, 3, 0);
    }

    /** From 11.6 the version list is {@code {"continueToken","versions"}}, before a bare array. */
    public boolean wrapsVersionList() {
        return atLeast(11, 6, 0);
    }

    /** From 11 the save answer names the {@code folderUid}. */
    public boolean saveAnswersFolderUid() {
        return major >= 11;
    }

    /** From 12 the delete answer carries {@code uid}; before it {@code id}. */
    public boolean deleteAnswersUid() {
        return major >= 12;
    }

    /** {@code /apis/dashboard.grafana.app/v1beta1} and {@code /apis/folder.grafana.app/v1beta1}: 12 and later. */
    public boolean servesV1beta1() {
        return major >= 12;
    }

    /** {@code /apis/.../v1}: 13 and later. */
    public boolean servesV1() {
        return major >= 13;
    }

    /**
     * After 13.0.1 the legacy save runs on the {@code /apis} client (grafana/grafana PR #122027): a stale or missing
     * {@code version} gets 409 "Dashboard already exists. Use overwrite flag to update.", not 412 version-mismatch.
     */
    public boolean legacySaveConflictIs409() {
        return atLeast(13, 0, 2);
    }

    /** Numeric-id routes of dashboards (removed) and data sources (off by default) answer only before 13. */
    public boolean servesNumericIdRoutes() {
        return major < 13;
    }

    /** {@code POST /api/auth/keys} answers 410 Gone from 11.3. */
    public boolean apiKeyCreationGone() {
        return atLeast(11, 3, 0);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
