package vn.danvan.democracy.domain;

/**
 * One commune's publication record over a period: items due in it, and of those how many were published on time,
 * late, are overdue, or are not yet due.
 */
public record ComplianceLine(
        long bodyId, String bodyName, String communeCode, int due, int onTime, int late, int overdue, int pending) {

    /** Share published on time among the items whose due date has passed or that were published, in percent. */
    public int onTimePercent() {
        int settled = onTime + late + overdue;
        return settled == 0 ? 100 : Math.round(100f * onTime / settled);
    }
}
