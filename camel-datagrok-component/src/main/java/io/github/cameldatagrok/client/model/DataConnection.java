package io.github.cameldatagrok.client.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A data connection ({@code #type DataConnection}): a {@code dataSource} ({@code Postgres}, {@code S3}, {@code Files},
 * ...), its {@code parameters} (server, port, db, bucket, region, ...) and its {@code credentials}. {@link #toString()}
 * shows the name, data source and parameter names only: parameters such as a connection string may hold secrets too.
 */
public class DataConnection extends NamedEntity {

    private String description;
    private String namespace;
    private String dataSource;
    private List<String> tags;
    private Map<String, Object> parameters;
    private Credentials credentials;

    public DataConnection() {
        super("DataConnection");
    }

    /** A new connection, e.g. {@code DataConnection.of("Shop", "Postgres").parameter("server", "db").parameter("port", 5432)}. */
    public static DataConnection of(String name, String dataSource) {
        DataConnection connection = new DataConnection();
        connection.setName(name);
        connection.setDataSource(dataSource);
        return connection;
    }

    /** {@code namespace + name}, e.g. {@code Admin:Shop}; the name alone when the namespace is not known. */
    public String grokName() {
        return namespace == null || namespace.isEmpty() ? getName() : namespace + getName();
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        assigned("description", description);
        this.description = description;
    }

    /** E.g. {@code Admin:}. */
    public String getNamespace() {
        return namespace;
    }

    public void setNamespace(String namespace) {
        assigned("namespace", namespace);
        this.namespace = namespace;
    }

    public String getDataSource() {
        return dataSource;
    }

    public void setDataSource(String dataSource) {
        assigned("dataSource", dataSource);
        this.dataSource = dataSource;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        assigned("tags", tags);
        this.tags = tags;
    }

    public Map<String, Object> getParameters() {
        return parameters;
    }

    public void setParameters(Map<String, Object> parameters) {
        assigned("parameters", parameters);
        this.parameters = parameters;
    }

    /** Sets one connection parameter ({@code server}, {@code port}, {@code db}, ...). */
    public DataConnection parameter(String name, Object value) {
        if (parameters == null) {
            setParameters(new LinkedHashMap<>());
        }
        parameters.put(name, value);
        return this;
    }

    /** Adds a tag. */
    public DataConnection tag(String tag) {
        if (tags == null) {
            setTags(new ArrayList<>());
        }
        tags.add(tag);
        return this;
    }

    /** The credentials; on reads Datagrok sends their id, not the secrets. */
    public Credentials getCredentials() {
        return credentials;
    }

    public void setCredentials(Credentials credentials) {
        assigned("credentials", credentials);
        this.credentials = credentials;
    }

    @Override
    public String toString() {
        return "DataConnection[" + grokName() + ", " + dataSource + ", " + getId() + ", parameters "
                + (parameters == null ? "[]" : parameters.keySet()) + "]";
    }
}
