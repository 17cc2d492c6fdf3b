package io.github.cameldatagrok.grafana.component;

import io.github.cameldatagrok.grafana.client.GrafanaFolders;
import io.github.cameldatagrok.grafana.client.JsonObjects;
import io.github.cameldatagrok.grafana.client.model.Page;
import org.apache.camel.Exchange;

/** {@code grafana:folder}: list (the default without a uid), get (with one), create, update, delete. */
final class FolderProducer extends GrafanaProducer {

    FolderProducer(GrafanaEndpoint endpoint) {
        super(endpoint, GrafanaAction.list, GrafanaAction.list, GrafanaAction.get, GrafanaAction.create,
                GrafanaAction.update, GrafanaAction.delete);
    }

    @Override
    GrafanaAction defaultAction(Exchange exchange) {
        return uid(exchange) != null ? GrafanaAction.get : GrafanaAction.list;
    }

    @Override
    void process(Exchange exchange, GrafanaAction action) {
        GrafanaFolders folders = client().folders();
        switch (action) {
            case list -> {
                Page page = folders.list(config().getParentUid(), config().getPageSize(), config().getMaxResults());
                ListAnswers.page(exchange, client().json(), page);
            }
            case get -> answer(exchange, folders.get(requiredUid(exchange, action)));
            case create -> {
                var folder = JsonObjects.copyOf(requiredBody(exchange, "the folder ({\"title\":...})"));
                if (!folder.hasNonNull("uid") && uid(exchange) != null) {
                    folder.put("uid", uid(exchange));
                }
                if (!folder.hasNonNull("parentUid") && config().getParentUid() != null) {
                    folder.put("parentUid", config().getParentUid());
                }
                answer(exchange, folders.create(folder));
            }
            case update -> answer(exchange, folders.update(requiredUid(exchange, action),
                    requiredBody(exchange, "the folder's new fields ({\"title\":...})"), config().isOverwrite()));
            case delete -> answer(exchange, folders.delete(requiredUid(exchange, action)));
            default -> throw new IllegalStateException(action.name());
        }
    }
}
