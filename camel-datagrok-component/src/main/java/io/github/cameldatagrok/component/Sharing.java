package io.github.cameldatagrok.component;

import java.util.List;

import io.github.cameldatagrok.client.DatagrokClient;
import io.github.cameldatagrok.client.DatagrokShareException;
import io.github.cameldatagrok.client.ShareAccess;
import io.github.cameldatagrok.client.model.ShareResult;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Sharing for the producers: reads who to share with and what access from the message and endpoint, shares, and
 * reports the outcome in headers. A share that fails for any group raises {@link DatagrokShareException} naming
 * them (after the headers are set, for error handlers); a partial success without failures (some groups had
 * access already) is a success whose headers say which groups were newly shared and which already were.
 */
public final class Sharing {

    /** Who to share with and what access to grant. */
    public record Request(List<String> groups, ShareAccess access) {
    }

    private Sharing() {
    }

    /**
     * The share this message asks for, or null when it names no groups: groups from the header
     * {@code CamelDatagrokShareGroups}, else the {@code shareWith} option, else {@code groups}; access from
     * {@code CamelDatagrokAccess}, else {@code access} (View by default). A bad access level or an empty name is an
     * error, raised before anything is sent.
     */
    public static Request requested(Exchange exchange, DatagrokEndpoint endpoint) {
        DatagrokConfiguration configuration = endpoint.getConfiguration();
        Object accessValue = exchange.getMessage().getHeader(DatagrokConstants.ACCESS);
        ShareAccess access = accessValue instanceof ShareAccess given ? given
                : ShareAccess.parse(accessValue != null ? accessValue.toString() : configuration.getAccess());
        Object value = exchange.getMessage().getHeader(DatagrokConstants.SHARE_GROUPS);
        if (value == null) {
            value = configuration.getShareWith() != null ? configuration.getShareWith() : configuration.getGroups();
        }
        if (value == null) {
            return null;
        }
        List<String> groups = MessageOptions.names(value);
        if (groups.isEmpty() || groups.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("The Datagrok groups to share with '" + value + "' contain an empty"
                    + " name");
        }
        return new Request(groups, access);
    }

    /** {@link #requested}, required: a message that names no groups is an error. */
    public static Request request(Exchange exchange, DatagrokEndpoint endpoint) {
        Request request = requested(exchange, endpoint);
        if (request == null) {
            throw new IllegalArgumentException("No Datagrok groups to share with: set the shareWith (or groups)"
                    + " option or the " + DatagrokConstants.SHARE_GROUPS + " header");
        }
        return request;
    }

    /**
     * Shares a dashboard through the current share route, or the older dashboard route on servers without it;
     * sets the share headers and raises when any group failed.
     */
    public static ShareResult shareDashboard(Exchange exchange, DatagrokClient client, String dashboardId,
            Request request) {
        return report(exchange, "dashboard " + dashboardId,
                client.shares().shareDashboard(dashboardId, request.groups(), request.access()));
    }

    /** Shares any entity through the current share route; headers and errors as for dashboards. */
    public static ShareResult shareEntity(Exchange exchange, DatagrokClient client, String entity, Request request) {
        return report(exchange, entity, client.shares().share(entity, request.groups(), request.access()));
    }

    private static ShareResult report(Exchange exchange, String entity, ShareResult result) {
        Message message = exchange.getMessage();
        message.setHeader(DatagrokConstants.SHARE_STATUS, result.getStatus());
        message.setHeader(DatagrokConstants.SHARED_WITH, result.sharedWith());
        message.setHeader(DatagrokConstants.SHARE_FAILED, List.copyOf(result.getFailed()));
        if (result.hasFailures()) {
            throw new DatagrokShareException(entity, result);
        }
        return result;
    }
}
