package io.github.cameldatagrok.component;

import java.util.List;

import io.github.cameldatagrok.client.DashboardResult;
import io.github.cameldatagrok.client.DatagrokClient;
import io.github.cameldatagrok.client.UploadContent;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;

/**
 * {@code datagrok:dashboard:<name>} producer: creates a dashboard of tables with a layout (action create, the
 * default). The tables come from {@link DashboardTables}, the layout from {@link DashboardLayout}; the answer goes
 * into the body (a Map) and headers, as table uploads do.
 */
public class DatagrokDashboardProducer extends DefaultProducer {

    public DatagrokDashboardProducer(DatagrokEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public DatagrokEndpoint getEndpoint() {
        return (DatagrokEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        DatagrokEndpoint endpoint = getEndpoint();
        String name = MessageOptions.target(exchange, endpoint);
        DatagrokAction action = MessageOptions.action(exchange, endpoint, DatagrokAction.create);
        if (action != DatagrokAction.create) {
            throw new IllegalArgumentException("datagrok:dashboard does not support action " + action + "; use create");
        }
        create(exchange, name);
    }

    private void create(Exchange exchange, String name) throws Exception {
        DatagrokClient client = getEndpoint().getClient();
        List<String> tables = DashboardTables.resolve(exchange, getEndpoint());
        UploadContent layout = DashboardLayout.resolve(exchange, getEndpoint(), client.json());
        DashboardResult result = client.dashboards().create(name, tables, layout);
        Message message = exchange.getMessage();
        message.setBody(result.raw());
        message.setHeader(DatagrokConstants.DASHBOARD_ID, result.id());
        message.setHeader(DatagrokConstants.GROK_NAME, result.grokName());
        message.setHeader(DatagrokConstants.URL, result.url());
        shareAfterCreate(exchange, result);
    }

    /**
     * Sharing in the same step as the creation (options shareWith and access): wired by the sharing feature.
     * Creation alone shares nothing.
     */
    protected void shareAfterCreate(Exchange exchange, DashboardResult created) throws Exception {
        // intentionally empty until sharing is merged
    }
}
