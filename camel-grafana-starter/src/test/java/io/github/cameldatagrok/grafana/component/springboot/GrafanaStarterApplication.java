package io.github.cameldatagrok.grafana.component.springboot;

import java.util.concurrent.atomic.AtomicInteger;

import io.github.cameldatagrok.transport.HttpClientConfigurer;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A Spring Boot application with grafana routes; the component is configured by application.properties only. */
@SpringBootApplication
public class GrafanaStarterApplication {

    /** Referenced from application.properties as {@code #bean:recordingConfigurer}. */
    @Bean
    RecordingConfigurer recordingConfigurer() {
        return new RecordingConfigurer();
    }

    @Bean
    RouteBuilder grafanaRoutes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:save").to("grafana:dashboard?folderUid=ops&message=saved by the starter test");
                from("direct:get").to("grafana:dashboard?action=get");
                from("direct:search").to("grafana:dashboard?action=search&query=Orders");
                from("direct:annotate").to("grafana:annotation?tags=starter,camel");
            }
        };
    }

    /** Counts the HTTP clients it configured. */
    public static final class RecordingConfigurer implements HttpClientConfigurer {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public void configureHttpClient(org.apache.hc.client5.http.impl.classic.HttpClientBuilder builder) {
            calls.incrementAndGet();
        }
    }
}
