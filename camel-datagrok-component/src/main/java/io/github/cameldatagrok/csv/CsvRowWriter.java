package io.github.cameldatagrok.csv;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Writes rows ({@code Map}s of column name to value) as CSV to an {@code OutputStream}, one row at a time, so memory
 * stays constant however many rows pass: UTF-8 without byte order mark, a header row first, {@code \n} after every
 * row, fields quoted by Jackson's CSV generator where CSV needs it (a comma, a quote, a line break, leading or
 * trailing whitespace).
 * <p>
 * Columns: the given ones, in that order; else the keys of the first row, in its iteration order. Every row must
 * have exactly the keys of the columns (its own order does not matter): a row with a missing or an extra key fails
 * with a {@link CsvRowException} naming the row (1-based, data rows only) and the missing and extra keys, so a value
 * never lands in another column. Values are formatted by {@link CsvValues}; {@code null} and {@code ""} both become
 * an empty field (in a table of one column, a quoted {@code ""}, so that no row is a blank line).
 * <p>
 * Empty sources: with explicit columns, just the header row is written; with neither columns nor rows nothing at all
 * is written (an empty body), since there is no header to write.
 * <p>
 * Row sources are anything {@link Rows#of} takes: {@code Iterable} (such as {@code List}), {@code Iterator},
 * {@code Stream}, {@code Object[]}. The source is closed when writing ends, also on failure, if it is a
 * {@code Stream} or {@code AutoCloseable}. The output stream is flushed, never closed. A writer holds no state
 * between calls and may be shared by threads.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(path)) {
 *     long count = new CsvRowWriter().write(jdbcRows, out);             // columns from the first row
 * }
 * String csv = new CsvRowWriter(List.of("id", "name")).writeToString(rows);
 * }</pre>
 */
public final class CsvRowWriter {

    /** Bytes buffered before they reach the target stream. */
    static final int BUFFER_SIZE = 64 * 1024;

    /** Jackson's CSV streaming layer alone (no databind: rows are read and written token by token). */
    static final CsvFactory CSV = CsvFactory.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            // writeNumber(double) then writes what CsvValues.format does: NumberOutput.toString(d, true)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();

    private final List<String> columns;

    /** A writer that takes its columns from the first row. */
    public CsvRowWriter() {
        this(null);
    }

    /**
     * @param columns the columns in order, or null to take the keys of the first row
     * @throws CsvRowException if the list is empty, or names a column twice, or has a null or empty name
     */
    public CsvRowWriter(List<String> columns) {
        this.columns = columns == null ? null : checkColumns(new ArrayList<>(columns), "The columns " + columns);
    }

    /** The explicit columns, or null when they come from the first row. */
    public List<String> columns() {
        return columns;
    }

    /**
     * Writes all rows of a source and closes it.
     *
     * @param rows an {@code Iterable}, {@code Iterator}, {@code Stream} or {@code Object[]} of {@code Map}
     * @param out  where the CSV goes; flushed, not closed
     * @return the number of data rows written
     * @throws CsvRowException for a source of another type, a row that is not a {@code Map}, a row whose keys are
     *                         not the columns, or a value that has no CSV form
     * @throws IOException     when the output stream fails
     */
    public long write(Object rows, OutputStream out) throws IOException {
        try (Rows source = Rows.of(rows)) {
            OutputStream target = out instanceof BufferedOutputStream || out instanceof ByteArrayOutputStream
                    ? out : new BufferedOutputStream(out, BUFFER_SIZE);
            Session session = start(source, target);
            if (session == null) {
                return 0;
            }
            while (session.writeNext()) {
                // one row per call
            }
            session.finish();
            target.flush();
            return source.number();
        }
    }

    /** Writes all rows of an {@code Iterable}, such as a {@code List}: see {@link #write(Object, OutputStream)}. */
    public long write(Iterable<?> rows, OutputStream out) throws IOException {
        return write((Object) rows, out);
    }

    /** Writes all remaining rows of an {@code Iterator}: see {@link #write(Object, OutputStream)}. */
    public long write(Iterator<?> rows, OutputStream out) throws IOException {
        return write((Object) rows, out);
    }

    /** Writes all rows of a {@code Stream} and closes it: see {@link #write(Object, OutputStream)}. */
    public long write(Stream<?> rows, OutputStream out) throws IOException {
        return write((Object) rows, out);
    }

    /** The CSV of all rows of a source, as a string: for small tables and tests. */
    public String writeToString(Object rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(rows, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not from a ByteArrayOutputStream
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Starts writing: determines the columns (from the first row if needed) and writes the header. Returns null when
     * there are neither rows nor columns, so there is nothing to write at all (not even a header).
     */
    Session start(Rows rows, OutputStream out) throws IOException {
        List<String> names = columns;
        boolean fromFirstRow = names == null;
        if (fromFirstRow) {
            Map<?, ?> first = rows.peek();
            if (first == null) {
                return null;
            }
            names = new ArrayList<>(first.size());
            for (Object key : first.keySet()) {
                if (!(key instanceof String name)) {
                    throw new CsvRowException("Row 1 has the key " + key
                            + (key == null ? "" : " of type " + key.getClass().getName())
                            + ": the keys of a row are its column names, as Strings");
                }
                names.add(name);
            }
            checkColumns(names, "The keys of row 1 " + names);
        }
        CsvSchema schema = CsvSchema.builder().addColumns(names, CsvSchema.ColumnType.STRING).build()
                .withoutHeader();
        CsvGenerator generator = CSV.createGenerator(out);
        generator.setSchema(schema);
        return new Session(rows, generator, names.toArray(new String[0]), fromFirstRow);
    }

    private static List<String> checkColumns(List<String> names, String what) {
        if (names.isEmpty()) {
            throw new CsvRowException(what + " name no column: a table needs at least one");
        }
        Set<String> seen = new HashSet<>();
        Set<String> twice = new LinkedHashSet<>();
        for (String name : names) {
            if (name == null || name.isEmpty()) {
                throw new CsvRowException(what + " contain " + (name == null ? "a null" : "an empty")
                        + " column name");
            }
            if (!seen.add(name)) {
                twice.add(name);
            }
        }
        if (!twice.isEmpty()) {
            throw new CsvRowException(what + " name the column" + (twice.size() > 1 ? "s " : " ") + twice
                    + " more than once");
        }
        return List.copyOf(names);
    }

    /**
     * Writing in progress, one {@link #writeNext()} per row, so that a caller can pull CSV a piece at a time
     * ({@link CsvRowsInputStream}). The header is written when the session starts.
     */
    static final class Session {
        private final Rows rows;
        private final CsvGenerator generator;
        private final String[] names;
        private final boolean fromFirstRow;
        /** In a table of one column an empty field is quoted, or the row would be a blank line. */
        private final boolean singleColumn;

        Session(Rows rows, CsvGenerator generator, String[] names, boolean fromFirstRow) throws IOException {
            this.rows = rows;
            this.generator = generator;
            this.names = names;
            this.fromFirstRow = fromFirstRow;
            this.singleColumn = names.length == 1;
            generator.writeStartArray();
            for (String name : names) {
                writeText(name);
            }
            generator.writeEndArray();
        }

        /** Writes the next row; false when there is none. */
        boolean writeNext() throws IOException {
            if (!rows.hasNext()) {
                return false;
            }
            Map<?, ?> row = rows.next();
            String[] columns = names;
            int count = columns.length;
            if (row.size() != count) {
                throw mismatch(row);
            }
            generator.writeStartArray();
            int i = 0;
            // Fast path: the row's own order is the column order (rows of one query all share it), so no lookups.
            Iterator<? extends Map.Entry<?, ?>> entries = row.entrySet().iterator();
            while (i < count && entries.hasNext()) {
                Map.Entry<?, ?> entry = entries.next();
                Object key = entry.getKey();
                String name = columns[i];
                if (key != name && !name.equals(key)) {
                    break;
                }
                writeValue(entry.getValue(), i);
                i++;
            }
            // Other order (or a map whose keys compare by its own rules): look the rest up by name.
            for (; i < count; i++) {
                String name = columns[i];
                Object value = row.get(name);
                if (value == null && !row.containsKey(name)) {
                    throw mismatch(row);
                }
                writeValue(value, i);
            }
            generator.writeEndArray();
            return true;
        }

        private void writeValue(Object value, int column) throws IOException {
            if (value instanceof String text) {
                writeText(text);
            } else if (value == null) {
                // not writeNull(): inside an array row Jackson's CSV generator skips it, which would shift columns
                writeText("");
            } else if (value instanceof Integer number) {
                generator.writeNumber(number.intValue());
            } else if (value instanceof Long number) {
                generator.writeNumber(number.longValue());
            } else if (value instanceof Double number) {
                // the text of CsvValues.format, without checking digits for quotes
                String money = CsvValues.shortDecimal(number);
                if (money != null) {
                    generator.writeRawValue(money);
                } else {
                    generator.writeNumber(number.doubleValue());
                }
            } else if (value instanceof Boolean flag) {
                generator.writeBoolean(flag);
            } else if (value instanceof LocalDate date) {
                // digits and dashes: nothing to quote (nor to check)
                generator.writeRawValue(CsvValues.localDate(date));
            } else {
                String text;
                try {
                    text = CsvValues.format(value, names[column]);
                } catch (CsvRowException e) {
                    // the whole story in one message, so that it reads the same as the root cause of any wrapper
                    throw new CsvRowException("Row " + rows.number() + ": " + e.getMessage());
                }
                writeText(text);
            }
        }

        /**
         * Jackson quotes a field with the separator, the quote or a line feed; it is made to quote a carriage return
         * and leading or trailing whitespace too (which CSV readers may strip from an unquoted field).
         */
        private void writeText(String text) throws IOException {
            int length = text.length();
            if (length == 0 ? singleColumn
                    : text.charAt(0) <= ' ' || text.charAt(length - 1) <= ' ' || text.indexOf('\r') >= 0) {
                writeQuoted(text);
            } else {
                generator.writeString(text);
            }
        }

        private void writeQuoted(String text) throws IOException {
            generator.enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS);
            generator.writeString(text);
            generator.disable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS);
        }

        /** Passes what is written so far on to the output stream. */
        void flush() throws IOException {
            generator.flush();
        }

        /** Flushes and releases the generator; the output stream stays open. */
        void finish() throws IOException {
            generator.close();
        }

        private CsvRowException mismatch(Map<?, ?> row) {
            Set<String> nameSet = Set.of(names);
            List<String> missing = new ArrayList<>();
            for (String name : names) {
                if (!row.containsKey(name)) {
                    missing.add(name);
                }
            }
            List<String> extra = new ArrayList<>();
            for (Object key : row.keySet()) {
                if (!(key instanceof String)) {
                    extra.add(key + (key == null ? "" : " (" + key.getClass().getName() + ")"));
                } else if (!nameSet.contains(key)) {
                    extra.add((String) key);
                }
            }
            StringBuilder message = new StringBuilder("Row ").append(rows.number())
                    .append(" does not have the keys of the columns ").append(List.of(names))
                    .append(fromFirstRow ? " (the keys of row 1)" : "").append(':');
            if (!missing.isEmpty()) {
                message.append(" missing ").append(missing);
            }
            if (!extra.isEmpty()) {
                message.append(missing.isEmpty() ? "" : ",").append(" extra ").append(extra);
            }
            if (missing.isEmpty() && extra.isEmpty()) {
                message.append(" it has ").append(row.size()).append(" keys for ").append(names.length)
                        .append(" columns");
            }
            return new CsvRowException(message.toString());
        }
    }
}
