/**
 * The HTTP transport shared by the REST clients of this project (Datagrok, Grafana): no Camel types, nothing of
 * any vendor's resources.
 * <ul>
 * <li>{@link io.github.cameldatagrok.transport.HttpConnectionPool}: pooled connections shared by any number of
 * transports, ONE asynchronous client (I/O reactor) per pool, TLS ({@code SSLContext}, hostname verification),
 * connect timeout, limits on response headers (line length, count).</li>
 * <li>{@link io.github.cameldatagrok.transport.HttpTransportConfig}: base URL, {@code Authorization}
 * ({@link io.github.cameldatagrok.transport.HttpAuthorization}: Bearer, Basic, a raw header value, a supplier),
 * socket timeout, total deadline of JSON requests ({@code requestTimeout}), retries of idempotent requests
 * (honouring {@code Retry-After} on 429/503), proxy, caps on what is held in memory.</li>
 * <li>{@link io.github.cameldatagrok.transport.HttpTransport}: {@code callJson} (blocking, capped, within the
 * deadline), {@code callJsonAsync} (same, on the shared reactor), {@code openStream} (streamed, socket timeout only),
 * {@code execute} (the open answer). Redirects are never followed: a 3xx is a failure.</li>
 * <li>{@link io.github.cameldatagrok.transport.HttpErrorMapper}: the vendor's hook that turns a failed answer
 * ({@link io.github.cameldatagrok.transport.HttpFailure}, body capped) into its own exception, and spots errors
 * sent with HTTP 200.</li>
 * </ul>
 * Secrets: the authorization value never appears in {@code toString()}, logs (HttpClient's header log shows
 * {@code Authorization: ***}) or exception messages. HttpClient's wire log ({@code org.apache.hc.client5.http.wire})
 * prints raw bytes, bodies and headers included: never enable it in production.
 *
 * <pre>{@code
 * HttpConnectionPool pool = HttpConnectionPool.builder().connectionsPerRoute(10).build();
 * HttpTransport grafana = new HttpTransport(HttpTransportConfig.builder()
 *         .baseUrl("https://grafana.example")
 *         .authorization(HttpAuthorization.bearer(serviceAccountToken))   // or HttpAuthorization.basic(user, pw)
 *         .requestTimeout(Duration.ofMinutes(1))
 *         .build(), pool, failure -> new GrafanaException(failure.status(), failure.isRedirect()
 *                 ? failure.redirectMessage() : messageOf(failure.body())));
 * JsonNode folders = grafana.callJson(new HttpGet(grafana.uri("/api/folders")), "/api/folders",
 *         RequestOptions.idempotent());
 * grafana.callJsonAsync(SimpleRequestBuilder.get(grafana.uri("/api/health")).build(), "/api/health",
 *         RequestOptions.probe(Duration.ofSeconds(5))).thenAccept(health -> ...);
 * try (ResponseStream csv = grafana.openStream(new HttpGet(grafana.uri(path)), path, RequestOptions.idempotent())) {
 *     csv.transferTo(out);
 * }
 * grafana.close();   // leaves the shared pool open
 * pool.close();
 * }</pre>
 */
package io.github.cameldatagrok.transport;
