package io.github.cameldatagrok.csv;

import java.io.Closeable;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * One pass over a row source ({@code Iterable}, {@code Iterator}, {@code Stream} or array of {@code Map}), counting
 * rows so that errors can name them, and able to look at the first row before anything is written.
 */
public final class Rows implements Iterator<Map<?, ?>>, Closeable {

    private final Iterator<?> source;
    private final AutoCloseable resource;
    private Object peeked;
    private boolean hasPeeked;
    private long number;

    private Rows(Iterator<?> source, AutoCloseable resource) {
        this.source = source;
        this.resource = resource;
    }

    /** Whether the value is a row source this class accepts (its elements are checked while iterating). */
    public static boolean isRowSource(Object value) {
        return value instanceof Iterable<?> || value instanceof Iterator<?> || value instanceof Stream<?>
                || value instanceof Object[];
    }

    public static Rows of(Object source) {
        if (source instanceof Iterable<?> iterable) {
            return new Rows(iterable.iterator(), source instanceof AutoCloseable c ? c : null);
        } else if (source instanceof Iterator<?> iterator) {
            return new Rows(iterator, source instanceof AutoCloseable c ? c : null);
        } else if (source instanceof Stream<?> stream) {
            return new Rows(stream.iterator(), stream);
        } else if (source instanceof Object[] array) {
            return new Rows(java.util.Arrays.asList(array).iterator(), null);
        }
        throw new CsvRowException("Rows must be a List, Iterable, Iterator, Stream or array of Map, not "
                + (source == null ? "null" : source.getClass().getName()));
    }

    /** The next row without consuming it, or null when there is none. */
    public Map<?, ?> peek() {
        if (!hasPeeked) {
            if (!source.hasNext()) {
                return null;
            }
            peeked = source.next();
            hasPeeked = true;
        }
        return asRow(peeked, number + 1);
    }

    @Override
    public boolean hasNext() {
        return hasPeeked || source.hasNext();
    }

    @Override
    public Map<?, ?> next() {
        Object row;
        if (hasPeeked) {
            row = peeked;
            peeked = null;
            hasPeeked = false;
        } else if (source.hasNext()) {
            row = source.next();
        } else {
            throw new NoSuchElementException();
        }
        number++;
        return asRow(row, number);
    }

    /** The 1-based number of the last row returned by {@link #next()}. */
    public long number() {
        return number;
    }

    private static Map<?, ?> asRow(Object row, long number) {
        if (row instanceof Map<?, ?> map) {
            return map;
        }
        throw new CsvRowException("Row " + number + " is a " + (row == null ? "null" : row.getClass().getName())
                + ", not a Map of column name to value");
    }

    @Override
    public void close() {
        if (resource != null) {
            try {
                resource.close();
            } catch (Exception e) {
                throw new CsvRowException("Could not close the row source: " + e.getMessage(), e);
            }
        }
    }
}
