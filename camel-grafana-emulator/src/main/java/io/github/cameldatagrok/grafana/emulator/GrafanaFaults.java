package io.github.cameldatagrok.grafana.emulator;

import io.github.cameldatagrok.emulator.Fault;
import io.github.cameldatagrok.grafana.emulator.http.GrafanaErrors;

/**
 * Faults in the shapes Grafana and what stands in front of it answer, for {@code emulator.faults().add(...)}. Status
 * faults without a body answer Grafana's {@code {"message"}}; {@code Fault.on(m, p).status(429)} carries
 * {@code Retry-After: 1} unless told otherwise ({@code retryAfterSeconds}, {@code retryAfter(httpDate)},
 * {@code withoutRetryAfter()}).
 */
public final class GrafanaFaults {

    /** nginx's page for a body over its {@code client_max_body_size} (1 MiB by default). */
    public static final String NGINX_413 = "<html>\r\n<head><title>413 Request Entity Too Large</title></head>\r\n"
            + "<body>\r\n<center><h1>413 Request Entity Too Large</h1></center>\r\n<hr><center>nginx</center>\r\n"
            + "</body>\r\n</html>\r\n";

    private GrafanaFaults() {
    }

    /** 413 with nginx's HTML page, as a proxy in front of Grafana answers a large dashboard. */
    public static Fault nginxRequestTooLarge(String method, String pathRegex) {
        return Fault.on(method, pathRegex).status(413).body("text/html", NGINX_413);
    }

    /** A proxy's HTML error page: 502, 503 or 504. */
    public static Fault proxyErrorPage(String method, String pathRegex, int status) {
        String reason = switch (status) {
            case 502 -> "Bad Gateway";
            case 503 -> "Service Temporarily Unavailable";
            case 504 -> "Gateway Time-out";
            default -> throw new IllegalArgumentException("A proxy error page is 502, 503 or 504, not " + status);
        };
        String page = "<html>\r\n<head><title>" + status + " " + reason + "</title></head>\r\n<body>\r\n<center><h1>"
                + status + " " + reason + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
        return Fault.on(method, pathRegex).status(status).body("text/html", page);
    }

    /** 403 from Grafana's RBAC middleware, naming the permission that is missing. */
    public static Fault accessDenied(String method, String pathRegex, String permission) {
        String body = "{\"accessErrorId\":\"ACE3894510277\",\"message\":\"You'll need additional permissions to "
                + "perform this action. Permissions needed: " + permission + "\",\"title\":\"Access denied\"}";
        return Fault.on(method, pathRegex).status(403).body("application/json", body);
    }

    /** An errutil error body: {@code {"extra":null,"message","messageId","statusCode","traceID":""}}. */
    public static Fault errutil(String method, String pathRegex, int status, String messageId, String message) {
        return Fault.on(method, pathRegex).status(status).body("application/json",
                GrafanaErrors.errutilBody(status, messageId, message).toString());
    }

    /** A Kubernetes Status failure, as {@code /apis} answers ({@code reason} e.g. {@code TooManyRequests}). */
    public static Fault kubernetesStatus(String method, String pathRegex, int code, String reason, String message) {
        String body = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\",\"message\":"
                + GrafanaErrors.JSON.getNodeFactory().textNode(message) + ",\"reason\":\"" + reason + "\",\"code\":"
                + code + "}";
        return Fault.on(method, pathRegex).status(code).body("application/json", body);
    }
}
