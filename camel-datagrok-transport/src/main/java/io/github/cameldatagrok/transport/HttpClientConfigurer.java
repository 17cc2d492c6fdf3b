package io.github.cameldatagrok.transport;

import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

/** A last word on the classic Apache HttpClient a transport builds: interceptors, user agent, and so on. */
@FunctionalInterface
public interface HttpClientConfigurer {

    void configureHttpClient(HttpClientBuilder builder);
}
