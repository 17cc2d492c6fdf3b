package io.github.cameldatagrok.grafana.emulator;

import java.util.Objects;

import io.github.cameldatagrok.grafana.emulator.annotations.AnnotationStore;
import io.github.cameldatagrok.grafana.emulator.dashboards.DashboardStore;
import io.github.cameldatagrok.grafana.emulator.dashboards.PublicDashboardStore;
import io.github.cameldatagrok.grafana.emulator.datasources.DataSourceStore;
import io.github.cameldatagrok.grafana.emulator.folders.FolderStore;
import io.github.cameldatagrok.grafana.emulator.snapshots.SnapshotStore;

/**
 * One organisation and everything in it. Requests act on the org their credentials and {@code X-Grafana-Org-Id}
 * select; {@code /apis} names it as the namespace ({@code default} for org 1, {@code org-<id>} above).
 * Seed and inspect it through the stores.
 */
public final class GrafanaOrg {

    private final long id;
    private final String name;
    private final FolderStore folders;
    private final DashboardStore dashboards;
    private final PublicDashboardStore publicDashboards;
    private final DataSourceStore dataSources;
    private final AnnotationStore annotations;
    private final SnapshotStore snapshots;

    GrafanaOrg(long id, String name, GrafanaVersion version) {
        this.id = id;
        this.name = Objects.requireNonNull(name, "name");
        this.folders = new FolderStore(id, version);
        this.dashboards = new DashboardStore(id, version, folders);
        this.publicDashboards = new PublicDashboardStore(dashboards);
        this.dataSources = new DataSourceStore(id);
        this.annotations = new AnnotationStore(id, dashboards);
        this.snapshots = new SnapshotStore(id);
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The Kubernetes namespace of this org: {@code default} for org 1, else {@code org-<id>}. */
    public String namespace() {
        return id == 1 ? "default" : "org-" + id;
    }

    public FolderStore folders() {
        return folders;
    }

    public DashboardStore dashboards() {
        return dashboards;
    }

    /** Public ("shared") dashboard configurations, at most one per dashboard. */
    public PublicDashboardStore publicDashboards() {
        return publicDashboards;
    }

    public DataSourceStore dataSources() {
        return dataSources;
    }

    public AnnotationStore annotations() {
        return annotations;
    }

    public SnapshotStore snapshots() {
        return snapshots;
    }

    void clear() {
        annotations.clear();
        snapshots.clear();
        publicDashboards.clear();
        dashboards.clear();
        folders.clear();
        dataSources.clear();
    }
}
