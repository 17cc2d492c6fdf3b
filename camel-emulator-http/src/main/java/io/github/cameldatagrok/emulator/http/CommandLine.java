package io.github.cameldatagrok.emulator.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * The command line of a standalone emulator: {@code --name value} or {@code --name=value} options, {@code --help},
 * and running until the process is killed.
 */
public final class CommandLine {

    private final Map<String, String> values;
    private final boolean help;

    private CommandLine(Map<String, String> values, boolean help) {
        this.values = values;
        this.help = help;
    }

    /**
     * Parses {@code args} against the known options (each takes a value); throws IllegalArgumentException naming an
     * unknown option or a missing value. {@code --help} or {@code -h} anywhere asks for the help text.
     */
    public static CommandLine parse(String[] args, Set<String> options) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return new CommandLine(Map.of(), true);
            }
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            if (!options.contains(name)) {
                throw new IllegalArgumentException("Unknown option: " + arg);
            }
            if (value == null) {
                i++;
                if (i >= args.length || args[i].startsWith("--")) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                value = args[i];
            }
            values.put(name, value);
        }
        return new CommandLine(values, false);
    }

    public boolean help() {
        return help;
    }

    /** The option's value, or null when not given. */
    public String value(String option) {
        return values.get(option);
    }

    /** The option's value as a number, or {@code defaultValue} when not given. */
    public int intValue(String option, int defaultValue) {
        String value = values.get(option);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, got '" + value + "'");
        }
    }

    /** Starts an emulator from the command line; null after {@code --help}. */
    @FunctionalInterface
    public interface Starter {
        AutoCloseable start(String[] args);
    }

    /**
     * The {@code main} of a standalone emulator: starts it, then runs until killed. Bad arguments
     * (IllegalArgumentException) print the message and the usage and exit 2; a failed start (IllegalStateException)
     * prints the message and exits 1.
     */
    public static void run(String[] args, String usage, String name, Starter starter) throws InterruptedException {
        AutoCloseable emulator;
        try {
            emulator = starter.start(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(usage);
            System.exit(2);
            return;
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        if (emulator != null) {
            runUntilKilled(emulator, name);
        }
    }

    /** Closes {@code emulator} when the JVM is asked to stop (Ctrl-C, SIGTERM), and waits until then. */
    public static void runUntilKilled(AutoCloseable emulator, String name) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                emulator.close();
            } catch (Exception e) {
                System.err.println("Error while stopping the " + name + ": " + e);
            }
            stopped.countDown();
        }, name + "-shutdown"));
        stopped.await();
    }

    /**
     * A standalone jar logs through slf4j-simple; Jetty's start-up chatter (and the emulator's own info lines)
     * would drown the one line with the URL. Explicit system properties still win.
     */
    public static void quietLogging(String... loggerNames) {
        for (String logger : loggerNames) {
            String property = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(property) == null) {
                System.setProperty(property, "warn");
            }
        }
    }
}
