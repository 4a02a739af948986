package vn.danvan.petition;

import java.time.LocalDate;

/**
 * Published after every change of a petition's handling: notifications and other modules listen to it.
 * Carries no personal data.
 */
public record PetitionChanged(long petitionId, String trackingCode, long bodyId, Change change, PetitionState state,
        LocalDate on) {

    public enum Change {
        RECEIVED, CLASSIFIED, ACCEPTED, GUIDED, TRANSFERRED, FILED, RETURNED, ASSIGNED, VERIFIED, EXTENDED, RESOLVED,
        CLOSED,
        DEADLINE_MISSED
    }
}
