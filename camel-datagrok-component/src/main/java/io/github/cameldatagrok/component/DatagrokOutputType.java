package io.github.cameldatagrok.component;

/** The form of a downloaded table or file in the message body. */
public enum DatagrokOutputType {
    /** An unbuffered CSV {@code InputStream}, closed at the latest when the exchange completes. */
    stream,
    /** The whole CSV as a {@code String}. */
    string,
    /** A {@code List<Map<String, Object>>}, with typed values where the CSV allows. */
    rows,
    /** An {@code Iterator<Map<String, Object>>} reading one row at a time, for {@code split(body()).streaming()}. */
    iterator,
    /** Files: the whole content as a {@code byte[]}. */
    bytes,
    /** Files: written to the {@code localPath} option (a file, or a directory that gets the remote name); the body is the {@code java.io.File}. */
    file
}
