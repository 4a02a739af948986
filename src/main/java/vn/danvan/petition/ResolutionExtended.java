package vn.danvan.petition;

import java.time.LocalDate;

/** A petition's resolution deadline was extended (gia hạn). */
public record ResolutionExtended(long petitionId, String trackingCode, long bodyId, PetitionState state, LocalDate on)
        implements PetitionHandlingEvent {}
