package io.github.cameldatagrok.component;

import java.util.Map;

import io.github.cameldatagrok.client.DatagrokClient;
import io.github.cameldatagrok.component.consumer.DatagrokFileConsumer;
import io.github.cameldatagrok.component.consumer.DatagrokTableConsumer;
import io.github.cameldatagrok.component.consumer.FileConsumerOptions;
import io.github.cameldatagrok.support.http.HttpClientEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;

/**
 * Move tables, files, dashboards, function calls, shares and groups between Camel routes and Datagrok, and start
 * routes from Datagrok tables and connector folders that change.
 * <p>
 * The URI names the operation and its target, as in datagrok:table:Admin:Sales:Orders; the colons of a Grok
 * name are kept as users copy them from Datagrok.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "datagrok", title = "Datagrok", syntax = "datagrok:operation:target",
             category = { Category.CLOUD, Category.API }, headersClass = DatagrokConstants.class)
public class DatagrokEndpoint extends HttpClientEndpoint<DatagrokClient> {

    /** Default {@code delay} of the table consumer, in milliseconds: each poll downloads the whole table. */
    public static final long DEFAULT_TABLE_DELAY = 60_000;
    /** Default {@code delay} of the file consumer, in milliseconds: each poll is one files/sync request. */
    public static final long DEFAULT_FILE_DELAY = 30_000;

    @UriPath(description = "What the endpoint works on.",
             enums = "table,file,dashboard,call,share,group,user,connection,credentials,package,batch,health")
    @Metadata(required = true)
    private final DatagrokOperation operation;

    @UriPath(description = "What the operation applies to: for `table`, the table's Grok name"
            + " (`Namespace:Project:Table`, or a bare name, which Datagrok files as `Admin:Name:Name`) or its id;"
            + " for `file`, the connector and the path in it (`System:DemoFiles/incoming/`; a trailing `/` names a"
            + " folder);"
            + " for `dashboard`, the dashboard's name (or its id with `action=share`); for `call`, the function"
            + " (`Namespace:Function`, or a core function such as `Sin`); for `share`, the entity's id or Grok name;"
            + " for `group`, the group's name or id (none for `list`, `lookup` and `current`);"
            + " for `user`, the user's login or id (none for `list`, `current` and `save`);"
            + " for `connection`, the connection's Grok name (`Admin:Shop`) or id (none for `list`);"
            + " for `credentials`, the id of the entity they belong to; for `package`, the package's name or id"
            + " (or, for `version`, the published version's id); none for `batch` and `health`."
            + " The header `CamelDatagrokTarget` overrides it per message.")
    private final String target;

    @UriParam
    private final DatagrokConfiguration configuration;

    @UriParam
    private final FileConsumerOptions fileConsumerOptions = new FileConsumerOptions();

    DatagrokEndpoint(String uri, DatagrokComponent component, DatagrokOperation operation, String target,
                     DatagrokConfiguration configuration) {
        super(uri, component);
        this.operation = operation;
        this.target = target;
        this.configuration = configuration;
        // Camel's 500 ms suits a local folder, not a shared remote server: a table poll downloads the whole table,
        // an idle file poll is one request of all known eTags answered by one empty part per file
        setDelay(operation == DatagrokOperation.table ? DEFAULT_TABLE_DELAY : DEFAULT_FILE_DELAY);
    }

    @Override
    public DatagrokComponent getComponent() {
        return (DatagrokComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() throws Exception {
        return switch (operation) {
            case table -> new DatagrokTableProducer(this);
            case group -> new DatagrokGroupProducer(this);
            case share -> new DatagrokShareProducer(this);
            case dashboard -> new DatagrokDashboardProducer(this);
            case call -> new DatagrokCallProducer(this);
            case file -> new DatagrokFileProducer(this);
            case user -> new DatagrokUserProducer(this);
            case connection -> new DatagrokConnectionProducer(this);
            case credentials -> new DatagrokCredentialsProducer(this);
            case package_ -> new DatagrokPackageProducer(this);
            case batch -> new DatagrokBatchProducer(this);
            case health -> new DatagrokHealthProducer(this);
        };
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (target == null) {
            throw new IllegalArgumentException("A datagrok:" + operation + " consumer needs a target to poll,"
                    + " e.g. datagrok:table:Admin:Sales:Orders");
        }
        Consumer consumer = switch (operation) {
            case table -> new DatagrokTableConsumer(this, processor);
            case file -> new DatagrokFileConsumer(this, processor);
            default -> throw new UnsupportedOperationException("datagrok:" + operation + " cannot start a route;"
                    + " consumers exist for table and file");
        };
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected DatagrokClient createClient() throws Exception {
        return getComponent().createClient(configuration);
    }

    public DatagrokOperation getOperation() {
        return operation;
    }

    public String getTarget() {
        return target;
    }

    public DatagrokConfiguration getConfiguration() {
        return configuration;
    }

    /** The options of the {@code datagrok:file} consumer. */
    public FileConsumerOptions getFileConsumerOptions() {
        return fileConsumerOptions;
    }

    @Override
    public String getServiceUrl() {
        DatagrokClient client = startedClient();
        return client != null ? client.getConfig().getBaseUrl() : configuration.getBaseUrl();
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return target == null ? null : Map.of("operation", operation.uriName(), "target", target);
    }
}
