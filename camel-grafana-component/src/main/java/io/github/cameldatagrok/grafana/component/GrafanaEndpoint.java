package io.github.cameldatagrok.grafana.component;

import java.util.Map;

import io.github.cameldatagrok.grafana.client.GrafanaClient;
import io.github.cameldatagrok.grafana.component.consumer.AnnotationConsumer;
import io.github.cameldatagrok.grafana.component.consumer.DashboardConsumer;
import io.github.cameldatagrok.grafana.component.consumer.GrafanaConsumerOptions;
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
 * Save, read, search and delete Grafana dashboards, folders, public dashboards, data sources, annotations and
 * snapshots from Camel routes, and start routes from dashboards that change and annotations that appear.
 * <p>
 * The URI names the operation and, where it takes one, the uid it applies to, as in
 * grafana:dashboard:ops-overview?action=get.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "grafana", title = "Grafana", syntax = "grafana:operation:uid",
             category = { Category.MONITORING, Category.API }, headersClass = GrafanaConstants.class)
public class GrafanaEndpoint extends HttpClientEndpoint<GrafanaClient> {

    @UriPath(description = "What the endpoint works on.")
    @Metadata(required = true)
    private final GrafanaOperation operation;

    @UriPath(description = "What the operation applies to: for `dashboard`, the dashboard's uid or a dashboard URL"
            + " (`https://host/d/<uid>/<slug>`); for `folder` and `datasource`, the uid; for `publicDashboard`, the uid"
            + " of the dashboard that is shared; for `annotation`, the annotation's id; for `snapshot`, its key. Not"
            + " used by saves, searches and lists. The header `CamelGrafanaUid` overrides it per message.")
    private final String uid;

    @UriParam
    private final GrafanaConfiguration configuration;

    @UriParam
    private final GrafanaConsumerOptions consumerOptions = new GrafanaConsumerOptions();

    GrafanaEndpoint(String uri, GrafanaComponent component, GrafanaOperation operation, String uid,
                    GrafanaConfiguration configuration) {
        super(uri, component);
        this.operation = operation;
        this.uid = uid;
        this.configuration = configuration;
    }

    @Override
    public GrafanaComponent getComponent() {
        return (GrafanaComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() throws Exception {
        return switch (operation) {
            case dashboard -> new DashboardProducer(this);
            case folder -> new FolderProducer(this);
            case publicDashboard -> new PublicDashboardProducer(this);
            case datasource -> new DataSourceProducer(this);
            case annotation -> new AnnotationProducer(this);
            case snapshot -> new SnapshotProducer(this);
            case health -> new HealthProducer(this);
        };
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        Consumer consumer = switch (operation) {
            case dashboard -> new DashboardConsumer(this, processor);
            case annotation -> new AnnotationConsumer(this, processor);
            default -> throw new UnsupportedOperationException("grafana:" + operation + " cannot start a route;"
                    + " consumers exist for dashboard (changed dashboards) and annotation (new annotations)");
        };
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected GrafanaClient createClient() throws Exception {
        return getComponent().createClient(configuration);
    }

    public GrafanaOperation getOperation() {
        return operation;
    }

    public String getUid() {
        return uid;
    }

    public GrafanaConfiguration getConfiguration() {
        return configuration;
    }

    /** The options of the polling consumers. */
    public GrafanaConsumerOptions getConsumerOptions() {
        return consumerOptions;
    }

    @Override
    public String getServiceUrl() {
        GrafanaClient client = startedClient();
        return client != null ? client.getConfig().getBaseUrl() : configuration.getBaseUrl();
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return uid == null ? Map.of("operation", operation.name()) : Map.of("operation", operation.name(), "uid", uid);
    }
}
