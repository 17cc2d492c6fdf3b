package io.github.cameldatagrok.component;

/** What a producer does with its target. Each operation accepts the actions listed in the component docs. */
public enum DatagrokAction {
    /** Send the message body to Datagrok (tables: replaces an existing table). */
    upload,
    /** Fetch from Datagrok into the message body. */
    download
}
