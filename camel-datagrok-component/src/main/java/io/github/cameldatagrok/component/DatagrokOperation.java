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
    group
}
