package io.github.cameldatagrok.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

/**
 * Reads CSV with a header row as rows, one at a time: each row is a {@code Map} of column name to value, in column
 * order, with values typed by {@link CsvValues#parse} (or left as text when constructed untyped). Closing closes the
 * input. Quoted fields with commas, quotes and line breaks, and a UTF-8 byte order mark, are handled by Jackson's CSV
 * parser.
 */
public final class CsvRowReader implements Iterator<Map<String, Object>>, Closeable {

    private final MappingIterator<String[]> lines;
    private final boolean typed;
    private String[] header;
    private long row;

    /** A reader with typed values. */
    public CsvRowReader(InputStream csv) {
        this(csv, true);
    }

    /** @param typed false to keep every value as the text it is in the CSV (an empty field is still null) */
    public CsvRowReader(InputStream csv, boolean typed) {
        this.typed = typed;
        try {
            this.lines = CsvRowWriter.MAPPER.readerFor(String[].class)
                    .with(CsvParser.Feature.WRAP_AS_ARRAY)
                    .with(CsvParser.Feature.SKIP_EMPTY_LINES)
                    .readValues(csv);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read CSV: " + e.getMessage(), e);
        }
    }

    /** The column names, read from the header row; empty for an empty input. */
    public List<String> columns() {
        return List.of(header());
    }

    private String[] header() {
        if (header == null) {
            if (!lines.hasNext()) {
                header = new String[0];
                return header;
            }
            String[] names = lines.next();
            Set<String> seen = new HashSet<>();
            for (String name : names) {
                if (name == null || name.isEmpty()) {
                    throw new CsvRowException("The CSV header " + List.of(names) + " has an empty column name");
                }
                if (!seen.add(name)) {
                    throw new CsvRowException("The CSV header names column '" + name + "' twice");
                }
            }
            header = names;
        }
        return header;
    }

    @Override
    public boolean hasNext() {
        return header().length > 0 && hasMoreLines();
    }

    private boolean hasMoreLines() {
        try {
            return lines.hasNextValue();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read CSV after row " + row + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Map<String, Object> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        String[] fields;
        try {
            fields = lines.nextValue();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read CSV row " + (row + 1) + ": " + e.getMessage(), e);
        }
        row++;
        if (fields.length != header.length) {
            throw new CsvRowException("CSV row " + row + " has " + fields.length + " fields, the header "
                    + header.length + " columns");
        }
        Map<String, Object> values = new LinkedHashMap<>(header.length * 4 / 3 + 1);
        for (int i = 0; i < header.length; i++) {
            String text = fields[i];
            values.put(header[i], typed ? CsvValues.parse(text) : (text == null || text.isEmpty() ? null : text));
        }
        return values;
    }

    /** Reads all remaining rows, then closes the input. */
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

    @Override
    public void close() {
        try {
            lines.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
