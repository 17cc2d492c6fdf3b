package io.github.cameldatagrok.grafana.emulator.folders;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.emulator.http.ApiArea;
import io.github.cameldatagrok.emulator.http.Exchange;
import io.github.cameldatagrok.emulator.http.Router;
import io.github.cameldatagrok.grafana.emulator.GrafanaOrg;
import io.github.cameldatagrok.grafana.emulator.http.ResourceApi;
import io.github.cameldatagrok.grafana.emulator.http.StoreException;

/**
 * Grafana 12+'s folders as resources: {@code /apis/folder.grafana.app/<v1beta1|v1>/namespaces/<ns>/folders}: list,
 * get, create (201, 409), update and move ({@code PUT}; the parent is the {@code grafana.app/folder} annotation),
 * delete (answers the deleted Folder; its dashboards go with it).
 */
public final class FolderResourcesApi implements ApiArea {

    public static final String PARENT_ANNOTATION = "grafana.app/folder";
    private static final String BASE = "/apis/folder.grafana.app/{version}/namespaces/{namespace}/folders";

    private final ResourceApi api = new ResourceApi("folder.grafana.app", "folders", "Folder");

    @Override
    public void register(Router router) {
        router.get(BASE, this::list);
        router.post(BASE, this::create);
        router.get(BASE + "/{name}", this::get);
        router.put(BASE + "/{name}", this::update);
        router.delete(BASE + "/{name}", this::delete);
    }


    private void list(Exchange exchange) throws IOException {
        ResourceApi.Call call = api.call(exchange, false);
        if (call == null) {
            return;
        }
        GrafanaOrg org = call.org();
        List<Folder> all = new ArrayList<>(org.folders().all());
        all.sort(Comparator.comparing(Folder::uid));
        ResourceApi.Page page = api.page(exchange, all.size());
        if (page == null) {
            return;
        }
        long newest = all.stream().mapToLong(Folder::resourceVersion).max().orElse(0);
        List<ObjectNode> items = new ArrayList<>();
        for (int i = page.from(); i < page.to(); i++) {
            items.add(resource(exchange, org, all.get(i)));
        }
        exchange.sendJson(200, api.list(exchange, items, page, newest));
    }

    private void get(Exchange exchange) throws IOException {
        ResourceApi.Call call = api.call(exchange, false);
        if (call == null) {
            return;
        }
        GrafanaOrg org = call.org();
        Folder folder = org.folders().find(exchange.pathParam("name")).orElse(null);
        if (folder == null) {
            api.notFound(exchange, exchange.pathParam("name"));
            return;
        }
        exchange.sendJson(200, resource(exchange, org, folder));
    }

    private void create(Exchange exchange) throws IOException {
        ResourceApi.Call call = api.call(exchange, true);
        if (call == null) {
            return;
        }
        GrafanaOrg org = call.org();
        ObjectNode body = call.body();
        String name = api.nameForCreate(exchange, body);
        if (name == null) {
            return;
        }
        if (org.folders().find(name).isPresent()) {
            api.alreadyExists(exchange, name);
            return;
        }
        try {
            Folder created = org.folders().create(name, body.path("spec").path("title").asText(null),
                    body.path("spec").path("description").asText(null),
                    ResourceApi.annotation(body, PARENT_ANNOTATION));
            exchange.sendJson(201, resource(exchange, org, created));
        } catch (StoreException refused) {
            error(exchange, name, refused);
        }
    }

    private void update(Exchange exchange) throws IOException {
        ResourceApi.Call call = api.call(exchange, true);
        if (call == null) {
            return;
        }
        GrafanaOrg org = call.org();
        ObjectNode body = call.body();
        String name = exchange.pathParam("name");
        if (!api.nameMatches(exchange, body, name)) {
            return;
        }
        try {
            Folder updated = org.folders().replace(name, body.path("spec").path("title").asText(null),
                    body.path("spec").path("description").asText(null),
                    ResourceApi.annotation(body, PARENT_ANNOTATION), ResourceApi.resourceVersion(body));
            exchange.sendJson(200, resource(exchange, org, updated));
        } catch (StoreException refused) {
            error(exchange, name, refused);
        }
    }

    private void delete(Exchange exchange) throws IOException {
        ResourceApi.Call call = api.call(exchange, false);
        if (call == null) {
            return;
        }
        GrafanaOrg org = call.org();
        String name = exchange.pathParam("name");
        List<Folder> removed;
        synchronized (org.folders()) {
            Folder folder = org.folders().find(name).orElse(null);
            if (folder == null) {
                api.notFound(exchange, name);
                return;
            }
            removed = org.folders().delete(name);
            org.dashboards().deleteInFolders(removed);
        }
        exchange.sendJson(200, resource(exchange, org, removed.get(0)));
    }

    private void error(Exchange exchange, String name, StoreException refused) throws IOException {
        switch (refused.kind()) {
            case NOT_FOUND -> api.notFound(exchange, name);
            case FOLDER_NOT_FOUND -> {
                if (refused.getMessage().startsWith("parent")) {
                    api.badRequest(exchange, refused.getMessage());
                } else {
                    api.notFound(exchange, name);
                }
            }
            case UID_EXISTS, NAME_EXISTS -> api.alreadyExists(exchange, name);
            case VERSION_MISMATCH -> api.conflict(exchange, name);
            default -> api.badRequest(exchange, refused.getMessage());
        }
    }

    private ObjectNode resource(Exchange exchange, GrafanaOrg org, Folder folder) {
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
