package io.github.cameldatagrok.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.cameldatagrok.client.DatagrokFiles;
import io.github.cameldatagrok.client.DirectorySync;
import io.github.cameldatagrok.client.FileSyncOptions;
import io.github.cameldatagrok.client.FileSyncPart;
import io.github.cameldatagrok.client.FileSyncParts;
import io.github.cameldatagrok.client.FileSyncStatus;
import io.github.cameldatagrok.client.SafeRelativePath;
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
        for (String dir : new String[] {"outbox", "inbox", "mirror", "state", "reports", ".camel-datagrok"}) {
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

    private static void awaitFile(Path file) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(file).exists());
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

    private void awaitFileInDatagrok(String path) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(files.stat(FileStore.DEMO_FILES, path)).isPresent());
    }

    @Test
    void readmeFilesInYaml() throws Exception {
        context.getRegistry().bind("sharedRepo", new MemoryIdempotentRepository());
        loadYaml(yaml("readme-files-yaml"));
        awaitFile(Path.of("inbox/sub/new.csv"));
    }

    @Test
    void adocUpload() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // tag::adoc-file-upload[]
                from("file:outbox?recursive=true")
                    .to("datagrok:file:System:DemoFiles/incoming/")
                    .log("Uploaded ${header.CamelDatagrokFilePath}");

                from("direct:report")
                    .setHeader("CamelDatagrokFilePath", simple("reports/${date:now:yyyy-MM-dd}.csv"))
                    .to("datagrok:file:System:DemoFiles");
                // end::adoc-file-upload[]
            }
        });
        Files.createDirectories(Path.of("outbox/2026"));
        Files.writeString(Path.of("outbox/2026/q4.txt.tmp"), "q4");
        Files.move(Path.of("outbox/2026/q4.txt.tmp"), Path.of("outbox/2026/q4.txt"));
        awaitFileInDatagrok("incoming/2026/q4.txt");

        template.sendBody("direct:report", "day,total\n1,2\n");
        String today = java.time.LocalDate.now().toString();
        assertThat(new String(files.read(FileStore.DEMO_FILES, "reports/" + today + ".csv"), StandardCharsets.UTF_8))
                .isEqualTo("day,total\n1,2\n");
    }

    @Test
    void adocSync() throws Exception {
        files.put(FileStore.DEMO_FILES, "archive/old.txt", bytes("old"));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // tag::adoc-file-sync[]
                from("timer:mirror?period=60000")
                    .to("datagrok:file:System:DemoFiles/configs/?action=sync&ext=csv&localPath=mirror/configs")
                    .log("${body}")                                   // written=2, unchanged=14, deleted=1
                    .split(simple("${body.written}"))
                        .log("new or changed: ${body}");

                // keep the local files when the remote folder is empty (the Python client would wipe localPath on a 204)
                from("timer:backup?period=3600000")
                    .to("datagrok:file:System:DemoFiles/archive/?action=sync&recursive=true&clearWhenRemoteEmpty=false"
                        + "&localPath=mirror/archive");
                // end::adoc-file-sync[]
            }
        });
        awaitFile(Path.of("mirror/configs/app.csv"));
        awaitFile(Path.of("mirror/archive/old.txt"));
    }

    @Test
    void adocConsumer() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // tag::adoc-file-consumer[]
                from("datagrok:file:System:DemoFiles/incoming?delay=10000&include=.*\\.csv&emitDeletes=true")
                    .choice()
                        .when(header("CamelDatagrokFileStatus").isEqualTo("deleted"))
                            .log("gone: ${header.CamelDatagrokFilePath}")
                        .otherwise()
                            .to("file:inbox");   // CamelFileName is the path below incoming/, sub-folders included
                // end::adoc-file-consumer[]
            }
        });
        awaitFile(Path.of("inbox/sub/new.csv"));
    }

    @Test
    void adocConsumerInYaml() throws Exception {
        loadYaml(yaml("adoc-file-consumer-yaml"));
        awaitFile(Path.of("inbox/sub/new.csv"));
        // the state went where the snippet says
        assertThat(Path.of("state")).isDirectory();
    }

    @Test
    void adocConsumerOptions() throws Exception {
        files.createConnector("Admin:Lab");
        files.put("Admin:Lab", "results/r1.csv", bytes("r\n1\n"));
        files.put("Admin:Lab", "results/r2.tmp", bytes("partial"));
        org.apache.camel.support.processor.state.FileStateRepository labState =
                org.apache.camel.support.processor.state.FileStateRepository.fileStateRepository(Path.of("state", "lab.dat").toFile());
        Files.createDirectories(Path.of("state"));
        context.getRegistry().bind("labState", labState);
        List<Object> results = new java.util.concurrent.CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("seda:results").process(e -> results.add(e.getMessage().getBody(String.class)));
                // tag::adoc-file-consumer-options[]
                // a StateRepository<String, String> bean, e.g. Camel's FileStateRepository or a JDBC-backed one
                from("datagrok:file:Admin:Lab/results?stateRepository=#labState&exclude=.*\\.tmp&maxMessagesPerPoll=100"
                     + "&spoolThreshold=1048576&sendEmptyMessageWhenIdle=true&readOnly=true&delay=30000")
                    .filter(body().isNotNull())
                        .to("seda:results");            // the spooled body outlives the poll
                // end::adoc-file-consumer-options[]
            }
        });
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (results.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(results).containsExactly("r\n1\n");
    }

    @Test
    void adocFilesInYaml() throws Exception {
        loadYaml(yaml("adoc-files-yaml"));
        awaitFile(Path.of("mirror/configs/app.csv"));

        Files.writeString(Path.of("outbox/up.txt.tmp"), "up");
        Files.move(Path.of("outbox/up.txt.tmp"), Path.of("outbox/up.txt"));
        awaitFileInDatagrok("incoming/up.txt");

        files.put(FileStore.DEMO_FILES, "reports/2026-12-01.csv", bytes("d\n1\n"));
        template.sendBodyAndHeader("direct:fetch", null, "day", "2026-12-01");
        assertThat(Path.of("reports/2026-12-01.csv")).hasContent("d\n1");
    }

    @Test
    void adocFilesClient() throws Exception {
        FileUtil.removeDir(Path.of("copies").toFile());
        Files.createDirectories(Path.of("copies"));
        Files.writeString(Path.of("orders.csv"), "id\n1\n");
        try (io.github.cameldatagrok.client.DatagrokClient client = new io.github.cameldatagrok.client.DatagrokClient(
                io.github.cameldatagrok.client.DatagrokClientConfig.builder()
                        .baseUrl(DATAGROK.baseUrl()).apiKey(DATAGROK.apiKey()).build())) {
            java.io.PrintStream out = System.out;
            System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
            try {
                // tag::adoc-files-client[]
                DatagrokFiles files = client.files();
                files.upload("System:DemoFiles", "incoming/orders.csv", Path.of("orders.csv"));
                try (InputStream in = files.download("System:DemoFiles", "incoming/orders.csv")) {   // unbuffered
                    in.transferTo(System.out);
                }

                // the parts of one files/sync answer, each read live off the response; knownETags: relative path -> eTag
                Map<String, String> knownETags = new HashMap<>();
                try (FileSyncParts parts = files.openSync("System:DemoFiles", "incoming", knownETags, FileSyncOptions.defaults())) {
                    for (FileSyncPart part : parts) {
                        if (part.status() == FileSyncStatus.MODIFIED) {
                            // refuses absolute names, "..", control characters and symbolic links out of copies/
                            Path target = SafeRelativePath.resolveForWrite(Path.of("copies"), part.fileName());
                            Files.copy(part.content(), target, StandardCopyOption.REPLACE_EXISTING);
                            knownETags.put(part.fileName(), part.eTag());
                        }
                    }
                }
                // or the whole Python-compatible mirror
                DirectorySync.Result result = files.syncDirectory("System:DemoFiles", "incoming", Path.of("mirror"), null);
                files.delete("System:DemoFiles", "incoming/orders.csv");
                // end::adoc-files-client[]
                assertThat(knownETags).containsOnlyKeys("orders.csv", "sub/new.csv");
                assertThat(result.writtenCount()).isEqualTo(2);
            } finally {
                System.setOut(out);
            }
        }
        assertThat(Path.of("copies/sub/new.csv")).hasContent("n\n1");
        assertThat(Path.of("mirror/orders.csv")).hasContent("id\n1");
        assertThat(files.stat(FileStore.DEMO_FILES, "incoming/orders.csv")).isEmpty();
    }
}
