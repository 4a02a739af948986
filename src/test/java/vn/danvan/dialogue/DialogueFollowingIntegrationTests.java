package vn.danvan.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.dialogue.domain.Commitment;

/** The Fatherland Front follows the dialogues and commitments of its area, which it seldom convenes itself. */
@DanvanIntegrationTest
class DialogueFollowingIntegrationTests {

    static final LocalDate DIALOGUE_DAY = LocalDate.of(2026, 10, 10);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Autowired
    DialogueFixtures fixtures;

    @Autowired
    DialogueRecording dialogues;

    @Autowired
    CommitmentTracking commitments;

    @Autowired
    DialogueFollowing following;

    @Test
    void theWardsFrontSeesADialogueTheCommitteeHeldAloneAndItsOverduePromiseButCannotRecordProgress() {
        var setting = fixtures.setting();
        var held = DialogueFixtures.annualDialogue(setting, DIALOGUE_DAY);
        var alone = new DialogueCommands.HoldDialogue(
                held.convenerBodyId(),
                null,
                DialogueKind.THEMATIC,
                held.heldOn(),
                held.place(),
                "Đối thoại về ngập úng",
                held.chairName(),
                held.chairPosition(),
                held.participants(),
                held.groupsPresent(),
                held.minutes(),
                held.communeCode());
        var dialogue = dialogues.hold(alone, TODAY, setting.chairmanOffice());
        var issue = dialogues.raiseIssue(
                dialogue.id(),
                new DialogueCommands.RaiseIssue("Cống kiệt 45 tắc", "Ông Tư", "ENVIRONMENT", "Nạo vét"),
                setting.chairmanOffice());
        var made = commitments.commit(
                issue.id(),
                new DialogueCommands.MakeCommitment(
                        setting.department().id(), "Nguyễn Văn Hà", null, "Nạo vét cống", LocalDate.of(2026, 11, 1)),
                TODAY,
                setting.chairmanOffice());

        var followed = following.followedBodies(setting.frontStaff());
        assertThat(dialogues.dialogues(followed, 2026)).extracting(d -> d.id()).contains(dialogue.id());
        assertThat(commitments.ledger(followed, null, true, TODAY))
                .extracting(Commitment::id)
                .contains(made.id());
        assertThat(dialogues.dialogue(dialogue.id(), setting.frontStaff()).topic())
                .isEqualTo("Đối thoại về ngập úng");

        var outsider = following.followedBodies(setting.outsider());
        assertThat(dialogues.dialogues(outsider, 2026)).extracting(d -> d.id()).doesNotContain(dialogue.id());
        assertThatThrownBy(() -> dialogues.dialogue(dialogue.id(), setting.outsider()))
                .extracting("code")
                .isEqualTo("dialogue.out-of-scope");
        assertThatThrownBy(() -> commitments.start(made.id(), null, TODAY, setting.frontStaff()))
                .extracting("code")
                .isEqualTo("dialogue.out-of-scope");
    }
}
