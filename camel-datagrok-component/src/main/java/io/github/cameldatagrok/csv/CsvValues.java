package io.github.cameldatagrok.csv;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Date;

/**
 * How single values become CSV fields and back.
 * <p>
 * Writing: {@code null} is an empty field, numbers are written in plain notation, dates and times in ISO-8601
 * ({@code java.sql.Timestamp} and {@code LocalDateTime} without zone, {@code java.util.Date} and {@code Instant} in
 * UTC). Reading is deliberately conservative: only text that is unambiguously a boolean, number or ISO date becomes
 * one; {@code 007}, {@code +5}, {@code 1_000} or {@code NaN} stay text.
 */
public final class CsvValues {

    private CsvValues() {
    }

    /** The CSV text of a value, or null for an empty field. */
    public static String format(Object value, String column) {
        if (value == null) {
            return null;
        } else if (value instanceof String s) {
            return s;
        } else if (value instanceof BigDecimal d) {
            return d.toPlainString();
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Character
                || value instanceof java.util.UUID) {
            return value.toString();
        } else if (value instanceof Enum<?> e) {
            return e.name();
        } else if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toString();
        } else if (value instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        } else if (value instanceof java.sql.Time t) {
            return t.toLocalTime().toString();
        } else if (value instanceof Date d) {
            return d.toInstant().toString();
        } else if (value instanceof ZonedDateTime z) {
            return z.toOffsetDateTime().toString();
        } else if (value instanceof TemporalAccessor) {
            return value.toString(); // LocalDate, LocalDateTime, LocalTime, OffsetDateTime, Instant: ISO-8601
        } else if (value instanceof byte[]) {
            throw new CsvRowException("Column '" + column + "' holds binary data (byte[]), which CSV cannot carry");
        }
        return value.toString();
    }

    /** A field read back as the value it most plainly is; an empty field is null. */
    public static Object parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        char first = text.charAt(0);
        if (first == 't' || first == 'T' || first == 'f' || first == 'F') {
            if (text.equalsIgnoreCase("true")) {
                return Boolean.TRUE;
            }
            return text.equalsIgnoreCase("false") ? Boolean.FALSE : text;
        }
        if (first != '-' && (first < '0' || first > '9')) {
            return text;
        }
        int length = text.length();
        if (length == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            return parseOr(text, () -> LocalDate.parse(text));
        }
        if (length >= 16 && length > 10 && text.charAt(4) == '-' && text.charAt(10) == 'T') {
            return parseDateTime(text);
        }
        return parseNumber(text);
    }

    private static Object parseDateTime(String text) {
        char last = text.charAt(text.length() - 1);
        boolean zoned = last == 'Z' || last == 'z' || text.lastIndexOf('+') > 10 || text.lastIndexOf('-') > 10;
        return zoned ? parseOr(text, () -> OffsetDateTime.parse(text)) : parseOr(text, () -> LocalDateTime.parse(text));
    }

    private static Object parseNumber(String text) {
        int i = text.charAt(0) == '-' ? 1 : 0;
        int length = text.length();
        if (i == length) {
            return text;
        }
        int digitsStart = i;
        while (i < length && isDigit(text.charAt(i))) {
            i++;
        }
        int intDigits = i - digitsStart;
        if (intDigits == 0 || (intDigits > 1 && text.charAt(digitsStart) == '0')) {
            return text; // no digits, or a leading zero such as 007: an identifier, not a number
        }
        if (i == length) {
            if (intDigits <= 9) {
                return Integer.parseInt(text);
            }
            return intDigits <= 18 ? (Object) Long.parseLong(text) : narrow(new BigInteger(text));
        }
        boolean decimal = false;
        if (text.charAt(i) == '.') {
            int start = ++i;
            while (i < length && isDigit(text.charAt(i))) {
                i++;
            }
            if (i == start) {
                return text;
            }
            decimal = true;
        }
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int start = i;
            while (i < length && isDigit(text.charAt(i))) {
                i++;
            }
            if (i == start) {
                return text;
            }
            decimal = true;
        }
        return decimal && i == length ? (Object) Double.parseDouble(text) : text;
    }

    private static Object narrow(BigInteger value) {
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Object parseOr(String text, java.util.function.Supplier<Object> parser) {
        try {
            return parser.get();
        } catch (DateTimeParseException notADate) {
            return text;
        }
    }
}
