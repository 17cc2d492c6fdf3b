package io.github.cameldatagrok.grafana.client;

import java.io.Closeable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameldatagrok.transport.HttpConnectionPool;
import io.github.cameldatagrok.transport.HttpErrorMapper;
import io.github.cameldatagrok.transport.HttpFailure;
import io.github.cameldatagrok.transport.HttpTransport;
import io.github.cameldatagrok.transport.RequestOptions;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/**
 * Grafana's JSON exchanges on the shared transport: the org header on every request, JSON bodies, and Grafana's
 * error shapes turned into {@link GrafanaApiException}s (conflicts and 404s as their own types).
 */
final class GrafanaHttp implements Closeable {

    static final String ORG_HEADER = "X-Grafana-Org-Id";

    private final HttpTransport transport;
    private final String orgId;

    GrafanaHttp(GrafanaClientConfig config, HttpConnectionPool pool) {
        this.transport = new HttpTransport(config.getTransport(), pool, new Errors());
        this.orgId = config.getOrgId() == null ? null : config.getOrgId().toString();
    }

    ObjectMapper json() {
        return transport.json();
    }

    /** A {@code GET}, retried on the transport's terms; null for an empty answer. */
    JsonNode get(String pathAndQuery) {
        return send("GET", pathAndQuery, null, true).body();
    }

    /**
     * Sends a request with an optional JSON body.
     *
     * @param retryable whether a repeat is harmless (reads, deletes, saves that name their uid)
     */
    Answer send(String method, String pathAndQuery, JsonNode body, boolean retryable) {
        HttpUriRequestBase request = new HttpUriRequestBase(method, java.net.URI.create(transport.uri(pathAndQuery)));
        if (orgId != null) {
            request.setHeader(ORG_HEADER, orgId);
        }
        if (body != null) {
            try {
                // held whole: Grafana takes dashboards as one JSON document, and a repeatable body can be retried
                request.setEntity(new ByteArrayEntity(json().writeValueAsBytes(body), ContentType.APPLICATION_JSON));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("Could not write the request body as JSON: " + e.getOriginalMessage(), e);
            }
        }
        request.setHeader(HttpHeaders.ACCEPT, "application/json");
        int query = pathAndQuery.indexOf('?');
        String path = query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
        return new Answer(transport.callJson(request, path, RequestOptions.of(retryable)));
    }

    @Override
    public void close() {
        transport.close();
    }

    /** A JSON answer (null when Grafana sent none, as for a public dashboard's delete). */
    record Answer(JsonNode body) {
    }

    /** Grafana's error bodies, by status code first: the wording varies by release. */
    private final class Errors implements HttpErrorMapper {
        @Override
        public RuntimeException toException(HttpFailure failure) {
            if (failure.isRedirect()) {
                // a login page or an http -> https hop: never followed, so credentials stay with this host
                return new GrafanaApiException(failure.method(), failure.path(), failure.status(),
                        failure.redirectMessage(), null, null, null, null);
            }
            return GrafanaErrors.of(failure.method(), failure.path(), failure.status(),
                    failure.header(HttpHeaders.CONTENT_TYPE), failure.body(), transport.json());
        }
    }
}
