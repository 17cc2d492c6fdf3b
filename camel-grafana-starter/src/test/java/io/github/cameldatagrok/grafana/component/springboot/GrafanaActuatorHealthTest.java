package io.github.cameldatagrok.grafana.component.springboot;

import java.time.Duration;

import io.github.cameldatagrok.support.springboot.ActuatorHealth;
import io.github.cameldatagrok.support.springboot.ActuatorHealth.Outage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The grafana producer health checks (one per producer endpoint of the application's routes) as Spring Boot's
 * actuator shows them over HTTP (profile actuator): UP while the emulator runs, DOWN within 5 s of it stopping, UP
 * again after a new one starts on the same port. Prints the measured times.
 */
@ExtendWith(GrafanaServer.class)
@GrafanaSpringBootTest
@SpringBootTest(classes = GrafanaStarterApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("actuator")
class GrafanaActuatorHealthTest {

    @LocalServerPort
    int port;

    @Test
    void healthFollowsTheServer() throws Exception {
        Outage outage = new ActuatorHealth(port, "producer:grafana").outage(GrafanaServer::close,
                () -> GrafanaServer.replace(GrafanaServer.TOKEN), Duration.ofSeconds(5), Duration.ofSeconds(10));
        System.out.printf("grafana health: DOWN %d ms after the emulator stopped; UP %d ms after it restarted%n",
                outage.down(), outage.checksUp());
    }
}
