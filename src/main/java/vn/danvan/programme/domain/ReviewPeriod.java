package vn.danvan.programme.domain;

import java.time.LocalDate;
import java.util.Set;

/** The bodies and the dates a review covers (both ends included); allBodies for a national administrator. */
public record ReviewPeriod(Set<Long> bodyIds, boolean allBodies, LocalDate from, LocalDate to) {

    public ReviewPeriod {
        bodyIds = Set.copyOf(bodyIds);
    }

    public boolean covers(long bodyId) {
        return allBodies || bodyIds.contains(bodyId);
    }
}
