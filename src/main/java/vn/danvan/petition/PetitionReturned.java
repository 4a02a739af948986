package vn.danvan.petition;

import java.time.LocalDate;

/** A petition's documents were returned to the petitioner (trả lại đơn). */
public record PetitionReturned(long petitionId, String trackingCode, long bodyId, PetitionState state, LocalDate on)
        implements PetitionHandlingEvent {}
