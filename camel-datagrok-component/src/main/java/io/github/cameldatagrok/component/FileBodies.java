package io.github.cameldatagrok.component;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import io.github.cameldatagrok.client.UploadContent;
import org.apache.camel.Exchange;
import org.apache.camel.WrappedFile;
import org.apache.camel.util.ObjectHelper;

/** The bodies a file travels in: what an upload accepts, the name it gets, and the forms a download is handed over in. */
public final class FileBodies {

    static final String ACCEPTED = "InputStream, byte[], String, File, Path or GenericFile";

    private FileBodies() {
    }

    /** The body as the bytes of a file, checked before anything is sent; never read whole. */
    static UploadContent toUpload(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        // an empty byte[] or String is a message without content (a step that produced nothing), not a file; an
        // empty File, Path or stream is sent: it is a file that happens to be empty
        if (body == null || body instanceof byte[] bytes && bytes.length == 0
                || body instanceof String text && text.isEmpty()) {
            throw new IllegalArgumentException("The message body is empty" + (body == null ? "" : " (an empty "
                    + body.getClass().getSimpleName() + ")") + ": a datagrok:file upload needs " + ACCEPTED);
        }
        UploadContent content = TableBodies.bytesOf(exchange, body);
        if (content == null) {
            throw new IllegalArgumentException("Unsupported body type " + body.getClass().getName()
                    + " for a datagrok:file upload: send " + ACCEPTED);
        }
        return content;
    }

    /**
     * The name of a file uploaded into a directory: the {@code CamelFileName} header (it may hold sub-directories, as
     * camel-file sets it for recursive polls), else the name of a File or Path body.
     */
    static String fileName(Exchange exchange) {
        String name = exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class);
        if (ObjectHelper.isEmpty(name)) {
            Object body = exchange.getMessage().getBody();
            if (body instanceof WrappedFile<?> wrapped) {
                body = wrapped.getFile();
            }
            if (body instanceof File file) {
                name = file.getName();
            } else if (body instanceof Path path && path.getFileName() != null) {
                name = path.getFileName().toString();
            }
        }
        if (ObjectHelper.isEmpty(name)) {
            throw new IllegalArgumentException("The datagrok:file target is a directory (it ends with '/'), so the file"
                    + " name comes from the " + Exchange.FILE_NAME + " header, which is missing; set it, or name the"
                    + " whole path in the " + DatagrokConstants.FILE_PATH + " header");
        }
        // a backslash separates folders only where it is the file separator (camel-file on Windows); elsewhere it is
        // part of a name, which the path check then refuses rather than silently turning it into a folder
        return File.separatorChar == '\\' ? name.replace('\\', '/') : name;
    }

    /** Hands a downloaded file to the route in the requested form; an open stream is closed with the exchange. */
    public static void setDownloadBody(Exchange exchange, InputStream in, DatagrokOutputType outputType) throws Exception {
        switch (outputType) {
            case stream -> {
                DatagrokInputStream body = new DatagrokInputStream(in);
                TableBodies.closeOnCompletion(exchange, body);
                exchange.getMessage().setBody(body);
            }
            case bytes -> {
                try (in) {
                    byte[] bytes = in.readAllBytes();
                    exchange.getMessage().setHeader(DatagrokConstants.FILE_LENGTH, (long) bytes.length);
                    exchange.getMessage().setBody(bytes);
                }
            }
            case string -> {
                try (in) {
                    byte[] bytes = in.readAllBytes();
                    exchange.getMessage().setHeader(DatagrokConstants.FILE_LENGTH, (long) bytes.length);
                    exchange.getMessage().setBody(new String(bytes, StandardCharsets.UTF_8));
                }
            }
            // a CSV file read as rows, like a table
            case rows, iterator -> TableBodies.setCsvBody(exchange, in, outputType);
            default -> {
                in.close();
                throw new IllegalArgumentException("Unsupported outputType " + outputType + " for a file download");
            }
        }
    }
}
