package io.github.cameldatagrok.csv;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.UUID;

import com.fasterxml.jackson.core.io.NumberOutput;

/**
 * How a single row value becomes the text of a CSV field (the writing direction; reading is {@link CsvValueTypes}).
 * <table>
 * <caption>Value formatting</caption>
 * <tr><th>value</th><th>field</th></tr>
 * <tr><td>{@code null}</td><td>empty field (so is {@code ""}: both read back as {@code null})</td></tr>
 * <tr><td>{@code String}</td><td>as is (the writer quotes it where CSV needs it)</td></tr>
 * <tr><td>{@code Integer, Long, Short, Byte, BigInteger}</td><td>decimal digits</td></tr>
 * <tr><td>{@code BigDecimal}</td><td>{@link BigDecimal#toPlainString()}: never scientific notation</td></tr>
 * <tr><td>{@code Double, Float}</td><td>the shortest text that reads back as the same value, as
 * {@code Double.toString} writes it ({@code 0.1}, {@code 1.0E10}, {@code NaN}, {@code Infinity})</td></tr>
 * <tr><td>{@code Boolean}</td><td>{@code true} / {@code false}</td></tr>
 * <tr><td>{@code LocalDate}, {@code java.sql.Date}</td><td>{@code 2024-01-31}</td></tr>
 * <tr><td>{@code LocalDateTime}, {@code java.sql.Timestamp}</td><td>{@code 2024-01-31T10:15:30} with the fraction
 * when not zero ({@code .5}, {@code .123456789} as {@code LocalDateTime.toString} writes it), always with seconds,
 * no zone: a {@code Timestamp} is written as the wall-clock time it shows</td></tr>
 * <tr><td>{@code LocalTime}, {@code java.sql.Time}</td><td>{@code 10:15:30[.fraction]}</td></tr>
 * <tr><td>{@code OffsetDateTime}, {@code ZonedDateTime}</td><td>{@code 2024-01-31T10:15:30+01:00} (the zone's
 * offset at that time; {@code Z} for UTC)</td></tr>
 * <tr><td>{@code Instant}, other {@code java.util.Date}</td><td>{@code 2024-01-31T10:15:30Z} (UTC)</td></tr>
 * <tr><td>{@code UUID}, {@code Character}</td><td>{@code toString()}</td></tr>
 * <tr><td>{@code Enum}</td><td>{@link Enum#name()}</td></tr>
 * <tr><td>{@code char[]}</td><td>the characters as a string</td></tr>
 * <tr><td>{@code byte[]}, other arrays, {@code Map}, {@code Collection}</td><td>a {@link CsvRowException} naming
 * the column: binary data and nested values have no CSV form</td></tr>
 * <tr><td>anything else</td><td>{@code toString()}</td></tr>
 * </table>
 */
public final class CsvValues {

    private CsvValues() {
    }

    /**
     * The CSV text of a value.
     *
     * @param value  the value from the row
     * @param column the column it is in, named in the error for a value that has no CSV form
     * @return the text, or null for an empty field
     * @throws CsvRowException for {@code byte[]}, another array, a {@code Map} or a {@code Collection}
     */
    public static String format(Object value, String column) {
        if (value == null) {
            return null;
        } else if (value instanceof String s) {
            return s;
        } else if (value instanceof Integer || value instanceof Long) {
            return value.toString();
        } else if (value instanceof Double d) {
            String money = shortDecimal(d);
            return money != null ? money : NumberOutput.toString(d.doubleValue(), true);
        } else if (value instanceof BigDecimal d) {
            return d.toPlainString();
        } else if (value instanceof Float f) {
            return NumberOutput.toString(f.floatValue(), true);
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Character
                || value instanceof UUID) {
            return value.toString();
        } else if (value instanceof java.sql.Timestamp t) {
            return localDateTime(t.toLocalDateTime());
        } else if (value instanceof java.sql.Date d) {
            return localDate(d.toLocalDate());
        } else if (value instanceof java.sql.Time t) {
            return localTime(t.toLocalTime());
        } else if (value instanceof Date d) {
            return instant(d.toInstant());
        } else if (value instanceof LocalDateTime t) {
            return localDateTime(t);
        } else if (value instanceof LocalDate d) {
            return localDate(d);
        } else if (value instanceof OffsetDateTime t) {
            return offsetDateTime(t);
        } else if (value instanceof ZonedDateTime t) {
            return offsetDateTime(t.toOffsetDateTime());
        } else if (value instanceof Instant i) {
            return instant(i);
        } else if (value instanceof LocalTime t) {
            return localTime(t);
        } else if (value instanceof OffsetTime t) {
            return localTime(t.toLocalTime()) + t.getOffset().getId();
        } else if (value instanceof Enum<?> e) {
            return e.name();
        } else if (value instanceof char[] chars) {
            return new String(chars);
        } else if (value instanceof byte[] bytes) {
            throw new CsvRowException("Column '" + column + "' holds binary data (byte[" + bytes.length
                    + "]), which cannot be written as CSV");
        } else if (value.getClass().isArray()) {
            throw new CsvRowException("Column '" + column + "' holds an array (" + value.getClass().getSimpleName()
                    + "), which cannot be written as a CSV field");
        } else if (value instanceof java.util.Map<?, ?> || value instanceof java.util.Collection<?>) {
            // toString() would write {x=1} or [1, 2]: neither JSON nor anything Datagrok reads back
            throw new CsvRowException("Column '" + column + "' holds a nested " + (value instanceof java.util.Map<?, ?>
                    ? "Map" : "Collection") + " (" + value.getClass().getSimpleName() + "), which has no CSV form;"
                    + " write it as text first (JSON, say) if the column should hold it");
        }
        return value.toString();
    }

    /**
     * The text of a double of at most two decimals from 0.01 to 10^7 (prices, amounts, percentages), or null for any
     * other double. It is the text {@code NumberOutput.toString(d, true)} (and Java 19's {@code Double.toString})
     * writes, made without their general algorithm (a third of the time of writing such rows): when {@code c / 100.0
     * == d} for an integer {@code c}, the decimal c/100 rounds to d, and no other decimal with two decimals or fewer
     * digits does (they lie 0.01 or more away, while below 10^7 two doubles are less than 10^-8 apart), so c/100 is
     * the shortest decimal that reads back as d; written plain, with at least one decimal, as both write this range.
     */
    static String shortDecimal(double d) {
        double magnitude = Math.abs(d);
        if (!(magnitude >= 0.01 && magnitude < 1e7)) {
            return null; // also NaN
        }
        long cents = Math.round(magnitude * 100);
        if (cents / 100.0 != magnitude) {
            return null;
        }
        long units = cents / 100;
        int fraction = (int) (cents % 100);
        StringBuilder text = new StringBuilder(12);
        if (d < 0) {
            text.append('-');
        }
        text.append(units).append('.').append((char) ('0' + fraction / 10));
        if (fraction % 10 != 0) {
            text.append((char) ('0' + fraction % 10));
        }
        return text.toString();
    }

    /**
     * {@code yyyy-MM-dd}, as {@code LocalDate.toString} writes it; made directly for the years 0 to 9999, the ones
     * databases hold.
     */
    static String localDate(LocalDate d) {
        int year = d.getYear();
        if (year < 0 || year > 9999) {
            return d.toString();
        }
        char[] text = new char[10];
        date(text, year, d.getMonthValue(), d.getDayOfMonth());
        return new String(text);
    }

    /**
     * ISO-8601 without zone, as {@code LocalDateTime.toString} writes it but always with seconds (which
     * {@code toString} leaves out when they and the fraction are zero); the fraction in groups of 3 digits.
     */
    static String localDateTime(LocalDateTime t) {
        int year = t.getYear();
        if (year < 0 || year > 9999) {
            return t.toLocalDate().toString() + 'T' + localTime(t.toLocalTime());
        }
        int nano = t.getNano();
        char[] text = new char[19 + fractionLength(nano)];
        date(text, year, t.getMonthValue(), t.getDayOfMonth());
        text[10] = 'T';
        time(text, 11, t.getHour(), t.getMinute(), t.getSecond(), nano);
        return new String(text);
    }

    /** {@code HH:mm:ss[.fraction]}, as {@code LocalTime.toString} writes it but always with seconds. */
    static String localTime(LocalTime t) {
        int nano = t.getNano();
        char[] text = new char[8 + fractionLength(nano)];
        time(text, 0, t.getHour(), t.getMinute(), t.getSecond(), nano);
        return new String(text);
    }

    /** As {@code Instant.toString} writes it: UTC, {@code Z}, always with seconds. */
    static String instant(Instant i) {
        long seconds = i.getEpochSecond();
        if (seconds < YEAR_0 || seconds >= YEAR_10000) {
            return i.toString();
        }
        return localDateTime(LocalDateTime.ofEpochSecond(seconds, i.getNano(), ZoneOffset.UTC)) + 'Z';
    }

    private static final long YEAR_0 = -62167219200L;
    private static final long YEAR_10000 = 253402300800L;

    private static int fractionLength(int nano) {
        if (nano == 0) {
            return 0;
        }
        return nano % 1000_000 == 0 ? 4 : nano % 1000 == 0 ? 7 : 10;
    }

    private static void date(char[] text, int year, int month, int day) {
        digits(text, 0, year, 4);
        text[4] = '-';
        digits(text, 5, month, 2);
        text[7] = '-';
        digits(text, 8, day, 2);
    }

    private static void time(char[] text, int at, int hour, int minute, int second, int nano) {
        digits(text, at, hour, 2);
        text[at + 2] = ':';
        digits(text, at + 3, minute, 2);
        text[at + 5] = ':';
        digits(text, at + 6, second, 2);
        int length = text.length - at - 8;
        if (length > 0) {
            text[at + 8] = '.';
            int fraction = length == 4 ? nano / 1000_000 : length == 7 ? nano / 1000 : nano;
            digits(text, at + 9, fraction, length - 1);
        }
    }

    /** Writes {@code value} as exactly {@code count} digits, zero-padded. */
    private static void digits(char[] text, int at, int value, int count) {
        for (int i = at + count - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    static String offsetDateTime(OffsetDateTime t) {
        return localDateTime(t.toLocalDateTime()) + t.getOffset().getId();
    }
}
