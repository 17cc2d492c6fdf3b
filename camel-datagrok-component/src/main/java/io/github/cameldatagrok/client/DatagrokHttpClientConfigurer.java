package io.github.cameldatagrok.client;

import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

/** A last word on the Apache HttpClient a {@link DatagrokClient} builds: interceptors, user agent, and so on. */
@FunctionalInterface
public interface DatagrokHttpClientConfigurer {

    void configureHttpClient(HttpClientBuilder builder);
}
