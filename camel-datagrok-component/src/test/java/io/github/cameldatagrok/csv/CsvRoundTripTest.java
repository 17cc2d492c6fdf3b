package io.github.cameldatagrok.csv;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.github.cameldatagrok.csv.CsvRowWriterTest.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** Rows written as CSV and read back. */
class CsvRoundTripTest {

    static List<Map<String, Object>> roundTrip(Object rows) {
        String csv = new CsvRowWriter().writeToString(rows);
        return new CsvRowReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))).readAll();
    }

    static Object back(Object value) {
        return roundTrip(List.of(row("before", 1, "v", value, "after", 2))).get(0).get("v");
    }

    @Test
    void textThatNeedsQuoting() {
        for (String text : List.of("a,b", "say \"hi\"", "\"", "\"\"", "line\nbreak", "crlf\r\nbreak", "cr\rbreak",
                "\n", " leading", "trailing ", "  ", "\t", "#hash", "Zürich", "東京", "😀 emoji 👍🏽", "mixed, \"all\"\r\n of it ",
                "\u0000nul", "back\\slash", "semi;colon", "single'quote")) {
            assertThat(back(text)).as("%s", text).isEqualTo(text);
        }
    }

    @Test
    void nullAndEmptyStringBothReadBackAsNull() {
        assertThat(back(null)).isNull();
        assertThat(back("")).isNull();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("only", null);
        assertThat(roundTrip(List.of(row, row("only", ""), row("only", "x"))))
                .extracting(r -> r.get("only")).containsExactly(null, null, "x");
    }

    @Test
    void numbers() {
        assertThat(back(42)).isEqualTo(42);
        assertThat(back(-42L)).isEqualTo(-42); // a small long reads back as Integer
        assertThat(back(Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
        assertThat(back(Long.MIN_VALUE)).isEqualTo(Long.MIN_VALUE);
        assertThat(back(new BigInteger("123456789012345678901234567890")))
                .isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(back(0.1)).isEqualTo(0.1);
        assertThat(back(Math.PI)).isEqualTo(Math.PI);
        assertThat(back(1e300)).isEqualTo(1e300);
        assertThat(back(-5e-324)).isEqualTo(-5e-324);
        assertThat(back(new BigDecimal("12.50"))).isEqualTo(12.5);
        assertThat(back(new BigDecimal("1E+3"))).isEqualTo(1000);
        assertThat(back(Double.NaN)).isEqualTo("NaN");
    }

    @Test
    void booleans() {
        assertThat(back(true)).isEqualTo(true);
        assertThat(back(false)).isEqualTo(false);
    }

    @Test
    void datesAndTimes() {
        assertThat(back(LocalDate.of(2024, 1, 31))).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(back(java.sql.Date.valueOf("2024-01-31"))).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(back(LocalDateTime.of(2024, 1, 31, 10, 15))).isEqualTo(LocalDateTime.of(2024, 1, 31, 10, 15));
        assertThat(back(LocalDateTime.of(2024, 1, 31, 10, 15, 30, 123_000_000)))
                .isEqualTo(LocalDateTime.of(2024, 1, 31, 10, 15, 30, 123_000_000));
        assertThat(back(Timestamp.valueOf("2024-01-31 10:15:30.5")))
                .isEqualTo(LocalDateTime.of(2024, 1, 31, 10, 15, 30, 500_000_000));
        assertThat(back(OffsetDateTime.of(2024, 1, 31, 10, 15, 30, 0, ZoneOffset.ofHours(2))))
                .isEqualTo(OffsetDateTime.of(2024, 1, 31, 10, 15, 30, 0, ZoneOffset.ofHours(2)));
        assertThat(back(Instant.parse("2024-01-31T10:15:30Z")))
                .isEqualTo(OffsetDateTime.of(2024, 1, 31, 10, 15, 30, 0, ZoneOffset.UTC));
        assertThat(back(java.sql.Time.valueOf("10:15:30"))).isEqualTo("10:15:30");
    }

    @Test
    void columnOrderIsKept() {
        List<Map<String, Object>> rows = roundTrip(List.of(row("z", 1, "a", 2, "m", 3)));
        assertThat(rows.get(0)).containsExactly(entry("z", 1), entry("a", 2), entry("m", 3));
    }

    @Test
    void columnNamesThatNeedQuoting() {
        List<Map<String, Object>> rows = roundTrip(List.of(row("a,b", 1, "say \"x\"", 2, " padded ", 3, "Zürich", 4)));
        assertThat(rows.get(0)).containsExactly(entry("a,b", 1), entry("say \"x\"", 2), entry(" padded ", 3),
                entry("Zürich", 4));
    }

    @Test
    void manyRowsStreamThroughTheInputStreamAndBack() throws IOException {
        int count = 200_000;
        Iterator<Map<String, Object>> rows = new Iterator<>() {
            int made;

            @Override
            public boolean hasNext() {
                return made < count;
            }

            @Override
            public Map<String, Object> next() {
                int i = made++;
                return row("id", i, "name", i % 1000 == 0 ? "quote \" comma , newline \n " + i : "name " + i,
                        "amount", i * 0.25, "day", LocalDate.of(2024, 1, 1).plusDays(i % 366),
                        "flag", i % 2 == 0, "empty", null);
            }
        };
        long read = 0;
        try (InputStream csv = new CsvRowsInputStream(rows); CsvRowReader reader = new CsvRowReader(csv)) {
            assertThat(reader.columns()).containsExactly("id", "name", "amount", "day", "flag", "empty");
            while (reader.hasNext()) {
                Map<String, Object> row = reader.next();
                int i = (int) read;
                assertThat(row.get("id")).isEqualTo(i);
                if (i % 1000 == 0) {
                    assertThat(row.get("name")).isEqualTo("quote \" comma , newline \n " + i);
                    assertThat(row.get("amount")).isEqualTo(i * 0.25);
                    assertThat(row.get("day")).isEqualTo(LocalDate.of(2024, 1, 1).plusDays(i % 366));
                    assertThat(row.get("flag")).isEqualTo(i % 2 == 0);
                    assertThat(row.get("empty")).isNull();
                }
                read++;
            }
        }
        assertThat(read).isEqualTo(count);
    }

    @Test
    void writerAndReaderAgreeOnBytes() throws IOException {
        List<Map<String, Object>> rows = CsvRowsInputStreamTest.sampleRows(1000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvRowWriter().write(rows, out);
        List<Map<String, Object>> back = new CsvRowReader(new ByteArrayInputStream(out.toByteArray()), false).readAll();
        assertThat(back).hasSize(1000);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> expected = new LinkedHashMap<>();
            rows.get(i).forEach((k, v) -> expected.put(k, v == null ? null : CsvValues.format(v, k)));
            assertThat(back.get(i)).isEqualTo(expected);
        }
    }
}
