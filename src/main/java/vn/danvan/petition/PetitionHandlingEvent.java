package vn.danvan.petition;

import java.time.LocalDate;

/**
 * A fact of a petition's handling, published in the transaction of the change: one record per fact, named in
 * the past tense. Notifications and other modules listen to the ones they care about. Carries no personal data.
 */
public sealed interface PetitionHandlingEvent
        permits PetitionReceived,
                PetitionClassified,
                PetitionAccepted,
                PetitionGuided,
                PetitionTransferred,
                PetitionFiled,
                PetitionReturned,
                PetitionAssigned,
                VerificationRecorded,
                ResolutionExtended,
                PetitionResolved,
                PetitionClosed,
                DeadlineMissed,
                ComplexityDeclared,
                ComplaintSuspended,
                ComplaintResumed,
                ComplaintTerminated,
                PetitionWithdrawn,
                DecisionSent,
                ProcessingPeriodExtended,
                AccusedRecorded,
                AcceptanceNoticeSent,
                DenunciationWithdrawn,
                ConclusionPublished,
                RegulationFeedbackMarked {

    long petitionId();

    String trackingCode();

    long bodyId();

    /** The petition's state after the fact. */
    PetitionState state();

    LocalDate on();
}
