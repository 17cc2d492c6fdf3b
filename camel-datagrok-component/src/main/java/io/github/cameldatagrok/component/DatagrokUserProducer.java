package io.github.cameldatagrok.component;

import io.github.cameldatagrok.client.DatagrokUsers;
import io.github.cameldatagrok.client.model.User;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code datagrok:user:<login or id>} producer, as Datagrok's Python client {@code users.*}: {@code get} (default),
 * {@code current}, {@code list}, {@code save} (body: a {@link User}, Map or JSON), {@code block}, {@code unblock}.
 */
public class DatagrokUserProducer extends DatagrokProducer {

    private static final OperationSupport SUPPORT = OperationSupport.of("datagrok:user",
            OperationSupport.NO_OUTPUT_TYPE, DatagrokAction.get, DatagrokAction.current, DatagrokAction.list, DatagrokAction.save, DatagrokAction.block, DatagrokAction.unblock);

    public DatagrokUserProducer(DatagrokEndpoint endpoint) {
        super(endpoint, SUPPORT);
    }

    @Override
    protected void produce(Exchange exchange, DatagrokAction action) {
        DatagrokEndpoint endpoint = getEndpoint();
        DatagrokConfiguration configuration = endpoint.getConfiguration();
        DatagrokUsers users = endpoint.getClient().users();
        Message message = exchange.getMessage();
        switch (action) {
            case get -> setUser(message, users.get(MessageOptions.target(exchange, endpoint)));
            case current -> setUser(message, users.current());
            case list -> ListBodies.set(message, users.list(
                    MessageOptions.value(exchange, DatagrokConstants.FILTER, String.class, configuration.getFilter()),
                    configuration.isIncludeGroup(), configuration.getMaxResults()));
            case save -> {
                User user = EntityBodies.require(exchange, User.class, "datagrok:user save", endpoint.getClient().json());
                setUser(message, users.save(user));
            }
            case block -> setUser(message, users.block(MessageOptions.target(exchange, endpoint)));
            case unblock -> setUser(message, users.unblock(MessageOptions.target(exchange, endpoint)));
            default -> throw new IllegalArgumentException("datagrok:user does not support action " + action
                    + "; use get, current, list, save, block or unblock");
        }
    }

    private static void setUser(Message message, User user) {
        message.setHeader(DatagrokConstants.USER_ID, user.getId());
        message.setBody(user);
    }
}
