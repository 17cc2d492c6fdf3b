package io.github.cameldatagrok.client.model;

/** An entity with a name and a human-readable friendly name (groups, users). */
public abstract class NamedEntity extends Entity {

    private String name;
    private String friendlyName;

    protected NamedEntity(String type) {
        super(type);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        assigned("name", name);
        this.name = name;
    }

    public String getFriendlyName() {
        return friendlyName;
    }

    public void setFriendlyName(String friendlyName) {
        assigned("friendlyName", friendlyName);
        this.friendlyName = friendlyName;
    }
}
