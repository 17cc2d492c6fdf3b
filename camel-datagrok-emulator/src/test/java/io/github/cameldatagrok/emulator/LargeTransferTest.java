package io.github.cameldatagrok.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.CRC32;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A 50 MB CSV streamed up and down (the test JVM runs with -Xmx256m, see the pom). */
class LargeTransferTest {

    private static final long SIZE = 50L * 1024 * 1024;

    @RegisterExtension
    static DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();

    @Test
    void fiftyMegabytesRoundTripStreamed() throws Exception {
        Http http = Http.bearer(DATAGROK.emulator());
        HttpRequest upload = http.request("/public/v1/tables/Big.Data").header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedCsv(SIZE)), SIZE))
                .build();

        JsonNode answer = Http.json(Http.send(upload));

        assertThat(answer.get("Grok name").asText()).isEqualTo("Admin:Big:Data");
        assertThat(DATAGROK.emulator().tables().find("Admin:Big:Data")).get()
                .satisfies(info -> assertThat(info.sizeBytes()).isEqualTo(SIZE));

        HttpResponse<InputStream> download = Http.CLIENT.send(
                http.request("/public/v1/tables/" + answer.get("ID").asText()).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(download.headers().firstValueAsLong("Content-Length")).hasValue(SIZE);
        try (InputStream body = download.body()) {
            assertThat(crc(body)).isEqualTo(crc(new GeneratedCsv(SIZE)));
        }
    }

    @Test
    void chunkedUploadWithoutContentLengthWorks() throws Exception {
        Http http = Http.bearer(DATAGROK.emulator());
        long size = 5L * 1024 * 1024;
        HttpRequest upload = http.request("/public/v1/tables/Chunked").header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedCsv(size)))
                .build();

        assertThat(Http.send(upload).statusCode()).isEqualTo(200);
        try (InputStream stored = DATAGROK.emulator().tables().openCsv("Chunked")) {
            assertThat(crc(stored)).isEqualTo(crc(new GeneratedCsv(size)));
        }
    }

    private static long crc(InputStream in) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) > 0; ) {
            crc.update(buffer, 0, n);
        }
        return crc.getValue();
    }
}
