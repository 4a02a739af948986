package vn.danvan.programme.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The evidence of a proposal of advice, drawn from the platform: the review figures of the proposing body's tree over
 * the evidence period, the hot spots in the sender's scope, and the commitments overdue. Counted live while the
 * proposal is a draft and frozen when it is sent, so that what the committee read never changes.
 */
public record AdviceEvidence(
        LocalDate asOf,
        List<ReviewSection> figures,
        List<Hotspot> hotspots,
        List<OverdueCommitment> overdueCommitments) {

    public AdviceEvidence {
        figures = List.copyOf(figures);
        hotspots = List.copyOf(hotspots);
        overdueCommitments = List.copyOf(overdueCommitments);
    }

    /** A commune and field where petitions run hot: cases in the recent window against the history before it. */
    public record Hotspot(String communeName, String fieldName, int recent, int history, boolean hot) {}

    public record OverdueCommitment(long commitmentId, String ownerName, String description, LocalDate dueOn) {}
}
