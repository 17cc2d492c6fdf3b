package io.github.cameldatagrok.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One pass over a row source: an {@code Iterable} (such as a {@code List}), an {@code Iterator}, a {@code Stream} or
 * an array whose elements are {@code Map}s of column name to value. It counts rows so that errors can name them,
 * can look at the first row before anything is written, and pulls one element at a time (never ahead, except for
 * the one {@link #peek()} asks for), so a lazy or endless source stays lazy.
 * <p>
 * {@link #close()} closes the source when it is a {@code Stream}, or an {@code Iterator} or {@code Iterable} that is
 * also {@code AutoCloseable} (such as the streaming result set iterators of camel-sql and camel-jdbc).
 */
public final class Rows implements Iterator<Map<?, ?>>, Closeable {

    private final Iterator<?> source;
    private final AutoCloseable resource;
    private Object peeked;
    private boolean hasPeeked;
    private long number;
    private boolean closed;

    private Rows(Iterator<?> source, AutoCloseable resource) {
        this.source = source;
        this.resource = resource;
    }

    /** Whether the value is a row source this class accepts (its elements are checked while iterating). */
    public static boolean isRowSource(Object value) {
        return value instanceof Iterable<?> || value instanceof Iterator<?> || value instanceof Stream<?>
                || value instanceof Object[];
    }

    /**
     * The rows of a source.
     *
     * @param source an {@code Iterable}, {@code Iterator}, {@code Stream} or {@code Object[]} of {@code Map}; a
     *               {@code Rows} is returned as it is
     * @throws CsvRowException for any other type, naming it
     */
    public static Rows of(Object source) {
        if (source instanceof Rows rows) {
            return rows;
        } else if (source instanceof Iterable<?> iterable) {
            return new Rows(iterable.iterator(), source instanceof AutoCloseable c ? c : null);
        } else if (source instanceof Iterator<?> iterator) {
            return new Rows(iterator, source instanceof AutoCloseable c ? c : null);
        } else if (source instanceof Stream<?> stream) {
            return new Rows(stream.iterator(), stream);
        } else if (source instanceof Object[] array) {
            return new Rows(Arrays.asList(array).iterator(), null);
        }
        throw new CsvRowException("Rows must be a List, Iterable, Iterator, Stream or array of Map (column name to"
                + " value), not " + (source == null ? "null" : source.getClass().getName()));
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
        } else {
            row = source.next(); // the source's NoSuchElementException when there is none
        }
        number++;
        return asRow(row, number);
    }

    /** The 1-based number of the last row returned by {@link #next()}; 0 before the first. */
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

    /** Closes the source if it can be closed; once only. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (resource != null) {
            try {
                resource.close();
            } catch (RuntimeException e) {
                throw e;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not close the row source: " + e.getMessage(), e);
            } catch (Exception e) {
                throw new IllegalStateException("Could not close the row source: " + e.getMessage(), e);
            }
        }
    }
}
