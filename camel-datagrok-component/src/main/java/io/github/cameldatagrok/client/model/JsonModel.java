package io.github.cameldatagrok.client.model;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Base of the JSON models: a model read, changed and written back sends exactly the fields it read plus the changes.
 * Named fields are written when they hold a value or were set to null (by the JSON read or a setter); fields the
 * model does not name are kept in {@link #getOther()} and written back as they came, once, at the top level.
 * <p>
 * Written from fields, read through setters (each setter calls {@link #assigned}), so that any {@code ObjectMapper}
 * reads and writes them the same way.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
                isGetterVisibility = JsonAutoDetect.Visibility.NONE,
                setterVisibility = JsonAutoDetect.Visibility.PUBLIC_ONLY)
@JsonInclude(JsonInclude.Include.NON_NULL)
public abstract class JsonModel {

    // transient: not a JSON property of its own (a key "other" in the input is an unknown field like any other)
    private final transient Map<String, Object> other = new LinkedHashMap<>();
    private final transient Set<String> nulls = new HashSet<>();

    /** Fields the server sent that this model does not name, written back unchanged. */
    public Map<String, Object> getOther() {
        return other;
    }

    @JsonAnySetter
    void putOther(String key, Object value) {
        other.put(key, value);
    }

    /** What is written besides the named fields that hold a value: the unknown fields, then the named nulls. */
    @JsonAnyGetter
    Map<String, Object> written() {
        if (nulls.isEmpty()) {
            return other;
        }
        Map<String, Object> all = new LinkedHashMap<>(other);
        for (String name : nulls) {
            all.putIfAbsent(name, null);
        }
        return all;
    }

    /**
     * Called by every setter with the field's JSON name: a null set explicitly is written as null, a field never
     * set is not written at all.
     */
    protected final void assigned(String jsonName, Object value) {
        if (value == null) {
            nulls.add(jsonName);
        } else {
            nulls.remove(jsonName);
        }
    }
}
