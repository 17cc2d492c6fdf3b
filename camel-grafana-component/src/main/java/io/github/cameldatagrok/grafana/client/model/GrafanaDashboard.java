package io.github.cameldatagrok.grafana.client.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A dashboard as read from Grafana, the same for both API generations.
 *
 * @param uid             the dashboard's uid (on {@code /apis}: {@code metadata.name})
 * @param title           its title
 * @param version         the legacy {@code version}; on {@code /apis} {@code metadata.generation}, which is what the
 *                        legacy routes report as version
 * @param folderUid       the folder it is in, null for the root
 * @param url             its address in the Grafana UI, relative to the root URL (legacy routes only, else null)
 * @param resourceVersion the optimistic-lock token of {@code /apis} ({@code metadata.resourceVersion}), null on
 *                        the legacy routes
 * @param model           the dashboard JSON itself (legacy {@code dashboard}; {@code /apis} {@code spec} with its
 *                        uid, title and version filled in), as sent back by a save
 */
public record GrafanaDashboard(String uid, String title, long version, String folderUid, String url,
                               String resourceVersion, ObjectNode model) {
}
