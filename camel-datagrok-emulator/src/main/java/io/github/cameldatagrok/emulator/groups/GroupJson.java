package io.github.cameldatagrok.emulator.groups;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.emulator.http.Json;

/** The JSON forms of groups, relations and membership requests, as Datagrok writes them. */
public final class GroupJson {

    private GroupJson() {
    }

    /** A group without its relations. */
    public static ObjectNode shallow(GroupStore.StoredGroup group) {
        ObjectNode json = Json.object();
        json.put("#type", "UserGroup");
        json.put("id", group.id);
        json.put("name", group.name);
        json.put("friendlyName", group.friendlyName);
        json.put("description", group.description);
        json.put("personal", group.personal);
        json.put("hidden", group.hidden);
        json.put("createdOn", Json.timestamp(group.createdOn));
        json.put("updatedOn", Json.timestamp(group.updatedOn));
        return json;
    }

    /** The pruned projection of {@code GET groups/lookup}: no relations, no dates. Saving it would drop the members. */
    static ObjectNode pruned(GroupStore.StoredGroup group) {
        ObjectNode json = Json.object();
        json.put("#type", "UserGroup");
        json.put("id", group.id);
        json.put("name", group.name);
        json.put("friendlyName", group.friendlyName);
        json.put("personal", group.personal);
        return json;
    }

    /** A group with the relations asked for, each holding both of its groups shallowly. */
    static ObjectNode withRelations(GroupStore store, GroupStore.StoredGroup group, boolean children,
            boolean parents) {
        ObjectNode json = shallow(group);
        if (children) {
            ArrayNode list = json.putArray("children");
            store.children(group.id, null).forEach(r -> list.add(relation(store, r)));
        }
        if (parents) {
            ArrayNode list = json.putArray("parents");
            store.parents(group.id, null).forEach(r -> list.add(relation(store, r)));
        }
        return json;
    }

    /** Non-admin relations come back with {@code isAdmin: null}, as Datagrok sends them. */
    static ObjectNode relation(GroupStore store, GroupStore.Relation relation) {
        ObjectNode json = Json.object();
        json.put("id", relation.id());
        if (relation.admin()) {
            json.put("isAdmin", true);
        } else {
            json.putNull("isAdmin");
        }
        json.set("parent", store.find(relation.parentId()).map(GroupJson::shallow).orElse(null));
        json.set("child", store.find(relation.childId()).map(GroupJson::shallow).orElse(null));
        return json;
    }

    static ObjectNode request(GroupStore store, GroupStore.MembershipRequest request) {
        ObjectNode json = Json.object();
        json.put("#type", "GroupMembershipRequest");
        json.put("id", request.id());
        if (request.approved() == null) {
            json.putNull("approved");
        } else {
            json.put("approved", request.approved());
        }
        json.put("createdOn", Json.timestamp(request.createdOn()));
        json.put("updatedOn", Json.timestamp(request.updatedOn()));
        if (request.resolutionDate() == null) {
            json.putNull("resolutionDate");
        } else {
            json.put("resolutionDate", Json.timestamp(request.resolutionDate()));
        }
        json.set("from", store.find(request.fromId()).map(GroupJson::shallow).orElse(null));
        json.set("to", store.find(request.toId()).map(GroupJson::shallow).orElse(null));
        return json;
    }
}
