package io.github.cameldatagrok.client.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Datagrok group ({@code #type UserGroup}); a personal group ({@code personal: true}) stands for a user.
 * {@code children} are the member relations, {@code parents} the memberships; both are null when the server did
 * not send them (lookups, lists without include).
 */
public class Group extends NamedEntity {

    /** Well-known group ids (Datagrok's own, as in its Python client). */
    public static final String ALL_USERS = "a4b45840-9a50-11e6-9cc9-8546b8bf62e6";
    public static final String DEVELOPERS = "ba9cd191-9a50-11e6-9cc9-910bf827f0ab";
    public static final String TEST = "ca1e672e-e3be-40e0-b79b-8546b8bf62e6";
    public static final String ADMIN = "a4b45840-9a50-11e6-c537-6bf8e9ab02ee";
    public static final String SYSTEM = "a4b45840-ac9c-4d39-8b4b-4db3e576b3c3";
    public static final String ADMINISTRATORS = "1ab8b38d-9c4e-4b1e-81c3-ae2bde3e12c5";

    private String description;
    private Boolean personal;
    private Boolean hidden;
    private String namespace;
    private List<GroupRelation> parents;
    private List<GroupRelation> children;

    public Group() {
        super("UserGroup");
    }

    /** A new group of this name (friendly name the same), to save. */
    public static Group named(String name) {
        Group group = new Group();
        group.setType("UserGroup");
        group.setName(name);
        group.setFriendlyName(name);
        return group;
    }

    /** A reference to a group, as relations hold them: id and name only. */
    public static Group reference(String id, String name) {
        Group group = new Group();
        group.setId(id);
        group.setName(name);
        return group;
    }

    /** The non-admin members ({@code isAdmin} false or null). */
    public List<Group> members() {
        return related(children, false, true);
    }

    /** The admin members. */
    public List<Group> adminMembers() {
        return related(children, true, true);
    }

    /** The groups this one is a non-admin member of. */
    public List<Group> memberships() {
        return related(parents, false, false);
    }

    /** The groups this one is an admin member of. */
    public List<Group> adminMemberships() {
        return related(parents, true, false);
    }

    private static List<Group> related(List<GroupRelation> relations, boolean admin, boolean child) {
        List<Group> out = new ArrayList<>();
        if (relations != null) {
            for (GroupRelation relation : relations) {
                Group group = child ? relation.getChild() : relation.getParent();
                if (group != null && relation.isAdminRelation() == admin) {
                    out.add(group);
                }
            }
        }
        return out;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        assigned("description", description);
        this.description = description;
    }

    public boolean isPersonal() {
        return Boolean.TRUE.equals(personal);
    }

    public void setPersonal(Boolean personal) {
        assigned("personal", personal);
        this.personal = personal;
    }

    public boolean isHidden() {
        return Boolean.TRUE.equals(hidden);
    }

    public void setHidden(Boolean hidden) {
        assigned("hidden", hidden);
        this.hidden = hidden;
    }

    public String getNamespace() {
        return namespace;
    }

    public void setNamespace(String namespace) {
        assigned("namespace", namespace);
        this.namespace = namespace;
    }

    /** Memberships: relations whose {@code child} is this group; null when not sent. */
    public List<GroupRelation> getParents() {
        return parents;
    }

    public void setParents(List<GroupRelation> parents) {
        assigned("parents", parents);
        this.parents = parents;
    }

    /** Members: relations whose {@code parent} is this group; null when not sent. */
    public List<GroupRelation> getChildren() {
        return children;
    }

    public void setChildren(List<GroupRelation> children) {
        assigned("children", children);
        this.children = children;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Group group && getId() != null && getId().equalsIgnoreCase(group.getId());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(getId() == null ? null : getId().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public String toString() {
        return "Group[" + getName() + ", " + getId() + (isPersonal() ? ", personal" : "") + "]";
    }
}
