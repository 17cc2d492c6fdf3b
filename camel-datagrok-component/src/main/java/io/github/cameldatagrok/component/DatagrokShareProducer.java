package io.github.cameldatagrok.component;

import io.github.cameldatagrok.client.model.ShareResult;
import org.apache.camel.Exchange;

/** {@code datagrok:share:<entity>} producer: shares the entity with groups or users; the body becomes the result. */
public class DatagrokShareProducer extends DatagrokProducer {

    public DatagrokShareProducer(DatagrokEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public void process(Exchange exchange) {
        ResultHeaders.clear(exchange.getMessage());
        DatagrokEndpoint endpoint = getEndpoint();
        DatagrokAction action = MessageOptions.action(exchange, endpoint, DatagrokAction.share);
        if (action != DatagrokAction.share) {
            throw new IllegalArgumentException("datagrok:share does not support action " + action + "; use share");
        }
        String entity = MessageOptions.target(exchange, endpoint);
        Sharing.Request request = Sharing.request(exchange, endpoint);
        ShareResult result = Sharing.shareEntity(exchange, endpoint.getClient(), entity, request);
        exchange.getMessage().setBody(result);
    }
}
