package io.github.cameldatagrok.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class CsvRowReaderTest {

    static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static List<Map<String, Object>> read(String csv) {
        return new CsvRowReader(utf8(csv)).readAll();
    }

    @Test
    void readsRowsInColumnOrderWithTypedValues() {
        List<Map<String, Object>> rows = read("id,name,day,ok,price\n1,Zürich,2024-01-31,true,1.5\n2,東京,,false,-3\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly(entry("id", 1), entry("name", "Zürich"),
                entry("day", LocalDate.of(2024, 1, 31)), entry("ok", true), entry("price", 1.5));
        assertThat(rows.get(1)).containsExactly(entry("id", 2), entry("name", "東京"), entry("day", null),
                entry("ok", false), entry("price", -3));
        assertThat(rows.get(0).keySet()).containsExactly("id", "name", "day", "ok", "price");
    }

    @Test
    void untypedKeepsTheText() {
        List<Map<String, Object>> rows = new CsvRowReader(utf8("a,b,c\n007,2024-01-31,\n"), false).readAll();
        assertThat(rows.get(0)).containsExactly(entry("a", "007"), entry("b", "2024-01-31"), entry("c", null));
    }

    @Test
    void quotedFieldsWithSeparatorsQuotesAndLineBreaks() {
        String csv = "a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",\"cr\r\nlf\"\r\n\" padded \",\"\"\r\n";
        List<Map<String, Object>> rows = read(csv);
        assertThat(rows).containsExactly(
                Map.of("a", "x,y", "b", "say \"hi\""),
                Map.of("a", "two\nlines", "b", "cr\r\nlf"),
                mapOf("a", " padded ", "b", null));
    }

    @Test
    void lineEndsOfAllKinds() {
        assertThat(read("a,b\r\n1,2\r\n3,4")).containsExactly(Map.of("a", 1, "b", 2), Map.of("a", 3, "b", 4));
        assertThat(read("a,b\r1,2\r3,4\r")).containsExactly(Map.of("a", 1, "b", 2), Map.of("a", 3, "b", 4));
        assertThat(read("a,b\n1,2\n3,4")).containsExactly(Map.of("a", 1, "b", 2), Map.of("a", 3, "b", 4));
    }

    @Test
    void unquotedSpacesAreKept() {
        assertThat(read("a,b\n 1 , x\n").get(0)).containsExactly(entry("a", " 1 "), entry("b", " x"));
    }

    @Test
    void utf8ByteOrderMarkIsSkipped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "name,n\nZürich,1\n".getBytes(StandardCharsets.UTF_8);
        byte[] csv = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, csv, 0, 3);
        System.arraycopy(body, 0, csv, 3, body.length);
        CsvRowReader reader = new CsvRowReader(new ByteArrayInputStream(csv));
        assertThat(reader.columns()).containsExactly("name", "n");
        assertThat(reader.readAll()).containsExactly(Map.of("name", "Zürich", "n", 1));
        // also from text already decoded with its mark
        assertThat(new CsvRowReader(new StringReader("\uFEFFname\nx\n")).columns()).containsExactly("name");
    }

    @Test
    void emptyInputHasNoColumnsAndNoRows() {
        CsvRowReader reader = new CsvRowReader(utf8(""));
        assertThat(reader.columns()).isEmpty();
        assertThat(reader.hasNext()).isFalse();
        assertThat(read("\n\n")).isEmpty();
    }

    @Test
    void headerOnlyHasColumnsAndNoRows() {
        CsvRowReader reader = new CsvRowReader(utf8("a,b\n"));
        assertThat(reader.columns()).containsExactly("a", "b");
        assertThat(reader.hasNext()).isFalse();
        assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void blankLinesAreSkippedWhenThereAreSeveralColumns() {
        assertThat(read("\na,b\n\n1,2\n\n\n3,4\n\n")).containsExactly(Map.of("a", 1, "b", 2), Map.of("a", 3, "b", 4));
        CsvRowReader reader = new CsvRowReader(utf8("a,b\n1,2\n\n\n"));
        assertThat(reader.hasNext()).isTrue();
        reader.next();
        assertThat(reader.hasNext()).isFalse();
    }

    @Test
    void inOneColumnABlankLineIsANullValue() {
        assertThat(read("a\n1\n\n\"\"\n2\n")).containsExactly(Map.of("a", 1), mapOf("a", null), mapOf("a", null),
                Map.of("a", 2));
    }

    @Test
    void aShortRowIsAnErrorNamingRowAndLine() {
        CsvRowReader reader = new CsvRowReader(utf8("a,b,c\n1,2,3\n4,5\n6,7,8\n"));
        assertThat(reader.next()).containsEntry("a", 1);
        assertThatThrownBy(reader::next)
                .isInstanceOf(CsvRowException.class)
                .hasMessage("CSV row 2 (ending on line 3) has 2 fields but the header has 3 columns [a, b, c]");
    }

    @Test
    void aLongRowIsAnErrorNamingRowAndLine() {
        assertThatThrownBy(() -> read("a,b\n1,2\n\"multi\nline\",2,3\n"))
                .isInstanceOf(CsvRowException.class)
                .hasMessage("CSV row 2 (ending on line 4) has 3 fields but the header has 2 columns [a, b]");
        assertThatThrownBy(() -> read("a\n1\nx,y\n"))
                .hasMessage("CSV row 2 (ending on line 3) has 2 fields but the header has 1 columns [a]");
    }

    @Test
    void aVeryLongRowIsCountedNotKept() {
        String longLine = "x,".repeat(99_999) + "x\n";
        assertThatThrownBy(() -> read("a,b\n1,2\n" + longLine))
                .isInstanceOf(CsvRowException.class)
                .hasMessage("CSV row 2 (ending on line 3) has 100000 fields but the header has 2 columns [a, b]");
    }

    @Test
    void malformedCsvIsAnErrorNamingRowAndLine() {
        assertThatThrownBy(() -> read("a,b\n1,2\n\"open,3\n4,5\n"))
                .isInstanceOf(CsvRowException.class)
                .hasMessageStartingWith("Malformed CSV in row 2 (line ")
                .hasMessageContaining("Missing closing quote");
        assertThatThrownBy(() -> read("a,b\n\"x\"y,2\n"))
                .isInstanceOf(CsvRowException.class)
                .hasMessageStartingWith("Malformed CSV in row 1 (line 2, column ");
    }

    @Test
    void emptyOrRepeatedHeaderNamesAreErrors() {
        assertThatThrownBy(() -> read("a,,c\n1,2,3\n"))
                .isInstanceOf(CsvRowException.class)
                .hasMessage("The CSV header [a, , c] has an empty name for column 2: every column needs a name");
        assertThatThrownBy(() -> read("a,b,a,b,c\n1,2,3,4,5\n"))
                .isInstanceOf(CsvRowException.class)
                .hasMessage("The CSV header [a, b, a, b, c] names the columns [a, b] more than once");
        assertThatThrownBy(() -> new CsvRowReader(utf8("x,x\n")).columns())
                .hasMessage("The CSV header [x, x] names the column [x] more than once");
    }

    @Test
    void aBadHeaderStaysAnErrorAndNoLaterLineBecomesTheHeader() {
        CsvRowReader reader = new CsvRowReader(utf8("a,a\nb,c\n1,2\n"));
        assertThatThrownBy(reader::hasNext).hasMessageContaining("[a]");
        assertThatThrownBy(reader::hasNext).hasMessageContaining("[a]");
        assertThatThrownBy(reader::columns).hasMessageContaining("[a]");
    }

    @Test
    void readsLazilyFromAnEndlessInput() throws IOException {
        CountingInput input = new CountingInput();
        try (CsvRowReader reader = new CsvRowReader(input)) {
            for (int i = 1; i <= 3; i++) {
                assertThat(reader.next()).containsExactly(entry("n", i), entry("text", "row " + i));
            }
            assertThat(reader.rowNumber()).isEqualTo(3);
            // only a parser buffer's worth has been read, of an input that never ends
            assertThat(input.read).isLessThan(64 * 1024);
        }
        assertThat(input.closed).isTrue();
    }

    @Test
    void closeClosesTheInputAndEndsIteration() {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream in = new ByteArrayInputStream("a\n1\n2\n".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        CsvRowReader reader = new CsvRowReader(in);
        assertThat(reader.next()).containsEntry("a", 1);
        reader.close();
        reader.close();
        assertThat(closed).isTrue();
        assertThat(reader.hasNext()).isFalse();
    }

    @Test
    void readAllClosesTheInputAlsoOnFailure() {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream in = new ByteArrayInputStream("a,b\n1,2\n3\n".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        assertThatThrownBy(() -> new CsvRowReader(in).readAll()).isInstanceOf(CsvRowException.class);
        assertThat(closed).isTrue();
    }

    @Test
    void streamOfRowsClosesTheReader() {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream in = new ByteArrayInputStream("a\n1\n2\n3\n".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        try (Stream<Map<String, Object>> rows = new CsvRowReader(in).stream()) {
            assertThat(rows.map(row -> row.get("a"))).containsExactly(1, 2, 3);
        }
        assertThat(closed).isTrue();
    }

    @Test
    void inputFailuresAreUncheckedIoExceptions() {
        InputStream failing = new InputStream() {
            int calls;

            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (calls++ == 0) {
                    byte[] start = "a,b\n1,".getBytes(StandardCharsets.UTF_8);
                    System.arraycopy(start, 0, b, off, start.length);
                    return start.length;
                }
                throw new IOException("connection reset");
            }
        };
        CsvRowReader reader = new CsvRowReader(failing);
        assertThatThrownBy(reader::hasNext).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("connection reset");
    }

    @Test
    void dateTimesAndLargeNumbers() {
        Map<String, Object> row = read("t,big,n\n2024-01-31T10:15:30.5,123456789012,007\n").get(0);
        assertThat(row).containsExactly(entry("t", LocalDateTime.of(2024, 1, 31, 10, 15, 30, 500_000_000)),
                entry("big", 123456789012L), entry("n", "007"));
    }

    static Map<String, Object> mapOf(String k1, Object v1) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put(k1, v1);
        return map;
    }

    static Map<String, Object> mapOf(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = mapOf(k1, v1);
        map.put(k2, v2);
        return map;
    }

    /** Endless CSV, made as it is read: a header, then rows 1, 2, 3, ... */
    static final class CountingInput extends InputStream {
        private byte[] line = "n,text\n".getBytes(StandardCharsets.UTF_8);
        private int position;
        private int next = 1;
        long read;
        boolean closed;

        @Override
        public int read() {
            if (position == line.length) {
                line = (next + ",row " + next + "\n").getBytes(StandardCharsets.UTF_8);
                next++;
                position = 0;
            }
            read++;
            return line[position++] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            for (int i = 0; i < len; i++) {
                b[off + i] = (byte) read();
            }
            return len;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
