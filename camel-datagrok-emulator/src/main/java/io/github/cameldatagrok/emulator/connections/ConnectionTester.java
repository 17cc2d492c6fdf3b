package io.github.cameldatagrok.emulator.connections;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Tests a connection for {@code POST /public/v1/connections/test}, as Grok Connect would: answers null when the
 * source is reachable, else the error text the server sends back (e.g. {@code connection refused:
 * tcp://localhost:5432}). Register one per data source with {@link ConnectionStore#tester(String, ConnectionTester)}.
 */
@FunctionalInterface
public interface ConnectionTester {

    /**
     * @param connection  the connection as sent (its {@code parameters} hold server, port, ...)
     * @param credentials the credential parameters sent, or else those stored for the connection (never null)
     */
    String test(JsonNode connection, JsonNode credentials) throws Exception;
}
