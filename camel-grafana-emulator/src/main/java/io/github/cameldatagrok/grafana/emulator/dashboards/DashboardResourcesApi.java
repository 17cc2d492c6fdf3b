package io.github.cameldatagrok.grafana.emulator.dashboards;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.emulator.http.Exchange;
import io.github.cameldatagrok.grafana.emulator.GrafanaOrg;
import io.github.cameldatagrok.grafana.emulator.http.Names;
import io.github.cameldatagrok.grafana.emulator.http.ResourceApi;
import io.github.cameldatagrok.grafana.emulator.http.ResourceRoutes;
import io.github.cameldatagrok.grafana.emulator.http.StoreException;

/**
 * Grafana 12+'s dashboards as resources: {@code /apis/dashboard.grafana.app/<v1beta1|v1>/namespaces/<ns>/dashboards},
 * create (201, 409 AlreadyExists, 400 for a {@code resourceVersion} on create), get, update ({@code PUT}, 409
 * Conflict for a stale {@code resourceVersion}), list ({@code limit}/{@code continue}) and delete. The same
 * dashboards as {@code /api}: {@code metadata.name} is the uid, {@code metadata.generation} the version.
 */
public final class DashboardResourcesApi extends ResourceRoutes<Dashboard> {

    public static final String FOLDER_ANNOTATION = "grafana.app/folder";
    public static final String MESSAGE_ANNOTATION = "grafana.app/message";

    public DashboardResourcesApi() {
        super("dashboard.grafana.app", "dashboards", "Dashboard");
    }

    @Override
    protected List<Dashboard> all(GrafanaOrg org) {
        return org.dashboards().allByUid();
    }

    @Override
    protected Optional<Dashboard> find(GrafanaOrg org, String name) {
        return org.dashboards().find(name);
    }

    @Override
    protected long resourceVersion(Dashboard dashboard) {
        return dashboard.resourceVersion();
    }

    @Override
    protected Dashboard create(Exchange exchange, GrafanaOrg org, String name, ObjectNode body)
            throws IOException, StoreException {
        ObjectNode spec = spec(exchange, body);
        return spec == null ? null : org.dashboards().create(name, legacyFree(spec),
                ResourceApi.annotation(body, FOLDER_ANNOTATION), ResourceApi.annotation(body, MESSAGE_ANNOTATION));
    }

    @Override
    protected Dashboard update(Exchange exchange, GrafanaOrg org, String name, ObjectNode body)
            throws IOException, StoreException {
        ObjectNode spec = spec(exchange, body);
        return spec == null ? null : org.dashboards().update(name, legacyFree(spec),
                ResourceApi.annotation(body, FOLDER_ANNOTATION), ResourceApi.resourceVersion(body),
                ResourceApi.annotation(body, MESSAGE_ANNOTATION));
    }

    @Override
    protected ObjectNode delete(Exchange exchange, GrafanaOrg org, String name) throws StoreException {
        return api.deleted(name, org.dashboards().delete(name).resourceUid());
    }

    @Override
    protected void error(Exchange exchange, String name, StoreException refused) throws IOException {
        if (refused.kind() == StoreException.Kind.PROVISIONED) {
            api.status(exchange, 403, "Forbidden", refused.getMessage(), name);
        } else {
            super.error(exchange, name, refused);
        }
    }

    /** The request's {@code spec}, or null after answering 400. */
    private ObjectNode spec(Exchange exchange, ObjectNode body) throws IOException {
        if (body.get("spec") instanceof ObjectNode spec) {
            return spec;
        }
        api.badRequest(exchange, "spec is required");
        return null;
    }

    /** The legacy keys a spec may carry are lifted into metadata or dropped. */
    private static ObjectNode legacyFree(ObjectNode spec) {
        ObjectNode copy = spec.deepCopy();
        copy.remove(List.of("id", "uid", "version"));
        return copy;
    }

    @Override
    protected ObjectNode resource(Exchange exchange, GrafanaOrg org, Dashboard dashboard) {
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
