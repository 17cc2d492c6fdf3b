package io.github.cameldatagrok.client.model;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What Datagrok answers to a share: {@code status} ({@code success}, {@code partial_success} or {@code failed})
 * and the group or user names, as sent, that were {@code shared}, {@code alreadyShared} or {@code failed}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class ShareResult {

    public static final String SUCCESS = "success";
    public static final String PARTIAL_SUCCESS = "partial_success";
    public static final String FAILED = "failed";

    private String status;
    private List<String> shared = new ArrayList<>();
    private List<String> alreadyShared = new ArrayList<>();
    private List<String> failed = new ArrayList<>();

    public ShareResult() {
    }

    public ShareResult(String status, List<String> shared, List<String> alreadyShared, List<String> failed) {
        this.status = status;
        this.shared = new ArrayList<>(shared);
        this.alreadyShared = new ArrayList<>(alreadyShared);
        this.failed = new ArrayList<>(failed);
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public List<String> getShared() {
        return shared;
    }

    public void setShared(List<String> shared) {
        this.shared = shared == null ? new ArrayList<>() : shared;
    }

    public List<String> getAlreadyShared() {
        return alreadyShared;
    }

    public void setAlreadyShared(List<String> alreadyShared) {
        this.alreadyShared = alreadyShared == null ? new ArrayList<>() : alreadyShared;
    }

    public List<String> getFailed() {
        return failed;
    }

    public void setFailed(List<String> failed) {
        this.failed = failed == null ? new ArrayList<>() : failed;
    }

    /** The names that now have access: newly shared, then already shared. */
    public List<String> sharedWith() {
        List<String> all = new ArrayList<>(shared);
        all.addAll(alreadyShared);
        return all;
    }

    /** True when some name failed, or the server says the share failed. */
    public boolean hasFailures() {
        return !failed.isEmpty() || FAILED.equals(status);
    }

    @Override
    public String toString() {
        return "ShareResult[" + status + ", shared=" + shared + ", alreadyShared=" + alreadyShared + ", failed="
                + failed + "]";
    }
}
