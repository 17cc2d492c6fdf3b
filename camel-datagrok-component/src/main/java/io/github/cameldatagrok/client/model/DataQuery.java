package io.github.cameldatagrok.client.model;

/** A data query ({@code source: "data-query"}): its text and the connection it runs on. */
public class DataQuery extends SavedFunction {

    private String query;
    private DataConnection connection;

    public DataQuery() {
        super("DataQuery", "data-query");
    }

    /** A new query on a connection (one read from Datagrok, or a reference holding its id). */
    public static DataQuery of(DataConnection connection, String text) {
        DataQuery query = new DataQuery();
        query.setConnection(connection);
        query.setQuery(text);
        return query;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        assigned("query", query);
        this.query = query;
    }

    public DataConnection getConnection() {
        return connection;
    }

    public void setConnection(DataConnection connection) {
        assigned("connection", connection);
        this.connection = connection;
    }
}
