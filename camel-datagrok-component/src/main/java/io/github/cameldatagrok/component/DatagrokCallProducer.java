package io.github.cameldatagrok.component;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.github.cameldatagrok.client.DatagrokClient;
import io.github.cameldatagrok.client.DatagrokFunctions;
import io.github.cameldatagrok.client.model.FunctionInfo;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * {@code datagrok:call:<Namespace:Function>} producer: calls a Datagrok function with inputs from the message
 * ({@link CallInputs}) and puts its result in the body ({@link CallOutputs}).
 * <p>
 * Asynchronous: the call is sent on the client's asynchronous HTTP client and no Camel thread waits for it; the
 * exchange continues on the HTTP client's I/O thread when the answer arrives. Steps after the call that block
 * (slow processors, blocking I/O) should therefore run behind {@code threads()} or a SEDA queue, or they hold up
 * other calls' answers. The function's description is fetched once per endpoint, to know its dataframe outputs.
 */
public class DatagrokCallProducer extends DefaultAsyncProducer {

    /**
     * A call calls, or works on the function catalogue; its result is JSON, or a dataframe handed over like a
     * downloaded table.
     */
    static final OperationSupport SUPPORT = OperationSupport.of("datagrok:call", OperationSupport.CSV,
            DatagrokAction.call, DatagrokAction.list, DatagrokAction.describe, DatagrokAction.save);

    private DatagrokHealthCheckRegistration healthCheck;

    public DatagrokCallProducer(DatagrokEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void doStart() throws Exception {
        SUPPORT.check(getEndpoint().getConfiguration());
        super.doStart();
        healthCheck = DatagrokHealthCheckRegistration.forProducer(getEndpoint());
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheck != null) {
            healthCheck.remove();
            healthCheck = null;
        }
        super.doStop();
    }

    @Override
    public DatagrokEndpoint getEndpoint() {
        return (DatagrokEndpoint) super.getEndpoint();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        CompletableFuture<?> done;
        ResultHeaders.clear(exchange.getMessage());
        try {
            DatagrokEndpoint endpoint = getEndpoint();
            DatagrokAction action = SUPPORT.action(exchange, endpoint);
            if (action != DatagrokAction.call) {
                // the catalogue actions are quick JSON calls, answered on this thread
                FunctionCatalogue.run(exchange, endpoint, action);
                callback.done(true);
                return true;
            }
            DatagrokClient client = endpoint.getClient();
            String function = MessageOptions.target(exchange, endpoint);
            Map<String, Object> inputs = CallInputs.of(exchange, client.json());
            DatagrokFunctions functions = client.functions();
            // described first (once, then cached) so that dataframe outputs are known; a server that cannot
            // describe the function still gets the call, and its result is passed on as parsed JSON
            CompletableFuture<FunctionInfo> described = functions.describeAsync(function)
                    .exceptionally(unknown -> null);
            done = described.thenCompose(info -> functions.callAsync(function, inputs).thenApply(result -> {
                try {
                    CallOutputs.apply(exchange, result, info, endpoint.getConfiguration().getOutputType(), client.json());
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
                return result;
            }));
        } catch (Exception badInput) {
            exchange.setException(badInput);
            callback.done(true);
            return true;
        }
        done.whenComplete((result, failure) -> {
            if (failure != null) {
                Throwable cause = failure;
                while (cause instanceof CompletionException && cause.getCause() != null) {
                    cause = cause.getCause();
                }
                exchange.setException(cause);
            }
            callback.done(false);
        });
        return false;
    }
}
