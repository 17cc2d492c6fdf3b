package io.github.cameldatagrok.client.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Credentials of an entity (a data connection, a package, ...): {@code parameters} are secrets (login, password,
 * accessKey, secretKey, apiKey ...), {@code openParameters} what may be shown; {@code entityBindId} is the entity they
 * belong to ({@code GET /public/v1/credentials/for/{entityId}}, Python {@code credentials.for_entity}).
 * {@link #toString()} names the parameters, never their values.
 */
public class Credentials extends Entity {

    private Map<String, Object> parameters;
    private Map<String, Object> openParameters;
    private String entityBindId;
    private Group group;

    public Credentials() {
        super("Credentials");
    }

    /** Credentials with these secret parameters, e.g. {@code Credentials.of(Map.of("login", "u", "password", "p"))}. */
    public static Credentials of(Map<String, ?> parameters) {
        Credentials credentials = new Credentials();
        credentials.setParameters(new LinkedHashMap<>(parameters));
        return credentials;
    }

    /** The secret parameters; never logged. */
    public Map<String, Object> getParameters() {
        return parameters;
    }

    public void setParameters(Map<String, Object> parameters) {
        assigned("parameters", parameters);
        this.parameters = parameters;
    }

    /** Sets one secret parameter. */
    public Credentials parameter(String name, Object value) {
        if (parameters == null) {
            setParameters(new LinkedHashMap<>());
        }
        parameters.put(name, value);
        return this;
    }

    public Map<String, Object> getOpenParameters() {
        return openParameters;
    }

    public void setOpenParameters(Map<String, Object> openParameters) {
        assigned("openParameters", openParameters);
        this.openParameters = openParameters;
    }

    /** The id of the entity these credentials belong to. */
    public String getEntityBindId() {
        return entityBindId;
    }

    public void setEntityBindId(String entityBindId) {
        assigned("entityBindId", entityBindId);
        this.entityBindId = entityBindId;
    }

    public Group getGroup() {
        return group;
    }

    public void setGroup(Group group) {
        assigned("group", group);
        this.group = group;
    }

    @Override
    public String toString() {
        return "Credentials[" + getId() + ", entity " + entityBindId + ", parameters "
                + (parameters == null ? "[]" : parameters.keySet()) + " (values hidden)]";
    }
}
