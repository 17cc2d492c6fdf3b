package io.github.cameldatagrok.component;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;

/** A TCP relay in front of a server that counts the bytes the server sends: what a poll costs on the wire. */
final class ByteCountingRelay implements AutoCloseable {

    private final ServerSocket listener;
    private final int targetPort;
    private final AtomicLong fromServer = new AtomicLong();

    ByteCountingRelay(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::accept, "relay-accept");
        accept.setDaemon(true);
        accept.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + listener.getLocalPort() + "/api";
    }

    long bytesFromServer() {
        return fromServer.get();
    }

    void reset() {
        fromServer.set(0);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                pipe(client, server, null);
                pipe(server, client, fromServer);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void pipe(Socket from, Socket to, AtomicLong counter) {
        Thread copy = new Thread(() -> {
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    out.write(buffer, 0, n);
                    if (counter != null) {
                        counter.addAndGet(n);
                    }
                }
            } catch (IOException ended) {
                // either side closed
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // closing
                }
            }
        }, "relay-copy");
        copy.setDaemon(true);
        copy.start();
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
