package io.github.cameldatagrok.client.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The answer of a batch: {@code summary} ({@code total}, {@code succeeded}, {@code partial}, {@code failed},
 * {@code skipped}) and one {@link BatchOperationResult} per operation.
 */
public class BatchResult extends JsonModel {

    private Map<String, Integer> summary;
    private List<BatchOperationResult> results = new ArrayList<>();

    public Map<String, Integer> getSummary() {
        return summary;
    }

    public void setSummary(Map<String, Integer> summary) {
        this.summary = summary;
    }

    public List<BatchOperationResult> getResults() {
        return results;
    }

    public void setResults(List<BatchOperationResult> results) {
        this.results = results == null ? new ArrayList<>() : results;
    }

    /** A count of the summary ({@code total}, {@code succeeded}, ...), 0 when not sent. */
    public int count(String key) {
        return summary == null || summary.get(key) == null ? 0 : summary.get(key);
    }

    /** Whether any operation failed, was partial or was skipped. */
    public boolean hasProblems() {
        return results.stream().anyMatch(r -> !r.isSuccess());
    }

    /** The result of one operation, or null. */
    public BatchOperationResult result(String operationId) {
        return results.stream().filter(r -> operationId.equals(r.getId())).findFirst().orElse(null);
    }

    @Override
    public String toString() {
        return "BatchResult" + summary;
    }
}
