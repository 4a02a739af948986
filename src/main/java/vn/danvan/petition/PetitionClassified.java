package vn.danvan.petition;

import java.time.LocalDate;

/** A petition's type, field or instance was corrected while it awaited processing. */
public record PetitionClassified(long petitionId, String trackingCode, long bodyId, PetitionState state, LocalDate on)
        implements PetitionHandlingEvent {}
