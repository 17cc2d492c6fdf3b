package io.github.cameldatagrok.component;

import java.util.List;

import io.github.cameldatagrok.client.DatagrokConnectionTestException;
import io.github.cameldatagrok.client.DatagrokConnections;
import io.github.cameldatagrok.client.model.DataConnection;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code datagrok:connection:<Grok name or id>} producer, as Datagrok's Python client {@code connections.*}:
 * {@code get} (default), {@code list}, {@code save} (body: a {@link DataConnection}, Map or JSON), {@code delete}
 * (the connection is read first: the server answers 200 for unknown ones) and {@code test} (of the body's connection,
 * else of the saved one the target names; a failed test raises {@link DatagrokConnectionTestException}).
 */
public class DatagrokConnectionProducer extends DatagrokProducer {

    private static final OperationSupport SUPPORT = OperationSupport.of("datagrok:connection",
            OperationSupport.NO_OUTPUT_TYPE, DatagrokAction.get, DatagrokAction.list, DatagrokAction.save, DatagrokAction.delete, DatagrokAction.test);

    public DatagrokConnectionProducer(DatagrokEndpoint endpoint) {
        super(endpoint, SUPPORT);
    }

    @Override
    protected void produce(Exchange exchange, DatagrokAction action) {
        DatagrokEndpoint endpoint = getEndpoint();
        DatagrokConfiguration configuration = endpoint.getConfiguration();
        DatagrokConnections connections = endpoint.getClient().connections();
        Message message = exchange.getMessage();
        switch (action) {
            case get -> setConnection(message, connections.get(MessageOptions.target(exchange, endpoint)));
            case list -> ListBodies.set(message, connections.list(
                    MessageOptions.value(exchange, DatagrokConstants.FILTER, String.class, configuration.getFilter()),
                    configuration.getDataSource(),
                    configuration.getTags() == null ? List.of() : MessageOptions.names(configuration.getTags()),
                    configuration.getMaxResults()));
            case save -> setConnection(message, connections.save(body(exchange, "save"),
                    configuration.isSaveCredentials()));
            case delete -> {
                String target = MessageOptions.target(exchange, endpoint);
                connections.delete(target);
            }
            case test -> {
                DataConnection given = EntityBodies.read(exchange, DataConnection.class, "datagrok:connection test",
                        endpoint.getClient().json());
                if (given != null) {
                    connections.test(given);
                    setConnection(message, given);
                } else {
                    setConnection(message, connections.test(MessageOptions.target(exchange, endpoint)));
                }
            }
            default -> throw new IllegalArgumentException("datagrok:connection does not support action " + action
                    + "; use get, list, save, delete or test");
        }
    }

    private DataConnection body(Exchange exchange, String action) {
        return EntityBodies.require(exchange, DataConnection.class, "datagrok:connection " + action,
                getEndpoint().getClient().json());
    }

    private static void setConnection(Message message, DataConnection connection) {
        message.setHeader(DatagrokConstants.CONNECTION_ID, connection.getId());
        message.setBody(connection);
    }
}
