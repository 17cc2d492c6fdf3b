package io.github.cameldatagrok.grafana.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.cameldatagrok.support.docs.DocBlocks;

/**
 * The {@code grafana:} documents whose Java and YAML blocks must run as written: the component's page and the
 * emulator's README. The tested sources are this module's {@code docs/snippets} tests first, then the tests of every
 * module beside it (the starter, Kamelets and Karaf tests show their own blocks) and the examples.
 */
public final class GrafanaDocs {

    public static final DocBlocks DOCS = new DocBlocks(
            List.of(DocBlocks.moduleFile("docs.adoc", "src/main/docs/grafana-component.adoc"),
                    DocBlocks.moduleFile("docs.emulator", "../camel-grafana-emulator/README.md")),
            sources());

    private GrafanaDocs() {
    }

    private static List<Path> sources() {
        List<Path> sources = new ArrayList<>();
        sources.add(DocBlocks.moduleFile("docs.snippets", "src/test/java/io/github/cameldatagrok/grafana/docs/snippets"));
        Path root = DocBlocks.moduleFile("docs.root", "..");
        try (var modules = Files.list(root)) {
            modules.map(m -> m.resolve("src/test/java")).filter(Files::isDirectory).sorted().forEach(sources::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sources.add(root.resolve("examples"));
        return sources;
    }
}
