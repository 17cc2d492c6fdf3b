package io.github.cameldatagrok.emulator.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.RetainableByteBuffer;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Blocker;
import org.eclipse.jetty.util.Fields;

/**
 * One request/response pair with blocking, streaming helpers for handlers. Bodies are never held in heap:
 * uploads go chunk by chunk to a channel, downloads go from a file through one pooled direct buffer.
 * Any answer first drains an unread request body, so that the client gets the answer, not a reset.
 */
public final class Exchange {

    /** Size of the pooled direct buffer for file downloads; large, so the server is never the bottleneck. */
    public static final int FILE_BUFFER_SIZE = 256 * 1024;

    /** Serializes the JSON answers; default settings, as the emulated servers' own serializers. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Request request;
    private final Response response;
    private final String path;
    private final String login;
    private Map<String, String> params = Map.of();
    private Fields query;
    private boolean bodyConsumed;
    private boolean bodyReadStarted;
    private Consumer<byte[]> bodyListener = bytes -> { };

    public Exchange(Request request, Response response, String path, String login) {
        this.request = request;
        this.response = response;
        this.path = path;
        this.login = login;
    }

    public Request request() {
        return request;
    }

    public Response response() {
        return response;
    }

    public String method() {
        return request.getMethod();
    }

    /** The raw request path the emulator routes on (Datagrok: without the optional {@code /api} prefix). */
    public String path() {
        return path;
    }

    public void pathParams(Map<String, String> params) {
        this.params = Map.copyOf(params);
    }

    /** A percent-decoded path parameter of the matched route template. */
    public String pathParam(String name) {
        return params.get(name);
    }

    /** The first value of a query parameter, decoded, or null. */
    public String queryParam(String name) {
        return query().getValue(name);
    }

    /** All values of a repeatable query parameter ({@code tag=a&tag=b}), decoded, in order; empty when absent. */
    public List<String> queryParams(String name) {
        List<String> values = query().getValues(name);
        return values == null ? List.of() : values;
    }

    /** Whether the query names this parameter at all, even with an empty value ({@code folderUIDs=}). */
    public boolean hasQueryParam(String name) {
        return query().get(name) != null;
    }

    private Fields query() {
        if (query == null) {
            query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        }
        return query;
    }

    public String header(String name) {
        return request.getHeaders().get(name);
    }

    /** The {@code Content-Type} header as sent, or null. */
    public String contentType() {
        return request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    }

    /** The media type without parameters, lower case ("text/csv"), or null when absent or empty. */
    public String mediaType() {
        String contentType = contentType();
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
        return type.isEmpty() ? null : type.toLowerCase(Locale.ROOT);
    }

    /** The login of the authenticated caller. */
    public String login() {
        return login;
    }

    /** Scheme, host and port the client used, e.g. {@code http://127.0.0.1:8082}: the base of UI links. */
    public String serverUrl() {
        String host = Request.getServerName(request);
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return request.getHttpURI().getScheme() + "://" + host + ":" + Request.getServerPort(request);
    }

    // ---- request body ----

    /** Called with each body read whole by {@link #readSmallBody}: the request log keeps it. */
    public void onBodyRead(Consumer<byte[]> listener) {
        this.bodyListener = java.util.Objects.requireNonNull(listener, "listener");
    }

    /**
     * Streams the request body into {@code out}, writing Jetty's network buffers directly (no copy to a
     * byte[]), and returns the number of bytes.
     */
    public long copyBodyTo(WritableByteChannel out) throws IOException {
        bodyReadStarted = true;
        long total = 0;
        while (true) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                try (Blocker.Runnable blocker = Blocker.runnable()) {
                    request.demand(blocker);
                    blocker.block();
                }
                continue;
            }
            try {
                if (Content.Chunk.isFailure(chunk)) {
                    Throwable failure = chunk.getFailure();
                    throw failure instanceof IOException io ? io : new IOException(failure);
                }
                ByteBuffer buffer = chunk.getByteBuffer();
                while (buffer.hasRemaining()) {
                    total += out.write(buffer);
                }
                if (chunk.isLast()) {
                    bodyConsumed = true;
                    return total;
                }
            } finally {
                chunk.release();
            }
        }
    }

    /**
     * Reads a small request body (JSON inputs, a layout, an entity to save) whole; more than {@code maxBytes} is
     * refused with a {@link BodyTooLargeException}, so a client cannot make the emulator hold an unbounded body.
     */
    public byte[] readSmallBody(int maxBytes) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        copyBodyTo(new WritableByteChannel() {
            @Override
            public int write(ByteBuffer src) throws IOException {
                int n = src.remaining();
                if (bytes.size() + n > maxBytes) {
                    throw new BodyTooLargeException("Request body larger than " + maxBytes + " bytes");
                }
                byte[] chunk = new byte[n];
                src.get(chunk);
                bytes.write(chunk);
                return n;
            }

            @Override
            public boolean isOpen() {
                return true;
            }

            @Override
            public void close() {
            }
        });
        byte[] body = bytes.toByteArray();
        bodyListener.accept(body);
        return body;
    }

    /**
     * Reads and drops whatever is left of the request body. A client that sent {@code Expect: 100-continue}
     * and got no {@code 100} yet has not sent the body: it is then answered without reading, as a front
     * server would, and Jetty takes care of the connection.
     */
    public void discardBody() throws IOException {
        if (bodyConsumed) {
            return;
        }
        bodyConsumed = true;
        if (!bodyReadStarted && request.getHeaders().contains(HttpHeader.EXPECT, "100-continue")) {
            return;
        }
        bodyReadStarted = true;
        Content.Source.consumeAll(request);
    }

    // ---- response ----

    public void responseHeader(String name, String value) {
        response.getHeaders().put(name, value);
    }

    /** Sends a complete answer with Content-Length. */
    public void send(int status, String contentType, byte[] body) throws IOException {
        discardBody();
        response.setStatus(status);
        if (contentType != null) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        write(true, ByteBuffer.wrap(body));
    }

    public void sendJson(int status, Object json) throws IOException {
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IOException(e);
        }
        send(status, "application/json", body);
    }

    /** Streams {@code file} from its current position to the end, with Content-Length, in large writes. */
    public void sendFile(int status, String contentType, FileChannel file) throws IOException {
        discardBody();
        long remaining = file.size() - file.position();
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, remaining);
        if (remaining == 0) {
            write(true, ByteBuffer.allocate(0));
            return;
        }
        ByteBufferPool pool = request.getComponents().getByteBufferPool();
        RetainableByteBuffer pooled = pool.acquire(FILE_BUFFER_SIZE, true);
        try {
            ByteBuffer buffer = pooled.getByteBuffer();
            while (remaining > 0) {
                buffer.clear();
                if (buffer.capacity() > remaining) {
                    buffer.limit((int) remaining);
                }
                while (buffer.hasRemaining()) {
                    if (file.read(buffer) < 0) {
                        throw new IOException("File shorter than expected: " + remaining + " bytes missing");
                    }
                }
                buffer.flip();
                remaining -= buffer.remaining();
                write(remaining == 0, buffer);
            }
        } finally {
            pooled.getByteBuffer().clear().limit(0);
            pooled.release();
        }
    }

    /**
     * Starts an answer whose length is not known up front (sent chunked): status and content type now, the body
     * with {@link #writeBody} afterwards. Used by answers assembled while they are sent, like multipart.
     */
    public void beginBody(int status, String contentType) throws IOException {
        discardBody();
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    }

    /** Writes (blocking) a piece of the body begun with {@link #beginBody}; {@code last} ends the answer. */
    public void writeBody(ByteBuffer content, boolean last) throws IOException {
        write(last, content);
    }

    private void write(boolean last, ByteBuffer content) throws IOException {
        try (Blocker.Callback callback = Blocker.callback()) {
            response.write(last, content, callback);
            callback.block();
        }
    }

    /** A request body over the size a route reads whole. */
    public static final class BodyTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTooLargeException(String message) {
            super(message);
        }
    }
}
