package io.github.cameldatagrok.client;

import java.io.Closeable;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The asynchronous side of a {@link DatagrokClient}, for small JSON exchanges such as function calls: Apache
 * HttpClient 5's async client on the connections of the same {@link DatagrokConnectionPool}, with the same
 * timeouts, proxy, retry rules and credential header (hidden from logs). A few I/O threads serve any number
 * of requests in flight; answers complete on those threads.
 */
final class DatagrokAsyncHttp implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(DatagrokAsyncHttp.class);
    /** I/O threads of the reactor; small JSON exchanges need few. */
    static final int IO_THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    private final DatagrokClient client;
    private final CloseableHttpAsyncClient http;

    DatagrokAsyncHttp(DatagrokClient client, DatagrokConnectionPool pool) {
        this.client = client;
        DatagrokClientConfig config = client.getConfig();
        HttpAsyncClientBuilder builder = HttpAsyncClients.custom()
                .setConnectionManager(pool.asyncManager())
                .setConnectionManagerShared(true)
                .setIOReactorConfig(IOReactorConfig.custom().setIoThreadCount(IO_THREADS).build())
                .setRetryStrategy(DatagrokRetryStrategy.of(config))
                .setDefaultRequestConfig(DatagrokClient.requestConfig(config))
                .setThreadFactory(runnable -> {
                    Thread thread = new Thread(runnable, "datagrok-async-io");
                    thread.setDaemon(true);
                    return thread;
                })
                .disableCookieManagement()
                .disableRedirectHandling();
        HttpHost proxy = DatagrokClient.proxy(config);
        if (proxy != null) {
            builder.setProxy(proxy);
            if (config.getProxyAuthUsername() != null) {
                builder.setDefaultCredentialsProvider(DatagrokClient.proxyCredentials(config, proxy));
            }
        }
        http = builder.build();
        http.start();
    }

    /**
     * Sends a request and completes with the answer, whose status and {@code api-error} header are already checked;
     * a 404 status completes exceptionally with a {@link DatagrokApiException} of status 404, so callers can fall
     * back. Never retried unless {@code retryable}.
     */
    CompletableFuture<SimpleHttpResponse> send(SimpleHttpRequest request, String path, boolean retryable) {
        request.setHeader(client.credentialHeader());
        request.setHeader(HttpHeaders.ACCEPT, "application/json");
        HttpClientContext context = HttpClientContext.create();
        context.setAttribute(DatagrokRetryStrategy.RETRYABLE, retryable);
        CompletableFuture<SimpleHttpResponse> answer = new CompletableFuture<>();
        String method = request.getMethod();
        http.execute(SimpleRequestProducer.create(request), SimpleResponseConsumer.create(), context,
                new FutureCallback<>() {
                    @Override
                    public void completed(SimpleHttpResponse response) {
                        LOG.debug("{} {} -> HTTP {}", method, path, response.getCode());
                        try {
                            Header apiError = response.getFirstHeader(ApiErrors.API_ERROR_HEADER);
                            ApiErrors.raiseIfFailed(method, path, response.getCode(), response.getReasonPhrase(),
                                    apiError == null ? null : apiError.getValue() == null ? "" : apiError.getValue(),
                                    bodyText(response), client.json());
                            answer.complete(response);
                        } catch (RuntimeException e) {
                            answer.completeExceptionally(e);
                        }
                    }

                    @Override
                    public void failed(Exception e) {
                        answer.completeExceptionally(e instanceof java.io.IOException io
                                ? client.transportFailure(method, path, io) : e);
                    }

                    @Override
                    public void cancelled() {
                        answer.cancel(false);
                    }
                });
        return answer;
    }

    static String bodyText(SimpleHttpResponse response) {
        byte[] body = response.getBodyBytes();
        return body == null ? null : new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        http.close(CloseMode.GRACEFUL);
    }
}
