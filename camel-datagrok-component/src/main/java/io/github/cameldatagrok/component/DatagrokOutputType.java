package io.github.cameldatagrok.component;

/** The form of a downloaded table in the message body. */
public enum DatagrokOutputType {
    /** An unbuffered CSV {@code InputStream}, closed at the latest when the exchange completes. */
    stream,
    /** The whole CSV as a {@code String}. */
    string,
    /** A {@code List<Map<String, Object>>}, with typed values where the CSV allows. */
    rows,
    /** An {@code Iterator<Map<String, Object>>} reading one row at a time, for {@code split(body()).streaming()}. */
    iterator
}
