package io.github.cameldatagrok.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads CSV with a header row as rows, lazily, one at a time: each row is a {@code LinkedHashMap} of column name to
 * value in column order, with values typed by {@link CsvValueTypes} (or kept as text when constructed untyped; an
 * empty field is {@code null} either way). Closing closes the input. The input is read as UTF-8; a UTF-8 byte order
 * mark at its start is skipped. Parsing is Jackson's CSV parser: quoted fields with commas, doubled quotes and line
 * breaks, {@code \n}, {@code \r\n} and {@code \r} line ends; spaces around unquoted values are kept.
 * <ul>
 * <li>An empty input has no columns and no rows.</li>
 * <li>The header must name every column, each once: an empty or repeated name is a {@link CsvRowException} naming
 * it.</li>
 * <li>A row with fewer or more fields than the header is a {@link CsvRowException} naming the row (1-based, data rows
 * only) and its line; so is malformed CSV (such as a quote that is never closed).</li>
 * <li>Blank lines before the header are skipped. After it, a blank line is skipped when the header has several
 * columns (it cannot be a row); in a CSV of one column it is a row whose value is null.</li>
 * </ul>
 * Failures of the input stream itself are thrown as {@link UncheckedIOException} by the {@code Iterator} methods.
 *
 * <pre>{@code
 * try (CsvRowReader rows = new CsvRowReader(inputStream)) {
 *     List<String> columns = rows.columns();
 *     while (rows.hasNext()) {
 *         Map<String, Object> row = rows.next();     // e.g. {id=1, name=Zürich, day=2024-01-31}
 *     }
 * }
 * List<Map<String, Object>> all = new CsvRowReader(inputStream).readAll();   // reads and closes
 * }</pre>
 */
public final class CsvRowReader implements Iterator<Map<String, Object>>, Closeable {

    /**
     * Jackson's CSV parser without a schema: each record is START_ARRAY, a VALUE_STRING per field, END_ARRAY. Read
     * as tokens into {@link #fields}, not through databind (a {@code String[]} per line was 15-20% of the time of a
     * typed download).
     */
    private final JsonParser lines;
    private final boolean typed;
    /** The first token, read when the reader is made (so that an input failing at once fails there). */
    private JsonToken firstToken;
    private String[] header;
    private RuntimeException headerFailure;
    /** The fields of the line just read, reused from line to line; at most as many as the header has columns. */
    private String[] fields = new String[16];
    /** How many fields the line just read has (including those beyond {@link #fields}, counted, not kept). */
    private int fieldCount;
    /** Whether {@link #fields} holds the next row, read ahead by {@link #hasNext()}. */
    private boolean pending;
    private long row;
    private boolean closed;

    /** A reader of typed values from UTF-8 CSV. */
    public CsvRowReader(InputStream csv) {
        this(csv, true);
    }

    /**
     * @param csv   UTF-8 CSV with a header row
     * @param typed true to type values by {@link CsvValueTypes}; false to keep every value as the text it is in the
     *              CSV (an empty field is still null)
     */
    public CsvRowReader(InputStream csv, boolean typed) {
        this.typed = typed;
        try {
            this.lines = CsvRowWriter.CSV.createParser(csv);
            this.firstToken = lines.nextToken();
        } catch (IOException e) {
            closeQuietly(csv, e);
            throw failure(e, "header");
        }
    }

    /** A reader of typed values from CSV text. */
    public CsvRowReader(Reader csv) {
        this(csv, true);
    }

    /** @see #CsvRowReader(InputStream, boolean) */
    public CsvRowReader(Reader csv, boolean typed) {
        this.typed = typed;
        try {
            this.lines = CsvRowWriter.CSV.createParser(csv);
            this.firstToken = lines.nextToken();
        } catch (IOException e) {
            closeQuietly(csv, e);
            throw failure(e, "header");
        }
    }

    /** The column names from the header row, in order; empty for an empty input. Reads the header if needed. */
    public List<String> columns() {
        return List.of(header());
    }

    /** The number of data rows returned so far (the 1-based number of the last one). */
    public long rowNumber() {
        return row;
    }

    private String[] header() {
        if (header == null) {
            if (headerFailure != null) {
                throw headerFailure;
            }
            try {
                header = readHeader();
            } catch (RuntimeException e) {
                headerFailure = e; // never read a later line as the header
                throw e;
            }
        }
        return header;
    }

    private String[] readHeader() {
        String[] names = nextNonBlankLine(0, Integer.MAX_VALUE)
                ? Arrays.copyOf(fields, fieldCount) : new String[0];
        if (names.length > 0 && names[0].startsWith("\uFEFF")) {
            names[0] = names[0].substring(1); // byte order mark of text that was decoded before it came here
        }
        Set<String> seen = new HashSet<>();
        Set<String> twice = new LinkedHashSet<>();
        for (int i = 0; i < names.length; i++) {
            if (names[i].isEmpty()) {
                throw new CsvRowException("The CSV header " + describe(names) + " has an empty name for column "
                        + (i + 1) + ": every column needs a name");
            }
            if (!seen.add(names[i])) {
                twice.add(names[i]);
            }
        }
        if (!twice.isEmpty()) {
            throw new CsvRowException("The CSV header " + describe(names) + " names the column"
                    + (twice.size() > 1 ? "s " : " ") + twice + " more than once");
        }
        return names;
    }

    private static void closeQuietly(Closeable input, Exception failure) {
        try {
            input.close();
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** Reads ahead one row (not more), skipping blank lines when the header has several columns. */
    @Override
    public boolean hasNext() {
        if (closed) {
            return false;
        }
        if (pending) {
            return true;
        }
        String[] names = header();
        if (names.length == 0) {
            return false;
        }
        pending = names.length == 1 ? nextLine(row + 1, 1) : nextNonBlankLine(row + 1, names.length);
        return pending;
    }

    @Override
    public Map<String, Object> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No more CSV rows after row " + row);
        }
        pending = false;
        row++;
        String[] names = header;
        int count = fieldCount;
        if (count != names.length) {
            throw new CsvRowException("CSV row " + row + " (" + endLine() + ") has " + count
                    + (count == 1 ? " field" : " fields") + " but the header has " + names.length
                    + " columns " + describe(names));
        }
        String[] texts = fields;
        Map<String, Object> values = new LinkedHashMap<>((int) (names.length / 0.75f) + 1);
        boolean typing = typed;
        for (int i = 0; i < names.length; i++) {
            String text = texts[i];
            values.put(names[i], typing ? CsvValueTypes.parse(text) : (text.isEmpty() ? null : text));
        }
        return values;
    }

    private boolean nextNonBlankLine(long rowNumber, int keep) {
        boolean read;
        do {
            read = nextLine(rowNumber, keep);
        } while (read && fieldCount == 1 && fields[0].isEmpty());
        return read;
    }

    /**
     * Reads the next line into {@link #fields}, keeping at most {@code keep} fields (a row longer than the header is
     * an error, so its extra fields are only counted: memory stays bounded however long a bad line is).
     *
     * @param rowNumber the data row being read (for messages), 0 for the header
     * @return false at the end of the input
     */
    private boolean nextLine(long rowNumber, int keep) {
        try {
            JsonToken token = firstToken != null ? firstToken : lines.nextToken();
            firstToken = null;
            if (token == null) {
                return false;
            }
            // token is START_ARRAY: a record; its fields follow until END_ARRAY
            String[] kept = fields;
            int count = 0;
            for (String text; (text = lines.nextTextValue()) != null; count++) {
                if (count < keep) {
                    if (count == kept.length) {
                        kept = fields = Arrays.copyOf(kept, count * 2);
                    }
                    kept[count] = text;
                }
            }
            fieldCount = count;
            return true;
        } catch (IOException e) {
            // the message is made only now: a string per row would cost 5% of reading
            throw failure(e, rowNumber == 0 ? "header" : "row " + rowNumber);
        }
    }

    private String endLine() {
        JsonLocation location = lines.currentTokenLocation();
        return location == null || location.getLineNr() < 1 ? "the line is unknown"
                : "ending on line " + location.getLineNr();
    }

    /** Malformed CSV as a {@link CsvRowException}; a failing input (even wrapped by Jackson) stays an I/O error. */
    private static RuntimeException failure(IOException e, String what) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof IOException io && !(cause instanceof JsonProcessingException)) {
                return new UncheckedIOException("Could not read CSV " + what + ": " + io.getMessage(), io);
            }
        }
        return e instanceof JsonProcessingException json ? malformed(json, what)
                : new UncheckedIOException("Could not read CSV " + what + ": " + e.getMessage(), e);
    }

    private static CsvRowException malformed(JsonProcessingException e, String what) {
        JsonLocation location = e.getLocation();
        String where = location == null ? "" : " (line " + location.getLineNr() + ", column "
                + location.getColumnNr() + ")";
        return new CsvRowException("Malformed CSV in " + what + where + ": " + e.getOriginalMessage(), e);
    }

    private static String describe(String[] names) {
        return names.length <= 20 ? List.of(names).toString()
                : List.of(names).subList(0, 20).toString().replace("]", ", ...]");
    }

    /** Reads all remaining rows into a list, then closes the input (also when reading fails). */
    public List<Map<String, Object>> readAll() {
        List<Map<String, Object>> all = new ArrayList<>();
        try {
            while (hasNext()) {
                all.add(next());
            }
        } finally {
            close();
        }
        return all;
    }

    /** The remaining rows as a sequential {@code Stream}; closing the stream closes this reader. */
    public Stream<Map<String, Object>> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(this::close);
    }

    /** Closes the input; {@link #hasNext()} is false afterwards. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            lines.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not close the CSV input: " + e.getMessage(), e);
        }
    }
}
