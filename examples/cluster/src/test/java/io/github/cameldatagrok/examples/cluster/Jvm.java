package io.github.cameldatagrok.examples.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A child JVM on the example's class path (target/classes and target/node.classpath), its output in a log file. */
record Jvm(String name, Process process, Path log) {

    private static final Path CLASSES = Path.of("target/classes").toAbsolutePath();
    private static final Path CLASSPATH_FILE = Path.of("target/node.classpath");

    static Jvm start(String name, Path logDirectory, Map<String, String> systemProperties, String mainClass,
                     String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx128m");
        command.add("-XX:TieredStopAtLevel=1");
        systemProperties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-cp");
        command.add(CLASSES + java.io.File.pathSeparator + Files.readString(CLASSPATH_FILE).trim());
        command.add(mainClass);
        command.addAll(List.of(args));
        Files.createDirectories(logDirectory);
        Path log = logDirectory.resolve(name + "-" + System.nanoTime() + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Jvm(name, process, log);
    }

    List<String> lines() {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Its threads into target/cluster-logs (jstack), to see where a node that should have moved is stuck. */
    void dumpThreads() {
        if (!process.isAlive()) {
            return;
        }
        Path jstack = Path.of(System.getProperty("java.home"), "bin", "jstack");
        try {
            new ProcessBuilder(jstack.toString(), Long.toString(process.pid())).redirectErrorStream(true)
                    .redirectOutput(log.resolveSibling(log.getFileName() + ".threads").toFile()).start()
                    .waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (IOException e) {
            // a diagnostic only
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** kill -9: no shutdown hook, no graceful stop. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }
}
