package io.github.cameldatagrok.client;

import io.github.cameldatagrok.transport.HttpClientConfigurer;

/** A last word on the Apache HttpClient a {@link DatagrokClient} builds: interceptors, user agent, and so on. */
@FunctionalInterface
public interface DatagrokHttpClientConfigurer extends HttpClientConfigurer {
}
