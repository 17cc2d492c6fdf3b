package io.github.cameldatagrok.examples.cluster;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A real ZooKeeper server in its own JVM: ZooKeeper's own {@code ZooKeeperServerMain} from its jar. */
final class ZooKeeperServer implements BeforeAllCallback, AfterAllCallback {

    /** Sessions may be as short as 2 ticks: a dead leader's session can expire within seconds. */
    static final int TICK_MILLIS = 500;

    private Jvm jvm;
    private int port;

    String connectString() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        port = freePort();
        Path data = Files.createTempDirectory("zookeeper-");
        jvm = Jvm.start("zookeeper", Path.of("target/cluster-logs"),
                Map.of("zookeeper.admin.enableServer", "false"),
                "org.apache.zookeeper.server.ZooKeeperServerMain",
                Integer.toString(port), data.toString(), Integer.toString(TICK_MILLIS));
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            try (Socket socket = new Socket()) {
                // "srvr" answers only once the server runs (the port opens before)
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                socket.setSoTimeout(2000);
                socket.getOutputStream().write("srvr".getBytes(StandardCharsets.US_ASCII));
                if (new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII)
                        .contains("Mode: standalone")) {
                    return;
                }
                throw new IOException("not serving yet");
            } catch (IOException notYet) {
                if (!jvm.process().isAlive() || System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("ZooKeeper did not start:\n" + String.join("\n", jvm.lines()));
                }
                Thread.sleep(200);
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (jvm != null) {
            jvm.kill();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
