package io.github.cameldatagrok.component;

import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;

/**
 * Adds a producer's {@link DatagrokHealthCheck} to Camel's producers health repository while the producer runs, as
 * Camel's own components do; nothing happens when health checks are not in use. Consumers carry theirs themselves
 * ({@link DatagrokHealthCheck#install}).
 */
final class DatagrokHealthCheckRegistration {

    private final WritableHealthCheckRepository repository;
    private final DatagrokHealthCheck check;

    private DatagrokHealthCheckRegistration(WritableHealthCheckRepository repository, DatagrokHealthCheck check) {
        this.repository = repository;
        this.check = check;
    }

    static DatagrokHealthCheckRegistration forProducer(DatagrokEndpoint endpoint) {
        WritableHealthCheckRepository repository = HealthCheckHelper.getHealthCheckRepository(
                endpoint.getCamelContext(), "producers", WritableHealthCheckRepository.class);
        if (repository == null) {
            return null;
        }
        DatagrokHealthCheck check = new DatagrokHealthCheck(endpoint);
        check.setEnabled(endpoint.getComponent().isHealthCheckProducerEnabled());
        repository.addHealthCheck(check);
        return new DatagrokHealthCheckRegistration(repository, check);
    }

    void remove() {
        repository.removeHealthCheck(check);
    }
}
