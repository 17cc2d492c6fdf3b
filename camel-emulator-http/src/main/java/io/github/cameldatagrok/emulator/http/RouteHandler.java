package io.github.cameldatagrok.emulator.http;

/** Handles one matched route. Runs on a Jetty pool thread and may block; it writes the whole answer. */
@FunctionalInterface
public interface RouteHandler {

    void handle(Exchange exchange) throws Exception;
}
