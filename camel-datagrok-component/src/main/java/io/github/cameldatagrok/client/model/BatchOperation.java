package io.github.cameldatagrok.client.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One operation of a batch ({@code POST /public/v1/batch}): an {@code id} unique in the batch, an {@code action}
 * ({@code users.create}, {@code groups.create}, {@code functions.run}, {@code files.put}, ...), its {@code params} (an
 * object, or an array to run the action per item) and the ids it depends on.
 */
public class BatchOperation extends JsonModel {

    private String id;
    private String action;
    private Object params;
    private List<Object> dependsOn;

    public BatchOperation() {
    }

    public static BatchOperation of(String id, String action, Object params) {
        BatchOperation operation = new BatchOperation();
        operation.setId(id);
        operation.setAction(action);
        operation.setParams(params);
        return operation;
    }

    /** Runs after {@code operationId}, and is skipped unless it succeeded. */
    public BatchOperation dependsOn(String operationId) {
        return dependency(operationId);
    }

    /** Runs after {@code operationId}, and also when it was only partly successful. */
    public BatchOperation dependsOnAllowingPartial(String operationId) {
        Map<String, Object> dependency = new LinkedHashMap<>();
        dependency.put("id", operationId);
        dependency.put("allowPartial", true);
        return dependency(dependency);
    }

    private BatchOperation dependency(Object dependency) {
        if (dependsOn == null) {
            setDependsOn(new ArrayList<>());
        }
        dependsOn.add(dependency);
        return this;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        assigned("id", id);
        this.id = id;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        assigned("action", action);
        this.action = action;
    }

    /** A Map (or model) for one run, a List of them for one run per item. */
    public Object getParams() {
        return params;
    }

    public void setParams(Object params) {
        assigned("params", params);
        this.params = params;
    }

    /** Ids, or {@code {id, allowPartial}} objects. */
    public List<Object> getDependsOn() {
        return dependsOn;
    }

    public void setDependsOn(List<Object> dependsOn) {
        assigned("dependsOn", dependsOn);
        this.dependsOn = dependsOn;
    }

    @Override
    public String toString() {
        return "BatchOperation[" + id + ", " + action + (dependsOn == null ? "" : ", after " + dependsOn) + "]";
    }
}
