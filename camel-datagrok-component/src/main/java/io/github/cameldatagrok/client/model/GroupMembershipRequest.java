package io.github.cameldatagrok.client.model;

/**
 * A request to join a group: {@code from} (a user's personal group) asks to join {@code to}. {@code approved} is
 * null while pending, then true or false.
 */
public class GroupMembershipRequest extends Entity {

    private Boolean approved;
    private String resolutionDate;
    private Group from;
    private Group to;

    public GroupMembershipRequest() {
        super("GroupMembershipRequest");
    }

    /** Null while pending. */
    public Boolean getApproved() {
        return approved;
    }

    public void setApproved(Boolean approved) {
        assigned("approved", approved);
        this.approved = approved;
    }

    /** Whether an admin has approved or denied it. */
    public boolean isViewed() {
        return approved != null;
    }

    public String getResolutionDate() {
        return resolutionDate;
    }

    public void setResolutionDate(String resolutionDate) {
        assigned("resolutionDate", resolutionDate);
        this.resolutionDate = resolutionDate;
    }

    public Group getFrom() {
        return from;
    }

    public void setFrom(Group from) {
        assigned("from", from);
        this.from = from;
    }

    public Group getTo() {
        return to;
    }

    public void setTo(Group to) {
        assigned("to", to);
        this.to = to;
    }

    @Override
    public String toString() {
        return "GroupMembershipRequest[" + getId() + ", " + from + " -> " + to + ", approved=" + approved + "]";
    }
}
