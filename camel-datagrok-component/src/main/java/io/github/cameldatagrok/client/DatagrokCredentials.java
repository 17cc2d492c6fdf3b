package io.github.cameldatagrok.client;

import io.github.cameldatagrok.client.model.Credentials;

/**
 * Credentials of any entity (connections, packages, ...), as Datagrok's Python client does them
 * ({@code grok.credentials}); get it with {@link DatagrokClient#credentials()}. Their parameters are secrets: the
 * model's {@code toString} hides them, and nothing here logs them.
 */
public class DatagrokCredentials {

    private static final String CREDENTIALS = DatagrokClient.API + "/credentials";

    private final JsonCalls calls;

    DatagrokCredentials(JsonCalls calls) {
        this.calls = calls;
    }

    /**
     * {@code GET /public/v1/credentials/for/{entityId}} (Python {@code credentials.for_entity}): the entity's
     * credentials; an entity without any may get empty ones (no id).
     */
    public Credentials forEntity(String entityId) {
        return calls.get(CREDENTIALS + "/for/" + GrokNames.pathSegment(entityId, "entity id of the credentials"), "", Credentials.class);
    }

    /**
     * {@code POST /public/v1/credentials} (Python {@code credentials.save}): saves the credentials of the entity they
     * name in {@code entityBindId}, which is required (checked before sending).
     */
    public Credentials save(Credentials credentials) {
        if (credentials == null) {
            throw new IllegalArgumentException("No Datagrok credentials to save");
        }
        DatagrokGroups.requireText(credentials.getEntityBindId(),
                "entityBindId of the credentials (the id of the entity they belong to)");
        var answer = calls.postJson(CREDENTIALS, "", credentials);
        // the answer of a save is not pinned down: take it when it is credentials, else read them back
        return answer != null && answer.isObject() && answer.has("entityBindId")
                ? calls.json().convertValue(answer, Credentials.class)
                : forEntity(credentials.getEntityBindId());
    }

    /** {@code DELETE /public/v1/credentials/{id}} (Python {@code credentials.delete}). */
    public void delete(String credentialsId) {
        calls.delete(CREDENTIALS + "/" + GrokNames.pathSegment(credentialsId, "credentials id"));
    }

    /** Deletes the credentials of an entity, read first; false when it has none. */
    public boolean deleteFor(String entityId) {
        Credentials credentials = forEntity(entityId);
        if (credentials.getId() == null) {
            return false;
        }
        delete(credentials.getId());
        return true;
    }
}
