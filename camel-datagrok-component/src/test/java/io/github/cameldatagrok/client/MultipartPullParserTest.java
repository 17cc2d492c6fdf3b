package io.github.cameldatagrok.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The pull adapter over Jetty's multipart parser, fed in every possible split of the bytes. */
class MultipartPullParserTest {

    private static final String BODY = "preamble\r\n--XyZ\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
            + "X-File-Status: not-modified\r\n\r\n"
            + "\r\n--XyZ\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"sub/c.csv\"\r\n"
            + "X-File-E-Tag: etag-c1\r\n\r\n"
            // content that looks like the start of a boundary, then is not one
            + "x,y\r\n--Xy\r\n1,2\r\n--X"
            + "\r\n--XyZ\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"sub/b.csv\"\r\n"
            + "X-File-Status: deleted\r\n\r\n"
            + "\r\n--XyZ--\r\n";

    @Test
    void partsComeOutWholeHoweverTheNetworkSplitsThem() throws IOException {
        for (int maxRead = 1; maxRead <= 64; maxRead++) {
            List<String> parts = read(new Trickle(BODY.getBytes(StandardCharsets.UTF_8), maxRead, maxRead), 16);
            assertThat(parts).as("reads of at most %d bytes", maxRead).containsExactly(
                    "a.csv|not-modified|null|",
                    "sub/c.csv|null|etag-c1|x,y\r\n--Xy\r\n1,2\r\n--X",
                    "sub/b.csv|deleted|null|");
        }
    }

    @Test
    void unreadContentIsSkipped() throws IOException {
        MultipartPullParser parser = new MultipartPullParser(new ByteArrayInputStream(BODY.getBytes()), "XyZ", 8);
        List<String> names = new ArrayList<>();
        Map<String, String> headers;
        while ((headers = parser.nextPart()) != null) {
            names.add(FileSyncParts.fileName(headers.get("content-disposition"), names.size()));
        }
        assertThat(names).containsExactly("a.csv", "sub/c.csv", "sub/b.csv");
    }

    @Test
    void headerNamesAreCaseInsensitiveAndTheFirstOfARepeatedNameWins() throws IOException {
        String body = "--XyZ\r\n"
                + "content-disposition: form-data; filename=\"a.csv\"\r\n"
                + "X-File-E-Tag: first\r\n"
                + "x-file-e-tag: second\r\n"
                + "X-File-Status: modified\r\n\r\n"
                + "abc\r\n--XyZ--\r\n";
        MultipartPullParser parser = new MultipartPullParser(new ByteArrayInputStream(body.getBytes()), "XyZ", 64);
        Map<String, String> headers = parser.nextPart();
        assertThat(headers.get("X-FILE-E-TAG")).isEqualTo("first");
        assertThat(headers.get("Content-Disposition")).isEqualTo("form-data; filename=\"a.csv\"");
        assertThat(headers.get("Content-Length")).isNull();
        assertThat(headers.containsKey("x-file-status")).isTrue();
        assertThat(headers).hasSize(3).containsEntry("X-File-E-Tag", "first")
                .containsEntry("X-File-Status", "modified");
        assertThat(headers.keySet()).containsExactly("content-disposition", "X-File-E-Tag", "X-File-Status");
        assertThatThrownBy(() -> headers.put("X-File-E-Tag", "changed"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(new String(parser.content().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("abc");
        assertThat(parser.nextPart()).isNull();
    }

    @Test
    void aTruncatedAnswerIsAnError() {
        byte[] cut = BODY.substring(0, BODY.indexOf("1,2")).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(new ByteArrayInputStream(cut), 1024)).isInstanceOf(IOException.class);
    }

    private static List<String> read(InputStream in, int bufferSize) throws IOException {
        MultipartPullParser parser = new MultipartPullParser(in, "XyZ", bufferSize);
        List<String> out = new ArrayList<>();
        Map<String, String> headers;
        while ((headers = parser.nextPart()) != null) {
            String content = new String(parser.content().readAllBytes(), StandardCharsets.UTF_8);
            out.add(FileSyncParts.fileName(headers.get("Content-Disposition"), out.size()) + "|"
                    + headers.get("x-file-status") + "|" + headers.get("X-File-E-Tag") + "|" + content);
        }
        return out;
    }

    /** Hands out the bytes in reads of random length up to a maximum, as a slow network would. */
    private static final class Trickle extends InputStream {
        private final byte[] data;
        private final int maxRead;
        private final Random random;
        private int position;

        Trickle(byte[] data, int maxRead, long seed) {
            this.data = data;
            this.maxRead = maxRead;
            this.random = new Random(seed);
        }

        @Override
        public int read() {
            return position < data.length ? data[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= data.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, 1 + random.nextInt(maxRead)), data.length - position);
            System.arraycopy(data, position, b, off, n);
            position += n;
            return n;
        }

        @Override
        public int available() {
            return 0;
        }
    }
}
