package io.github.cameldatagrok.component;

/** What a {@code datagrok:} endpoint works on: the first part of its URI. */
public enum DatagrokOperation {
    /** Tables: upload CSV or rows, download CSV or rows, poll a table for changes. */
    table
}
