package io.github.cameldatagrok.client;

import java.util.HashSet;
import java.util.Set;

import io.github.cameldatagrok.client.model.BatchOperation;
import io.github.cameldatagrok.client.model.BatchRequest;
import io.github.cameldatagrok.client.model.BatchResult;

/**
 * {@code POST /public/v1/batch} (the {@code grok s} CLI's batch): several operations in one request; get it with
 * {@link DatagrokClient#batch()}. The request is checked before sending (ids present and unique, an action each,
 * dependencies on ids of the batch). A batch is never retried: the server may have run part of it.
 */
public class DatagrokBatch {

    private static final String BATCH = DatagrokClient.API + "/batch";

    private final JsonCalls calls;

    DatagrokBatch(JsonCalls calls) {
        this.calls = calls;
    }

    /** Sends the batch; the answer holds each operation's outcome, a failed operation does not raise. */
    public BatchResult run(BatchRequest batch) {
        check(batch);
        return calls.post(BATCH, "", batch, BatchResult.class);
    }

    static void check(BatchRequest batch) {
        if (batch == null || batch.getOperations() == null || batch.getOperations().isEmpty()) {
            throw new IllegalArgumentException("A Datagrok batch needs at least one operation");
        }
        Set<String> ids = new HashSet<>();
        for (BatchOperation operation : batch.getOperations()) {
            if (operation == null || operation.getId() == null || operation.getId().isBlank()) {
                throw new IllegalArgumentException("Every operation of a Datagrok batch needs an id");
            }
            if (!ids.add(operation.getId())) {
                throw new IllegalArgumentException("The Datagrok batch has two operations with id " + operation.getId());
            }
            if (operation.getAction() == null || operation.getAction().isBlank()) {
                throw new IllegalArgumentException("Operation " + operation.getId() + " of the Datagrok batch has no"
                        + " action (users.create, groups.create, functions.run, ...)");
            }
        }
        for (BatchOperation operation : batch.getOperations()) {
            if (operation.getDependsOn() == null) {
                continue;
            }
            for (Object dependency : operation.getDependsOn()) {
                Object id = dependency instanceof java.util.Map<?, ?> map ? map.get("id") : dependency;
                if (id == null || !ids.contains(id.toString())) {
                    throw new IllegalArgumentException("Operation " + operation.getId() + " of the Datagrok batch"
                            + " depends on " + id + ", which is not in the batch");
                }
            }
        }
    }
}
