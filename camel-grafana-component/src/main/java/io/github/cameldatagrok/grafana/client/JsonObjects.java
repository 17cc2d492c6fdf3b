package io.github.cameldatagrok.grafana.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Request bodies that must be JSON objects. */
public final class JsonObjects {

    private JsonObjects() {
    }

    /** A copy of the object (changing it leaves the caller's alone); anything else is an error naming what it was. */
    public static ObjectNode copyOf(JsonNode body) {
        if (!(body instanceof ObjectNode object)) {
            throw new IllegalArgumentException("Expected a JSON object, got "
                    + (body == null ? "nothing" : body.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
        }
        return object.deepCopy();
    }
}
