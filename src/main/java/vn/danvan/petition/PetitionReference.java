package vn.danvan.petition;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a caller gets back after a change: the petition's id, tracking code, state and next deadline. */
public record PetitionReference(
        long id,
        String trackingCode,
        PetitionState state,
        @Nullable LocalDate due) {}
