package io.github.cameldatagrok.examples.springboot;

import io.github.cameldatagrok.emulator.DatagrokEmulator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application using the datagrok starter: the component is configured in application.properties
 * ({@code camel.component.datagrok.base-url} / {@code api-key}, read from {@code DATAGROK_URL} /
 * {@code DATAGROK_API_KEY}), the route is a Spring bean, and Camel's health checks, the Datagrok one among them, are
 * in {@code /actuator/health}.
 * <p>
 * Without {@code DATAGROK_URL} it starts an embedded Datagrok emulator and points those two properties at it.
 */
@SpringBootApplication
public class SpringBootExampleApplication {

    public static void main(String[] args) {
        if (System.getenv("DATAGROK_URL") == null && System.getProperty("DATAGROK_URL") == null) {
            // daemon threads: the emulator ends with the application
            DatagrokEmulator emulator = DatagrokEmulator.builder().port(0).build().start();
            System.setProperty("DATAGROK_URL", emulator.baseUrl());
            System.setProperty("DATAGROK_API_KEY", emulator.apiKey());
            System.out.println("Using the embedded Datagrok emulator at " + emulator.baseUrl()
                    + " (set DATAGROK_URL and DATAGROK_API_KEY for a real server)");
        }
        SpringApplication.run(SpringBootExampleApplication.class, args);
    }
}
