package io.github.cameldatagrok.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Checks a file name that came from the server before it is used as a path under a local directory. A name must be
 * relative, {@code /}-separated and stay inside the directory: absolute names, drive letters, {@code ..} and
 * {@code .} segments, empty segments, backslashes, NUL and other control characters are refused with an
 * {@link UnsafeFileNameException}. {@link #resolveForWrite} also refuses a name that leaves the directory through a
 * symbolic link already on disk.
 */
public final class SafeRelativePath {

    private SafeRelativePath() {
    }

    /** Returns the name unchanged if it is a safe relative path, else throws {@link UnsafeFileNameException}. */
    public static String check(String name) {
        String problem = problem(name);
        if (problem != null) {
            throw new UnsafeFileNameException(name, problem);
        }
        return name;
    }

    /** Why the name is not a safe relative path ("it contains '..'"), or null when it is one. */
    public static String problem(String name) {
        if (name == null || name.isEmpty()) {
            return "it is empty";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == 0) {
                return "it contains a NUL byte";
            }
            if (c < 0x20 || c == 0x7f) {
                return "it contains a control character";
            }
            if (c == '\\') {
                return "it contains a backslash";
            }
        }
        if (name.startsWith("/")) {
            return "it is an absolute path";
        }
        if (name.length() >= 2 && name.charAt(1) == ':' && isAsciiLetter(name.charAt(0))) {
            return "it starts with a drive letter";
        }
        // segment by segment, without splitting: this runs for every file of every sync answer
        for (int start = 0; start <= name.length(); ) {
            int end = name.indexOf('/', start);
            if (end < 0) {
                end = name.length();
            }
            int length = end - start;
            if (length == 0) {
                return "it has an empty path segment";
            }
            if (name.charAt(start) == '.' && (length == 1 || length == 2 && name.charAt(start + 1) == '.')) {
                return length == 2 ? "it contains '..'" : "it contains a '.' segment";
            }
            start = end + 1;
        }
        return null;
    }

    /**
     * Why a name from a {@code files/sync} answer may not be the file's real name, or null. A part's
     * {@code filename="..."} cannot carry {@code "} or control characters, so a server escapes them as browsers do
     * ({@code q"uote.csv} arrives as {@code q%22uote.csv}); such a name is safe as a path but names no file the
     * server would find, so whoever acts on the real file (writes it under its name, deletes it) refuses it.
     */
    public static String headerEscapeProblem(String name) {
        for (int i = name.indexOf('%'); i >= 0 && i + 2 < name.length(); i = name.indexOf('%', i + 1)) {
            int high = Character.digit(name.charAt(i + 1), 16);
            int low = Character.digit(name.charAt(i + 2), 16);
            int value = high * 16 + low;
            if (high >= 0 && low >= 0 && (value == '"' || value < 0x20 || value == 0x7f)) {
                return "it holds " + name.substring(i, i + 3) + ", the escape of a character a multipart header"
                        + " cannot carry, so the file's real name is unknown";
            }
        }
        return null;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /** The checked name resolved under {@code directory}; the result is always strictly inside it. */
    public static Path resolve(Path directory, String name) {
        check(name);
        Path base = directory.toAbsolutePath().normalize();
        Path target;
        try {
            target = base.resolve(name).normalize();
        } catch (java.nio.file.InvalidPathException invalid) {
            throw new UnsafeFileNameException(name, "it is not a valid path here (" + invalid.getReason() + ")");
        }
        if (!target.startsWith(base) || target.equals(base)) {
            throw new UnsafeFileNameException(name, "it resolves outside " + base);
        }
        return target;
    }

    /**
     * {@link #resolve}, then creates the parent directories and checks, on the real file system, that neither they
     * nor an existing file at the target lead out of {@code directory} through a symbolic link.
     */
    public static Path resolveForWrite(Path directory, String name) throws IOException {
        Path target = resolve(directory, name);
        Path realBase = directory.toRealPath();
        Files.createDirectories(target.getParent());
        if (!target.getParent().toRealPath().startsWith(realBase)) {
            throw new UnsafeFileNameException(name, "a symbolic link on its way leads outside " + realBase);
        }
        if (Files.isSymbolicLink(target)) {
            throw new UnsafeFileNameException(name, "the target is a symbolic link");
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new UnsafeFileNameException(name, "a directory of that name exists");
        }
        return target;
    }

    /** The name quoted for a message, control characters made visible. */
    static String display(String name) {
        if (name == null) {
            return "(none)";
        }
        StringBuilder out = new StringBuilder(name.length() + 2).append('\'');
        for (int i = 0; i < name.length() && out.length() < 300; i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }
}
