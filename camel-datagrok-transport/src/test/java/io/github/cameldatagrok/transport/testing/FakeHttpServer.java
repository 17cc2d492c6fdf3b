package io.github.cameldatagrok.transport.testing;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hostile or broken HTTP server on a raw {@link ServerSocket}, for what no well-behaved server (or emulator) does:
 * redirects, endless header lines, bodies that never end or dribble one byte a second, short multipart parts. Each
 * connection gets its own thread; the {@link Responder} writes the raw answer and the connection is closed after it.
 */
public final class FakeHttpServer implements Closeable {

    /** Writes the raw answer to one request. */
    @FunctionalInterface
    public interface Responder {
        void respond(Request request, OutputStream out) throws Exception;
    }

    /** What the client sent: request line, headers (as sent) and the body. */
    public record Request(String method, String target, String head, byte[] body) {
        public String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    private final ServerSocket server;
    private final Responder responder;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean closed;

    private FakeHttpServer(Responder responder) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.responder = responder;
        Thread acceptor = new Thread(this::accept, "fake-http-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static FakeHttpServer start(Responder responder) throws IOException {
        return new FakeHttpServer(responder);
    }

    /** {@code http://127.0.0.1:port} */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    public List<Request> requests() {
        return requests;
    }

    public int connections() {
        return connections.get();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                connections.incrementAndGet();
                open.add(socket);
                Thread handler = new Thread(() -> handle(socket), "fake-http-conn");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void handle(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            if (head == null) {
                return;
            }
            byte[] body = readBody(in, head);
            String[] requestLine = head.substring(0, head.indexOf("\r\n") < 0 ? head.length() : head.indexOf("\r\n"))
                    .split(" ");
            Request request = new Request(requestLine[0], requestLine.length > 1 ? requestLine[1] : "", head, body);
            requests.add(request);
            OutputStream out = socket.getOutputStream();
            responder.respond(request, out);
            out.flush();
        } catch (Exception ignored) {
            // the client gave up or the test closed the server: nothing to answer any more
        } finally {
            open.remove(socket);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
                    ? matched + 1 : 0;
            if (matched == 4) {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    private static byte[] readBody(InputStream in, String head) throws IOException {
        String lower = head.toLowerCase(Locale.ROOT);
        int at = lower.indexOf("\r\ncontent-length:");
        if (at >= 0) {
            int end = lower.indexOf("\r\n", at + 2);
            int length = Integer.parseInt(head.substring(at + "\r\ncontent-length:".length(), end).trim());
            return in.readNBytes(length);
        }
        if (lower.contains("\r\ntransfer-encoding: chunked")) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                StringBuilder size = new StringBuilder();
                int b;
                while ((b = in.read()) >= 0 && b != '\n') {
                    if (b != '\r') {
                        size.append((char) b);
                    }
                }
                if (b < 0) {
                    return body.toByteArray();
                }
                int n = Integer.parseInt(size.toString().split(";")[0].trim(), 16);
                if (n == 0) {
                    in.readNBytes(2);
                    return body.toByteArray();
                }
                body.write(in.readNBytes(n));
                in.readNBytes(2);
            }
        }
        return new byte[0];
    }

    // ---------------------------------------------------------------- answers

    /** A whole answer: status line, the given header lines, Content-Length, Connection: close, the body. */
    public static void answer(OutputStream out, int status, String reason, String contentType, String body,
                              String... headers) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason).append("\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        head.append("Content-Length: ").append(bytes.length).append("\r\nConnection: close\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
    }

    /** The head of an answer with a body of {@code length} bytes (or chunked when negative), for the test to write. */
    public static void head(OutputStream out, int status, String contentType, long length, String... headers)
            throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(" X\r\n");
        head.append("Content-Type: ").append(contentType).append("\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        head.append(length < 0 ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + length + "\r\n");
        head.append("Connection: close\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Writes {@code count} bytes of {@code fill}, in blocks, until done or the client hangs up. */
    public static void fill(OutputStream out, long count, byte fill) throws IOException {
        byte[] block = new byte[64 * 1024];
        java.util.Arrays.fill(block, fill);
        for (long left = count; left > 0; left -= block.length) {
            out.write(block, 0, (int) Math.min(block.length, left));
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
