package io.github.cameldatagrok.component;

import java.io.StringWriter;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * Captures everything logged (root logger, at the level asked), for tests that secrets never reach a log.
 * HttpClient's raw byte dump ({@code org.apache.hc.client5.http.wire}) stays at INFO: it shows every byte sent.
 */
final class LogCapture implements AutoCloseable {

    private static final String NAME = "secrecy-capture";

    private final StringWriter captured = new StringWriter();
    private final WriterAppender appender;
    private final Level rootLevel;

    private LogCapture(Level level) {
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        Configuration config = logging.getConfiguration();
        appender = WriterAppender.newBuilder().setName(NAME).setTarget(captured)
                .setLayout(PatternLayout.newBuilder().withPattern("%c %m %ex%n").build()).build();
        appender.start();
        config.addAppender(appender);
        LoggerConfig root = config.getRootLogger();
        rootLevel = root.getLevel();
        root.addAppender(appender, Level.ALL, null);
        root.setLevel(level);
        logging.updateLoggers();
        Configurator.setLevel("org.apache.hc.client5.http.wire", Level.INFO);
    }

    static LogCapture start(Level level) {
        return new LogCapture(level);
    }

    /** What was logged so far. */
    String text() {
        return captured.toString();
    }

    @Override
    public void close() {
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        LoggerConfig root = logging.getConfiguration().getRootLogger();
        root.removeAppender(NAME);
        root.setLevel(rootLevel);
        logging.updateLoggers();
        appender.stop();
    }
}
