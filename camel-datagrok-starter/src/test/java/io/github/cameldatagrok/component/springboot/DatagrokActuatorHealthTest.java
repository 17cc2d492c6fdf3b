package io.github.cameldatagrok.component.springboot;

import java.time.Duration;

import io.github.cameldatagrok.support.springboot.ActuatorHealth;
import io.github.cameldatagrok.support.springboot.ActuatorHealth.Outage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Datagrok producer health check as Spring Boot's actuator shows it over HTTP (profile actuator): UP while the
 * emulator runs, DOWN within 5 s of it stopping, UP again after it restarts on the same port. Prints the times.
 */
@ExtendWith(SpringEmulator.class)
@DatagrokSpringBootTest
@SpringBootTest(classes = StarterTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("actuator")
class DatagrokActuatorHealthTest {

    @LocalServerPort
    int port;

    @Test
    void healthFollowsTheServer() throws Exception {
        Outage outage = new ActuatorHealth(port, "producer:datagrok").outage(SpringEmulator::stop,
                SpringEmulator::restart, Duration.ofSeconds(5), Duration.ofSeconds(10));
        System.out.printf("datagrok health: DOWN %d ms after the emulator stopped; UP %d ms after it restarted"
                + " (whole application UP after %d ms)%n", outage.down(), outage.checksUp(), outage.applicationUp());
    }
}
