package io.github.cameldatagrok.grafana.client.model;

/**
 * The outcome of a dashboard save or restore.
 *
 * @param uid             the dashboard's uid
 * @param version         its version after the save (on {@code /apis}: {@code metadata.generation})
 * @param url             its address in the Grafana UI relative to the root URL, where Grafana said
 * @param folderUid       the folder it is in now, null for the root
 * @param created         whether the save created it
 * @param resourceVersion the new {@code /apis} {@code metadata.resourceVersion}, null on the legacy routes
 */
public record SavedDashboard(String uid, long version, String url, String folderUid, boolean created,
                             String resourceVersion) {
}
