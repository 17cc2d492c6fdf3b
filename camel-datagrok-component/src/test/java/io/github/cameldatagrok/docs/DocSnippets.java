package io.github.cameldatagrok.docs;

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
 * The code blocks of the project's documents (README.md and the component's adoc page), each named by the marker line
 * just above it: {@code <!-- snippet: NAME -->} in Markdown, {@code // snippet: NAME} in AsciiDoc. A Java block is
 * kept identical to the region between {@code // tag::NAME[]} and {@code // end::NAME[]} of a tested source under
 * {@code docs/snippets}; a YAML block is loaded verbatim, by {@link #yaml(String)}, by a test there.
 */
public final class DocSnippets {

    /** The documents whose code blocks are checked, relative to the component module. */
    public static final List<Path> DOCUMENTS = List.of(
            document("docs.readme", "../README.md"),
            document("docs.adoc", "src/main/docs/datagrok-component.adoc"));

    /** Where the tested sources of the Java blocks are. */
    public static final Path SNIPPET_SOURCES = document("docs.snippets",
            "src/test/java/io/github/cameldatagrok/docs/snippets");

    /** Tested sources of blocks that need another module (the Endpoint DSL's builders, the examples). */
    public static final List<Path> OTHER_SNIPPET_SOURCES = List.of(
            document("docs.snippets.endpointdsl", "../camel-datagrok-endpointdsl/src/test/java"),
            // the examples run their routes in their own tests (the cluster's against ZooKeeper and PostgreSQL)
            document("docs.snippets.examples", "../examples"));

    private static final Pattern MD_FENCE = Pattern.compile("^```([a-z]*)\\s*$");
    private static final Pattern MD_MARKER = Pattern.compile("^<!-- snippet: ([A-Za-z0-9_.-]+) -->\\s*$");
    private static final Pattern ADOC_SOURCE = Pattern.compile("^\\[source,\\s*([a-z]+)[^]]*]\\s*$");
    private static final Pattern ADOC_MARKER = Pattern.compile("^// snippet: ([A-Za-z0-9_.-]+)\\s*$");

    /** A code block: its document, first line (1-based), language, marker name (null if none) and text. */
    public record Block(Path document, int line, String language, String name, String text) {
        public String where() {
            return document.getFileName() + ":" + line;
        }
    }

    private DocSnippets() {
    }

    private static Path document(String property, String fallback) {
        return Path.of(System.getProperty(property, fallback)).toAbsolutePath().normalize();
    }

    /** Every code block of every document. */
    public static List<Block> all() {
        List<Block> blocks = new ArrayList<>();
        for (Path document : DOCUMENTS) {
            blocks.addAll(blocks(document));
        }
        return blocks;
    }

    /**
     * A block of the component's page ({@code datagrok-component.adoc}) named {@code name}, in {@code language}: for the
     * page's sections whose blocks are already tested where they are written.
     */
    public static Block componentPageBlock(String name, String language) {
        Path page = document("docs.adoc", "src/main/docs/datagrok-component.adoc");
        List<Block> found = blocks(page).stream().filter(b -> name.equals(b.name())).toList();
        if (found.size() != 1 || !language.equals(found.get(0).language())) {
            throw new IllegalStateException(page.getFileName() + " has " + found.size() + " " + language
                    + " blocks marked 'snippet: " + name + "'");
        }
        return found.get(0);
    }

    /** The text of the YAML block named {@code name}, exactly as the document has it. */
    public static String yaml(String name) {
        return named(name, "yaml").text();
    }

    /** The block named {@code name}, which must be in language {@code language}. */
    public static Block named(String name, String language) {
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

    static List<Block> blocks(Path document) {
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
    public static String taggedSource(String name) {
        String startTag = "// tag::" + name + "[]";
        String endTag = "// end::" + name + "[]";
        for (Path source : snippetSources()) {
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

    /** Whether a tested source loads the YAML block {@code name} with {@code DocSnippets.yaml("NAME")}. */
    public static boolean yamlLoadedByATest(String name) {
        String call = "yaml(\"" + name + "\")";
        return snippetSources().stream().anyMatch(source -> read(source).contains(call));
    }

    /** The Java files under {@link #SNIPPET_SOURCES} and {@link #OTHER_SNIPPET_SOURCES}. */
    private static List<Path> snippetSources() {
        List<Path> sources = new ArrayList<>();
        for (Path root : concat(SNIPPET_SOURCES, OTHER_SNIPPET_SOURCES)) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (var files = Files.walk(root)) {
                files.filter(p -> p.toString().endsWith(".java")).sorted().forEach(sources::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }

    private static List<Path> concat(Path first, List<Path> rest) {
        List<Path> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
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
