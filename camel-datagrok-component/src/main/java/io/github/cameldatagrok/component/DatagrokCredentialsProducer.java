package io.github.cameldatagrok.component;

import io.github.cameldatagrok.client.DatagrokCredentials;
import io.github.cameldatagrok.client.model.Credentials;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code datagrok:credentials:<entity id>} producer, as Datagrok's Python client {@code credentials.*}: {@code get}
 * (default: the entity's credentials as the body), {@code save} (body: {@link Credentials}, a Map or JSON; an
 * {@code entityBindId} missing from it is taken from the target) and {@code delete} (of the entity's credentials).
 * Secrets stay in the body: headers carry only the credentials' id.
 */
public class DatagrokCredentialsProducer extends DatagrokProducer {

    private static final OperationSupport SUPPORT = OperationSupport.of("datagrok:credentials",
            OperationSupport.NO_OUTPUT_TYPE, DatagrokAction.get, DatagrokAction.save, DatagrokAction.delete);

    public DatagrokCredentialsProducer(DatagrokEndpoint endpoint) {
        super(endpoint, SUPPORT);
    }

    @Override
    protected void produce(Exchange exchange, DatagrokAction action) {
        DatagrokEndpoint endpoint = getEndpoint();
        DatagrokCredentials credentials = endpoint.getClient().credentials();
        Message message = exchange.getMessage();
        switch (action) {
            case get -> setCredentials(message, credentials.forEntity(MessageOptions.target(exchange, endpoint)));
            case save -> {
                Credentials given = EntityBodies.require(exchange, Credentials.class, "datagrok:credentials save",
                        endpoint.getClient().json());
                if (given.getEntityBindId() == null) {
                    given.setEntityBindId(MessageOptions.target(exchange, endpoint));
                }
                setCredentials(message, credentials.save(given));
            }
            case delete -> {
                if (!credentials.deleteFor(MessageOptions.target(exchange, endpoint))) {
                    throw new IllegalArgumentException("Datagrok entity " + MessageOptions.target(exchange, endpoint)
                            + " has no credentials to delete");
                }
            }
            default -> throw new IllegalArgumentException("datagrok:credentials does not support action " + action
                    + "; use get, save or delete");
        }
    }

    private static void setCredentials(Message message, Credentials credentials) {
        message.setHeader(DatagrokConstants.CREDENTIALS_ID, credentials.getId());
        message.setBody(credentials);
    }
}
