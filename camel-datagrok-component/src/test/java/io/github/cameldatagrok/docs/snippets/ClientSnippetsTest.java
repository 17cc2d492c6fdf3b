package io.github.cameldatagrok.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.cameldatagrok.client.DatagrokClient;
import io.github.cameldatagrok.client.DatagrokClientConfig;
import io.github.cameldatagrok.client.model.TableUploadResult;
import io.github.cameldatagrok.client.UploadContent;
import io.github.cameldatagrok.emulator.DatagrokEmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The blocks of README.md and the component's page that use the Java client without Camel. */
class ClientSnippetsTest {

    @RegisterExtension
    static final DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();

    @Test
    void readmeClient() throws Exception {
        String datagrokUrl = DATAGROK.baseUrl();
        String apiKey = DATAGROK.apiKey();
        Files.writeString(Path.of("orders.csv"), "id,total\n1,2.5\n", StandardCharsets.UTF_8);
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            // tag::readme-client[]
            // datagrokUrl: e.g. "https://public.datagrok.ai/api"; apiKey: the user's API key
            try (DatagrokClient client = new DatagrokClient(DatagrokClientConfig.builder()
                    .baseUrl(datagrokUrl).apiKey(apiKey).build())) {
                TableUploadResult table = client.uploadTable("Sales:Orders", UploadContent.of(Path.of("orders.csv")));
                try (InputStream csv = client.downloadTable(table.id())) {
                    csv.transferTo(System.out);
                }
            }
            // end::readme-client[]
        } finally {
            System.setOut(out);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("id,total\n1,2.5\n");
    }
}
