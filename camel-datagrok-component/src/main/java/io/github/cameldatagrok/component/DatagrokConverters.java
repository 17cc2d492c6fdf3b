package io.github.cameldatagrok.component;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.cameldatagrok.csv.CsvRowException;
import io.github.cameldatagrok.csv.CsvRowReader;
import io.github.cameldatagrok.csv.CsvRowWriter;
import io.github.cameldatagrok.csv.CsvRowsInputStream;
import org.apache.camel.Converter;
import org.apache.camel.Exchange;
import org.apache.camel.WrappedFile;
import org.apache.camel.spi.TypeConverterRegistry;

/**
 * Rows and CSV as Camel type conversions, so {@code convertBodyTo} works in any route.
 * <p>
 * Both directions are fallback converters that act only on what is clearly theirs: rows are a {@code Collection}
 * whose first element is a {@code Map}; CSV is text or a file that the message declares as CSV (a
 * {@code Content-Type} of {@code text/csv}, or a file name ending in {@code .csv}). Everything else is left to
 * Camel's other converters, and so are rows that make no table (maps with different keys, nested values).
 */
@Converter(generateLoader = true)
public final class DatagrokConverters {

    private DatagrokConverters() {
    }

    @Converter(fallback = true)
    public static Object convertTo(Class<?> type, Exchange exchange, Object value, TypeConverterRegistry registry)
            throws Exception {
        if (isRows(value)) {
            return rowsTo(type, (Collection<?>) value);
        }
        // (Iterator is not offered: Camel core already converts any value to an Iterator)
        if ((type == List.class || type == Collection.class || type == Iterable.class) && declaredCsv(exchange, value)) {
            return csvTo(type, value, exchange);
        }
        return null;
    }

    private static boolean isRows(Object value) {
        if (value instanceof Collection<?> rows && !rows.isEmpty()) {
            return rows.iterator().next() instanceof Map<?, ?>;
        }
        return false;
    }

    private static Object rowsTo(Class<?> type, Collection<?> rows) throws Exception {
        if (type == InputStream.class) {
            return new CsvRowsInputStream(rows, null);
        }
        if (type == String.class || type == byte[].class) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                new CsvRowWriter(null).write(rows, out);
            } catch (CsvRowException notATable) {
                // maps of different keys or nested values are no table: Camel's own converters take them (a log of
                // a JSON-like list must not fail)
                return null;
            }
            return type == String.class ? out.toString(StandardCharsets.UTF_8) : out.toByteArray();
        }
        return null;
    }

    private static boolean declaredCsv(Exchange exchange, Object value) {
        if (!(value instanceof String || value instanceof byte[] || value instanceof InputStream
                || value instanceof File || value instanceof Path || value instanceof WrappedFile<?>)) {
            return false;
        }
        String name = value instanceof File f ? f.getName()
                : value instanceof Path p ? String.valueOf(p.getFileName())
                : value instanceof WrappedFile<?> w && w.getFile() instanceof File f ? f.getName()
                : exchange != null ? exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class) : null;
        if (name != null && name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return true;
        }
        String contentType = exchange != null ? exchange.getMessage().getHeader(Exchange.CONTENT_TYPE, String.class) : null;
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/csv");
    }

    private static Object csvTo(Class<?> type, Object value, Exchange exchange) throws Exception {
        Object source = value instanceof WrappedFile<?> w && w.getFile() instanceof File f ? f : value;
        InputStream in = source instanceof String text ? new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))
                : source instanceof byte[] bytes ? new ByteArrayInputStream(bytes)
                : source instanceof InputStream stream ? stream
                : source instanceof File file ? Files.newInputStream(file.toPath())
                : source instanceof Path path ? Files.newInputStream(path)
                : exchange.getContext().getTypeConverter().convertTo(InputStream.class, exchange, source);
        if (in == null) {
            return null;
        }
        return new CsvRowReader(in).readAll();
    }
}
