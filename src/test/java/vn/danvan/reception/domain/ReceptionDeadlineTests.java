package vn.danvan.reception.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.PetitionerKind;
import vn.danvan.reception.Matter;
import vn.danvan.reception.RefusalGround;
import vn.danvan.reception.VisitAnswer;

/**
 * The reception desk's deadlines with dates worked out by hand over weekends, Tết 2027 (5–9 February, compensatory
 * 10 and 11) and Labour Day 2027 on a Saturday (Monday 3 May off): the answer owed within 10 working days
 * (docs/law/rules.md A1 row 2) and the written refusal notice within 3 working days from 1 July 2026 (A4).
 */
class ReceptionDeadlineTests {

    final WorkingCalendar calendar = WorkingCalendar.withOverrides(year -> Map.of());

    @ParameterizedTest(name = "a person received on {0} is answered by {1}")
    @CsvSource({
        // Thu 4 Feb (1); 5–11 off; Fri 12 (2); 15–19 (3–7); 22–24 (8–10).
        "2027-02-03, 2027-02-24",
        // Thu 29 Apr (1); Fri 30 Apr, Sat 1 May, Mon 3 May off; Tue 4 – Fri 7 (2–5); 10–14 (6–10).
        "2027-04-28, 2027-05-14",
        // Fri 26 Jun 2026: 29 Jun – 3 Jul (1–5), 6–10 Jul (6–10); the law of 1 July changes nothing here.
        "2026-06-26, 2026-07-10",
        // Mon 31 Aug 2026: 1 and 2 Sep off; Thu 3 (1), Fri 4 (2), 7–11 (3–7), 14–16 (8–10).
        "2026-08-31, 2026-09-16",
    })
    void thePersonReceivedIsAnsweredWithinTenWorkingDays(LocalDate visitedOn, LocalDate due) {
        assertThat(ReceptionDeadline.answerDue(visit(visitedOn, null, null, null, null), calendar))
                .contains(due);
    }

    @ParameterizedTest(name = "a refusal ({0}) with grounds on {1}: notice due {2}")
    @CsvSource({
        // Before 1 July 2026 no written notice is due.
        "ALREADY_RESOLVED_PERSISTING, 2026-06-30, ",
        // Wed 1 Jul: Thu 2 (1), Fri 3 (2), Mon 6 (3).
        "ALREADY_RESOLVED_PERSISTING, 2026-07-01, 2026-07-06",
        // Thu 4 Feb 2027: 5–11 off; Fri 12 (1), Mon 15 (2), Tue 16 (3).
        "ALREADY_RESOLVED_PERSISTING, 2027-02-04, 2027-02-16",
        // Thu 29 Apr 2027: Fri 30 off, weekend, Mon 3 May compensatory; Tue 4 (1), Wed 5 (2), Thu 6 (3).
        "ALREADY_ANSWERED_NO_NEW_FACTS, 2027-04-29, 2027-05-06",
        // Mon 31 Aug 2026: 1 and 2 Sep off; Thu 3 (1), Fri 4 (2), Mon 7 (3).
        "ALREADY_ANSWERED_NO_NEW_FACTS, 2026-08-31, 2026-09-07",
        // Refused on the spot and explained to the person (NĐ 154/2026 Đ.4(2)): no written notice.
        "INCAPACITATED, 2026-07-01, ",
        "THREATENING_OR_DISRUPTIVE, 2027-02-04, ",
        "OTHER_LEGAL_CASE, 2026-07-01, ",
    })
    void aRefusalIsNotifiedInWritingWithinThreeWorkingDaysOfItsGroundsFromFirstJuly2026(
            RefusalGround ground, LocalDate groundsOn, @Nullable LocalDate due) {
        var found = ReceptionDeadline.refusalNoticeDue(ground, groundsOn, calendar);
        if (due == null) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).contains(due);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(RefusalGround.class)
    void onlyTheGroundsOfArticleNineThreeAndPointHAreNotifiedInWritingAndTheDecreesGroundsStartOnFirstJuly2026(
            RefusalGround ground) {
        assertThat(ground.writtenNotice())
                .isEqualTo(ground == RefusalGround.ALREADY_RESOLVED_PERSISTING
                        || ground == RefusalGround.ALREADY_ANSWERED_NO_NEW_FACTS);
        boolean fromTheDecree = ground.source().startsWith("NĐ 154/2026/NĐ-CP Đ.4(1)");
        assertThat(ground.isEffectiveOn(LocalDate.of(2026, 6, 30))).isEqualTo(!fromTheDecree);
        assertThat(ground.isEffectiveOn(LocalDate.of(2026, 7, 1))).isTrue();
    }

    @Test
    void theRefusalNoticeRowStartsOnFirstJuly2026() {
        assertThat(ReceptionDeadline.REFUSAL_NOTICE.isEffectiveOn(LocalDate.of(2026, 6, 30)))
                .isFalse();
        assertThat(ReceptionDeadline.REFUSAL_NOTICE.isEffectiveOn(LocalDate.of(2026, 7, 1)))
                .isTrue();
        assertThat(ReceptionDeadline.ANSWER_TO_PERSON_RECEIVED.isEffectiveOn(LocalDate.of(2014, 7, 1)))
                .isTrue();
    }

    @Test
    void anAnswerNotGivenByItsDayIsLateTheDayAfterAndAnAnswerGivenAfterItIsLateToo() {
        LocalDate visited = LocalDate.of(2027, 2, 3);
        assertThat(VisitDeadlines.of(visit(visited, null, null, null, null), LocalDate.of(2027, 2, 24), calendar)
                        .answerOverdue())
                .isFalse();
        assertThat(VisitDeadlines.of(visit(visited, null, null, null, null), LocalDate.of(2027, 2, 25), calendar)
                        .answerOverdue())
                .isTrue();
        assertThat(VisitDeadlines.of(
                                visit(visited, LocalDate.of(2027, 2, 24), null, null, null),
                                LocalDate.of(2027, 3, 30),
                                calendar)
                        .overdue())
                .isFalse();
        assertThat(VisitDeadlines.of(
                                visit(visited, LocalDate.of(2027, 2, 25), null, null, null),
                                LocalDate.of(2027, 3, 30),
                                calendar)
                        .answerOverdue())
                .isTrue();
    }

    @Test
    void aRefusalOwesNoAnswerButItsNoticeIsLateAfterItsThirdWorkingDay() {
        LocalDate grounds = LocalDate.of(2027, 2, 4);
        var owed = VisitDeadlines.of(
                visit(grounds, null, RefusalGround.ALREADY_RESOLVED_PERSISTING, grounds, null),
                LocalDate.of(2027, 2, 16),
                calendar);
        assertThat(owed.answerDueOn()).isNull();
        assertThat(owed.refusalNoticeDueOn()).isEqualTo(LocalDate.of(2027, 2, 16));
        assertThat(owed.overdue()).isFalse();
        assertThat(VisitDeadlines.of(
                                visit(grounds, null, RefusalGround.ALREADY_RESOLVED_PERSISTING, grounds, null),
                                LocalDate.of(2027, 2, 17),
                                calendar)
                        .refusalNoticeOverdue())
                .isTrue();
        assertThat(VisitDeadlines.of(
                                visit(
                                        grounds,
                                        null,
                                        RefusalGround.ALREADY_RESOLVED_PERSISTING,
                                        grounds,
                                        LocalDate.of(2027, 2, 15)),
                                LocalDate.of(2027, 3, 1),
                                calendar)
                        .overdue())
                .isFalse();
    }

    static ReceptionVisit visit(
            LocalDate visitedOn,
            @Nullable LocalDate answeredOn,
            @Nullable RefusalGround ground,
            @Nullable LocalDate groundsOn,
            @Nullable LocalDate noticeOn) {
        return new ReceptionVisit(
                1,
                2,
                null,
                visitedOn,
                PetitionerKind.INDIVIDUAL,
                1,
                0,
                false,
                "Lê Văn Tâm",
                null,
                null,
                null,
                Matter.NEW,
                PetitionType.COMPLAINT,
                "LAND",
                "Nội dung",
                null,
                ground,
                null,
                "canbo",
                OffsetDateTime.now(),
                false,
                answeredOn == null ? null : VisitAnswer.ACCEPTED,
                answeredOn,
                false,
                false,
                groundsOn,
                noticeOn);
    }
}
