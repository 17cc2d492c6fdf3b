package io.github.cameldatagrok.client.model;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Base of the JSON models: serialised from fields only, and keeping the fields this model does not name, so that
 * an entity read, changed and saved back loses nothing the server sent.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
                isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public abstract class Entity {

    @JsonProperty("#type")
    private String type;
    private String id;
    private String createdOn;
    private String updatedOn;
    private final Map<String, Object> other = new LinkedHashMap<>();

    protected Entity(String type) {
        this.type = type;
    }

    /** The {@code #type} Datagrok gives it, e.g. {@code UserGroup}. */
    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    /** The UUID, or null for an entity not saved yet. */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** ISO-8601 UTC, as sent. */
    public String getCreatedOn() {
        return createdOn;
    }

    public void setCreatedOn(String createdOn) {
        this.createdOn = createdOn;
    }

    /** ISO-8601 UTC, as sent. */
    public String getUpdatedOn() {
        return updatedOn;
    }

    public void setUpdatedOn(String updatedOn) {
        this.updatedOn = updatedOn;
    }

    /** Fields the server sent that this model does not name, sent back unchanged on save. */
    @JsonAnyGetter
    public Map<String, Object> getOther() {
        return other;
    }

    @JsonAnySetter
    void setOther(String key, Object value) {
        other.put(key, value);
    }
}
