package io.github.cameldatagrok.transport;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.hc.core5.http.HttpResponse;

/**
 * The vendor client's knowledge of how its server reports failures; the transport knows none of it. The transport
 * calls {@link #toException} for every answer with a status of 300 or more (redirects included: they are never
 * followed) and for every answer {@link #failsByHeaders} flags; {@link #errorInAnswer} sees each parsed JSON answer
 * with a success status.
 */
public interface HttpErrorMapper {

    /** Whether an answer with a success status is a failure by its headers alone (Datagrok's {@code api-error}). */
    default boolean failsByHeaders(HttpResponse response) {
        return false;
    }

    /** The exception to raise for a failed answer; never null. */
    RuntimeException toException(HttpFailure failure);

    /**
     * The exception for a JSON answer with a success status that reports a failure in its body (Datagrok's
     * {@code ApiError} sent with HTTP 200), or null when the answer is data.
     */
    default RuntimeException errorInAnswer(String method, String path, int status, JsonNode answer) {
        return null;
    }
}
