package io.github.cameldatagrok.grafana.client.model;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One hit of a dashboard search.
 *
 * @param uid       the dashboard's or folder's uid
 * @param title     its title
 * @param type      {@code dash-db} or {@code dash-folder}
 * @param url       its address in the UI, relative to the root URL
 * @param folderUid the folder it is in, null for the root
 * @param tags      its tags
 * @param raw       the hit as Grafana sent it (also {@code folderTitle}, {@code isStarred}, ...)
 */
public record SearchHit(String uid, String title, String type, String url, String folderUid, List<String> tags,
                        JsonNode raw) {
}
