package io.github.cameldatagrok.client;

/** Base of the errors the Datagrok client raises: bad input found before sending, or a failed call. */
public class DatagrokException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatagrokException(String message) {
        super(message);
    }

    public DatagrokException(String message, Throwable cause) {
        super(message, cause);
    }
}
