package io.github.cameldatagrok.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static io.github.cameldatagrok.csv.CsvRowWriterTest.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvRowsInputStreamTest {

    static List<Map<String, Object>> sampleRows(int count) {
        List<Map<String, Object>> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(row("id", i, "name", i % 7 == 0 ? "Zürich, \"東京\" 😀\n" + i : "name " + i,
                    "amount", new BigDecimal(i).movePointLeft(2), "day", LocalDate.of(2024, 1, 1).plusDays(i % 400),
                    "note", i % 5 == 0 ? null : " padded "));
        }
        return rows;
    }

    static byte[] written(List<String> columns, Object rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvRowWriter(columns).write(rows, out);
        return out.toByteArray();
    }

    /** Reads everything with reads of the given sizes, in turn. */
    static byte[] readInChunks(InputStream in, int... sizes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[200_000];
        for (int i = 0; ; i++) {
            int size = sizes[i % sizes.length];
            int n;
            if (size == 1 && i % 2 == 0) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                out.write(b);
                continue;
            }
            n = in.read(buffer, 3, size);
            if (n < 0) {
                break;
            }
            assertThat(n).isBetween(1, size);
            out.write(buffer, 3, n);
        }
        return out.toByteArray();
    }

    @Test
    void producesTheWritersBytes() throws IOException {
        List<Map<String, Object>> rows = sampleRows(20_000);
        byte[] expected = written(null, rows);
        assertThat(expected.length).isGreaterThan(3 * CsvRowsInputStream.CHUNK);
        try (InputStream in = new CsvRowsInputStream(rows)) {
            assertThat(in.readAllBytes()).isEqualTo(expected);
        }
    }

    @Test
    void producesTheWritersBytesReadInOddChunks() throws IOException {
        List<Map<String, Object>> rows = sampleRows(5_000);
        byte[] expected = written(List.of("note", "id", "day", "amount", "name"), rows);
        for (int[] sizes : new int[][] {{1}, {7}, {3, 1, 1000, 13}, {65_537}, {99_999, 2}}) {
            try (InputStream in = new CsvRowsInputStream(rows, List.of("note", "id", "day", "amount", "name"))) {
                assertThat(readInChunks(in, sizes)).as("reads of %s bytes", java.util.Arrays.toString(sizes))
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void emptySources() throws IOException {
        try (InputStream in = new CsvRowsInputStream(List.of(), List.of("a", "b"))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("a,b\n");
        }
        try (InputStream in = new CsvRowsInputStream(List.of())) {
            assertThat(in.read()).isEqualTo(-1);
            assertThat(in.read(new byte[10], 0, 10)).isEqualTo(-1);
        }
    }

    @Test
    void pullsOnlyTheRowsItNeeds() throws IOException {
        // an endless source: reading a little pulls a few rows, never the rest
        int[] pulled = {0};
        Iterator<Map<String, Object>> endless = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                pulled[0]++;
                return row("n", pulled[0], "text", "row " + pulled[0]);
            }
        };
        try (InputStream in = new CsvRowsInputStream(endless)) {
            byte[] start = new byte[8];
            // the header; the first row is pulled for its keys
            assertThat(in.read(start, 0, 7)).isEqualTo(7);
            assertThat(new String(start, 0, 7, StandardCharsets.UTF_8)).isEqualTo("n,text\n");
            assertThat(pulled[0]).isEqualTo(1);
            assertThat(in.read(start, 0, 8)).isEqualTo(8);
            assertThat(new String(start, StandardCharsets.UTF_8)).isEqualTo("1,row 1\n");
            assertThat(pulled[0]).isEqualTo(1);
            assertThat(in.read()).isEqualTo('2');
            assertThat(pulled[0]).isEqualTo(2);
            byte[] chunk = new byte[1000];
            assertThat(in.read(chunk)).isEqualTo(",row 2\n".length()); // what is buffered comes first
            assertThat(pulled[0]).isEqualTo(2);
            // a read of 1000 bytes makes about 1000 bytes of rows (of 9 to 14 bytes each)
            assertThat(in.read(chunk)).isEqualTo(1000);
            assertThat(pulled[0]).isBetween(2 + 1000 / 14, 2 + 1000 / 9 + 1);
            // a large read makes at most a chunk
            int before = pulled[0];
            byte[] big = new byte[1_000_000];
            int n = in.read(big);
            assertThat(n).isLessThanOrEqualTo(CsvRowsInputStream.CHUNK + 14);
            assertThat(pulled[0] - before).isLessThanOrEqualTo(CsvRowsInputStream.CHUNK / 9 + 1);
        }
    }

    @Test
    void closeClosesTheStreamOfRows() throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        Stream<Map<String, Object>> rows = IntStream.range(0, 1_000_000).mapToObj(i -> row("i", i))
                .onClose(() -> closed.set(true));
        InputStream in = new CsvRowsInputStream(rows);
        assertThat(in.read(new byte[100])).isPositive();
        in.close();
        assertThat(closed).isTrue();
        assertThatThrownBy(in::read).isInstanceOf(IOException.class).hasMessageContaining("closed");
        in.close();
    }

    @Test
    void closeClosesACloseableIterator() throws IOException {
        CsvRowWriterTest.ClosingIterator rows = new CsvRowWriterTest.ClosingIterator(
                List.of(row("a", 1), row("a", 2)).iterator());
        try (InputStream in = new CsvRowsInputStream(rows)) {
            assertThat(in.readAllBytes()).isEqualTo("a\n1\n2\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(rows.closed).isTrue();
    }

    @Test
    void aBadRowFailsTheReadAndEveryLaterOne() throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>(sampleRows(3));
        rows.add(row("id", 9));
        try (InputStream in = new CsvRowsInputStream(rows)) {
            assertThatThrownBy(in::readAllBytes)
                    .isInstanceOf(CsvRowException.class)
                    .hasMessageStartingWith("Row 4 does not have the keys of the columns [id, name, amount, day, note]")
                    .hasMessageContaining("missing [name, amount, day, note]");
            assertThatThrownBy(in::read).isInstanceOf(IOException.class)
                    .hasMessageContaining("Row 4").hasCauseInstanceOf(CsvRowException.class);
        }
    }

    @Test
    void badSourcesAndColumnsFailAtOnce() {
        assertThatThrownBy(() -> new CsvRowsInputStream("text")).isInstanceOf(CsvRowException.class)
                .hasMessageContaining("not java.lang.String");
        assertThatThrownBy(() -> new CsvRowsInputStream(List.of(), List.of("a", "a")))
                .isInstanceOf(CsvRowException.class).hasMessageContaining("more than once");
    }

    @Test
    void availableCountsBufferedBytes() throws IOException {
        try (InputStream in = new CsvRowsInputStream(List.of(row("a", 1)))) {
            assertThat(in.available()).isZero();
            assertThat(in.read()).isEqualTo('a');
            assertThat(in.available()).isPositive();
        }
    }
}
