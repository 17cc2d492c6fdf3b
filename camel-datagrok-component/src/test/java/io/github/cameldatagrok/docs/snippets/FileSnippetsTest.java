package io.github.cameldatagrok.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.cameldatagrok.emulator.files.FileStore;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.util.FileUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The file blocks of README.md and the component's page. */
class FileSnippetsTest extends SnippetTestSupport {

    private FileStore files;

    @BeforeEach
    void seed() throws Exception {
        emulator().reset();
        files = emulator().files();
        for (String dir : new String[] {"outbox", "inbox", "mirror", "state"}) {
            FileUtil.removeDir(Path.of(dir).toFile());
        }
        Files.createDirectories(Path.of("outbox"));
        files.put(FileStore.DEMO_FILES, "a.csv", bytes("a\n1\n"));
        files.put(FileStore.DEMO_FILES, "configs/app.csv", bytes("k,v\nx,1\n"));
        files.put(FileStore.DEMO_FILES, "incoming/sub/new.csv", bytes("n\n1\n"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void awaitFile(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(file).exists();
    }

    @Test
    void readmeFilesInJava() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // tag::readme-files[]
                from("file:outbox").to("datagrok:file:System:DemoFiles/incoming/");            // upload, named by CamelFileName
                from("direct:get").to("datagrok:file:System:DemoFiles/a.csv?action=download");  // unbuffered InputStream body
                from("timer:mirror?period=60000")                                                // Python-compatible folder mirror
                    .to("datagrok:file:System:DemoFiles/configs/?action=sync&localPath=mirror/configs&ext=csv")
                    .log("${body}");                                                              // written=.., unchanged=.., deleted=..

                // start a route from every file that arrives or changes in a connector folder (one files/sync request per poll);
                // with emitDeletes, a file gone from Datagrok comes as an exchange without body: route it apart
                from("datagrok:file:System:DemoFiles/incoming?delay=10000&include=.*\\.csv&emitDeletes=true&workDirectory=state")
                    .choice()
                        .when(header("CamelDatagrokFileStatus").isEqualTo("deleted"))
                            .log("deleted in Datagrok: ${header.CamelDatagrokFilePath}")
                        .otherwise()
                            .to("file:inbox");                                                    // CamelFileName keeps sub-folders
                // end::readme-files[]
                // the stream is read inside the exchange: it is closed when the exchange completes
                from("direct:check").to("direct:get").convertBodyTo(String.class);
            }
        });
        // the consumer copies the folder, sub-folders kept
        awaitFile(Path.of("inbox/sub/new.csv"));
        assertThat(Path.of("inbox/sub/new.csv")).hasContent("n\n1");
        // the mirror wrote the CSV file of configs/
        awaitFile(Path.of("mirror/configs/app.csv"));

        Path upload = Path.of("outbox/report.txt.tmp");
        Files.writeString(upload, "report");
        Files.move(upload, Path.of("outbox/report.txt"));
        awaitFileInDatagrok("incoming/report.txt");

        assertThat(template.requestBody("direct:check", null, String.class)).isEqualTo("a\n1\n");

        // a delete in Datagrok reaches the route as a delete exchange, which the snippet logs, not writes
        files.delete(FileStore.DEMO_FILES, "incoming/sub/new.csv");
        awaitDone("datagrok:file:*", 1);
    }

    private void awaitFileInDatagrok(String path) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (files.stat(FileStore.DEMO_FILES, path).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(files.stat(FileStore.DEMO_FILES, path)).isPresent();
    }

    @Test
    void readmeFilesInYaml() throws Exception {
        context.getRegistry().bind("sharedRepo", new MemoryIdempotentRepository());
        loadYaml(yaml("readme-files-yaml"));
        awaitFile(Path.of("inbox/sub/new.csv"));
    }
}
