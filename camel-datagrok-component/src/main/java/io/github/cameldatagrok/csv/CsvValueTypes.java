package io.github.cameldatagrok.csv;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.fasterxml.jackson.core.io.NumberInput;

/**
 * How the text of a CSV field becomes a typed value (the reading direction; writing is {@link CsvValues}).
 * Deliberately conservative: only text that is unambiguously a boolean, a number or an ISO date is converted, and
 * only when writing the value back gives the same kind of text. Everything else stays a {@code String}.
 * <table>
 * <caption>Typing rules, per value</caption>
 * <tr><th>text</th><th>value</th></tr>
 * <tr><td>empty field (also {@code ""})</td><td>{@code null}</td></tr>
 * <tr><td>{@code true} / {@code false}, any case</td><td>{@code Boolean}</td></tr>
 * <tr><td>an integer: optional {@code -}, then digits without a leading zero (but {@code 0} itself)</td>
 * <td>{@code Integer} if it fits, else {@code Long} if it fits, else {@code BigInteger} (exact)</td></tr>
 * <tr><td>a decimal: optional {@code -}, integer digits as above, then {@code .digits} and/or an exponent
 * {@code e|E[+|-]digits}</td><td>{@code Double} (nearest double; text that overflows to infinity stays a
 * String)</td></tr>
 * <tr><td>{@code yyyy-MM-dd}, a valid date</td><td>{@code LocalDate}</td></tr>
 * <tr><td>{@code yyyy-MM-ddTHH:mm:ss} with an optional {@code .fraction} of 1 to 9 digits</td>
 * <td>{@code LocalDateTime}</td></tr>
 * <tr><td>the same followed by {@code Z} or {@code +HH:mm} / {@code -HH:mm}</td><td>{@code OffsetDateTime}</td></tr>
 * <tr><td>anything else</td><td>the text as a {@code String}</td></tr>
 * </table>
 * So these stay text: {@code 007}, {@code -01}, {@code +5}, {@code 1_000}, {@code 1,000}, {@code .5}, {@code 1.},
 * {@code 1.2.3}, {@code 0x1F}, {@code 1d}, {@code NaN}, {@code Infinity}, {@code " 12"}, {@code "12 "},
 * {@code yes}, {@code 2024-02-30}, {@code 2024-01-31 10:15:30} (space instead of {@code T}), {@code 10:15:30}
 * (a time alone), {@code 2024-01-31T10:15} (no seconds).
 * <p>
 * The checks look at characters first and only then parse, with no regular expressions and no exceptions on the
 * common paths.
 */
public final class CsvValueTypes {

    private CsvValueTypes() {
    }

    /**
     * The value a CSV field holds.
     *
     * @param text the field as read, or null
     * @param typed false to keep the text as it is (only an empty field still becomes null)
     */
    public static Object parse(String text, boolean typed) {
        return typed ? parse(text) : (text == null || text.isEmpty() ? null : text);
    }

    /** The typed value of a CSV field, by the rules above; an empty field is null. */
    public static Object parse(String text) {
        if (text == null) {
            return null;
        }
        int length = text.length();
        if (length == 0) {
            return null;
        }
        char first = text.charAt(0);
        if (first >= '0' && first <= '9') {
            if (length >= 10 && text.charAt(4) == '-') {
                return parseTemporal(text, length);
            }
            return parseNumber(text, length, 0);
        }
        if (first == '-') {
            return parseNumber(text, length, 1);
        }
        // the lower-case spelling first: equals is an intrinsic, equalsIgnoreCase a per-character loop (a profile of
        // the typed download showed it at 4% of the time)
        if (length == 4 && (first == 't' || first == 'T') && (text.equals("true") || text.equalsIgnoreCase("true"))) {
            return Boolean.TRUE;
        }
        if (length == 5 && (first == 'f' || first == 'F')
                && (text.equals("false") || text.equalsIgnoreCase("false"))) {
            return Boolean.FALSE;
        }
        return text;
    }

    private static Object parseNumber(String text, int length, int start) {
        int i = start;
        long value = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            if (i - start < 18) {
                value = value * 10 + (c - '0');
            }
            i++;
        }
        int digits = i - start;
        if (digits == 0 || (digits > 1 && text.charAt(start) == '0')) {
            return text; // no digits, or a leading zero such as 007: an identifier, not a number
        }
        if (i == length) {
            if (digits <= 18) {
                long signed = start == 1 ? -value : value;
                return signed == (int) signed ? (Object) Integer.valueOf((int) signed) : (Object) Long.valueOf(signed);
            }
            BigInteger big = new BigInteger(text);
            return big.bitLength() < 64 ? (Object) Long.valueOf(big.longValue()) : big;
        }
        char c = text.charAt(i);
        if (c == '.') {
            int fraction = ++i;
            long all = value; // every digit, for the fast path below (meaningless beyond 18 digits, then unused)
            while (i < length && isDigit(c = text.charAt(i))) {
                all = all * 10 + (c - '0');
                i++;
            }
            if (i == fraction) {
                return text; // "1." or "1.e5"
            }
            if (i == length) {
                return decimal(text, start == 1, digits + i - fraction, all, i - fraction);
            }
        }
        if (c == 'e' || c == 'E') {
            i++;
            if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponent = i;
            while (i < length && isDigit(text.charAt(i))) {
                i++;
            }
            if (i > exponent && i == length) {
                return toDouble(text);
            }
        }
        return text;
    }

    /** Powers of ten that a double holds exactly. */
    private static final double[] EXACT_POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
        1e11, 1e12, 1e13, 1e14, 1e15};

    /**
     * {@code [-]digits.digits}: with at most 15 digits in all, the digits as a long and 10^fraction digits are both
     * exact doubles, so their quotient is the correctly rounded value (Clinger's fast path; the same double
     * {@code Double.parseDouble} gives); longer text takes the full parser.
     */
    private static Object decimal(String text, boolean negative, int digits, long value, int fractionDigits) {
        if (digits > 15) {
            return toDouble(text);
        }
        double d = value / EXACT_POWERS_OF_TEN[fractionDigits];
        return negative ? -d : d;
    }

    private static Object toDouble(String text) {
        double d = NumberInput.parseDouble(text, true);
        return Double.isInfinite(d) ? text : (Object) d;
    }

    /** {@code yyyy-MM-dd}, {@code yyyy-MM-ddTHH:mm:ss[.f]} or the latter with {@code Z} / {@code ±HH:mm}. */
    private static Object parseTemporal(String text, int length) {
        if (!digits(text, 0, 4) || !digits(text, 5, 7) || text.charAt(7) != '-' || !digits(text, 8, 10)) {
            return parseNumber(text, length, 0);
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 7);
        int day = number(text, 8, 10);
        try {
            if (length == 10) {
                return LocalDate.of(year, month, day);
            }
            if (length < 19 || text.charAt(10) != 'T' || !digits(text, 11, 13) || text.charAt(13) != ':'
                    || !digits(text, 14, 16) || text.charAt(16) != ':' || !digits(text, 17, 19)) {
                return text;
            }
            int nanos = 0;
            int i = 19;
            if (i < length && text.charAt(i) == '.') {
                int start = ++i;
                while (i < length && isDigit(text.charAt(i))) {
                    i++;
                }
                int count = i - start;
                if (count == 0 || count > 9) {
                    return text;
                }
                nanos = number(text, start, i);
                for (int k = count; k < 9; k++) {
                    nanos *= 10;
                }
            }
            LocalDateTime local = LocalDateTime.of(LocalDate.of(year, month, day),
                    LocalTime.of(number(text, 11, 13), number(text, 14, 16), number(text, 17, 19), nanos));
            if (i == length) {
                return local;
            }
            char c = text.charAt(i);
            if (c == 'Z' && i + 1 == length) {
                return OffsetDateTime.of(local, ZoneOffset.UTC);
            }
            if ((c == '+' || c == '-') && i + 6 == length && digits(text, i + 1, i + 3) && text.charAt(i + 3) == ':'
                    && digits(text, i + 4, i + 6)) {
                int hours = number(text, i + 1, i + 3);
                int minutes = number(text, i + 4, i + 6);
                ZoneOffset offset = c == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes)
                        : ZoneOffset.ofHoursMinutes(-hours, -minutes);
                return OffsetDateTime.of(local, offset);
            }
            return text;
        } catch (DateTimeException invalid) {
            return text; // shaped like a date but not one, such as 2024-02-30 or 25:00:00
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (text.charAt(i) - '0');
        }
        return n;
    }
}
