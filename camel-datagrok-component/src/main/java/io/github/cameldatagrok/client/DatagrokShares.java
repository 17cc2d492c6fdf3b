package io.github.cameldatagrok.client;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cameldatagrok.client.model.ShareResult;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;

/**
 * Shares ({@code POST /public/v1/entities/{id}/shares} — Python {@code shares.share}): gives groups or users View or Edit access to an entity. Get it with
 * {@link DatagrokClient#shares()}. Names go to the server as given, which resolves each to a group or a user;
 * names it cannot resolve come back as {@code failed}.
 */
public class DatagrokShares {

    private final DatagrokClient client;
    /** Whether the server lacks the entity share route, learned from a 404, so dashboards go straight to the older dashboard route. */
    private volatile boolean legacyOnly;

    DatagrokShares(DatagrokClient client) {
        this.client = client;
    }

    /**
     * {@code POST /public/v1/entities/{id}/shares} (Python {@code shares.share}): shares any entity (table, project, connection, query, ...).
     *
     * @param entity the entity's UUID or Grok name
     * @param groups group names or user logins (or group ids)
     */
    public ShareResult share(String entity, List<String> groups, ShareAccess access) {
        String path = DatagrokClient.API + "/entities/" + GrokNames.toPathSegment(entity) + "/shares";
        return send(new HttpPost(client.transport().uri(path + query(groups, access))), path, groups);
    }

    /**
     * Shares a dashboard: through the entity route, or on a server without it (HTTP 404) through the older
     * {@code GET /public/v1/dashboards/{id}/shares} (Python {@code share_dashboard}), remembering that for later calls. An ApiError
     * sent with HTTP 200 (an unknown dashboard, say) is an error, never a reason to fall back.
     */
    public ShareResult shareDashboard(String dashboard, List<String> groups, ShareAccess access) {
        if (!legacyOnly) {
            try {
                return share(dashboard, groups, access);
            } catch (DatagrokApiException e) {
                if (e.getStatusCode() != 404) {
                    throw e;
                }
                legacyOnly = true;
            }
        }
        String path = DatagrokClient.API + "/dashboards/" + GrokNames.toPathSegment(dashboard) + "/shares";
        return send(new HttpGet(client.transport().uri(path + query(groups, access))), path, groups);
    }

    /** Whether this client has found the server to lack the entity share route. */
    public boolean usesLegacyDashboardRoute() {
        return legacyOnly;
    }

    private static String query(List<String> groups, ShareAccess access) {
        if (access == null) {
            throw new IllegalArgumentException("No Datagrok access level given: use View or Edit");
        }
        if (groups == null || groups.isEmpty()) {
            throw new IllegalArgumentException("No Datagrok groups or users to share with");
        }
        for (String group : groups) {
            if (group == null || group.isBlank() || group.indexOf(',') >= 0) {
                throw new IllegalArgumentException("Not a Datagrok group or user name: '" + group + "'"
                        + " (names are non-empty and hold no comma)");
            }
            GrokNames.requirePrintable(group, "group or user name");
        }
        return new QueryString().add("groups", String.join(",", groups)).add("access", access.name()).toString();
    }

    /** Sends a share; the older dashboard route's answer is not pinned down, so an answer without a status means all were shared. */
    private ShareResult send(HttpUriRequestBase request, String path, List<String> groups) {
        // a share changes permissions: never repeated, not even the dashboard route's GET
        JsonNode answer = client.transport().callJson(request, path, false);
        if (answer == null || !answer.isObject() || !answer.hasNonNull("status")) {
            return new ShareResult(ShareResult.SUCCESS, groups, List.of(), List.of());
        }
        return client.json().convertValue(answer, ShareResult.class);
    }
}
