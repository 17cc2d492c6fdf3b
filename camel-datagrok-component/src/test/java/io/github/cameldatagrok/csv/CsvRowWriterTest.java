package io.github.cameldatagrok.csv;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvRowWriterTest {

    enum Color { RED }

    /** A row with keys in the given order: k1, v1, k2, v2, ... (values may be null). */
    static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }

    static String csv(Object rows) {
        return new CsvRowWriter().writeToString(rows);
    }

    static String csv(List<String> columns, Object rows) {
        return new CsvRowWriter(columns).writeToString(rows);
    }

    /** The field of a one-column table holding {@code value}. */
    static String field(Object value) {
        String text = csv(List.of(row("v", value)));
        assertThat(text).startsWith("v\n").endsWith("\n");
        return text.substring(2, text.length() - 1);
    }

    @Test
    void headerThenRowsInFirstRowKeyOrder() {
        assertThat(csv(List.of(row("b", 1, "a", "x", "c", true), row("b", 2, "a", "y", "c", false))))
                .isEqualTo("b,a,c\n1,x,true\n2,y,false\n");
    }

    @Test
    void laterRowsMayHaveTheirKeysInAnotherOrder() {
        assertThat(csv(List.of(row("a", 1, "b", 2), row("b", 4, "a", 3)))).isEqualTo("a,b\n1,2\n3,4\n");
        assertThat(csv(List.of(new TreeMap<>(Map.of("a", 1, "b", 2)), new HashMap<>(Map.of("b", 4, "a", 3)))))
                .isEqualTo("a,b\n1,2\n3,4\n");
    }

    @Test
    void explicitColumnsChooseTheOrder() {
        assertThat(csv(List.of("c", "a", "b"), List.of(row("a", 1, "b", 2, "c", 3), row("c", 6, "b", 5, "a", 4))))
                .isEqualTo("c,a,b\n3,1,2\n6,4,5\n");
    }

    @Test
    void quotesWhereCsvNeedsIt() {
        assertThat(field("plain text")).isEqualTo("plain text");
        assertThat(field("a,b")).isEqualTo("\"a,b\"");
        assertThat(field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(field("line\nbreak")).isEqualTo("\"line\nbreak\"");
        assertThat(field("windows\r\nbreak")).isEqualTo("\"windows\r\nbreak\"");
        assertThat(field("old mac\rbreak")).isEqualTo("\"old mac\rbreak\"");
        assertThat(field(" leading")).isEqualTo("\" leading\"");
        assertThat(field("trailing ")).isEqualTo("\"trailing \"");
        assertThat(field("\ttab")).isEqualTo("\"\ttab\"");
        assertThat(field("inner\ttab; semi'colon #hash")).isEqualTo("inner\ttab; semi'colon #hash");
        assertThat(field("#first")).isEqualTo("#first");
        // quoting one field leaves the next one alone
        assertThat(csv(List.of(row("x", " a", "y", "b", "z", "c\rd", "w", "e")))).isEqualTo("x,y,z,w\n\" a\",b,\"c\rd\",e\n");
    }

    @Test
    void headerNamesAreQuotedLikeValues() {
        assertThat(csv(List.of(row("a,b", 1, "say \"x\"", 2, " c", 3)))).isEqualTo("\"a,b\",\"say \"\"x\"\"\",\" c\"\n1,2,3\n");
    }

    @Test
    void nullAndEmptyStringAreBothAnEmptyField() {
        assertThat(csv(List.of(row("a", null, "b", "", "c", "x"), row("a", "", "b", null, "c", null))))
                .isEqualTo("a,b,c\n,,x\n,,\n");
    }

    @Test
    void anEmptyFieldInATableOfOneColumnIsQuotedSoThatNoRowIsABlankLine() {
        assertThat(csv(List.of(row("a", null), row("a", ""), row("a", "x")))).isEqualTo("a\n\"\"\n\"\"\nx\n");
    }

    @Test
    void unicodeIsWrittenAsUtf8WithoutByteOrderMark() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvRowWriter().write(List.of(row("city", "Zürich"), row("city", "東京"), row("city", "😀 ok")), out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith("city\nZ".getBytes(StandardCharsets.US_ASCII));
        assertThat(bytes).isEqualTo("city\nZürich\n東京\n😀 ok\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void numbers() {
        assertThat(field(42)).isEqualTo("42");
        assertThat(field(-7L)).isEqualTo("-7");
        assertThat(field(Long.MAX_VALUE)).isEqualTo("9223372036854775807");
        assertThat(field(Long.MIN_VALUE)).isEqualTo("-9223372036854775808");
        assertThat(field((short) 3)).isEqualTo("3");
        assertThat(field((byte) -4)).isEqualTo("-4");
        assertThat(field(new BigInteger("123456789012345678901234567890"))).isEqualTo("123456789012345678901234567890");
        assertThat(field(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(field(new BigDecimal("1.50"))).isEqualTo("1.50");
        assertThat(field(new BigDecimal("0.000000012"))).isEqualTo("0.000000012");
        assertThat(field(new BigDecimal("-12345678901234567890.123456789"))).isEqualTo("-12345678901234567890.123456789");
        assertThat(field(0.1)).isEqualTo("0.1");
        assertThat(field(1.0 / 3)).isEqualTo("0.3333333333333333");
        assertThat(field(-2.5)).isEqualTo("-2.5");
        assertThat(field(100.0)).isEqualTo("100.0");
        assertThat(field(1e10)).isEqualTo("1.0E10");
        assertThat(field(1.0E23)).isEqualTo("1.0E23");
        assertThat(field(Double.MIN_VALUE)).isEqualTo("4.9E-324");
        assertThat(field(0.1f)).isEqualTo("0.1");
        assertThat(field(3.4028235E38f)).isEqualTo("3.4028235E38");
        assertThat(field(Double.NaN)).isEqualTo("NaN");
        assertThat(field(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
        assertThat(field(new java.util.concurrent.atomic.AtomicLong(5))).isEqualTo("5");
    }

    @Test
    void doublesAreWrittenWithoutLosingPrecision() {
        double[] values = {0.1, 0.2 + 0.1, Math.PI, -Math.E, 1e-7, 123456789.123456789, Double.MAX_VALUE, 5e-324,
            1.0E23, 9007199254740993.0};
        for (double value : values) {
            assertThat(Double.parseDouble(field(value))).isEqualTo(value);
        }
        for (float value : new float[] {0.1f, 1.1f, 16777217f, Float.MIN_VALUE}) {
            assertThat(Float.parseFloat(field(value))).isEqualTo(value);
        }
    }

    @Test
    void typesWrittenByTheGeneratorDirectlyGetTheTextCsvValuesGives() {
        // Double, Boolean and LocalDate skip CsvValues.format and the quoting check: same text all the same
        java.util.SplittableRandom random = new java.util.SplittableRandom(15);
        List<Object> values = new ArrayList<>(List.of(0.0, -0.0, 1e-3, 9.99e-4, 1e7, 9999999.999, 1e22, 1e23,
            Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, true, false,
            LocalDate.of(-5, 1, 1), LocalDate.of(10000, 12, 31), LocalDate.of(1, 2, 3), LocalDate.MAX));
        for (int i = 0; i < 5_000; i++) {
            values.add(Double.longBitsToDouble(random.nextLong()));
            values.add(random.nextLong(1_000_000_00L) / 100.0);
        }
        for (Object value : values) {
            assertThat(field(value)).as("%s", value).isEqualTo(CsvValues.format(value, "v"));
        }
    }

    @Test
    void doublesOfAtMostTwoDecimalsGetJacksonsShortestText() {
        // CsvValues.shortDecimal makes these directly; it must be exactly what Jackson's Schubfach writes
        java.util.SplittableRandom random = new java.util.SplittableRandom(2);
        for (int i = 0; i < 300_000; i++) {
            long cents = i < 100_000 ? i : random.nextLong(1_000_000_000L);
            for (double d : new double[] {cents / 100.0, -cents / 100.0, cents / 10.0, cents,
                Math.nextUp(cents / 100.0), random.nextDouble() * 1e7}) {
                String expected = com.fasterxml.jackson.core.io.NumberOutput.toString(d, true);
                assertThat(CsvValues.format(d, "v")).as("%s", expected).isEqualTo(expected);
            }
        }
        assertThat(CsvValues.shortDecimal(12.5)).isEqualTo("12.5");
        assertThat(CsvValues.shortDecimal(-0.07)).isEqualTo("-0.07");
        assertThat(CsvValues.shortDecimal(100)).isEqualTo("100.0");
        assertThat(CsvValues.shortDecimal(0.005)).isNull();
        assertThat(CsvValues.shortDecimal(-0.0)).isNull();
        assertThat(CsvValues.shortDecimal(1e7)).isNull();
        assertThat(CsvValues.shortDecimal(0.125)).isNull();
    }

    @Test
    void booleansAndOtherSimpleValues() {
        assertThat(field(true)).isEqualTo("true");
        assertThat(field(false)).isEqualTo("false");
        assertThat(field(UUID.fromString("123e4567-e89b-12d3-a456-426614174000")))
                .isEqualTo("123e4567-e89b-12d3-a456-426614174000");
        assertThat(field(Color.RED)).isEqualTo("RED");
        assertThat(field('x')).isEqualTo("x");
        assertThat(field(',')).isEqualTo("\",\"");
        assertThat(field("chars".toCharArray())).isEqualTo("chars");
        assertThat(field(new StringBuilder("built"))).isEqualTo("built");
    }

    @Test
    void datesAndTimesAreIso8601() {
        assertThat(field(LocalDate.of(2024, 1, 31))).isEqualTo("2024-01-31");
        assertThat(field(LocalDate.of(1, 2, 3))).isEqualTo("0001-02-03");
        assertThat(field(LocalDate.of(12345, 2, 3))).isEqualTo("+12345-02-03");
        assertThat(field(LocalDateTime.of(2024, 1, 31, 10, 15, 30))).isEqualTo("2024-01-31T10:15:30");
        assertThat(field(LocalDateTime.of(2024, 1, 31, 10, 15))).isEqualTo("2024-01-31T10:15:00");
        assertThat(field(LocalDateTime.of(2024, 1, 31, 0, 0))).isEqualTo("2024-01-31T00:00:00");
        assertThat(field(LocalDateTime.of(2024, 1, 31, 10, 15, 30, 500_000_000))).isEqualTo("2024-01-31T10:15:30.500");
        assertThat(field(LocalDateTime.of(2024, 1, 31, 10, 15, 30, 123_456_000)))
                .isEqualTo("2024-01-31T10:15:30.123456");
        assertThat(field(LocalDateTime.of(2024, 1, 31, 10, 15, 30, 1))).isEqualTo("2024-01-31T10:15:30.000000001");
        assertThat(field(LocalDateTime.of(2024, 1, 31, 10, 15, 0, 1_000_000))).isEqualTo("2024-01-31T10:15:00.001");
        assertThat(field(LocalTime.of(10, 15))).isEqualTo("10:15:00");
        assertThat(field(LocalTime.of(23, 59, 59, 999_000_000))).isEqualTo("23:59:59.999");
        assertThat(field(OffsetDateTime.of(2024, 1, 31, 10, 15, 30, 0, ZoneOffset.ofHours(2))))
                .isEqualTo("2024-01-31T10:15:30+02:00");
        assertThat(field(OffsetDateTime.of(2024, 1, 31, 10, 15, 0, 0, ZoneOffset.UTC))).isEqualTo("2024-01-31T10:15:00Z");
        assertThat(field(OffsetDateTime.of(2024, 1, 31, 10, 15, 0, 0, ZoneOffset.ofHoursMinutes(-3, -30))))
                .isEqualTo("2024-01-31T10:15:00-03:30");
        assertThat(field(ZonedDateTime.of(2024, 7, 1, 12, 0, 0, 0, ZoneId.of("Europe/Zurich"))))
                .isEqualTo("2024-07-01T12:00:00+02:00");
        assertThat(field(ZonedDateTime.of(2024, 1, 31, 10, 15, 30, 0, ZoneOffset.UTC))).isEqualTo("2024-01-31T10:15:30Z");
        assertThat(field(java.time.OffsetTime.of(10, 15, 0, 0, ZoneOffset.ofHours(1)))).isEqualTo("10:15:00+01:00");
        assertThat(field(Instant.parse("2024-01-31T10:15:30Z"))).isEqualTo("2024-01-31T10:15:30Z");
        assertThat(field(Instant.parse("2024-01-31T10:15:00.120Z"))).isEqualTo("2024-01-31T10:15:00.120Z");
        assertThat(field(Instant.EPOCH)).isEqualTo("1970-01-01T00:00:00Z");
        assertThat(field(Instant.parse("+12024-01-31T10:15:30Z"))).isEqualTo("+12024-01-31T10:15:30Z");
        assertThat(field(new Date(Instant.parse("2024-01-31T10:15:30.250Z").toEpochMilli())))
                .isEqualTo("2024-01-31T10:15:30.250Z");
    }

    @Test
    void sqlDateTypesAreWrittenAsTheLocalValuesTheyShow() {
        assertThat(field(java.sql.Date.valueOf("2024-01-31"))).isEqualTo("2024-01-31");
        assertThat(field(Timestamp.valueOf("2024-01-31 10:15:30"))).isEqualTo("2024-01-31T10:15:30");
        assertThat(field(Timestamp.valueOf("2024-01-31 10:15:30.123456789"))).isEqualTo("2024-01-31T10:15:30.123456789");
        assertThat(field(Timestamp.valueOf("2024-01-31 00:00:00"))).isEqualTo("2024-01-31T00:00:00");
        assertThat(field(Time.valueOf("10:15:30"))).isEqualTo("10:15:30");
    }

    @Test
    void binaryIsRejectedNamingRowAndColumn() {
        List<Map<String, Object>> rows = List.of(row("id", 1, "photo", null), row("id", 2, "photo", new byte[] {1, 2}));
        assertThatThrownBy(() -> csv(rows))
                .isInstanceOf(CsvRowException.class)
                .hasMessage("Row 2: Column 'photo' holds binary data (byte[2]), which cannot be written as CSV")
                .hasNoCause();
        assertThatThrownBy(() -> csv(List.of(row("ids", new int[] {1}))))
                .isInstanceOf(CsvRowException.class)
                .hasMessageContaining("Row 1").hasMessageContaining("'ids'").hasMessageContaining("int[]");
    }

    @Test
    void nestedMapsAndCollectionsAreRefusedNotWrittenAsToString() {
        assertThatThrownBy(() -> csv(List.of(row("id", 1, "meta", Map.of("x", 1)))))
                .isInstanceOf(CsvRowException.class)
                .hasMessageContaining("Row 1").hasMessageContaining("'meta'").hasMessageContaining("nested Map");
        assertThatThrownBy(() -> csv(List.of(row("id", 1, "tags", List.of("a", "b")))))
                .isInstanceOf(CsvRowException.class)
                .hasMessageContaining("'tags'").hasMessageContaining("nested Collection");
    }

    @Test
    void aMissingKeyIsAnErrorNamingRowAndKey() {
        List<Map<String, Object>> rows = List.of(row("a", 1, "b", 2, "c", 3), row("a", 1, "b", 2, "c", 3),
                row("a", 1, "c", 3));
        assertThatThrownBy(() -> csv(rows))
                .isInstanceOf(CsvRowException.class)
                .hasMessage("Row 3 does not have the keys of the columns [a, b, c] (the keys of row 1): missing [b]");
    }

    @Test
    void anExtraKeyIsAnErrorNamingRowAndKey() {
        List<Map<String, Object>> rows = List.of(row("a", 1, "b", 2), row("a", 1, "b", 2, "z", 9));
        assertThatThrownBy(() -> csv(rows))
                .isInstanceOf(CsvRowException.class)
                .hasMessage("Row 2 does not have the keys of the columns [a, b] (the keys of row 1): extra [z]");
    }

    @Test
    void aReplacedKeyIsAnErrorNamingBoth() {
        assertThatThrownBy(() -> csv(List.of("a", "b"), List.of(row("a", 1, "B", 2))))
                .isInstanceOf(CsvRowException.class)
                .hasMessage("Row 1 does not have the keys of the columns [a, b]: missing [b], extra [B]");
        // also when the key that is off comes first, or the row is in another order
        assertThatThrownBy(() -> csv(List.of("a", "b"), List.of(row("b", 2, "x", 1))))
                .hasMessage("Row 1 does not have the keys of the columns [a, b]: missing [a], extra [x]");
    }

    @Test
    void aRowIsNeverWrittenShifted() {
        // same size, one key replaced, at each position
        for (int at = 0; at < 3; at++) {
            Map<String, Object> bad = row("a", 1, "b", 2, "c", 3);
            String key = List.of("a", "b", "c").get(at);
            bad.remove(key);
            bad.put(key + "2", 0);
            List<Map<String, Object>> rows = List.of(row("a", 1, "b", 2, "c", 3), bad);
            assertThatThrownBy(() -> csv(rows)).isInstanceOf(CsvRowException.class)
                    .hasMessageContaining("Row 2").hasMessageContaining("missing [" + key + "]")
                    .hasMessageContaining("extra [" + key + "2]");
        }
    }

    @Test
    void keysThatAreNotStringsAreRejected() {
        Map<Object, Object> row = new LinkedHashMap<>();
        row.put(1, "x");
        assertThatThrownBy(() -> csv(List.of(row)))
                .isInstanceOf(CsvRowException.class)
                .hasMessageContaining("Row 1 has the key 1 of type java.lang.Integer");
        assertThatThrownBy(() -> csv(List.of("1"), List.of(row)))
                .isInstanceOf(CsvRowException.class)
                .hasMessage("Row 1 does not have the keys of the columns [1]: missing [1], extra [1 (java.lang.Integer)]");
        Map<String, Object> nullKey = new HashMap<>();
        nullKey.put(null, 1);
        assertThatThrownBy(() -> csv(List.of(nullKey))).hasMessageContaining("Row 1 has the key null");
    }

    @Test
    void emptyAndDuplicateColumnNamesAreRejected() {
        assertThatThrownBy(() -> new CsvRowWriter(List.of("a", "b", "a")))
                .isInstanceOf(CsvRowException.class).hasMessage("The columns [a, b, a] name the column [a] more than once");
        assertThatThrownBy(() -> new CsvRowWriter(List.of("a", "")))
                .isInstanceOf(CsvRowException.class).hasMessageContaining("empty column name");
        assertThatThrownBy(() -> new CsvRowWriter(Arrays.asList("a", null)))
                .isInstanceOf(CsvRowException.class).hasMessageContaining("null column name");
        assertThatThrownBy(() -> new CsvRowWriter(List.of()))
                .isInstanceOf(CsvRowException.class).hasMessageContaining("name no column");
        assertThatThrownBy(() -> csv(List.of(row("", 1))))
                .isInstanceOf(CsvRowException.class).hasMessageContaining("The keys of row 1")
                .hasMessageContaining("an empty column name");
        assertThatThrownBy(() -> csv(List.of(Map.of())))
                .isInstanceOf(CsvRowException.class).hasMessageContaining("row 1").hasMessageContaining("name no column");
    }

    @Test
    void elementsThatAreNotMapsAreRejectedNamingTypeAndRow() {
        assertThatThrownBy(() -> csv(List.of("a,b")))
                .isInstanceOf(CsvRowException.class)
                .hasMessage("Row 1 is a java.lang.String, not a Map of column name to value");
        assertThatThrownBy(() -> csv(Arrays.asList(row("a", 1), row("a", 2), 42)))
                .isInstanceOf(CsvRowException.class)
                .hasMessage("Row 3 is a java.lang.Integer, not a Map of column name to value");
        assertThatThrownBy(() -> csv(Arrays.asList(row("a", 1), null)))
                .isInstanceOf(CsvRowException.class)
                .hasMessage("Row 2 is a null, not a Map of column name to value");
    }

    @Test
    void sourcesOfOtherTypesAreRejectedNamingTheType() {
        assertThatThrownBy(() -> csv("a,b\n1,2"))
                .isInstanceOf(CsvRowException.class)
                .hasMessageContaining("not java.lang.String")
                .hasMessageContaining("List, Iterable, Iterator, Stream or array of Map");
        assertThatThrownBy(() -> csv(row("a", 1))).hasMessageContaining("not java.util.LinkedHashMap");
        assertThatThrownBy(() -> csv((Object) null)).hasMessageContaining("not null");
        assertThatThrownBy(() -> csv(new int[] {1})).hasMessageContaining("not [I");
    }

    @Test
    void emptySourceWithColumnsWritesJustTheHeader() {
        assertThat(csv(List.of("a", "b"), List.of())).isEqualTo("a,b\n");
        assertThat(csv(List.of("a", "b"), Collections.emptyIterator())).isEqualTo("a,b\n");
        assertThat(csv(List.of("only"), Stream.empty())).isEqualTo("only\n");
    }

    @Test
    void emptySourceWithoutColumnsWritesNothing() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(new CsvRowWriter().write(List.of(), out)).isZero();
        assertThat(out.size()).isZero();
        assertThat(csv(new Object[0])).isEmpty();
    }

    @Test
    void everyKindOfSource() throws IOException {
        List<Map<String, Object>> rows = List.of(row("a", 1), row("a", 2));
        String expected = "a\n1\n2\n";
        CsvRowWriter writer = new CsvRowWriter();
        assertThat(written(out -> writer.write(rows, out))).isEqualTo(expected);
        assertThat(written(out -> writer.write((Iterable<Map<String, Object>>) rows::iterator, out))).isEqualTo(expected);
        assertThat(written(out -> writer.write(rows.iterator(), out))).isEqualTo(expected);
        assertThat(written(out -> writer.write(rows.stream(), out))).isEqualTo(expected);
        assertThat(written(out -> writer.write((Object) rows.toArray(), out))).isEqualTo(expected);
        assertThat(written(out -> writer.write((Object) rows.stream(), out))).isEqualTo(expected);
        assertThat(written(out -> writer.write(Rows.of(rows), out))).isEqualTo(expected);
    }

    @Test
    void returnsTheRowCount() throws IOException {
        assertThat(new CsvRowWriter().write(List.of(row("a", 1), row("a", 2), row("a", 3)), OutputStream.nullOutputStream()))
                .isEqualTo(3);
    }

    @Test
    void closesAStreamWhenDoneAndOnFailure() throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        new CsvRowWriter().write(Stream.of(row("a", 1)).onClose(() -> closed.set(true)), OutputStream.nullOutputStream());
        assertThat(closed).isTrue();

        AtomicBoolean closedOnFailure = new AtomicBoolean();
        Stream<Object> bad = Stream.<Object>of(row("a", 1), "not a row").onClose(() -> closedOnFailure.set(true));
        assertThatThrownBy(() -> new CsvRowWriter().write(bad, OutputStream.nullOutputStream()))
                .isInstanceOf(CsvRowException.class);
        assertThat(closedOnFailure).isTrue();
    }

    @Test
    void closesAnIteratorThatIsCloseable() throws IOException {
        ClosingIterator rows = new ClosingIterator(List.of(row("a", 1)).iterator());
        new CsvRowWriter().write(rows, OutputStream.nullOutputStream());
        assertThat(rows.closed).isTrue();
    }

    @Test
    void flushesButDoesNotCloseTheOutput() throws IOException {
        boolean[] closed = {false};
        int[] flushed = {0};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes.write(b, off, len);
            }

            @Override
            public void flush() {
                flushed[0]++;
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new CsvRowWriter().write(List.of(row("a", 1)), out);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("a\n1\n");
        assertThat(flushed[0]).isPositive();
        assertThat(closed[0]).isFalse();
    }

    @Test
    void writesLazilyFromAnIteratorOneRowAtATime() throws IOException {
        // a source of a million rows made on demand: nothing is collected, the count proves one pass
        Iterator<Map<String, Object>> rows = new Iterator<>() {
            int made;

            @Override
            public boolean hasNext() {
                return made < 1_000_000;
            }

            @Override
            public Map<String, Object> next() {
                made++;
                return row("n", made, "name", "row " + made);
            }
        };
        CountingOutputStream out = new CountingOutputStream();
        assertThat(new CsvRowWriter().write(rows, out)).isEqualTo(1_000_000);
        assertThat(out.count).isGreaterThan(10_000_000);
    }

    @Test
    void doesNotKeepStateBetweenWrites() {
        CsvRowWriter writer = new CsvRowWriter();
        assertThat(writer.writeToString(List.of(row("a", 1)))).isEqualTo("a\n1\n");
        assertThat(writer.writeToString(List.of(row("b", 2)))).isEqualTo("b\n2\n");
        assertThat(writer.columns()).isNull();
        assertThat(new CsvRowWriter(List.of("x")).columns()).containsExactly("x");
    }

    @Test
    void explicitColumnsMustMatchEveryRowIncludingTheFirst() {
        assertThatThrownBy(() -> csv(List.of("a", "b"), List.of(row("a", 1))))
                .isInstanceOf(CsvRowException.class)
                .hasMessage("Row 1 does not have the keys of the columns [a, b]: missing [b]");
    }

    interface OutputAction {
        void writeTo(OutputStream out) throws IOException;
    }

    static String written(OutputAction action) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        action.writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static final class CountingOutputStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    static final class ClosingIterator implements Iterator<Object>, Closeable {
        private final Iterator<?> rows;
        boolean closed;
        int pulled;

        ClosingIterator(Iterator<?> rows) {
            this.rows = rows;
        }

        @Override
        public boolean hasNext() {
            return rows.hasNext();
        }

        @Override
        public Object next() {
            pulled++;
            return rows.next();
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    static List<Map<String, Object>> rows(int count) {
        List<Map<String, Object>> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(row("n", i, "text", "row " + i));
        }
        return rows;
    }
}
