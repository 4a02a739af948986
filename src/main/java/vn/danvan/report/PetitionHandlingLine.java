package vn.danvan.report;

import java.util.function.ToIntFunction;

/**
 * The lines of the petition-handling report in the order of Biểu 02/XLD, each with its number, its
 * depth under the line above, and where its figure comes from. The page, the API and the workbook
 * all read this one list.
 */
public enum PetitionHandlingLine {
    TOTAL("1", 0, PetitionHandlingFigures::total),
    CARRIED_OVER("1.1", 1, PetitionHandlingFigures::carriedOver),
    RECEIVED("1.2", 1, PetitionHandlingFigures::receivedInPeriod),
    PROCESSED("2", 0, PetitionHandlingFigures::processed),
    PROCESSED_LATE("2.1", 1, PetitionHandlingFigures::processedLate),
    AWAITING_PROCESSING("3", 0, PetitionHandlingFigures::awaitingProcessing),
    AWAITING_PROCESSING_OVERDUE("3.1", 1, PetitionHandlingFigures::awaitingProcessingOverdue),
    ELIGIBLE("4", 0, PetitionHandlingFigures::eligible),
    WITHIN_JURISDICTION("4.1", 1, PetitionHandlingFigures::withinJurisdiction),
    ACCEPTED_COMPLAINTS("4.1.1", 2, PetitionHandlingFigures::acceptedComplaints),
    ACCEPTED_DENUNCIATIONS("4.1.2", 2, PetitionHandlingFigures::acceptedDenunciations),
    ACCEPTED_RECOMMENDATIONS("4.1.3", 2, PetitionHandlingFigures::acceptedRecommendationsAndFeedback),
    OUTSIDE_JURISDICTION("4.2", 1, PetitionHandlingFigures::outsideJurisdiction),
    GUIDED("4.2.1", 2, PetitionHandlingFigures::guided),
    TRANSFERRED("4.2.2", 2, PetitionHandlingFigures::transferred),
    INELIGIBLE("5", 0, PetitionHandlingFigures::ineligible),
    FILED("5.1", 1, PetitionHandlingFigures::filed),
    RETURNED("5.2", 1, PetitionHandlingFigures::returned),
    COMPLAINTS("6", 0, f -> f.complaintsFirstInstance() + f.complaintsSecondInstance()),
    COMPLAINTS_FIRST_INSTANCE("6.1", 1, PetitionHandlingFigures::complaintsFirstInstance),
    COMPLAINTS_SECOND_INSTANCE("6.2", 1, PetitionHandlingFigures::complaintsSecondInstance),
    RESOLVED("7", 0, PetitionHandlingFigures::resolved),
    RESOLVED_ON_TIME("7.1", 1, PetitionHandlingFigures::resolvedOnTime),
    RESOLVED_LATE("7.2", 1, PetitionHandlingFigures::resolvedLate),
    OUTCOME_RIGHT("7.3", 1, PetitionHandlingFigures::outcomeRight),
    OUTCOME_PARTLY_RIGHT("7.4", 1, PetitionHandlingFigures::outcomePartlyRight),
    OUTCOME_WRONG("7.5", 1, PetitionHandlingFigures::outcomeWrong),
    OUTCOME_WITHDRAWN("7.6", 1, PetitionHandlingFigures::outcomeWithdrawn),
    OUTCOME_ANSWERED("7.7", 1, PetitionHandlingFigures::outcomeAnswered),
    IN_PROGRESS("8", 0, PetitionHandlingFigures::inProgress),
    IN_PROGRESS_OVERDUE("8.1", 1, PetitionHandlingFigures::inProgressOverdue);

    private final String number;
    private final int depth;
    private final ToIntFunction<PetitionHandlingFigures> figure;

    PetitionHandlingLine(String number, int depth, ToIntFunction<PetitionHandlingFigures> figure) {
        this.number = number;
        this.depth = depth;
        this.figure = figure;
    }

    public String number() {
        return number;
    }

    public int depth() {
        return depth;
    }

    /** The message key of the line's label in {@code i18n/report.properties}. */
    public String labelKey() {
        return "report.line." + name();
    }

    public int valueIn(PetitionHandlingFigures figures) {
        return figure.applyAsInt(figures);
    }
}
