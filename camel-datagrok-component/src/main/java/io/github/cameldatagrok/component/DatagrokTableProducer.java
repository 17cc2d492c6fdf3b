package io.github.cameldatagrok.component;

import java.io.InputStream;

import io.github.cameldatagrok.client.GrokNames;
import io.github.cameldatagrok.client.model.TableUploadResult;
import io.github.cameldatagrok.client.UploadContent;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** {@code datagrok:table} producer: uploads the body as a table, or downloads a table into the body. */
public class DatagrokTableProducer extends DatagrokProducer {

    static final OperationSupport SUPPORT = OperationSupport.of("datagrok:table", OperationSupport.CSV,
            DatagrokAction.upload, DatagrokAction.download);

    public DatagrokTableProducer(DatagrokEndpoint endpoint) {
        super(endpoint, SUPPORT);
    }

    @Override
    protected void produce(Exchange exchange, DatagrokAction action) throws Exception {
        DatagrokEndpoint endpoint = getEndpoint();
        String table = MessageOptions.target(exchange, endpoint);
        if (action == DatagrokAction.download) {
            download(exchange, table);
        } else {
            upload(exchange, table);
        }
    }

    private void upload(Exchange exchange, String table) {
        UploadContent csv = TableBodies.toCsv(exchange, MessageOptions.columns(exchange, getEndpoint()));
        TableUploadResult result = getEndpoint().getClient().uploadTable(table, csv);
        Message message = exchange.getMessage();
        message.setBody(result.raw());
        message.setHeader(DatagrokConstants.TABLE_ID, result.id());
        message.setHeader(DatagrokConstants.GROK_NAME, result.grokName());
        message.setHeader(DatagrokConstants.URL, result.url());
        message.setHeader(DatagrokConstants.MARKUP, result.markup());
        DashboardTables.remember(exchange, result.id());
    }

    private void download(Exchange exchange, String table) throws Exception {
        InputStream csv = getEndpoint().getClient().downloadTable(table);
        Message message = exchange.getMessage();
        message.setHeader(GrokNames.isUuid(table) ? DatagrokConstants.TABLE_ID : DatagrokConstants.GROK_NAME, table);
        TableBodies.setCsvBody(exchange, csv, getEndpoint().getConfiguration().getOutputType());
    }
}
