package io.github.cameldatagrok.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Writes rows ({@code Map}s of column name to value) as CSV, one row at a time: UTF-8, a header row, quoting where
 * CSV needs it (Jackson's CSV generator). Memory stays constant however many rows pass.
 * <p>
 * The columns are the given ones, else the keys of the first row in its order. A row with other keys fails with an
 * error naming the row and the missing or extra keys, so a column is never shifted.
 */
public final class CsvRowWriter {

    static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    private final List<String> columns;

    /** @param columns the columns in order, or null to take the first row's keys */
    public CsvRowWriter(List<String> columns) {
        this.columns = columns == null ? null : List.copyOf(columns);
        if (this.columns != null && new HashSet<>(this.columns).size() != this.columns.size()) {
            throw new CsvRowException("The columns " + columns + " name a column twice");
        }
    }

    /** Writes all rows of a source ({@link Rows#of}) and closes it; returns the number of rows written. */
    public long write(Object rows, OutputStream out) throws IOException {
        try (Rows source = rows instanceof Rows r ? r : Rows.of(rows)) {
            Session session = start(source, out);
            if (session == null) {
                return 0;
            }
            while (session.writeNext()) {
                // one row per call
            }
            session.finish();
            return source.number();
        }
    }

    /**
     * Starts writing: determines the columns from the first row if needed. Returns null when there are no rows and
     * no columns, so there is nothing to write at all (not even a header).
     */
    Session start(Rows rows, OutputStream out) throws IOException {
        List<String> names = columns;
        if (names == null) {
            Map<?, ?> first = rows.peek();
            if (first == null) {
                return null;
            }
            names = new ArrayList<>(first.size());
            for (Object key : first.keySet()) {
                names.add(String.valueOf(key));
            }
        }
        CsvSchema schema = CsvSchema.builder().addColumns(names, CsvSchema.ColumnType.STRING).build().withHeader();
        CsvGenerator generator = (CsvGenerator) MAPPER.getFactory().createGenerator(out);
        generator.setSchema(schema);
        return new Session(rows, generator, names);
    }

    /** Writing in progress: one {@link #writeNext()} per row, for callers that pull CSV a piece at a time. */
    static final class Session {
        private final Rows rows;
        private final CsvGenerator generator;
        private final List<String> names;
        private final Set<String> nameSet;

        Session(Rows rows, CsvGenerator generator, List<String> names) {
            this.rows = rows;
            this.generator = generator;
            this.names = names;
            this.nameSet = new HashSet<>(names);
        }

        /** Writes the next row; false when there is none. */
        boolean writeNext() throws IOException {
            if (!rows.hasNext()) {
                return false;
            }
            Map<?, ?> row = rows.next();
            if (row.size() != names.size()) {
                throw mismatch(row);
            }
            generator.writeStartArray();
            for (String name : names) {
                Object value = row.get(name);
                if (value == null && !row.containsKey(name)) {
                    throw mismatch(row);
                }
                String text = CsvValues.format(value, name);
                if (text == null) {
                    generator.writeNull();
                } else {
                    generator.writeString(text);
                }
            }
            generator.writeEndArray();
            return true;
        }

        void flush() throws IOException {
            generator.flush();
        }

        void finish() throws IOException {
            if (rows.number() == 0) {
                // no rows at all: Jackson writes the header with the first row only
                generator.writeStartArray();
                generator.writeEndArray();
            }
            generator.close();
        }

        private CsvRowException mismatch(Map<?, ?> row) {
            Set<String> keys = new LinkedHashSet<>();
            for (Object key : row.keySet()) {
                keys.add(String.valueOf(key));
            }
            Collection<String> missing = new ArrayList<>(names);
            missing.removeAll(keys);
            keys.removeAll(nameSet);
            return new CsvRowException("Row " + rows.number() + " does not have the columns " + names
                    + (missing.isEmpty() ? "" : ": missing " + missing) + (keys.isEmpty() ? "" : ", extra " + keys));
        }
    }
}
