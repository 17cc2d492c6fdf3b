package io.github.cameldatagrok.component;

import io.github.cameldatagrok.client.model.BatchRequest;
import io.github.cameldatagrok.client.model.BatchResult;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code datagrok:batch} producer: sends the body (a {@link BatchRequest}, or a Map or JSON of
 * {@code {operations, options}}) as one {@code POST /public/v1/batch}; the endpoint's {@code concurrency},
 * {@code stopOnError} and {@code transaction} fill options the body leaves unset. The body becomes the
 * {@link BatchResult}, one typed result per operation; the summary and the number of operations that did not succeed
 * are headers. A failed operation does not fail the exchange: the route decides (e.g. on
 * {@code CamelDatagrokBatchProblems > 0}).
 */
public class DatagrokBatchProducer extends DatagrokProducer {

    private static final OperationSupport SUPPORT = OperationSupport.of("datagrok:batch",
            OperationSupport.NO_OUTPUT_TYPE);

    public DatagrokBatchProducer(DatagrokEndpoint endpoint) {
        super(endpoint, SUPPORT);
    }

    @Override
    protected void produce(Exchange exchange, DatagrokAction action) {
        DatagrokEndpoint endpoint = getEndpoint();
        DatagrokConfiguration configuration = endpoint.getConfiguration();
        BatchRequest batch = EntityBodies.require(exchange, BatchRequest.class, "datagrok:batch",
                endpoint.getClient().json());
        if (batch.getOptions() == null || !batch.getOptions().containsKey("concurrency")) {
            batch.option("concurrency", configuration.getConcurrency());
        }
        if (batch.getOptions() == null || !batch.getOptions().containsKey("stopOnError")) {
            batch.option("stopOnError", configuration.getStopOnError());
        }
        if (batch.getOptions() == null || !batch.getOptions().containsKey("transaction")) {
            batch.option("transaction", configuration.getTransaction());
        }
        BatchResult result = endpoint.getClient().batch().run(batch);
        Message message = exchange.getMessage();
        message.setHeader(DatagrokConstants.BATCH_SUMMARY, result.getSummary());
        message.setHeader(DatagrokConstants.BATCH_PROBLEMS,
                (int) result.getResults().stream().filter(r -> !r.isSuccess()).count());
        message.setBody(result);
    }
}
