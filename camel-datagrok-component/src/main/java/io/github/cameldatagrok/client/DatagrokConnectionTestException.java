package io.github.cameldatagrok.client;

/**
 * A connection test ({@code POST /public/v1/connections/test}) that Datagrok answered with an error text instead of
 * {@code "ok"}: the data source is not reachable with these settings. The text is Datagrok's (Grok Connect's), e.g.
 * {@code connection refused: tcp://localhost:5432}.
 */
public class DatagrokConnectionTestException extends DatagrokException {

    private static final long serialVersionUID = 1L;

    private final String connection;
    private final String reason;

    public DatagrokConnectionTestException(String connection, String reason) {
        super("Datagrok connection " + connection + " failed its test: " + reason);
        this.connection = connection;
        this.reason = reason;
    }

    /** The connection tested (its Grok name, or its name when not saved). */
    public String getConnection() {
        return connection;
    }

    /** The error text Datagrok answered. */
    public String getReason() {
        return reason;
    }
}
