package io.github.cameldatagrok.emulator.connections;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.emulator.api.Answers;
import io.github.cameldatagrok.emulator.files.FileConnector;
import io.github.cameldatagrok.emulator.files.FileStore;
import io.github.cameldatagrok.emulator.http.Json;

/**
 * Data connections, in memory. A connection of a file source ({@link DataSources#FILES}) is also a connector of the
 * {@link FileStore} under the same id, so files can be put into a connection a route just created; the file store's
 * own connectors (such as {@code System:DemoFiles}) read as {@code Files} connections.
 * <p>
 * Connection tests ({@link #test}) go to a {@link ConnectionTester} per data source. Built in: database sources with a
 * {@code server} (or {@code host}) and {@code port} are reachable when a TCP connection to them opens within two
 * seconds; a {@code Files} connection when its {@code dir} is an existing directory (or it has none). Any other data
 * source answers that testing it is not emulated.
 */
public final class ConnectionStore {

    /** A saved connection: its JSON as sent (without credentials) plus the fields the server sets. */
    public record StoredConnection(String id, String grokName, String dataSource, ObjectNode json) {

        /** The connection's {@code parameters} (server, port, db, bucket, ...). */
        public JsonNode parameters() {
            return json.path("parameters");
        }
    }

    private static final Map<String, Integer> DEFAULT_PORTS = Map.of("Postgres", 5432, "MySQL", 3306,
            "MariaDB", 3306, "MS SQL", 1433, "Oracle", 1521, "ClickHouse", 8123, "Redshift", 5439,
            "Vertica", 5433, "DB2", 50000);

    private final String login;
    private final FileStore files;
    private final Map<String, StoredConnection> connections = new LinkedHashMap<>();
    private final Map<String, ConnectionTester> testers = new ConcurrentHashMap<>();

    public ConnectionStore(String login, FileStore files) {
        this.login = login;
        this.files = files;
    }

    /** Tests connections of this data source with {@code tester} from now on (tests replace the built-in check). */
    public ConnectionStore tester(String dataSource, ConnectionTester tester) {
        testers.put(dataSource, tester);
        return this;
    }

    /** Deletes every saved connection; registered testers stay. */
    public synchronized void clear() {
        connections.clear();
    }

    /**
     * Saves a connection, as {@code POST /public/v1/connections} does: a new id creates it, a known id updates it.
     * Refuses (IllegalArgumentException) a missing name, an unknown data source, parameters that are not an object
     * and a name another connection of the namespace has.
     */
    public synchronized StoredConnection save(String id, ObjectNode body) {
        String name = text(body, "name");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A connection needs a name");
        }
        String dataSource = text(body, "dataSource");
        if (dataSource == null || !DataSources.isKnown(dataSource)) {
            throw new IllegalArgumentException("Unknown data source: " + dataSource);
        }
        JsonNode parameters = body.get("parameters");
        if (parameters != null && !parameters.isNull() && !parameters.isObject()) {
            throw new IllegalArgumentException("parameters must be a JSON object");
        }
        JsonNode tags = body.get("tags");
        if (tags != null && !tags.isNull() && !tags.isArray()) {
            throw new IllegalArgumentException("tags must be a list");
        }
        String key = id.toLowerCase(Locale.ROOT);
        StoredConnection existing = connections.get(key);
        String namespace = text(body, "namespace");
        if (namespace == null || namespace.isBlank()) {
            namespace = existing != null ? existing.json().path("namespace").asText() : login + ":";
        }
        String grokName = namespace + name;
        Optional<StoredConnection> sameName = find(grokName);
        if (sameName.isPresent() && !sameName.get().id().equals(key)) {
            throw new IllegalArgumentException("Connection name already exists: " + grokName);
        }
        Instant now = Instant.now();
        ObjectNode json = body.deepCopy();
        json.remove("credentials");
        json.put("#type", "DataConnection");
        json.put("id", key);
        json.put("namespace", namespace);
        if (json.path("friendlyName").isNull() || json.path("friendlyName").isMissingNode()) {
            json.put("friendlyName", name);
        }
        if (parameters == null || parameters.isNull()) {
            json.putObject("parameters");
        }
        if (tags == null || tags.isNull()) {
            json.putArray("tags");
        }
        json.put("createdOn", existing != null ? existing.json().path("createdOn").asText() : Json.timestamp(now));
        json.put("updatedOn", Json.timestamp(now));
        StoredConnection saved = new StoredConnection(key, grokName, dataSource, json);
        connections.put(key, saved);
        if (DataSources.isFileSource(dataSource) && files.findConnector(key).isEmpty()) {
            files.createConnector(key, grokName);
        }
        return saved;
    }

    /** By id, Grok name ({@code Admin:Lab}), dotted name ({@code Admin.Lab}) or bare name in the caller's namespace. */
    public synchronized Optional<StoredConnection> find(String idOrName) {
        if (idOrName == null) {
            return Optional.empty();
        }
        StoredConnection byId = connections.get(idOrName.toLowerCase(Locale.ROOT));
        if (byId != null) {
            return Optional.of(byId);
        }
        String wanted = idOrName.replace('.', ':');
        String qualified = wanted.indexOf(':') < 0 ? login + ":" + wanted : wanted;
        for (StoredConnection connection : all()) {
            if (connection.grokName().equalsIgnoreCase(qualified)) {
                return Optional.of(connection);
            }
        }
        return Optional.empty();
    }

    /** Saved connections, then the file store's connectors that no saved connection stands for. */
    public synchronized List<StoredConnection> all() {
        List<StoredConnection> all = new ArrayList<>(connections.values());
        for (FileConnector connector : files.connectors()) {
            if (!connections.containsKey(connector.id())) {
                all.add(fileConnection(connector));
            }
        }
        return all;
    }

    /** Deletes a connection by id or name; false when there was none (the route answers 200 either way). */
    public synchronized boolean delete(String idOrName) {
        Optional<StoredConnection> connection = find(idOrName);
        if (connection.isEmpty()) {
            return false;
        }
        connections.remove(connection.get().id());
        if (DataSources.isFileSource(connection.get().dataSource())) {
            files.removeConnector(connection.get().id());
        }
        return true;
    }

    /** The answer of a test: null for reachable, else the error text. */
    public String test(JsonNode connection, JsonNode credentials) {
        String dataSource = text(connection, "dataSource");
        if (dataSource == null || !DataSources.isKnown(dataSource)) {
            return "Unknown data source: " + dataSource;
        }
        ConnectionTester tester = testers.get(dataSource);
        try {
            return tester != null ? tester.test(connection, credentials) : builtInTest(dataSource, connection);
        } catch (Exception failed) {
            return failed.toString();
        }
    }

    private static String builtInTest(String dataSource, JsonNode connection) {
        JsonNode parameters = connection.path("parameters");
        if (dataSource.equals("Files")) {
            String dir = text(parameters, "dir");
            return dir == null || Files.isDirectory(Path.of(dir)) ? null : "Directory not found: " + dir;
        }
        String server = text(parameters, "server");
        if (server == null) {
            server = text(parameters, "host");
        }
        if (!DataSources.DATABASES.contains(dataSource) || server == null) {
            return "Testing " + dataSource + " connections is not emulated" + (server == null ? " without a server" : "");
        }
        int port = parameters.path("port").asInt(DEFAULT_PORTS.getOrDefault(dataSource, 0));
        if (port <= 0 || port > 65535) {
            return "No port for " + dataSource + " server " + server;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server, port), 2000);
            return null;
        } catch (IOException unreachable) {
            return "connection refused: tcp://" + server + ":" + port + " (" + unreachable.getMessage() + ")";
        }
    }

    private StoredConnection fileConnection(FileConnector connector) {
        ObjectNode json = Json.object();
        String grokName = connector.grokName();
        int colon = grokName.lastIndexOf(':');
        json.put("#type", "DataConnection");
        json.put("id", connector.id());
        json.put("name", colon < 0 ? grokName : grokName.substring(colon + 1));
        json.put("friendlyName", colon < 0 ? grokName : grokName.substring(colon + 1));
        json.put("namespace", colon < 0 ? "" : grokName.substring(0, colon + 1));
        json.put("dataSource", "Files");
        json.putObject("parameters");
        json.putArray("tags");
        return new StoredConnection(connector.id(), grokName, "Files", json);
    }

    /** A new random id for a connection sent without one. */
    public static String newId() {
        return UUID.randomUUID().toString();
    }

    static String text(JsonNode node, String field) {
        return Answers.text(node, field);
    }
}
