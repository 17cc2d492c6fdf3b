package io.github.cameldatagrok.grafana.emulator;

import java.util.Objects;

import io.github.cameldatagrok.grafana.emulator.dashboards.DashboardStore;
import io.github.cameldatagrok.grafana.emulator.folders.FolderStore;

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

    GrafanaOrg(long id, String name, GrafanaVersion version) {
        this.id = id;
        this.name = Objects.requireNonNull(name, "name");
        this.folders = new FolderStore(id, version);
        this.dashboards = new DashboardStore(id, version, folders);
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

    void clear() {
        dashboards.clear();
        folders.clear();
    }
}
