package io.github.cameldatagrok.client.model;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one batch operation: {@code status} {@code success}, {@code error}, {@code skipped} (with a
 * {@code reason}) or {@code partial} (array params: per-item {@code results}, each {@code {index, status, result?,
 * error?}}); {@code result} is what the action answered, {@code error} {@code {error, errorCode?}}.
 */
public class BatchOperationResult extends JsonModel {

    public static final String SUCCESS = "success";
    public static final String ERROR = "error";
    public static final String SKIPPED = "skipped";
    public static final String PARTIAL = "partial";

    private String id;
    private String action;
    private String status;
    private Object result;
    private Map<String, Object> error;
    private String reason;
    private Map<String, Object> summary;
    private List<Map<String, Object>> results;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public boolean isSuccess() {
        return SUCCESS.equals(status);
    }

    /** The action's answer (parsed JSON: a Map, List or value). */
    public Object getResult() {
        return result;
    }

    public void setResult(Object result) {
        this.result = result;
    }

    /** {@code {error, errorCode?}}, or null. */
    public Map<String, Object> getError() {
        return error;
    }

    public void setError(Map<String, Object> error) {
        this.error = error;
    }

    /** The error's text, or null. */
    public String errorMessage() {
        return error == null || error.get("error") == null ? null : error.get("error").toString();
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Map<String, Object> getSummary() {
        return summary;
    }

    public void setSummary(Map<String, Object> summary) {
        this.summary = summary;
    }

    /** Per-item outcomes of an operation with array params. */
    public List<Map<String, Object>> getResults() {
        return results;
    }

    public void setResults(List<Map<String, Object>> results) {
        this.results = results;
    }

    @Override
    public String toString() {
        return "BatchOperationResult[" + id + ", " + action + ", " + status
                + (error != null ? ", " + errorMessage() : reason != null ? ", " + reason : "") + "]";
    }
}
