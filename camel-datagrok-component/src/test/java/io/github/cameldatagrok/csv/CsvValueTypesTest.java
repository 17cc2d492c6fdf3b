package io.github.cameldatagrok.csv;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.cameldatagrok.csv.CsvValueTypes.parse;
import static org.assertj.core.api.Assertions.assertThat;

class CsvValueTypesTest {

    @Test
    void emptyIsNull() {
        assertThat(parse("")).isNull();
        assertThat(parse(null)).isNull();
        assertThat(parse("", false)).isNull();
        assertThat(parse("x", false)).isEqualTo("x");
        assertThat(parse("12", false)).isEqualTo("12");
    }

    @Test
    void booleansInAnyCase() {
        assertThat(parse("true")).isEqualTo(Boolean.TRUE);
        assertThat(parse("FALSE")).isEqualTo(Boolean.FALSE);
        assertThat(parse("True")).isEqualTo(Boolean.TRUE);
        assertThat(parse("fAlSe")).isEqualTo(Boolean.FALSE);
    }

    @Test
    void integersAreIntegerThenLongThenBigInteger() {
        assertThat(parse("0")).isEqualTo(0);
        assertThat(parse("-0")).isEqualTo(0);
        assertThat(parse("42")).isEqualTo(42);
        assertThat(parse("-42")).isEqualTo(-42);
        assertThat(parse("2147483647")).isEqualTo(Integer.MAX_VALUE);
        assertThat(parse("-2147483648")).isEqualTo(Integer.MIN_VALUE);
        assertThat(parse("2147483648")).isEqualTo(2147483648L);
        assertThat(parse("-2147483649")).isEqualTo(-2147483649L);
        assertThat(parse("123456789012345678")).isEqualTo(123456789012345678L);
        assertThat(parse("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
        assertThat(parse("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
        assertThat(parse("9223372036854775808")).isEqualTo(new BigInteger("9223372036854775808"));
        assertThat(parse("-123456789012345678901234567890")).isEqualTo(new BigInteger("-123456789012345678901234567890"));
    }

    @Test
    void decimalsAreDouble() {
        assertThat(parse("0.1")).isEqualTo(0.1);
        assertThat(parse("-2.5")).isEqualTo(-2.5);
        assertThat(parse("100.0")).isEqualTo(100.0);
        assertThat(parse("1e10")).isEqualTo(1e10);
        assertThat(parse("1.0E10")).isEqualTo(1e10);
        assertThat(parse("1.5E-7")).isEqualTo(1.5e-7);
        assertThat(parse("2E+3")).isEqualTo(2000.0);
        assertThat(parse("0.3333333333333333")).isEqualTo(1.0 / 3);
        assertThat(parse("4.9E-324")).isEqualTo(Double.MIN_VALUE);
        assertThat(parse("0.0")).isEqualTo(0.0);
        assertThat(parse("-0.0")).isEqualTo(-0.0);
    }

    @Test
    void shortDecimalsReadAsTheSameDoubleAsJavaReadsThem() {
        // up to 15 digits take a fast path (digits / 10^n); it must give Double.parseDouble's double, bit for bit
        java.util.SplittableRandom random = new java.util.SplittableRandom(15);
        for (int n = 0; n < 200_000; n++) {
            int digits = 2 + random.nextInt(15);
            int fraction = 1 + random.nextInt(digits - 1);
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "-" : "");
            text.append((char) ('1' + random.nextInt(9)));
            for (int i = 1; i < digits; i++) {
                text.append(i == digits - fraction ? "." : "").append((char) ('0' + random.nextInt(10)));
            }
            String decimal = text.toString();
            assertThat(Double.doubleToRawLongBits((Double) parse(decimal)))
                    .as(decimal).isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(decimal)));
        }
        assertThat(parse("0.000000000000001")).isEqualTo(1e-15);
        assertThat(parse("999999999999999.9")).isEqualTo(999999999999999.9);
        assertThat(parse("-0.30000000000000004")).isEqualTo(-0.30000000000000004);
    }

    @ParameterizedTest
    @ValueSource(strings = {"007", "00", "-01", "+5", "1_000", "1,000", "1 000", ".5", "-.5", "1.", "1.e5", "1.2.3",
        "1e", "1e+", "1E5x", "0x1F", "1d", "1f", "1L", "NaN", "-NaN", "Infinity", "-Infinity", "1e400", " 12", "12 ",
        "1-2", "--1", "-", "12abc", "yes", "no", "t", "f", "truee", "TRUE ", "null", "N/A", "2024-02-30",
        "2024-13-01", "2024-1-31", "24-01-31", "2024/01/31", "2024-01-31 10:15:30", "2024-01-31T10:15",
        "2024-01-31T25:00:00", "2024-01-31T10:15:30.", "2024-01-31T10:15:30.1234567890", "2024-01-31T10:15:30+1",
        "2024-01-31T10:15:30+01", "2024-01-31T10:15:30+0100", "2024-01-31T10:15:30+19:00", "2024-01-31T10:15:30z",
        "2024-01-31t10:15:30", "2024-01-31T10:15:30Z[UTC]", "2024-01-31T10:15:30 ", "10:15:30", "2024-01",
        "12345-01-01", "2024-01-31x", "Zürich", "東京"})
    void conservativeCasesStayText(String text) {
        assertThat(parse(text)).isEqualTo(text);
    }

    @Test
    void datesAndDateTimes() {
        assertThat(parse("2024-01-31")).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(parse("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(parse("0001-01-01")).isEqualTo(LocalDate.of(1, 1, 1));
        assertThat(parse("2024-01-31T10:15:30")).isEqualTo(LocalDateTime.of(2024, 1, 31, 10, 15, 30));
        assertThat(parse("2024-01-31T10:15:30.5")).isEqualTo(LocalDateTime.of(2024, 1, 31, 10, 15, 30, 500_000_000));
        assertThat(parse("2024-01-31T10:15:30.123456789"))
                .isEqualTo(LocalDateTime.of(2024, 1, 31, 10, 15, 30, 123_456_789));
        assertThat(parse("2024-01-31T10:15:30.000001")).isEqualTo(LocalDateTime.of(2024, 1, 31, 10, 15, 30, 1000));
        assertThat(parse("2024-01-31T10:15:30Z"))
                .isEqualTo(OffsetDateTime.of(2024, 1, 31, 10, 15, 30, 0, ZoneOffset.UTC));
        assertThat(parse("2024-01-31T10:15:30.250+02:00"))
                .isEqualTo(OffsetDateTime.of(2024, 1, 31, 10, 15, 30, 250_000_000, ZoneOffset.ofHours(2)));
        assertThat(parse("2024-01-31T10:15:30-03:30"))
                .isEqualTo(OffsetDateTime.of(2024, 1, 31, 10, 15, 30, 0, ZoneOffset.ofHoursMinutes(-3, -30)));
        assertThat(parse("2024-01-31T10:15:30-00:30"))
                .isEqualTo(OffsetDateTime.of(2024, 1, 31, 10, 15, 30, 0, ZoneOffset.ofHoursMinutes(0, -30)));
    }

    @Test
    void typesAreExactlyTheDocumentedOnes() {
        assertThat(parse("1")).isExactlyInstanceOf(Integer.class);
        assertThat(parse("3000000000")).isExactlyInstanceOf(Long.class);
        assertThat(parse("1.5")).isExactlyInstanceOf(Double.class);
        assertThat(parse("2024-01-31")).isExactlyInstanceOf(LocalDate.class);
        assertThat(parse("2024-01-31T00:00:00")).isExactlyInstanceOf(LocalDateTime.class);
        assertThat(parse("2024-01-31T00:00:00Z")).isExactlyInstanceOf(OffsetDateTime.class);
    }

    @Test
    void whatTheWriterWritesReadsBackAsTheSameValue() {
        Object[] values = {0, -1, Integer.MAX_VALUE, Long.MIN_VALUE, 0.1, -1.0E-300, 1.0E23, true, false,
            LocalDate.of(2024, 1, 31), LocalDateTime.of(2024, 1, 31, 10, 15), LocalDateTime.of(2024, 1, 31, 10, 15, 30, 1),
            OffsetDateTime.of(2024, 1, 31, 10, 15, 30, 0, ZoneOffset.ofHours(-5)), "text", "007"};
        for (Object value : values) {
            assertThat(parse(CsvValues.format(value, "c"))).as("%s", value).isEqualTo(value);
        }
    }
}
