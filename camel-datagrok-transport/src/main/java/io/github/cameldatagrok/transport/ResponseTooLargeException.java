package io.github.cameldatagrok.transport;

import java.io.IOException;

/**
 * An answer held in memory (a JSON body, an error body) was larger than the transport's cap. The exchange is
 * abandoned and its connection closed; nothing past the cap is read.
 */
public class ResponseTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    public ResponseTooLargeException(String what, long limit) {
        super(what + " is larger than the limit of " + limit + " bytes (maxResponseSize)");
        this.limit = limit;
    }

    /** The cap, in bytes. */
    public long getLimit() {
        return limit;
    }
}
