package io.github.cameldatagrok.grafana.emulator.folders;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.emulator.http.Exchange;
import io.github.cameldatagrok.grafana.emulator.GrafanaOrg;
import io.github.cameldatagrok.grafana.emulator.http.ResourceApi;
import io.github.cameldatagrok.grafana.emulator.http.ResourceRoutes;
import io.github.cameldatagrok.grafana.emulator.http.StoreException;

/**
 * Grafana 12+'s folders as resources: {@code /apis/folder.grafana.app/<v1beta1|v1>/namespaces/<ns>/folders}: list,
 * get, create (201, 409), update and move ({@code PUT}; the parent is the {@code grafana.app/folder} annotation),
 * delete (answers the deleted Folder; its dashboards go with it).
 */
public final class FolderResourcesApi extends ResourceRoutes<Folder> {

    public static final String PARENT_ANNOTATION = "grafana.app/folder";

    public FolderResourcesApi() {
        super("folder.grafana.app", "folders", "Folder");
    }

    @Override
    protected List<Folder> all(GrafanaOrg org) {
        List<Folder> all = new ArrayList<>(org.folders().all());
        all.sort(Comparator.comparing(Folder::uid));
        return all;
    }

    @Override
    protected Optional<Folder> find(GrafanaOrg org, String name) {
        return org.folders().find(name);
    }

    @Override
    protected long resourceVersion(Folder folder) {
        return folder.resourceVersion();
    }

    @Override
    protected Folder create(Exchange exchange, GrafanaOrg org, String name, ObjectNode body)
            throws IOException, StoreException {
        if (org.folders().find(name).isPresent()) {
            api.alreadyExists(exchange, name);
            return null;
        }
        return org.folders().create(name, body.path("spec").path("title").asText(null),
                body.path("spec").path("description").asText(null), ResourceApi.annotation(body, PARENT_ANNOTATION));
    }

    @Override
    protected Folder update(Exchange exchange, GrafanaOrg org, String name, ObjectNode body) throws StoreException {
        return org.folders().replace(name, body.path("spec").path("title").asText(null),
                body.path("spec").path("description").asText(null),
                ResourceApi.annotation(body, PARENT_ANNOTATION), ResourceApi.resourceVersion(body));
    }

    /** Answers the deleted Folder; its dashboards go with it. */
    @Override
    protected ObjectNode delete(Exchange exchange, GrafanaOrg org, String name) throws IOException {
        List<Folder> removed;
        synchronized (org.folders()) {
            if (org.folders().find(name).isEmpty()) {
                api.notFound(exchange, name);
                return null;
            }
            removed = org.folders().delete(name);
            org.dashboards().deleteInFolders(removed);
        }
        return resource(exchange, org, removed.get(0));
    }

    @Override
    protected void error(Exchange exchange, String name, StoreException refused) throws IOException {
        switch (refused.kind()) {
            case FOLDER_NOT_FOUND -> {
                if (refused.getMessage().startsWith("parent")) {
                    api.badRequest(exchange, refused.getMessage());
                } else {
                    api.notFound(exchange, name);
                }
            }
            case NAME_EXISTS -> api.alreadyExists(exchange, name);
            default -> super.error(exchange, name, refused);
        }
    }

    @Override
    protected ObjectNode resource(Exchange exchange, GrafanaOrg org, Folder folder) {
        ObjectNode object = api.object(exchange);
        ObjectNode metadata = api.metadata(object, folder.uid(), org, "f" + folder.id() + "-" + folder.uid(),
                folder.resourceVersion(), folder.version(), folder.created());
        metadata.putObject("labels").put("grafana.app/deprecatedInternalID", Long.toString(folder.id()));
        ObjectNode annotations = metadata.putObject("annotations");
        if (folder.parentUid() != null) {
            annotations.put(PARENT_ANNOTATION, folder.parentUid());
        }
        ObjectNode spec = object.putObject("spec");
        spec.put("title", folder.title());
        if (folder.description() != null) {
            spec.put("description", folder.description());
        }
        object.putObject("status");
        return object;
    }
}
