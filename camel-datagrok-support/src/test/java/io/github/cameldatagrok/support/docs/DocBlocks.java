package io.github.cameldatagrok.support.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code blocks of a component's documents, each named by the marker line just above it:
 * {@code <!-- snippet: NAME -->} in Markdown, {@code // snippet: NAME} in AsciiDoc. A Java block is kept identical to
 * the region between {@code // tag::NAME[]} and {@code // end::NAME[]} of a tested source; a YAML block is loaded
 * verbatim, with {@code yaml("NAME")}, by a test. {@link DocSnippetsCheck} enforces both.
 */
public final class DocBlocks {

    private static final Pattern MD_FENCE = Pattern.compile("^```([a-z]*)\\s*$");
    private static final Pattern MD_MARKER = Pattern.compile("^<!-- snippet: ([A-Za-z0-9_.-]+) -->\\s*$");
    private static final Pattern ADOC_SOURCE = Pattern.compile("^\\[source,\\s*([a-z]+)[^]]*]\\s*$");
    private static final Pattern ADOC_MARKER = Pattern.compile("^// snippet: ([A-Za-z0-9_.-]+)\\s*$");

    private final List<Path> documents;
    private final List<Path> sources;

    /** A code block: its document, first line (1-based), language, marker name (null if none) and text. */
    public record Block(Path document, int line, String language, String name, String text) {
        public String where() {
            return document.getFileName() + ":" + line;
        }
    }

    /**
     * @param documents the documents whose blocks are checked
     * @param sources   the folders holding the tested sources of the blocks (missing ones are skipped)
     */
    public DocBlocks(List<Path> documents, List<Path> sources) {
        this.documents = List.copyOf(documents);
        this.sources = List.copyOf(sources);
    }

    /**
     * A file of the module under test, from the {@code basedir} surefire sets (the snippet tests run in another working
     * directory), else relative to the working directory; a system property {@code property}, when set, wins.
     */
    public static Path moduleFile(String property, String relative) {
        String given = System.getProperty(property);
        Path path = given != null ? Path.of(given) : Path.of(System.getProperty("basedir", ".")).resolve(relative);
        return path.toAbsolutePath().normalize();
    }

    public List<Path> documents() {
        return documents;
    }

    public List<Path> sources() {
        return sources;
    }

    /** Every code block of every document. */
    public List<Block> all() {
        List<Block> blocks = new ArrayList<>();
        for (Path document : documents) {
            blocks.addAll(blocks(document));
        }
        return blocks;
    }

    /** The text of the YAML block named {@code name}, exactly as the document has it. */
    public String yaml(String name) {
        return named(name, "yaml").text();
    }

    /** The block named {@code name}, which must be in language {@code language}. */
    public Block named(String name, String language) {
        List<Block> found = all().stream().filter(b -> name.equals(b.name())).toList();
        if (found.size() != 1) {
            throw new IllegalStateException(found.size() + " code blocks are marked 'snippet: " + name + "'");
        }
        Block block = found.get(0);
        if (!language.equals(block.language())) {
            throw new IllegalStateException(block.where() + ": snippet " + name + " is " + block.language()
                    + ", not " + language);
        }
        return block;
    }

    /** The code blocks of one document, Markdown or AsciiDoc by its name. */
    public static List<Block> blocks(Path document) {
        List<String> lines;
        try {
            lines = Files.readAllLines(document, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean adoc = document.toString().endsWith(".adoc");
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher start = (adoc ? ADOC_SOURCE : MD_FENCE).matcher(lines.get(i));
            if (!start.matches() || (!adoc && start.group(1).isEmpty())) {
                continue;
            }
            String language = start.group(1);
            String name = null;
            if (i > 0) {
                Matcher marker = (adoc ? ADOC_MARKER : MD_MARKER).matcher(lines.get(i - 1));
                name = marker.matches() ? marker.group(1) : null;
            }
            int first;
            String end;
            if (adoc) {
                // [source,x] then a ---- delimiter line
                first = i + 2;
                end = lines.get(i + 1);
            } else {
                first = i + 1;
                end = "```";
            }
            int last = first;
            while (last < lines.size() && !lines.get(last).equals(end)) {
                last++;
            }
            blocks.add(new Block(document, first + 1, language, name,
                    String.join("\n", lines.subList(first, last)) + "\n"));
            i = last;
        }
        return blocks;
    }

    /**
     * The region of the tested sources between {@code // tag::NAME[]} and {@code // end::NAME[]}, without its common
     * indentation; null when no source has it.
     */
    public String taggedSource(String name) {
        String startTag = "// tag::" + name + "[]";
        String endTag = "// end::" + name + "[]";
        for (Path source : sourceFiles()) {
            List<String> lines = read(source).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).trim().equals(startTag)) {
                    int j = i + 1;
                    while (j < lines.size() && !lines.get(j).trim().equals(endTag)) {
                        j++;
                    }
                    return dedent(lines.subList(i + 1, j));
                }
            }
        }
        return null;
    }

    /** Whether a tested source loads the YAML block {@code name} with {@code yaml("NAME")}. */
    public boolean yamlLoadedByATest(String name) {
        String call = "yaml(\"" + name + "\")";
        return sourceFiles().stream().anyMatch(source -> read(source).contains(call));
    }

    /** The Java files under the source folders. */
    private List<Path> sourceFiles() {
        List<Path> files = new ArrayList<>();
        for (Path root : sources) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (var walk = Files.walk(root)) {
                // build output (a module's target/) holds no tested source
                walk.filter(p -> p.toString().endsWith(".java") && !inBuildOutput(root.relativize(p)))
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static boolean inBuildOutput(Path relative) {
        for (Path segment : relative) {
            if (segment.toString().equals("target")) {
                return true;
            }
        }
        return false;
    }

    private static String read(Path source) {
        try {
            return Files.readString(source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines without their common leading white space, trailing white space removed. */
    public static String dedent(List<String> lines) {
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line.isBlank() ? "" : line.substring(indent).stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
