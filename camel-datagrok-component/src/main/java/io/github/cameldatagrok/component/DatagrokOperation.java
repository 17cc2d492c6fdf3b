package io.github.cameldatagrok.component;

/** What a {@code datagrok:} endpoint works on: the first part of its URI. */
public enum DatagrokOperation {
    /** Tables: upload CSV or rows, download CSV or rows, poll a table for changes. */
    table,
    /** Files in a file connector: upload, download, delete, sync a folder; poll a folder for new or changed files. */
    file,
    /** Dashboards (projects of tables with a layout): create and share. */
    dashboard,
    /** Function calls: call a Datagrok function with inputs from the message. */
    call,
    /** Shares of any entity with groups or users. */
    share,
    /** Groups: list, look up, read, save, edit members and membership requests. */
    group,
    /** Users: read, list, save (create or update), block and unblock. */
    user,
    /** Data connections: read, list, save, delete and test. */
    connection,
    /** Credentials of a connection (or another entity): read, save, delete. */
    credentials,
    /** Installed packages and their published versions (read-only); written {@code package} in URIs. */
    package_("package"),
    /** A batch of operations sent as one request. */
    batch,
    /** The server's health report. */
    health;

    private final String uriName;

    DatagrokOperation() {
        this.uriName = name();
    }

    DatagrokOperation(String uriName) {
        this.uriName = uriName;
    }

    /** How URIs write it: the name, except {@code package} (a Java keyword, so the constant is {@code package_}). */
    public String uriName() {
        return uriName;
    }

    /** The operation a URI names, or null. */
    public static DatagrokOperation fromUri(String name) {
        for (DatagrokOperation operation : values()) {
            if (operation.uriName.equals(name)) {
                return operation;
            }
        }
        return null;
    }

    /** The names URIs use, for messages. */
    public static java.util.List<String> uriNames() {
        return java.util.Arrays.stream(values()).map(DatagrokOperation::uriName).toList();
    }
}
