package vn.danvan.petition;

import java.time.LocalDate;

/** The conclusion of a denunciation was made public (Luật Tố cáo 2018 Đ.40). */
public record ConclusionPublished(long petitionId, String trackingCode, long bodyId, PetitionState state, LocalDate on)
        implements PetitionHandlingEvent {}
