package io.github.cameldatagrok.client;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

import io.github.cameldatagrok.transport.HttpTransport;
import org.eclipse.jetty.http.MultiPart;
import org.apache.hc.core5.http.ClassicHttpResponse;

/**
 * The parts of a {@code files/sync} answer, parsed one at a time straight off the HTTP response by Jetty's streaming
 * multipart parser: nothing is buffered beyond one read window, so a 1 GB part streams with bounded memory and at
 * network speed. Each part's {@link FileSyncPart#content()} is live until the next {@link #next()}; what a caller
 * leaves unread is skipped.
 * <p>
 * An empty answer (HTTP 204: the remote directory has no files) has no parts and {@link #isEmptyDirectory()} true.
 * Transport failures (a dropped connection) surface as {@link UncheckedIOException} from {@link #hasNext()} and
 * {@link #next()}, or as {@link IOException} from a part's content. Close it to release the connection.
 */
public final class FileSyncParts implements Iterable<FileSyncPart>, Closeable {

    /** The read window: large, so the network, the boundary search and the copies all run over big blocks. */
    static final int PARSE_BUFFER = 256 * 1024;

    private final ClassicHttpResponse response;
    private final MultipartPullParser parser;
    private final String description;
    private int index;
    private Map<String, String> pending;
    private boolean finished;
    private boolean closed;

    private FileSyncParts(ClassicHttpResponse response, MultipartPullParser parser, String description) {
        this.response = response;
        this.parser = parser;
        this.description = description;
        this.finished = parser == null;
    }

    /** The parts of a 204 answer: none. */
    static FileSyncParts emptyDirectory(ClassicHttpResponse response, String description) {
        return new FileSyncParts(response, null, description);
    }

    /** Starts parsing a multipart answer; {@code contentType} must carry the boundary. */
    static FileSyncParts multipart(ClassicHttpResponse response, InputStream body, String contentType,
                                   String description) throws IOException {
        String boundary = MultiPart.extractBoundary(contentType);
        if (boundary == null || boundary.isEmpty()) {
            throw new IOException("The multipart answer of " + description + " names no boundary: " + contentType);
        }
        return new FileSyncParts(response, new MultipartPullParser(body, boundary, PARSE_BUFFER), description);
    }

    /** True when Datagrok answered 204: the remote directory is empty (the Python client then clears the local one). */
    public boolean isEmptyDirectory() {
        return parser == null;
    }

    /** Iterates the parts once, in answer order (the same as {@link #hasNext()} / {@link #next()}). */
    @Override
    public Iterator<FileSyncPart> iterator() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return FileSyncParts.this.hasNext();
            }

            @Override
            public FileSyncPart next() {
                return FileSyncParts.this.next();
            }
        };
    }

    /** Whether another part follows; skips what is left unread of the current one. */
    public boolean hasNext() {
        if (closed || finished) {
            return false;
        }
        if (pending == null) {
            try {
                pending = parser.nextPart();
            } catch (IOException e) {
                throw new UncheckedIOException("Reading the sync answer of " + description + " failed: "
                        + e.getMessage(), e);
            }
            if (pending == null) {
                finished = true;
            }
        }
        return pending != null;
    }

    /** The next part, its headers read and its content ready to stream. */
    public FileSyncPart next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No more parts in the sync answer of " + description);
        }
        Map<String, String> headers = pending;
        pending = null;
        int partIndex = index++;
        String name = fileName(headers.get("Content-Disposition"), partIndex);
        long length = length(headers.get("Content-Length"));
        InputStream content = length < 0 ? parser.content() : new DeclaredLengthStream(parser.content(), length, name);
        return new FileSyncPart(partIndex, name, FileSyncStatus.of(headers.get("X-File-Status")),
                headers.get("X-File-E-Tag"), length, headers, content);
    }

    /** Releases the response; an answer not read to its end closes its connection instead of reusing it. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            HttpTransport.closeQuietly(response);
        }
    }

    /**
     * The {@code filename} parameter of a Content-Disposition, quoted or not (servers write both), or {@code part_<index>}
     * as in the Python client. Like the Python client, the value is taken as it is: backslashes are not unescaped, so
     * {@link SafeRelativePath} sees the name exactly as the server wrote it.
     */
    static String fileName(String contentDisposition, int index) {
        if (contentDisposition != null) {
            int at = -1;
            for (int from = 0; (at = indexOfIgnoreCase(contentDisposition, FILENAME, from)) >= 0; from = at + 1) {
                char before = at == 0 ? ';' : contentDisposition.charAt(at - 1);
                if (before == ';' || before == ' ' || before == '\t') {
                    break;
                }
            }
            if (at >= 0) {
                String value = contentDisposition.substring(at + FILENAME.length());
                if (value.startsWith("\"")) {
                    int end = value.indexOf('"', 1);
                    return end < 0 ? value.substring(1) : value.substring(1, end);
                }
                int semicolon = value.indexOf(';');
                return (semicolon < 0 ? value : value.substring(0, semicolon)).trim();
            }
        }
        return "part_" + index;
    }

    private static final String FILENAME = "filename=";

    /**
     * {@code text.indexOf(word, from)} with the ASCII letters of {@code text} taken in lower case ({@code word} is
     * lower case), without a lower-cased copy of the header.
     */
    private static int indexOfIgnoreCase(String text, String word, int from) {
        outer:
        for (int i = from, last = text.length() - word.length(); i <= last; i++) {
            for (int j = 0; j < word.length(); j++) {
                char c = text.charAt(i + j);
                if (c != word.charAt(j) && !(c >= 'A' && c <= 'Z' && c + ('a' - 'A') == word.charAt(j))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static long length(String value) {
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * A part's content that must carry exactly the bytes its {@code Content-Length} declares: a part cut short (or
     * running long) fails where it ends, so it is never taken for a whole file. Closing it early skips the rest.
     */
    static final class DeclaredLengthStream extends FilterInputStream {
        private final long declared;
        private final String name;
        private long count;

        DeclaredLengthStream(InputStream in, long declared, String name) {
            super(in);
            this.declared = declared;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            check(b < 0 ? -1 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n != 0) {
                check(n);
            }
            return n;
        }

        private void check(int n) throws IOException {
            if (n < 0 ? count != declared : (count += n) > declared) {
                throw new IOException("The sync answer's part " + name + " declares Content-Length " + declared
                        + " but carries " + (n < 0 ? count + " bytes" : "more") + ": the answer is truncated or corrupt");
            }
        }
    }
}
