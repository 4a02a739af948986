package vn.danvan.petition.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.danvan.petition.Outcome;
import vn.danvan.petition.PetitionState;
import vn.danvan.petition.PetitionType;
import vn.danvan.shared.DomainException;

/** The guards of the aggregate on the legal path of a denunciation: no Spring, no database. */
class PetitionLegalPathTests {

    static final LocalDate MONDAY = PetitionTests.MONDAY;

    private static void refused(Runnable action, String code) {
        assertThatThrownBy(action::run)
                .isInstanceOf(DomainException.class)
                .extracting("code")
                .isEqualTo(code);
    }

    private static Petition accepted() {
        Petition petition = PetitionTests.petition(PetitionType.DENUNCIATION);
        petition.accept(MONDAY.plusDays(1), false, MONDAY.plusDays(31));
        petition.drainEvents();
        return petition;
    }

    @Test
    void theTenDayVariantMovesTheProcessingDueDateOnceAndOnlyWhileTheSevenDaysRun() {
        Petition petition = PetitionTests.petition(PetitionType.DENUNCIATION);
        LocalDate seventh = petition.processingDue();

        petition.verificationAtSeveralPlaces(seventh, seventh.plusDays(5), "hai xã");

        assertThat(petition.processingDue()).isEqualTo(seventh.plusDays(5));
        assertThat(petition.drainEvents())
                .extracting(Petition.PetitionEvent::kind)
                .contains(Petition.PetitionEvent.Kind.PROCESSING_EXTENDED);
        refused(
                () -> petition.verificationAtSeveralPlaces(seventh, seventh.plusDays(5), "lần nữa"),
                "petition.several-places-already-recorded");

        Petition late = PetitionTests.petition(PetitionType.DENUNCIATION);
        refused(
                () -> late.verificationAtSeveralPlaces(
                        late.processingDue().plusDays(1), late.processingDue().plusDays(5), "x"),
                "petition.several-places-after-deadline");
        Petition feedback = PetitionTests.petition(PetitionType.FEEDBACK);
        refused(
                () -> feedback.verificationAtSeveralPlaces(MONDAY, MONDAY.plusDays(20), "x"),
                "petition.several-places-only-denunciation");
    }

    @Test
    void aWholeWithdrawalWithoutReasonTerminatesAndOneWithAReasonOrInPartDoesNot() {
        Petition terminated = accepted();
        terminated.withdraw(MONDAY.plusDays(3), "LETTER", false, null, null);
        assertThat(terminated.state()).isEqualTo(PetitionState.RESOLVED);
        assertThat(terminated.outcome()).isEqualTo(Outcome.WITHDRAWN);

        Petition continued = accepted();
        continued.withdraw(MONDAY.plusDays(3), "RECORD", false, "SLANDEROUS", null);
        assertThat(continued.state()).isEqualTo(PetitionState.ACCEPTED);

        Petition partial = accepted();
        partial.withdraw(MONDAY.plusDays(3), "LETTER", true, null, null);
        assertThat(partial.state()).isEqualTo(PetitionState.ACCEPTED);

        refused(() -> accepted().withdraw(MONDAY, "LETTER", false, null, null), "petition.date-before-acceptance");
    }

    @Test
    void onlyAConclusionOnTheContentIsPublishedAndNotBeforeItWasGiven() {
        Petition terminated = accepted();
        terminated.withdraw(MONDAY.plusDays(3), "LETTER", false, null, null);
        refused(
                () -> terminated.conclusionPublished(MONDAY.plusDays(4), "POSTING"),
                "petition.no-conclusion-to-publish");

        Petition concluded = accepted();
        concluded.conclude(MONDAY.plusDays(10), Outcome.RIGHT, "Tố cáo đúng");
        refused(() -> concluded.conclusionPublished(MONDAY.plusDays(9), "POSTING"), "petition.date-before-conclusion");
        concluded.conclusionPublished(MONDAY.plusDays(12), "POSTING");
        assertThat(concluded.drainEvents())
                .extracting(Petition.PetitionEvent::kind)
                .contains(Petition.PetitionEvent.Kind.CONCLUSION_PUBLISHED);

        refused(
                () -> accepted().conclusionPublished(MONDAY.plusDays(4), "PORTAL"),
                "petition.no-conclusion-to-publish");
    }

    @Test
    void noticesOfAcceptanceFollowTheDecisionToAccept() {
        Petition received = PetitionTests.petition(PetitionType.DENUNCIATION);
        refused(() -> received.acceptanceNoticeSent(MONDAY, NoticeParty.ACCUSED), "petition.not-accepted");
        Petition accepted = accepted();
        refused(() -> accepted.acceptanceNoticeSent(MONDAY, NoticeParty.ACCUSED), "petition.date-before-acceptance");
        accepted.acceptanceNoticeSent(MONDAY.plusDays(2), NoticeParty.ACCUSED);
        assertThat(accepted.drainEvents()).singleElement().satisfies(event -> {
            assertThat(event.note()).isEqualTo("ACCUSED");
            assertThat(event.visibleToCitizen()).isFalse();
        });
        Petition complaint = PetitionTests.petition(PetitionType.COMPLAINT);
        refused(() -> complaint.acceptanceNoticeSent(MONDAY, NoticeParty.PETITIONER), "petition.only-denunciation");
    }

    @Test
    void onlyRecommendationsAndFeedbackAwaitingProcessingAreMarkedAsAboutAdministrativeRegulations() {
        PetitionTests.petition(PetitionType.RECOMMENDATION).aboutAdministrativeRegulations(MONDAY);
        refused(
                () -> PetitionTests.petition(PetitionType.COMPLAINT).aboutAdministrativeRegulations(MONDAY),
                "petition.regulation-feedback-type");
    }
}
