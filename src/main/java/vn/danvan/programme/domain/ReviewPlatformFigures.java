package vn.danvan.programme.domain;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.danvan.democracy.DisclosureCompliance;
import vn.danvan.dialogue.DialogueFacts;
import vn.danvan.reception.ReceptionFacts;
import vn.danvan.report.PetitionHandlingFigures;
import vn.danvan.report.PetitionHandlingReports;

/**
 * The sections of a review whose figures the other modules count, each through its public reads: citizen reception
 * (the reception log), petitions (the petition-handling report, Biểu 02/XLD), dialogues and commitments, and the
 * communes' disclosures (Luật THDCCS 2022 Đ.11–12). A national administrator's review (allBodies) counts the bodies
 * of its own tree like any other: the period names them.
 */
public final class ReviewPlatformFigures {

    private ReviewPlatformFigures() {}

    @Component
    static class Reception implements ReviewFigureSource {

        private final ReceptionFacts facts;

        Reception(ReceptionFacts facts) {
            this.facts = facts;
        }

        @Override
        public int order() {
            return 20;
        }

        @Override
        public String headingKey() {
            return "review.section.reception";
        }

        @Override
        public List<ReviewFigure> figures(ReviewPeriod period) {
            var counts = facts.counts(period.bodyIds(), period.from(), period.to());
            return List.of(
                    ReviewFigure.count("review.figure.reception-sessions", counts.sessionsHeld()),
                    ReviewFigure.count("review.figure.reception-visits", counts.visits()),
                    ReviewFigure.count("review.figure.reception-people", counts.people()),
                    ReviewFigure.count("review.figure.reception-delegations", counts.delegations()));
        }
    }

    @Component
    static class Petitions implements ReviewFigureSource {

        private final PetitionHandlingReports reports;

        Petitions(PetitionHandlingReports reports) {
            this.reports = reports;
        }

        @Override
        public int order() {
            return 21;
        }

        @Override
        public String headingKey() {
            return "review.section.petitions";
        }

        @Override
        public List<ReviewFigure> figures(ReviewPeriod period) {
            PetitionHandlingFigures f = reports.totals(period.bodyIds(), period.from(), period.to());
            return List.of(
                    ReviewFigure.count("review.figure.petitions-received", f.receivedInPeriod()),
                    ReviewFigure.count("review.figure.petitions-within", f.withinJurisdiction()),
                    ReviewFigure.count("review.figure.petitions-resolved", f.resolved()),
                    ReviewFigure.count("review.figure.petitions-pending", f.inProgress() + f.awaitingProcessing()));
        }
    }

    @Component
    static class Dialogues implements ReviewFigureSource {

        private final DialogueFacts facts;

        Dialogues(DialogueFacts facts) {
            this.facts = facts;
        }

        @Override
        public int order() {
            return 30;
        }

        @Override
        public String headingKey() {
            return "review.section.dialogues";
        }

        @Override
        public List<ReviewFigure> figures(ReviewPeriod period) {
            var commitments = facts.commitmentCounts(period.bodyIds(), period.from(), period.to());
            return List.of(
                    ReviewFigure.count(
                            "review.figure.dialogues-held",
                            facts.dialoguesHeld(period.bodyIds(), period.from(), period.to())),
                    ReviewFigure.count("review.figure.commitments-made", commitments.made()),
                    ReviewFigure.count("review.figure.commitments-done", commitments.done()),
                    ReviewFigure.count("review.figure.commitments-overdue", commitments.overdue()));
        }
    }

    @Component
    static class Disclosures implements ReviewFigureSource {

        private final DisclosureCompliance compliance;

        Disclosures(DisclosureCompliance compliance) {
            this.compliance = compliance;
        }

        @Override
        public int order() {
            return 35;
        }

        @Override
        public String headingKey() {
            return "review.section.disclosures";
        }

        /** As things stood on the period's last day. */
        @Override
        public List<ReviewFigure> figures(ReviewPeriod period) {
            var totals = compliance.totals(period.bodyIds(), period.from(), period.to(), period.to());
            return List.of(
                    ReviewFigure.count("review.figure.disclosures-due", totals.due()),
                    ReviewFigure.count("review.figure.disclosures-on-time", totals.onTime()),
                    ReviewFigure.count("review.figure.disclosures-late", totals.late()),
                    ReviewFigure.count("review.figure.disclosures-overdue", totals.overdue()));
        }
    }
}
