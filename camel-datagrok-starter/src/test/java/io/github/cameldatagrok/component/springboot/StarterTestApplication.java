package io.github.cameldatagrok.component.springboot;

import java.util.concurrent.atomic.AtomicInteger;

import io.github.cameldatagrok.client.DatagrokHttpClientConfigurer;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A Spring Boot application with datagrok routes; the component is configured by application.properties only. */
@SpringBootApplication
public class StarterTestApplication {

    /** Referenced from application.properties as {@code #bean:recordingConfigurer}. */
    @Bean
    RecordingConfigurer recordingConfigurer() {
        return new RecordingConfigurer();
    }

    @Bean
    RouteBuilder datagrokRoutes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:upload").to("datagrok:table:Starter:Orders");
                from("direct:download").to("datagrok:table:Admin:Starter:Orders?action=download&outputType=string");
                from("direct:divide").to("datagrok:call:Demo:DivMod");
                from("datagrok:file:System:DemoFiles/starter-inbox?initialDelay=0&delay=200&workDirectory=target/datagrok-state")
                        .routeId("file-consumer")
                        .convertBodyTo(String.class)
                        .to("seda:arrived");
            }
        };
    }

    /** Counts the HTTP clients it configured. */
    public static final class RecordingConfigurer implements DatagrokHttpClientConfigurer {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public void configureHttpClient(org.apache.hc.client5.http.impl.classic.HttpClientBuilder builder) {
            calls.incrementAndGet();
        }
    }
}
