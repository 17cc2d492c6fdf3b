package io.github.cameldatagrok.component;

import java.io.Closeable;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import io.github.cameldatagrok.client.UploadContent;
import io.github.cameldatagrok.csv.CsvRowReader;
import io.github.cameldatagrok.csv.CsvRowWriter;
import io.github.cameldatagrok.csv.Rows;
import org.apache.camel.Exchange;
import org.apache.camel.WrappedFile;
import org.apache.camel.support.SynchronizationAdapter;
import org.apache.camel.util.IOHelper;

/**
 * The bodies a table travels in: what an upload accepts (CSV in any byte form, or rows) and the forms a download
 * is handed over in ({@link DatagrokOutputType}).
 */
public final class TableBodies {

    static final String ACCEPTED = "CSV as InputStream, byte[], String, File, Path or GenericFile, or rows as a"
            + " List, Iterable, Iterator or Stream of Map";

    static final String CSV_CONTENT_TYPE = "text/csv; charset=UTF-8";

    private TableBodies() {
    }

    /** The body as CSV to upload, checked before anything is sent. */
    static UploadContent toCsv(Exchange exchange, List<String> columns) {
        Object body = exchange.getMessage().getBody();
        if (body == null) {
            throw new IllegalArgumentException("The message body is empty: a datagrok:table upload needs " + ACCEPTED);
        }
        UploadContent bytes = bytesOf(exchange, body);
        if (bytes != null) {
            return bytes;
        } else if (Rows.isRowSource(body)) {
            return rows(body, columns);
        }
        throw new IllegalArgumentException("Unsupported body type " + body.getClass().getName()
                + " for a datagrok:table upload: send " + ACCEPTED);
    }

    /**
     * A body that already is bytes (InputStream, byte[], String as UTF-8, File, Path, GenericFile) as upload content,
     * streamed, never read whole; null for any other body.
     */
    static UploadContent bytesOf(Exchange exchange, Object body) {
        body = unwrapFile(exchange, body);
        if (body instanceof InputStream in) {
            return UploadContent.of(in);
        } else if (body instanceof byte[] bytes) {
            return UploadContent.of(bytes);
        } else if (body instanceof String text) {
            return UploadContent.of(text);
        } else if (body instanceof File file) {
            return UploadContent.of(file.toPath());
        } else if (body instanceof Path path) {
            return UploadContent.of(path);
        }
        return null;
    }

    /** A {@code GenericFile} (from file: or ftp:) as its local File or Path, else as a stream; other bodies as they are. */
    static Object unwrapFile(Exchange exchange, Object body) {
        if (body instanceof WrappedFile<?> wrapped) {
            Object file = wrapped.getFile();
            return file instanceof File || file instanceof Path ? file
                    : exchange.getContext().getTypeConverter().convertTo(InputStream.class, exchange, wrapped);
        }
        return body;
    }

    /** Rows, checked up to the first one before anything is sent; only a collection can be written twice. */
    private static UploadContent rows(Object body, List<String> columns) {
        CsvRowWriter writer = new CsvRowWriter(columns);
        if (body instanceof Collection<?> collection) {
            requireSomething(Rows.of(collection), columns);
            return UploadContent.streaming(out -> writer.write(collection, out), true);
        }
        Rows rows = Rows.of(body);
        requireSomething(rows, columns);
        return UploadContent.streaming(out -> writer.write(rows, out), false);
    }

    private static void requireSomething(Rows rows, List<String> columns) {
        if (rows.peek() == null && columns == null) {
            rows.close();
            throw new IllegalArgumentException("No rows to upload and no columns option: a table needs at least"
                    + " its columns");
        }
    }

    /** Hands a downloaded CSV to the route in the requested form; whatever stays open is closed with the exchange. */
    public static void setCsvBody(Exchange exchange, InputStream csv, DatagrokOutputType outputType) throws Exception {
        // declares the text as CSV, so that convertBodyTo(List.class) turns it into rows later in the route
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, CSV_CONTENT_TYPE);
        switch (outputType) {
            case stream -> {
                DatagrokInputStream body = new DatagrokInputStream(csv);
                closeOnCompletion(exchange, body);
                exchange.getMessage().setBody(body);
            }
            case string -> {
                try (csv) {
                    exchange.getMessage().setBody(new String(csv.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            case rows -> {
                try (CsvRowReader reader = new CsvRowReader(csv)) {
                    exchange.getMessage().setBody(reader.readAll());
                }
            }
            case iterator -> {
                CsvRowReader reader = new CsvRowReader(csv);
                closeOnCompletion(exchange, reader);
                exchange.getMessage().setBody(reader);
            }
            default -> {
                csv.close();
                throw new IllegalArgumentException("Unsupported outputType " + outputType);
            }
        }
    }

    static void closeOnCompletion(Exchange exchange, Closeable resource) {
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                IOHelper.close(resource);
            }
        });
    }
}
