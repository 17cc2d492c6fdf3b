package io.github.cameldatagrok.component;

import java.util.List;

import io.github.cameldatagrok.client.model.DashboardResult;
import io.github.cameldatagrok.client.DatagrokClient;
import io.github.cameldatagrok.client.UploadContent;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code datagrok:dashboard:<name>} producer. Action create (the default) makes a dashboard of tables with a layout:
 * the tables come from {@link DashboardTables}, the layout from {@link DashboardLayout}; the answer goes into the body
 * (a Map) and headers, as table uploads do, and with {@code shareWith} the new dashboard is shared in the same step.
 * Action share shares an existing dashboard, named by the target or its id.
 */
public class DatagrokDashboardProducer extends DatagrokProducer {

    private static final OperationSupport SUPPORT = OperationSupport.of("datagrok:dashboard",
            OperationSupport.NO_OUTPUT_TYPE, DatagrokAction.create, DatagrokAction.share);

    public DatagrokDashboardProducer(DatagrokEndpoint endpoint) {
        super(endpoint, SUPPORT);
    }

    @Override
    protected void produce(Exchange exchange, DatagrokAction action) throws Exception {
        DatagrokEndpoint endpoint = getEndpoint();
        String name = MessageOptions.target(exchange, endpoint);
        if (action == DatagrokAction.share) {
            Sharing.Request request = Sharing.request(exchange, endpoint);
            exchange.getMessage().setBody(Sharing.shareDashboard(exchange, endpoint.getClient(), name, request));
        } else {
            create(exchange, name);
        }
    }

    private void create(Exchange exchange, String name) throws Exception {
        DatagrokClient client = getEndpoint().getClient();
        List<String> tables = DashboardTables.resolve(exchange, getEndpoint());
        UploadContent layout = DashboardLayout.resolve(exchange, getEndpoint(), client.json());
        // read (and checked) before the dashboard is made: a bad access level must not leave an unshared dashboard
        Sharing.Request share = Sharing.requested(exchange, getEndpoint());
        DashboardResult result = client.dashboards().create(name, tables, layout);
        Message message = exchange.getMessage();
        message.setBody(result.raw());
        message.setHeader(DatagrokConstants.DASHBOARD_ID, result.id());
        message.setHeader(DatagrokConstants.GROK_NAME, result.grokName());
        message.setHeader(DatagrokConstants.URL, result.url());
        if (share != null) {
            // a failed share fails the exchange; a redelivery recreates the dashboard under the same id and shares again
            Sharing.shareDashboard(exchange, client, result.id(), share);
        }
    }
}
