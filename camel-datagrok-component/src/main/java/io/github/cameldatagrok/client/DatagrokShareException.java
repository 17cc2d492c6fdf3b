package io.github.cameldatagrok.client;

import io.github.cameldatagrok.client.model.ShareResult;

/** A share that failed for some or all of its groups; the result says which were shared and which failed. */
public class DatagrokShareException extends DatagrokException {

    private static final long serialVersionUID = 1L;

    private final transient ShareResult result;

    public DatagrokShareException(String entity, ShareResult result) {
        super(describe(entity, result));
        this.result = result;
    }

    private static String describe(String entity, ShareResult result) {
        StringBuilder text = new StringBuilder("Datagrok could not share ").append(entity);
        if (!result.getFailed().isEmpty()) {
            text.append(" with ").append(String.join(", ", result.getFailed()));
        }
        text.append(" (status ").append(result.getStatus());
        if (!result.sharedWith().isEmpty()) {
            text.append("; shared with ").append(String.join(", ", result.sharedWith()));
        }
        return text.append(')').toString();
    }

    /** What Datagrok answered. */
    public ShareResult getResult() {
        return result;
    }
}
