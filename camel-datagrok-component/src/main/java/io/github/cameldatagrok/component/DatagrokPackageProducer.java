package io.github.cameldatagrok.component;

import java.util.EnumSet;
import io.github.cameldatagrok.client.DatagrokPackages;
import io.github.cameldatagrok.client.model.DatagrokPackage;
import io.github.cameldatagrok.client.model.PublishedPackage;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.util.ObjectHelper;

/**
 * {@code datagrok:package:<name or id>} producer, as Datagrok's Python client {@code packages.*} and
 * {@code published_packages.*}: {@code get} (default), {@code list}, {@code versions} (the published versions of the
 * target package, or of all without one) and {@code version} (one published version, the target being its id).
 */
public class DatagrokPackageProducer extends DatagrokProducer {

    /** Answers are entities (no output types besides the default); its actions. */
    static final ProducerCapabilities CAPABILITIES = new ProducerCapabilities(DatagrokOperation.package_,
            EnumSet.of(DatagrokAction.get, DatagrokAction.list, DatagrokAction.versions, DatagrokAction.version), EnumSet.of(DatagrokOutputType.stream));

    public DatagrokPackageProducer(DatagrokEndpoint endpoint) {
        super(endpoint, CAPABILITIES);
    }

    @Override
    public void process(Exchange exchange) {
        ResultHeaders.clear(exchange.getMessage());
        DatagrokEndpoint endpoint = getEndpoint();
        DatagrokConfiguration configuration = endpoint.getConfiguration();
        DatagrokPackages packages = endpoint.getClient().packages();
        Message message = exchange.getMessage();
        String filter = MessageOptions.value(exchange, DatagrokConstants.FILTER, String.class, configuration.getFilter());
        DatagrokAction action = MessageOptions.action(exchange, endpoint, DatagrokAction.get);
        switch (action) {
            case get -> {
                DatagrokPackage pkg = packages.get(MessageOptions.target(exchange, endpoint));
                message.setHeader(DatagrokConstants.PACKAGE_ID, pkg.getId());
                message.setBody(pkg);
            }
            case list -> ListBodies.set(message, packages.list(filter, configuration.getMaxResults()));
            case versions -> {
                String target = exchange.getMessage().getHeader(DatagrokConstants.TARGET, endpoint.getTarget(),
                        String.class);
                String packageId = ObjectHelper.isEmpty(target) ? null : packages.get(target).getId();
                ListBodies.set(message, packages.versions(filter, packageId, configuration.getMaxResults()));
            }
            case version -> {
                PublishedPackage version = packages.version(MessageOptions.target(exchange, endpoint));
                message.setHeader(DatagrokConstants.PACKAGE_ID, version.getId());
                message.setBody(version);
            }
            default -> throw new IllegalArgumentException("datagrok:package does not support action " + action
                    + "; use get, list, versions or version");
        }
    }
}
