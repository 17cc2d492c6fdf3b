package io.github.cameldatagrok.client;

/**
 * A failure reported by Datagrok: an HTTP status of 400 or more, a response carrying the {@code api-error}
 * header, or an {@code ApiError} body sent with HTTP 200. Carries the request's method and path, never its
 * credentials.
 */
public class DatagrokApiException extends DatagrokException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String apiMessage;
    private final String errorCode;
    private final String method;
    private final String path;

    public DatagrokApiException(String method, String path, int statusCode, String apiMessage, String errorCode) {
        super(describe(method, path, statusCode, apiMessage, errorCode));
        this.statusCode = statusCode;
        this.apiMessage = apiMessage;
        this.errorCode = errorCode;
        this.method = method;
        this.path = path;
    }

    private static String describe(String method, String path, int status, String message, String errorCode) {
        StringBuilder text = new StringBuilder("Datagrok API error on ").append(method).append(' ').append(path)
                .append(": HTTP ").append(status);
        if (message != null && !message.isBlank()) {
            text.append(", ").append(message);
        }
        if (errorCode != null && !errorCode.isBlank()) {
            text.append(" (errorCode ").append(errorCode).append(')');
        }
        return text.toString();
    }

    /** The HTTP status; 200 when Datagrok reported the error in the body or the {@code api-error} header. */
    public int getStatusCode() {
        return statusCode;
    }

    /** Datagrok's own message, as sent. */
    public String getApiMessage() {
        return apiMessage;
    }

    /** Datagrok's {@code errorCode}, or null when it sent none. */
    public String getErrorCode() {
        return errorCode;
    }

    public String getMethod() {
        return method;
    }

    /** The request path, without the base URL and query. */
    public String getPath() {
        return path;
    }
}
