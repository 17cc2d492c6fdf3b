package io.github.cameldatagrok.csv;

/**
 * Rows that cannot be written as CSV, or CSV that cannot be read as rows. The message names exactly what is wrong:
 * the row number (1-based, counting data rows only, not the header), the column, the missing or extra keys, the
 * offending type, or the line of the CSV.
 * <p>
 * Plain I/O failures of the underlying stream are not wrapped in this type: writing throws {@link java.io.IOException},
 * reading through the {@link java.util.Iterator} interface throws {@link java.io.UncheckedIOException}.
 */
public class CsvRowException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public CsvRowException(String message) {
        super(message);
    }

    public CsvRowException(String message, Throwable cause) {
        super(message, cause);
    }
}
