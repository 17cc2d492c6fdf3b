package io.github.cameldatagrok.client.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch: its operations and {@code options} ({@code concurrency}, {@code stopOnError}, {@code transaction}),
 * sent as one {@code POST /public/v1/batch}.
 */
public class BatchRequest extends JsonModel {

    private List<BatchOperation> operations = new ArrayList<>();
    private Map<String, Object> options;

    public BatchRequest() {
    }

    public BatchRequest add(BatchOperation operation) {
        operations.add(operation);
        return this;
    }

    public List<BatchOperation> getOperations() {
        return operations;
    }

    public void setOperations(List<BatchOperation> operations) {
        assigned("operations", operations);
        this.operations = operations;
    }

    public Map<String, Object> getOptions() {
        return options;
    }

    public void setOptions(Map<String, Object> options) {
        assigned("options", options);
        this.options = options;
    }

    /** Sets one option; a null value leaves it out (the server's default). */
    public BatchRequest option(String name, Object value) {
        if (value == null) {
            return this;
        }
        if (options == null) {
            setOptions(new LinkedHashMap<>());
        }
        options.put(name, value);
        return this;
    }

    @Override
    public String toString() {
        return "BatchRequest[" + operations.size() + " operations, options " + options + "]";
    }
}
