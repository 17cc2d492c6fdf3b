package io.github.cameldatagrok.client;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.github.cameldatagrok.client.model.DataConnection;
import io.github.cameldatagrok.client.model.ListResult;

/**
 * Data connections, as Datagrok's Python client does them ({@code grok.connections}); get it with
 * {@link DatagrokClient#connections()}. Connections are named by UUID or Grok name ({@code Admin:Shop}, sent as
 * {@code Admin.Shop}).
 */
public class DatagrokConnections {

    private static final String CONNECTIONS = DatagrokClient.API + "/connections";
    /** An error text longer than this is cut: it ends up in an exception message. */
    private static final int MAX_TEST_ANSWER = 8192;

    private final JsonCalls calls;

    DatagrokConnections(JsonCalls calls) {
        this.calls = calls;
    }

    /** {@code GET /public/v1/connections/{name}} (Python {@code connections.get}); unknown: {@link DatagrokApiException}. */
    public DataConnection get(String connection) {
        return calls.get(path(connection), "", DataConnection.class);
    }

    /** The connection, or empty when Datagrok says there is none (other failures still raise). */
    public Optional<DataConnection> find(String connection) {
        try {
            return Optional.of(get(connection));
        } catch (DatagrokApiException e) {
            if ("404".equals(e.getErrorCode()) || e.getStatusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * {@code GET /public/v1/connections[?text=…&dataSource=…&tags=a,b]} (Python {@code connections.list}). The server
     * answers every match; at most {@code maxResults} are read (0: all).
     */
    public ListResult<DataConnection> list(String filter, String dataSource, List<String> tags, int maxResults) {
        String query = new QueryString().add("text", DatagrokUsers.blankToNull(filter))
                .add("dataSource", DatagrokUsers.blankToNull(dataSource))
                .add("tags", tags == null || tags.isEmpty() ? null : String.join(",", tags)).toString();
        return calls.list(CONNECTIONS, query, DataConnection.class, maxResults);
    }

    /**
     * {@code POST /public/v1/connections?saveCredentials=…} (Python {@code connections.save}): creates a connection
     * sent without id (it gets a new one) or updates one by id. With {@code saveCredentials} the connection's
     * credentials are stored too; without, the server keeps the ones it has.
     */
    public DataConnection save(DataConnection connection, boolean saveCredentials) {
        if (connection == null) {
            throw new IllegalArgumentException("No Datagrok connection to save");
        }
        DatagrokGroups.requireText(connection.getName(), "name of the connection to save");
        DatagrokGroups.requireText(connection.getDataSource(), "data source of connection " + connection.getName()
                + " (Postgres, S3, Files, ...)");
        if (connection.getId() == null) {
            connection.setId(UUID.randomUUID().toString());
        }
        return calls.post(CONNECTIONS, new QueryString().add("saveCredentials", saveCredentials).toString(),
                connection, DataConnection.class);
    }

    /**
     * {@code DELETE /public/v1/connections/{name}} (Python {@code connections.delete}). The server answers 200 even
     * for a connection it does not have, so the connection is read first: an unknown one raises
     * {@link DatagrokApiException} and nothing is deleted.
     */
    public void delete(String connection) {
        DataConnection existing = get(connection);
        calls.delete(CONNECTIONS + "/" + GrokNames.pathSegment(existing.getId(), "connection id"));
    }

    /**
     * {@code POST /public/v1/connections/test} (Python {@code connections.test}): whether Datagrok reaches the data
     * source. The server answers {@code "ok"} or an error text, quoted or not; an error text raises
     * {@link DatagrokConnectionTestException}.
     */
    public void test(DataConnection connection) {
        if (connection == null) {
            throw new IllegalArgumentException("No Datagrok connection to test");
        }
        String answer = calls.postForText(CONNECTIONS + "/test", connection, MAX_TEST_ANSWER);
        if (!"ok".equalsIgnoreCase(answer)) {
            throw new DatagrokConnectionTestException(connection.grokName(), answer.isEmpty() ? "(no answer)" : answer);
        }
    }

    /** Reads the connection, then tests it as saved. */
    public DataConnection test(String connection) {
        DataConnection saved = get(connection);
        test(saved);
        return saved;
    }

    private static String path(String connection) {
        return CONNECTIONS + "/" + GrokNames.toPathSegment(DatagrokGroups.requireText(connection, "connection"));
    }
}
