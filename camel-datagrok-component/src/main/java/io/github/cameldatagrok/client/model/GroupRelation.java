package io.github.cameldatagrok.client.model;

/**
 * A member relation: {@code child} belongs to {@code parent}, as an admin or not. Datagrok sends non-admin
 * relations with {@code isAdmin: null}; a relation needs an id to be saved.
 */
public class GroupRelation extends JsonModel {

    private String id;
    private Boolean isAdmin;
    private Group parent;
    private Group child;

    public GroupRelation() {
    }

    public GroupRelation(String id, boolean admin, Group parent, Group child) {
        setId(id);
        setIsAdmin(admin);
        setParent(parent);
        setChild(child);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        assigned("id", id);
        this.id = id;
    }

    /** As sent: true, false or null (null means not admin). */
    public Boolean getIsAdmin() {
        return isAdmin;
    }

    public void setIsAdmin(Boolean isAdmin) {
        assigned("isAdmin", isAdmin);
        this.isAdmin = isAdmin;
    }

    /** Whether the child is an admin of the parent ({@code isAdmin: null} = no). */
    public boolean isAdminRelation() {
        return Boolean.TRUE.equals(isAdmin);
    }

    public Group getParent() {
        return parent;
    }

    public void setParent(Group parent) {
        assigned("parent", parent);
        this.parent = parent;
    }

    public Group getChild() {
        return child;
    }

    public void setChild(Group child) {
        assigned("child", child);
        this.child = child;
    }

    @Override
    public String toString() {
        return "GroupRelation[" + child + " in " + parent + (isAdminRelation() ? " as admin" : "") + "]";
    }
}
