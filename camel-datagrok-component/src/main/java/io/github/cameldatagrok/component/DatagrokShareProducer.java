package io.github.cameldatagrok.component;

import io.github.cameldatagrok.client.model.ShareResult;
import org.apache.camel.Exchange;

/** {@code datagrok:share:<entity>} producer: shares the entity with groups or users; the body becomes the result. */
public class DatagrokShareProducer extends DatagrokProducer {

    private static final OperationSupport SUPPORT = OperationSupport.of("datagrok:share",
            OperationSupport.NO_OUTPUT_TYPE, DatagrokAction.share);

    public DatagrokShareProducer(DatagrokEndpoint endpoint) {
        super(endpoint, SUPPORT);
    }

    @Override
    protected void produce(Exchange exchange, DatagrokAction action) {
        DatagrokEndpoint endpoint = getEndpoint();
        String entity = MessageOptions.target(exchange, endpoint);
        Sharing.Request request = Sharing.request(exchange, endpoint);
        ShareResult result = Sharing.shareEntity(exchange, endpoint.getClient(), entity, request);
        exchange.getMessage().setBody(result);
    }
}
