package vn.danvan.petition.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danvan.petition.NoticeAddressee;
import vn.danvan.petition.NoticeKind;
import vn.danvan.petition.PetitionAccepted;
import vn.danvan.petition.PetitionClassified;
import vn.danvan.petition.PetitionHandlingEvent;
import vn.danvan.petition.PetitionState;
import vn.danvan.petition.PetitionTransferred;
import vn.danvan.petition.PetitionType;

class NoticeRulesTests {

    @Test
    void anAcceptedDenunciationIsNotifiedToTheDenouncerAndToTheAccused() {
        assertThat(issued(
                        new PetitionAccepted(1, "T-1", 7, PetitionState.ACCEPTED, PetitionTests.MONDAY),
                        PetitionTests.petition(PetitionType.DENUNCIATION)))
                .containsExactly(
                        tuple(NoticeKind.ACCEPTANCE, NoticeAddressee.PETITIONER),
                        tuple(NoticeKind.ACCEPTANCE, NoticeAddressee.ACCUSED));
    }

    @Test
    void anAnonymousPetitionHasNoPetitionerToWriteToButItsTransferStillCarriesASlip() {
        var anonymous =
                PetitionTests.petition(PetitionType.FEEDBACK, PetitionTests.particulars(true, null, null, false, 0));
        assertThat(issued(
                        new PetitionTransferred(1, "T-1", 7, PetitionState.TRANSFERRED, PetitionTests.MONDAY),
                        anonymous))
                .containsExactly(tuple(NoticeKind.TRANSFER_SLIP, NoticeAddressee.RECEIVING_BODY));
    }

    @Test
    void aFactThatRequiresNoWrittenNoticeIssuesNone() {
        assertThat(issued(
                        new PetitionClassified(1, "T-1", 7, PetitionState.RECEIVED, PetitionTests.MONDAY),
                        PetitionTests.petition(PetitionType.COMPLAINT)))
                .isEmpty();
    }

    private static List<org.assertj.core.groups.Tuple> issued(PetitionHandlingEvent fact, Petition petition) {
        return NoticeRules.issuedBy(fact).stream()
                .filter(rule -> rule.when().test(petition))
                .map(rule -> tuple(rule.kind(), rule.to()))
                .toList();
    }
}
