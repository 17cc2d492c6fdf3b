package io.github.cameldatagrok.component;

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

    private static final OperationSupport SUPPORT = OperationSupport.of("datagrok:package",
            OperationSupport.NO_OUTPUT_TYPE, DatagrokAction.get, DatagrokAction.list, DatagrokAction.versions, DatagrokAction.version);

    public DatagrokPackageProducer(DatagrokEndpoint endpoint) {
        super(endpoint, SUPPORT);
    }

    @Override
    protected void produce(Exchange exchange, DatagrokAction action) {
        DatagrokEndpoint endpoint = getEndpoint();
        DatagrokConfiguration configuration = endpoint.getConfiguration();
        DatagrokPackages packages = endpoint.getClient().packages();
        Message message = exchange.getMessage();
        String filter = MessageOptions.value(exchange, DatagrokConstants.FILTER, String.class, configuration.getFilter());
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
