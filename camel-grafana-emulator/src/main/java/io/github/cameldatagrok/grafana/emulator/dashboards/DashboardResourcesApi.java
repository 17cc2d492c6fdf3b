package io.github.cameldatagrok.grafana.emulator.dashboards;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.emulator.http.ApiArea;
import io.github.cameldatagrok.emulator.http.Exchange;
import io.github.cameldatagrok.emulator.http.Router;
import io.github.cameldatagrok.grafana.emulator.GrafanaOrg;
import io.github.cameldatagrok.grafana.emulator.http.Names;
import io.github.cameldatagrok.grafana.emulator.http.ResourceApi;
import io.github.cameldatagrok.grafana.emulator.http.StoreException;

/**
 * Grafana 12+'s dashboards as resources: {@code /apis/dashboard.grafana.app/<v1beta1|v1>/namespaces/<ns>/dashboards},
 * create (201, 409 AlreadyExists, 400 for a {@code resourceVersion} on create), get, update ({@code PUT}, 409
 * Conflict for a stale {@code resourceVersion}), list ({@code limit}/{@code continue}) and delete. The same
 * dashboards as {@code /api}: {@code metadata.name} is the uid, {@code metadata.generation} the version.
 */
public final class DashboardResourcesApi implements ApiArea {

    public static final String FOLDER_ANNOTATION = "grafana.app/folder";
    public static final String MESSAGE_ANNOTATION = "grafana.app/message";
    private static final String BASE = "/apis/dashboard.grafana.app/{version}/namespaces/{namespace}/dashboards";

    private final ResourceApi api = new ResourceApi("dashboard.grafana.app", "dashboards", "Dashboard");

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
        List<Dashboard> all = org.dashboards().allByUid();
        ResourceApi.Page page = api.page(exchange, all.size());
        if (page == null) {
            return;
        }
        List<ObjectNode> items = new ArrayList<>();
        long newest = 0;
        for (Dashboard dashboard : all) {
            newest = Math.max(newest, dashboard.resourceVersion());
        }
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
        String name = exchange.pathParam("name");
        Dashboard dashboard = org.dashboards().find(name).orElse(null);
        if (dashboard == null) {
            api.notFound(exchange, name);
            return;
        }
        exchange.sendJson(200, resource(exchange, org, dashboard));
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
        if (!(body.get("spec") instanceof ObjectNode spec)) {
            api.badRequest(exchange, "spec is required");
            return;
        }
        try {
            Dashboard created = org.dashboards().create(name, legacyFree(spec),
                    ResourceApi.annotation(body, FOLDER_ANNOTATION), ResourceApi.annotation(body, MESSAGE_ANNOTATION));
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
        if (!(body.get("spec") instanceof ObjectNode spec)) {
            api.badRequest(exchange, "spec is required");
            return;
        }
        Long resourceVersion = ResourceApi.resourceVersion(body);
        try {
            Dashboard updated = org.dashboards().update(name, legacyFree(spec),
                    ResourceApi.annotation(body, FOLDER_ANNOTATION), resourceVersion,
                    ResourceApi.annotation(body, MESSAGE_ANNOTATION));
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
        try {
            Dashboard deleted = org.dashboards().delete(name);
            exchange.sendJson(200, api.deleted(name, deleted.resourceUid()));
        } catch (StoreException refused) {
            error(exchange, name, refused);
        }
    }

    private void error(Exchange exchange, String name, StoreException refused) throws IOException {
        switch (refused.kind()) {
            case NOT_FOUND -> api.notFound(exchange, name);
            case UID_EXISTS -> api.alreadyExists(exchange, name);
            case VERSION_MISMATCH -> api.conflict(exchange, name);
            case PROVISIONED -> api.status(exchange, 403, "Forbidden", refused.getMessage(), name);
            default -> api.badRequest(exchange, refused.getMessage());
        }
    }

    /** The legacy keys a spec may carry are lifted into metadata or dropped. */
    private static ObjectNode legacyFree(ObjectNode spec) {
        ObjectNode copy = spec.deepCopy();
        copy.remove(List.of("id", "uid", "version"));
        return copy;
    }

    private ObjectNode resource(Exchange exchange, GrafanaOrg org, Dashboard dashboard) {
        ObjectNode object = api.object(exchange);
        ObjectNode metadata = api.metadata(object, dashboard.uid(), org, dashboard.resourceUid(),
                dashboard.resourceVersion(), dashboard.version(), dashboard.created());
        metadata.putObject("labels").put("grafana.app/deprecatedInternalID", Long.toString(dashboard.id()));
        ObjectNode annotations = metadata.putObject("annotations");
        annotations.put("grafana.app/createdBy", "service-account:" + DashboardStore.AUTHOR);
        if (dashboard.folderUid() != null) {
            annotations.put(FOLDER_ANNOTATION, dashboard.folderUid());
        }
        if (dashboard.version() > 1) {
            annotations.put("grafana.app/updatedBy", "service-account:" + DashboardStore.AUTHOR);
            annotations.put("grafana.app/updatedTimestamp", Names.timestamp(dashboard.updated()));
        }
        object.set("spec", legacyFree(dashboard.model()));
        object.putObject("status");
        return object;
    }
}
