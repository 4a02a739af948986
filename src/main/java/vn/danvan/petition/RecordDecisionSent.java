package vn.danvan.petition;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The day the pending decision (resolution, suspension, resumption, termination) was sent to the parties. */
public record RecordDecisionSent(@Nullable LocalDate sentOn) {}
