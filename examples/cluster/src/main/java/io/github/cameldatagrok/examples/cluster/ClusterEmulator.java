package io.github.cameldatagrok.examples.cluster;

import java.util.concurrent.CountDownLatch;

import io.github.cameldatagrok.emulator.DatagrokEmulator;
import io.github.cameldatagrok.emulator.files.FileStore;

/**
 * The Datagrok of the cluster example, in its own JVM so every node reaches it over HTTP:
 * {@code ClusterEmulator <port> <files>} puts {@code files} files into {@code System:DemoFiles/inbox} and serves
 * until killed.
 */
public final class ClusterEmulator {

    static final String CONNECTOR = FileStore.DEMO_FILES;
    static final String FOLDER = "inbox";

    private ClusterEmulator() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = Integer.parseInt(args[0]);
        int files = Integer.parseInt(args[1]);
        DatagrokEmulator emulator = DatagrokEmulator.builder().port(port).build().start();
        seed(emulator.files(), FOLDER, files);
        System.out.println("Datagrok emulator at " + emulator.baseUrl() + " with " + files + " files in "
                + CONNECTOR + "/" + FOLDER);
        Runtime.getRuntime().addShutdownHook(new Thread(emulator::close));
        new CountDownLatch(1).await();
    }

    /** {@code count} files {@code f0000.txt...} of a few KB each, whose content names the file. */
    static void seed(FileStore store, String folder, int count) {
        for (int i = 0; i < count; i++) {
            store.put(CONNECTOR, folder + "/" + fileName(i), content(i));
        }
    }

    static String fileName(int i) {
        return String.format("f%04d.txt", i);
    }

    static byte[] content(int i) {
        return (fileName(i) + "\n").repeat(800).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
