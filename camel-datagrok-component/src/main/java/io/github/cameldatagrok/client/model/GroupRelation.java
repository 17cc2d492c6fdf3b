package io.github.cameldatagrok.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A member relation: {@code child} belongs to {@code parent}, as an admin or not. Datagrok sends non-admin
 * relations with {@code isAdmin: null}; a relation needs an id to be saved.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
                isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
public class GroupRelation {

    private String id;
    private Boolean isAdmin;
    private Group parent;
    private Group child;

    public GroupRelation() {
    }

    public GroupRelation(String id, boolean admin, Group parent, Group child) {
        this.id = id;
        this.isAdmin = admin;
        this.parent = parent;
        this.child = child;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** As sent: true, false or null (null means not admin). */
    public Boolean getIsAdmin() {
        return isAdmin;
    }

    public void setIsAdmin(Boolean isAdmin) {
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
        this.parent = parent;
    }

    public Group getChild() {
        return child;
    }

    public void setChild(Group child) {
        this.child = child;
    }

    @Override
    public String toString() {
        return "GroupRelation[" + child + " in " + parent + (isAdminRelation() ? " as admin" : "") + "]";
    }
}
