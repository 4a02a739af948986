package vn.danvan.petition;

import java.time.LocalDate;

/** The person accused by a denunciation (người bị tố cáo) was recorded or corrected. */
public record AccusedRecorded(long petitionId, String trackingCode, long bodyId, PetitionState state, LocalDate on)
        implements PetitionHandlingEvent {}
