package io.github.cameldatagrok.grafana.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cameldatagrok.grafana.client.model.DashboardSave;
import io.github.cameldatagrok.grafana.client.model.GrafanaDashboard;
import io.github.cameldatagrok.grafana.client.model.SavedDashboard;

/** Save, read and delete of one dashboard: what differs between the legacy {@code /api} and the {@code /apis} routes. */
interface DashboardRoutes {

    /** The dashboard, or null when Grafana does not have it. */
    GrafanaDashboard find(String uid);

    SavedDashboard save(DashboardBodies body, String uid, DashboardSave options);

    JsonNode delete(String uid);
}
