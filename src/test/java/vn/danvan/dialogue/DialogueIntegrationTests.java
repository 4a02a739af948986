package vn.danvan.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danvan.dialogue.DialogueFixtures.annualDialogue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.dialogue.domain.AnnualDialogueObligation;
import vn.danvan.dialogue.domain.Commitment;
import vn.danvan.dialogue.domain.CommitmentEvent;
import vn.danvan.dialogue.domain.CommitmentState;
import vn.danvan.dialogue.domain.MinutesFile;

/** Dialogues and the ledger of commitments on the real database: every move, every refusal, overdue flags. */
@DanvanIntegrationTest
class DialogueIntegrationTests {

    static final LocalDate DIALOGUE_DAY = LocalDate.of(2026, 10, 10);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Autowired
    DialogueFixtures fixtures;

    @Autowired
    DialogueRecording dialogues;

    @Autowired
    CommitmentTracking commitments;

    @Autowired
    CommitmentWatch watch;

    @Autowired
    DialogueFacts facts;

    @Autowired
    AnnualDialogueObligation obligation;

    @Autowired
    JdbcClient jdbc;

    DialogueFixtures.Setting setting;
    Commitment commitment;

    @BeforeEach
    void aDialogueWithAPromise() {
        setting = fixtures.setting();
        var dialogue = dialogues.hold(annualDialogue(setting, DIALOGUE_DAY), TODAY, setting.chairmanOffice());
        var issue = dialogues.raiseIssue(
                dialogue.id(),
                new DialogueCommands.RaiseIssue(
                        "Đường kiệt 45 ngập mỗi khi mưa lớn",
                        "Ông Lê Văn Tư, tổ 5",
                        "ENVIRONMENT",
                        "Phường sẽ nạo vét cống và nâng cốt mặt đường"),
                setting.chairmanOffice());
        var made = commitments.commit(
                issue.id(),
                new DialogueCommands.MakeCommitment(
                        setting.department().id(),
                        "Nguyễn Văn Hà",
                        "Trưởng phòng Kinh tế, Hạ tầng và Đô thị",
                        "Nạo vét cống kiệt 45",
                        LocalDate.of(2026, 11, 15)),
                TODAY,
                setting.chairmanOffice());
        commitment = commitments.commitment(made.id()).orElseThrow();
    }

    int events(String kind) {
        return jdbc.sql("select count(*) from dialogue.commitment_event where commitment_id = ? and kind = ?")
                .param(commitment.id())
                .param(kind)
                .query(Integer.class)
                .single();
    }

    @Test
    void aPromiseMovesFromOpenToInProgressToDoneAndTheCitizensConfirmIt() {
        assertThat(commitment.state()).isEqualTo(CommitmentState.OPEN);
        var started = commitments.start(commitment.id(), "Đã khảo sát hiện trạng", TODAY, setting.departmentStaff());
        assertThat(started.state()).isEqualTo(CommitmentState.IN_PROGRESS);
        commitments.reportProgress(
                commitment.id(), "Đã nạo vét 60 m cống", "Ảnh hiện trường", true, TODAY, setting.departmentStaff());
        var done = commitments.complete(
                commitment.id(),
                LocalDate.of(2026, 11, 18),
                "Biên bản nghiệm thu 12/BB",
                TODAY,
                setting.departmentStaff());
        assertThat(done.state()).isEqualTo(CommitmentState.DONE);
        assertThat(done.doneOn()).isEqualTo(LocalDate.of(2026, 11, 18));
        var confirmed =
                commitments.confirm(commitment.id(), true, "Tổ trưởng tổ dân phố 5", TODAY, setting.frontStaff());
        assertThat(confirmed.confirmed()).isTrue();

        assertThat(commitments.timeline(commitment.id(), true))
                .extracting(CommitmentEvent::kind)
                .containsExactly("MADE", "STARTED", "PROGRESS", "DONE", "CONFIRMED");
        assertThat(jdbc.sql(
                                "select count(*) from shared.audit_event where subject_type = 'commitment' and subject_id = ?")
                        .param(String.valueOf(commitment.id()))
                        .query(Integer.class)
                        .single())
                .isEqualTo(5);
    }

    @Test
    void illegalMovesAreRefusedAndWriteNothing() {
        assertThatThrownBy(() -> commitments.confirm(commitment.id(), true, "Tổ trưởng", TODAY, setting.frontStaff()))
                .extracting("code")
                .isEqualTo("commitment.confirm-needs-done");
        assertThatThrownBy(() -> commitments.drop(commitment.id(), " ", TODAY, setting.departmentStaff()))
                .extracting("code")
                .isEqualTo("commitment.reason-required");
        commitments.drop(
                commitment.id(), "Công trình chuyển sang dự án của thành phố", TODAY, setting.departmentStaff());
        assertThatThrownBy(() -> commitments.start(commitment.id(), null, TODAY, setting.departmentStaff()))
                .extracting("code")
                .isEqualTo("commitment.transition-not-allowed");
        assertThatThrownBy(() -> commitments.complete(commitment.id(), TODAY, null, TODAY, setting.departmentStaff()))
                .extracting("code")
                .isEqualTo("commitment.transition-not-allowed");
        assertThat(commitments.commitment(commitment.id()).orElseThrow().state())
                .isEqualTo(CommitmentState.DROPPED);
        assertThat(events("DONE")).isZero();
    }

    @Test
    void aCommitmentPastItsDueDateIsFlaggedOnceByTheWatch() {
        assertThat(commitment.overdueOn(TODAY)).isTrue();
        assertThat(commitments.ledger(Set.of(setting.department().id()), null, true, TODAY))
                .extracting(Commitment::id)
                .contains(commitment.id());

        watch.flagOverdue(TODAY);
        watch.flagOverdue(TODAY.plusDays(1));
        assertThat(events("OVERDUE")).isEqualTo(1);
        commitments.complete(commitment.id(), TODAY, null, TODAY, setting.departmentStaff());
        assertThat(commitments.ledger(Set.of(setting.department().id()), null, true, TODAY))
                .extracting(Commitment::id)
                .doesNotContain(commitment.id());
    }

    @Test
    void staffOutsideTheBodiesCannotTouchThePromiseAndAnOfficeThatCannotConveneIsRefused() {
        assertThatThrownBy(() -> commitments.start(commitment.id(), null, TODAY, setting.outsider()))
                .extracting("code")
                .isEqualTo("dialogue.out-of-scope");
        assertThatThrownBy(() -> dialogues.hold(
                        new DialogueCommands.HoldDialogue(
                                setting.department().id(),
                                null,
                                DialogueKind.THEMATIC,
                                DIALOGUE_DAY,
                                "Phòng họp",
                                "Chủ đề",
                                "Chủ trì",
                                null,
                                10,
                                null,
                                null,
                                null),
                        TODAY,
                        setting.departmentStaff()))
                .extracting("code")
                .isEqualTo("dialogue.not-a-convener");
        assertThatThrownBy(() -> dialogues.dialogue(commitment.dialogueId(), setting.outsider()))
                .extracting("code")
                .isEqualTo("dialogue.out-of-scope");
    }

    @Test
    void theAnnualDialogueCountsForTheCommitteeAndTheFrontAndTheFactsCountIt() {
        assertThat(obligation.standing(setting.committee(), 2026, TODAY).status())
                .isEqualTo(AnnualDialogueObligation.Status.HELD);
        assertThat(obligation.standing(setting.front(), 2026, TODAY).status())
                .isEqualTo(AnnualDialogueObligation.Status.HELD);
        assertThat(obligation.standing(setting.elsewhere(), 2026, TODAY).status())
                .isEqualTo(AnnualDialogueObligation.Status.AT_RISK);
        assertThat(obligation
                        .standing(setting.elsewhere(), 2026, LocalDate.of(2026, 5, 4))
                        .status())
                .isEqualTo(AnnualDialogueObligation.Status.PENDING);
        assertThat(obligation.standing(setting.elsewhere(), 2025, TODAY).status())
                .isEqualTo(AnnualDialogueObligation.Status.MISSED);

        assertThat(facts.dialoguesHeld(Set.of(setting.front().id()), LocalDate.of(2026, 1, 1), TODAY))
                .isEqualTo(1);
        assertThat(facts.commitmentCounts(Set.of(setting.committee().id()), LocalDate.of(2026, 1, 1), TODAY))
                .isEqualTo(new DialogueFacts.CommitmentCounts(1, 0, 1, 1));
    }

    @Test
    void theSignedMinutesAreAttachedAsAFileAndAFileThatIsNotWhatItsNameSaysIsRefused() throws Exception {
        byte[] pdf = "%PDF-1.4\n% biên bản hội nghị đối thoại\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var file = dialogues.attachMinutes(
                commitment.dialogueId(),
                "bien-ban.pdf",
                new java.io.ByteArrayInputStream(pdf),
                setting.chairmanOffice());
        assertThat(dialogues.minutes(commitment.dialogueId()))
                .extracting(MinutesFile::fileName)
                .containsExactly("bien-ban.pdf");
        assertThat(java.nio.file.Files.readAllBytes(
                        dialogues.minutesPath(commitment.dialogueId(), file.id(), setting.chairmanOffice())))
                .isEqualTo(pdf);

        assertThatThrownBy(() -> dialogues.attachMinutes(
                        commitment.dialogueId(),
                        "bien-ban-gia.pdf",
                        new java.io.ByteArrayInputStream(new byte[] {'M', 'Z', 0, 0}),
                        setting.chairmanOffice()))
                .extracting("code")
                .isEqualTo("dialogue.minutes-type-not-allowed");
        assertThat(dialogues.minutes(commitment.dialogueId())).hasSize(1);
        assertThatThrownBy(() -> dialogues.minutesPath(commitment.dialogueId(), file.id(), setting.outsider()))
                .extracting("code")
                .isEqualTo("dialogue.out-of-scope");
    }
}
