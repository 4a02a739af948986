package vn.danvan.dialogue;

import java.time.LocalDate;

/** Published once when a commitment passes its due date unfinished: notifications tell the owner's staff. */
public record CommitmentOverdue(
        long commitmentId, long ownerBodyId, String ownerName, String description, LocalDate dueOn) {}
