package vn.danvan.petition;

import java.time.LocalDate;

/** A petition was registered: at intake, split off another, transferred in from a body on the platform, or reopened. */
public record PetitionReceived(long petitionId, String trackingCode, long bodyId, PetitionState state, LocalDate on)
        implements PetitionHandlingEvent {}
