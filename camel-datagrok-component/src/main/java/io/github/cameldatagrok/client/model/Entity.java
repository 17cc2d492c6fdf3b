package io.github.cameldatagrok.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Datagrok entity: {@code #type}, id and timestamps. {@code #type} is written only when read or set: a model
 * created in Java reports its kind ({@link #getType()}) and is given it on create.
 */
public abstract class Entity extends JsonModel {

    @JsonProperty("#type")
    private String type;
    private String id;
    private String createdOn;
    private String updatedOn;
    private final transient String kind;

    protected Entity(String kind) {
        this.kind = kind;
    }

    /** The {@code #type} Datagrok gave it, e.g. {@code UserGroup}; for an entity not read, its model's kind. */
    public String getType() {
        return type != null ? type : kind;
    }

    @JsonProperty("#type")
    public void setType(String type) {
        assigned("#type", type);
        this.type = type;
    }

    /** The UUID, or null for an entity not saved yet. */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        assigned("id", id);
        this.id = id;
    }

    /** ISO-8601 UTC, as sent. */
    public String getCreatedOn() {
        return createdOn;
    }

    public void setCreatedOn(String createdOn) {
        assigned("createdOn", createdOn);
        this.createdOn = createdOn;
    }

    /** ISO-8601 UTC, as sent. */
    public String getUpdatedOn() {
        return updatedOn;
    }

    public void setUpdatedOn(String updatedOn) {
        assigned("updatedOn", updatedOn);
        this.updatedOn = updatedOn;
    }

}
