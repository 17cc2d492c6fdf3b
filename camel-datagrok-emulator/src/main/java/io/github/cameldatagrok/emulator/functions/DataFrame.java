package io.github.cameldatagrok.emulator.functions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * A small in-memory table for emulated functions: named columns and rows of text values, read from and written
 * to CSV (the form dataframes take in a function call's JSON, see {@link FunctionsApi}).
 */
public final class DataFrame {

    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private final List<String> columns;
    private final List<Map<String, String>> rows;

    private DataFrame(List<String> columns, List<Map<String, String>> rows) {
        this.columns = List.copyOf(columns);
        this.rows = Collections.unmodifiableList(rows);
    }

    /** A table of these columns; each row gives a value (any type, written with toString) per column. */
    public static DataFrame of(List<String> columns, List<? extends Map<String, ?>> rows) {
        List<Map<String, String>> copy = new ArrayList<>(rows.size());
        for (Map<String, ?> row : rows) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String column : columns) {
                Object value = row.get(column);
                values.put(column, value == null ? "" : value.toString());
            }
            copy.add(values);
        }
        return new DataFrame(columns, copy);
    }

    /** Parses CSV with a header row. */
    public static DataFrame fromCsv(String csv) {
        try (MappingIterator<List<String>> lines = CSV.readerForListOf(String.class).readValues(csv)) {
            if (!lines.hasNext()) {
                throw new IllegalArgumentException("A dataframe needs at least a CSV header row");
            }
            List<String> header = lines.next();
            List<Map<String, String>> rows = new ArrayList<>();
            while (lines.hasNext()) {
                List<String> line = lines.next();
                if (line.size() == 1 && line.get(0).isEmpty() && header.size() > 1) {
                    continue; // blank line
                }
                if (line.size() != header.size()) {
                    throw new IllegalArgumentException("CSV row " + (rows.size() + 1) + " has " + line.size()
                            + " values for " + header.size() + " columns");
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), line.get(i));
                }
                rows.add(row);
            }
            return new DataFrame(header, rows);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a CSV dataframe: " + e.getMessage(), e);
        }
    }

    public String toCsv() {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        try {
            if (rows.isEmpty()) {
                // the writer emits the header with the first row only
                return CSV.writer(CsvSchema.emptySchema().withLineSeparator("\n")).writeValueAsString(columns);
            }
            return CSV.writer(schema.build().withLineSeparator("\n")).writeValueAsString(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> columns() {
        return columns;
    }

    /** Rows as column -> text, in column order. */
    public List<Map<String, String>> rows() {
        return rows;
    }

    public int size() {
        return rows.size();
    }

    @Override
    public String toString() {
        return "DataFrame" + columns + "[" + rows.size() + " rows]";
    }
}
