package vn.danvan.dialogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.danvan.dialogue.DialogueCommands.HoldDialogue;
import vn.danvan.dialogue.DialogueKind;

/** A dialogue's own rules, without a database. */
class DialogueTests {

    static final LocalDate HELD = LocalDate.of(2026, 10, 10);

    static Dialogue dialogue() {
        return new Dialogue(
                1,
                10,
                11L,
                DialogueKind.ANNUAL_GRASSROOTS,
                HELD,
                "Hội trường",
                "Đối thoại năm 2026",
                "Trần Minh Hải",
                null,
                120,
                null,
                null,
                "19789");
    }

    static HoldDialogue hold(long convener, Long coConvener) {
        return new HoldDialogue(
                convener,
                coConvener,
                DialogueKind.THEMATIC,
                HELD,
                "Hội trường",
                "Chủ đề",
                "Chủ trì",
                null,
                10,
                null,
                null,
                null);
    }

    @Test
    void aBodyDoesNotCoConveneItsOwnDialogue() {
        assertThatThrownBy(() -> Dialogue.checkConveners(hold(10, 10L)))
                .extracting("code")
                .isEqualTo("dialogue.co-convener-same");
        Dialogue.checkConveners(hold(10, 11L));
        Dialogue.checkConveners(hold(10, null));
    }

    @Test
    void aDialogueIsRecordedOnlyOnceHeld() {
        assertThatThrownBy(() -> Dialogue.checkHeldBy(HELD.plusDays(1), HELD))
                .extracting("code")
                .isEqualTo("dialogue.in-future");
        Dialogue.checkHeldBy(HELD, HELD);
    }

    @Test
    void aPromiseFallsDueNoEarlierThanTheDialogue() {
        assertThatThrownBy(() -> dialogue().checkDue(HELD.minusDays(1)))
                .extracting("code")
                .isEqualTo("dialogue.due-before-dialogue");
        dialogue().checkDue(HELD);
    }

    @Test
    void staffOfTheConvenerOrTheCoConvenerSeeIt() {
        assertThat(dialogue().visibleTo(CommitmentTests.staffOf(Set.of(10L)))).isTrue();
        assertThat(dialogue().visibleTo(CommitmentTests.staffOf(Set.of(11L)))).isTrue();
        assertThat(dialogue().visibleTo(CommitmentTests.staffOf(Set.of(20L)))).isFalse();
    }
}
