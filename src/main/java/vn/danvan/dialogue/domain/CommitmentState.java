package vn.danvan.dialogue.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a commitment stands. Overdue is not a state: it is an open commitment past its due date. */
public enum CommitmentState {
    OPEN,
    IN_PROGRESS,
    DONE,
    DROPPED;

    public static final Set<CommitmentState> UNFINISHED = EnumSet.of(OPEN, IN_PROGRESS);

    public boolean unfinished() {
        return UNFINISHED.contains(this);
    }
}
