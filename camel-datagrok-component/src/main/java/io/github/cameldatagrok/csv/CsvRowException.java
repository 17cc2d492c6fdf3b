package io.github.cameldatagrok.csv;

/** Rows that cannot be written as CSV, or CSV that cannot be read as rows; the message names what is wrong. */
public class CsvRowException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public CsvRowException(String message) {
        super(message);
    }

    public CsvRowException(String message, Throwable cause) {
        super(message, cause);
    }
}
