package io.github.cameldatagrok.component;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameldatagrok.client.DatagrokFunctions;
import io.github.cameldatagrok.client.model.FunctionInfo;
import io.github.cameldatagrok.client.model.DataQuery;
import io.github.cameldatagrok.client.model.SavedFunction;
import io.github.cameldatagrok.client.model.Script;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The function catalogue actions of {@code datagrok:call}: {@code list} (smart filter), {@code describe} (the target's
 * parameters) and {@code save} (a script or data query from the body, as Python {@code functions.create_script} and
 * {@code create_query}).
 */
final class FunctionCatalogue {

    private FunctionCatalogue() {
    }

    static void run(Exchange exchange, DatagrokEndpoint endpoint, DatagrokAction action) {
        DatagrokFunctions functions = endpoint.getClient().functions();
        DatagrokConfiguration configuration = endpoint.getConfiguration();
        Message message = exchange.getMessage();
        switch (action) {
            case list -> ListBodies.set(message, functions.list(
                    MessageOptions.value(exchange, DatagrokConstants.FILTER, String.class, configuration.getFilter()),
                    configuration.getMaxResults()));
            case describe -> {
                FunctionInfo info = functions.describe(MessageOptions.target(exchange, endpoint));
                message.setHeader(DatagrokConstants.FUNCTION_ID, info.id());
                message.setBody(info);
            }
            case save -> {
                SavedFunction saved = functions.save(toFunction(exchange, endpoint.getClient().json()));
                message.setHeader(DatagrokConstants.FUNCTION_ID, saved.getId());
                message.setHeader(DatagrokConstants.TARGET, saved.getNqName());
                message.setBody(saved);
            }
            default -> throw new IllegalArgumentException("datagrok:call does not support action " + action
                    + "; use call (the default), list, describe or save");
        }
    }

    /**
     * The body as a Script or DataQuery: a model as is; a Map or JSON by its {@code source} ({@code script} or
     * {@code data-query}) or {@code #type}; anything else is refused before sending.
     */
    static SavedFunction toFunction(Exchange exchange, ObjectMapper json) {
        Object body = exchange.getMessage().getBody();
        if (body instanceof SavedFunction function) {
            return function;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = EntityBodies.require(exchange, Map.class, "datagrok:call save", json);
        Object source = map.get("source") != null ? map.get("source") : map.get("#type");
        Class<? extends SavedFunction> type = "script".equals(source) || "Script".equals(source) ? Script.class
                : "data-query".equals(source) || "DataQuery".equals(source) ? DataQuery.class : null;
        if (type == null) {
            throw new IllegalArgumentException("The body of a datagrok:call save must be a script (source \"script\")"
                    + " or a data query (source \"data-query\"), not source " + source);
        }
        return json.convertValue(map, type);
    }
}
