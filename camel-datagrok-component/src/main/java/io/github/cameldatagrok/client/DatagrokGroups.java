package io.github.cameldatagrok.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.cameldatagrok.client.model.Group;
import io.github.cameldatagrok.client.model.GroupMembershipRequest;
import io.github.cameldatagrok.client.model.GroupRelation;
import io.github.cameldatagrok.client.model.User;
import org.apache.hc.client5.http.classic.methods.HttpDelete;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * Groups ({@code /public/v1/groups}), as Datagrok's Python clients do them. Get it with {@link DatagrokClient#groups()}.
 * Groups are named by UUID or name; member edits read the parent whole (never a lookup's pruned projection),
 * change its member relations and save it with its relations, new relations getting fresh ids.
 */
public class DatagrokGroups {

    private static final String GROUPS = DatagrokClient.API + "/groups";

    private final DatagrokClient client;
    /** Whether the server lacks {@code /groups/current} (older servers answer {@code /user/group}). */
    private volatile boolean legacyCurrent;

    DatagrokGroups(DatagrokClient client) {
        this.client = client;
    }

    /**
     * {@code GET /public/v1/groups?text=} (Python {@code groups.list}): groups matching a smart filter, as the Python client sends it: personal groups are left out unless asked
     * for ({@code personal=false} is added to the filter), members and memberships are included on request.
     *
     * @param filter a Datagrok smart filter, or null for all
     */
    public List<Group> list(String filter, boolean includePersonal, boolean includeMembers,
            boolean includeMemberships) {
        String personal = "personal=" + includePersonal;
        String text = filter == null || filter.isBlank() ? personal
                : filter.endsWith(personal) ? filter : filter + " and " + personal;
        List<String> include = new ArrayList<>();
        if (includeMembers) {
            include.add("children.child");
        }
        if (includeMemberships) {
            include.add("parents.parent");
        }
        // the comma between include parts stays literal, as the clients send it
        String query = new QueryString().add("text", text) + (include.isEmpty() ? "" : "&include=" + String.join(",", include));
        return getList(GROUPS, query, Group.class);
    }

    /** {@code GET /public/v1/groups/lookup?query=} (Python {@code groups.find}): groups whose name contains {@code query}. The answer is pruned: never save such a group. */
    public List<Group> lookup(String query) {
        requireText(query, "group lookup query");
        return getList(GROUPS + "/lookup", new QueryString().add("query", query).toString(), Group.class);
    }

    /** {@code GET /public/v1/groups/{id}} (Python {@code groups.get}): one group, by UUID or name, with its members and memberships. */
    public Group get(String group) {
        String path = GROUPS + "/" + GrokNames.toPathSegment(requireText(group, "group"));
        return call(new HttpGet(client.transport().uri(path)), path, true, Group.class);
    }

    /** {@code GET /public/v1/groups/{id}/members} (Python {@code groups.get_members}): the members of a group; {@code admin} true = admins only, false = non-admins only, null = not sent. */
    public List<Group> members(String group, Boolean admin) {
        return getList(GROUPS + "/" + idOf(group) + "/members", new QueryString().add("admin", admin).toString(),
                Group.class);
    }

    /** {@code GET /public/v1/groups/{id}/memberships} (Python {@code groups.get_memberships}): the groups a group belongs to; {@code admin} as for {@link #members}. */
    public List<Group> memberships(String group, Boolean admin) {
        return getList(GROUPS + "/" + idOf(group) + "/memberships", new QueryString().add("admin", admin).toString(),
                Group.class);
    }

    /** {@code POST /public/v1/groups/{id}/request} (Python {@code request_group_membership}): asks, as the current user, to join the group. */
    public GroupMembershipRequest requestMembership(String group) {
        String path = GROUPS + "/" + idOf(group) + "/request";
        return call(new HttpPost(client.transport().uri(path)), path, false, GroupMembershipRequest.class);
    }

    /** {@code GET /public/v1/groups/{id}/requests} (Python {@code get_group_membership_requests}): the membership requests of a group, pending and resolved. */
    public List<GroupMembershipRequest> requests(String group) {
        return getList(GROUPS + "/" + idOf(group) + "/requests", "", GroupMembershipRequest.class);
    }

    /** {@code POST /public/v1/groups/requests/{id}/approve} (Python {@code approve_membership_request}): approves a membership request; the requester becomes a member. */
    public void approve(String requestId) {
        resolve(requestId, "approve");
    }

    /** {@code POST /public/v1/groups/requests/{id}/deny} (Python {@code deny_membership_request}): denies a membership request. */
    public void deny(String requestId) {
        resolve(requestId, "deny");
    }

    private void resolve(String requestId, String verb) {
        String path = GROUPS + "/requests/" + GrokNames.pathSegment(requestId, "membership request id")
                + "/" + verb;
        client.transport().callJson(new HttpPost(client.transport().uri(path)), path, false);
    }

    /** {@code GET /public/v1/groups/current} (Python {@code groups.current}): the current user's personal group, with members and memberships; falls back to the older route. */
    public Group current() {
        if (!legacyCurrent) {
            String path = GROUPS + "/current";
            try {
                return call(new HttpGet(client.transport().uri(path)), path, true, Group.class);
            } catch (DatagrokApiException e) {
                if (e.getStatusCode() != 404) {
                    throw e;
                }
                legacyCurrent = true;
            }
        }
        String path = DatagrokClient.API + "/user/group";
        return call(new HttpGet(client.transport().uri(path)), path, true, Group.class);
    }

    /**
     * {@code POST /public/v1/groups?saveRelations=} (Python {@code groups.save}): creates or updates a group. A group without id gets a new one (a create); with
     * {@code saveRelations} its member and membership relations are saved too, each new relation getting an id.
     */
    public Group save(Group group, boolean saveRelations) {
        if (group == null) {
            throw new IllegalArgumentException("No Datagrok group to save");
        }
        if (group.getName() != null) {
            GrokNames.requirePrintable(group.getName(), "group name");
        }
        if (group.getId() == null) {
            // a create: the minimal new group is #type, id, name and friendlyName; an update sends what it holds
            requireText(group.getName(), "name of the new group");
            group.setId(UUID.randomUUID().toString());
            group.setType(group.getType());
            if (group.getFriendlyName() == null) {
                group.setFriendlyName(group.getName());
            }
        }
        for (List<GroupRelation> relations : relationLists(group)) {
            for (GroupRelation relation : relations) {
                if (relation.getId() == null) {
                    relation.setId(UUID.randomUUID().toString());
                }
            }
        }
        String path = GROUPS;
        HttpPost post = new HttpPost(client.transport().uri(path + new QueryString().add("saveRelations", saveRelations)));
        try {
            post.setEntity(new StringEntity(client.json().writeValueAsString(group), ContentType.APPLICATION_JSON));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The Datagrok group cannot be written as JSON: " + e.getOriginalMessage(),
                    e);
        }
        return call(post, path, false, Group.class);
    }

    private static List<List<GroupRelation>> relationLists(Group group) {
        List<List<GroupRelation>> lists = new ArrayList<>();
        if (group.getChildren() != null) {
            lists.add(group.getChildren());
        }
        if (group.getParents() != null) {
            lists.add(group.getParents());
        }
        return lists;
    }

    /** {@code DELETE /public/v1/groups/{id}} (Python {@code groups.delete}): deletes a group, by UUID or name. */
    public void delete(String group) {
        String path = GROUPS + "/" + GrokNames.toPathSegment(requireText(group, "group"));
        client.transport().callJson(new HttpDelete(client.transport().uri(path)), path, false);
    }

    /**
     * Python {@code groups.add_member} (read the group, change its relations, save it): makes {@code member} (a group, or a user through the user's personal group) a member of {@code group}:
     * reads the parent whole, adds a relation with a new id (or changes the admin flag of an existing one) and saves
     * the parent with its relations.
     */
    public Group addMember(String group, String member, boolean admin) {
        checkMember(member);
        Group parent = get(group);
        Group child = resolveMember(member);
        List<GroupRelation> children = parent.getChildren() == null ? new ArrayList<>()
                : new ArrayList<>(parent.getChildren());
        GroupRelation existing = children.stream()
                .filter(r -> r.getChild() != null && child.getId().equalsIgnoreCase(r.getChild().getId()))
                .findFirst().orElse(null);
        if (existing != null) {
            existing.setIsAdmin(admin);
        } else {
            children.add(new GroupRelation(UUID.randomUUID().toString(), admin,
                    Group.reference(parent.getId(), parent.getName()), Group.reference(child.getId(), child.getName())));
        }
        parent.setChildren(children);
        return save(parent, true);
    }

    /**
     * Removes {@code member} from {@code group} the same way: read the parent whole, drop the relation, save with
     * relations. A member that is not one leaves the group unchanged and nothing is saved.
     */
    public Group removeMember(String group, String member) {
        checkMember(member);
        Group parent = get(group);
        Group child = resolveMember(member);
        List<GroupRelation> children = parent.getChildren() == null ? new ArrayList<>()
                : new ArrayList<>(parent.getChildren());
        boolean removed = children.removeIf(r -> r.getChild() != null
                && child.getId().equalsIgnoreCase(r.getChild().getId()));
        if (!removed) {
            return parent;
        }
        parent.setChildren(children);
        return save(parent, true);
    }

    /**
     * A group or user named by UUID, group name or user login: a UUID is read ({@code GET groups/{id}}); a name must match exactly one
     * group of a lookup (name or friendly name, case-insensitive), else it is taken as a user login ({@code GET users/{login}}) and the
     * user's personal group is used.
     */
    public Group resolveMember(String member) {
        checkMember(member);
        if (GrokNames.isUuid(member)) {
            return get(member);
        }
        List<Group> matches = lookup(member).stream()
                .filter(g -> member.equalsIgnoreCase(g.getName()) || member.equalsIgnoreCase(g.getFriendlyName()))
                .toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.size() > 1) {
            throw new DatagrokException("The Datagrok member name '" + member + "' is ambiguous: it names "
                    + matches + "; use the group's id");
        }
        String path = DatagrokClient.API + "/users/" + GrokNames.pathSegment(member, "user");
        User user;
        try {
            user = call(new HttpGet(client.transport().uri(path)), path, true, User.class);
        } catch (DatagrokApiException notFound) {
            throw new DatagrokException("No Datagrok group or user named '" + member + "'", notFound);
        }
        if (user.getGroup() == null || user.getGroup().getId() == null) {
            throw new DatagrokException("Datagrok sent user '" + member + "' without a personal group");
        }
        return user.getGroup();
    }

    /** A group's UUID for the routes that take only ids: a UUID as given, a name resolved through {@code GET groups/{name}}. */
    private String idOf(String group) {
        requireText(group, "group");
        return GrokNames.isUuid(group) ? group.toLowerCase(Locale.ROOT) : get(group).getId();
    }

    /** Before any request: the member is looked up by name, then read as a user. */
    private static void checkMember(String member) {
        requireText(member, "member");
        GrokNames.requirePrintable(member, "member");
    }

    private <T> List<T> getList(String path, String query, Class<T> type) {
        JsonNode answer = client.transport().callJson(new HttpGet(client.transport().uri(path + query)), path, true);
        if (answer == null) {
            return List.of();
        }
        JavaType listType = client.json().getTypeFactory().constructCollectionType(List.class, type);
        return client.json().convertValue(answer, listType);
    }

    private <T> T call(HttpUriRequestBase request, String path, boolean retryable, Class<T> type) {
        JsonNode answer = client.transport().callJson(request, path, retryable);
        if (answer == null || !answer.isObject()) {
            throw new DatagrokApiException(request.getMethod(), path, 200,
                    "Datagrok sent no " + type.getSimpleName(), null);
        }
        return client.json().convertValue(answer, type);
    }

    static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("No Datagrok " + what + " given");
        }
        return value;
    }
}
