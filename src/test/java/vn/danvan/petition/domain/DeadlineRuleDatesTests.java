package vn.danvan.petition.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danvan.calendar.WorkingCalendar;

/**
 * Every row of the deadline table (docs/law/rules.md A1) on the working calendar, with dates computed by hand:
 * weekends, Tết 2027 (Fri 5 – Tue 9 February, its Saturday and Sunday giving Wed 10 and Thu 11 off), Labour Day 2027
 * on a Saturday (Mon 3 May off) and the change of 1 July 2026. A row added to {@link DeadlineRule} without its case
 * here fails {@link #everyRowOfTheTableHasAHandComputedCase()}.
 */
class DeadlineRuleDatesTests {

    final WorkingCalendar calendar = WorkingCalendar.withOverrides(year -> Map.of());

    /** rule | counted from | remote area | complex | due on — worked out on paper, day by day. */
    static final String CASES = """
            # Thu 4 Feb (1); 5–11 off; Fri 12 (2), 15–19 (3–7), 22–24 (8–10)
            PROCESSING_RECOMMENDATION_FEEDBACK | 2027-02-03 | false | false | 2027-02-24
            # 10 calendar days from Tue 30 June 2026: Fri 10 July
            ACCEPTANCE_COMPLAINT_UNTIL_2026_06_30 | 2026-06-30 | false | false | 2026-07-10
            # Thu 2 (1), Fri 3 (2), Mon 6 – Fri 10 (3–7)
            ACCEPTANCE_COMPLAINT_FROM_2026_07_01 | 2026-07-01 | false | false | 2026-07-10
            # Thu 4 (1); Fri 12 (2); Mon 15 – Fri 19 (3–7)
            PROCESSING_DENUNCIATION | 2027-02-03 | false | false | 2027-02-19
            # verification at several places: 10 working days, Wed 24 Feb
            PROCESSING_DENUNCIATION | 2027-02-03 | false | true | 2027-02-24
            # 20 days after Wed 20 Jan is Tue 9 Feb (Tết); 10, 11 compensatory: Fri 12 Feb
            REVIEW_RE_DENUNCIATION | 2027-01-20 | false | false | 2027-02-12
            # 30 days after Wed 6 Jan is Fri 5 Feb (Tết eve): first working day Fri 12 Feb
            RESOLUTION_COMPLAINT_FIRST | 2027-01-06 | false | false | 2027-02-12
            # 45 days: Sat 20 Feb → Mon 22 Feb
            RESOLUTION_COMPLAINT_FIRST | 2027-01-06 | false | true | 2027-02-22
            RESOLUTION_COMPLAINT_FIRST | 2027-01-06 | true | false | 2027-02-22
            # 60 days: Sun 7 Mar → Mon 8 Mar
            RESOLUTION_COMPLAINT_FIRST | 2027-01-06 | true | true | 2027-03-08
            # 45 days after Mon 28 Dec 2026 is Thu 11 Feb 2027, a compensatory day: Fri 12 Feb
            RESOLUTION_COMPLAINT_SECOND | 2026-12-28 | false | false | 2027-02-12
            # 60 days: Fri 26 Feb
            RESOLUTION_COMPLAINT_SECOND | 2026-12-28 | false | true | 2027-02-26
            RESOLUTION_COMPLAINT_SECOND | 2026-12-28 | true | false | 2027-02-26
            # 70 days: Sun 7 Mar → Mon 8 Mar
            RESOLUTION_COMPLAINT_SECOND | 2026-12-28 | true | true | 2027-03-08
            # 30 days after Wed 13 Jan: Fri 12 Feb, the first working day after Tết
            RESOLUTION_DENUNCIATION | 2027-01-13 | false | false | 2027-02-12
            # 30 days after Mon 11 Jan is Wed 10 Feb, a compensatory day; Thu 11 too: Fri 12 Feb
            EXTENSION_DENUNCIATION | 2027-01-11 | false | false | 2027-02-12
            # Thu 4 (1); Fri 12 (2); 15–19 (3–7); 22–26 (8–12); Mon 1 – Wed 3 Mar (13–15)
            ANSWER_RECOMMENDATION_FEEDBACK | 2027-02-03 | false | false | 2027-03-03
            # Thu 29 Apr (1); Fri 30 Apr, Sat 1 May, Mon 3 May (compensatory) off; Tue 4 – Fri 7 (2–5); 10–14 (6–10)
            EXTENSION_RECOMMENDATION_FEEDBACK | 2027-04-28 | false | false | 2027-05-14
            # Complaints (Luật Khiếu nại 2011): time bar, second-complaint window, sending decisions, discipline
            # 90 days after Wed 1 July 2026: Tue 29 September
            TIME_BAR_COMPLAINT | 2026-07-01 | false | false | 2026-09-29
            # 30 days after Mon 5 October 2026: Wed 4 November; remote areas 45: Thu 19 November
            SECOND_COMPLAINT_WINDOW | 2026-10-05 | false | false | 2026-11-04
            SECOND_COMPLAINT_WINDOW | 2026-10-05 | true | false | 2026-11-19
            # Thu 1 Oct 2026: Fri 2 (1), Mon 5 (2), Tue 6 (3)
            SENDING_FIRST_COMPLAINT_DECISION | 2026-10-01 | false | false | 2026-10-06
            # Wed 3 Feb 2027: Thu 4 (1); 5–11 off; Fri 12 (2), Mon 15 (3)
            SENDING_FIRST_COMPLAINT_DECISION | 2027-02-03 | false | false | 2027-02-15
            # Fri 3 July 2026 (in force from 1 July): Mon 6, Tue 7, Wed 8
            SENDING_SUSPENSION_DECISION | 2026-07-03 | false | false | 2026-07-08
            # 30 days after Wed 7 Oct 2026: Fri 6 Nov; complex 45: Sat 21 Nov → Mon 23 Nov
            RESOLUTION_DISCIPLINARY_COMPLAINT | 2026-10-07 | false | false | 2026-11-06
            RESOLUTION_DISCIPLINARY_COMPLAINT | 2026-10-07 | false | true | 2026-11-23
            # 15 days after Mon 25 Jan 2027: Tue 9 Feb (Tết) → Fri 12 Feb
            TIME_BAR_DISCIPLINARY_FIRST | 2027-01-25 | false | false | 2027-02-12
            # 10 days after Mon 5 Oct 2026: Thu 15 Oct
            TIME_BAR_DISCIPLINARY_SECOND | 2026-10-05 | false | false | 2026-10-15
            # 30 days after Mon 5 Oct 2026: Wed 4 Nov
            TIME_BAR_DISCIPLINARY_DISMISSAL_SECOND | 2026-10-05 | false | false | 2026-11-04
            SUSPENSION_LAPSE_COMPLAINT | 2026-10-05 | false | false | 2026-11-04
            # Denunciations (Luật Tố cáo 2018) and regulation feedback (NĐ 20/2008)
            # Mon 5 Oct 2026: Tue 6 (1) … Fri 9 (4), Mon 12 (5)
            TRANSFER_DENUNCIATION | 2026-10-05 | false | false | 2026-10-12
            # Wed 3 Feb 2027: Thu 4 (1); 5–11 off; Fri 12 (2), 15 (3), 16 (4), Wed 17 (5)
            TRANSFER_DENUNCIATION | 2027-02-03 | false | false | 2027-02-17
            # Tue 30 June 2026: Wed 1 July (1), Thu 2, Fri 3, Mon 6, Tue 7 (5)
            ACCEPTANCE_NOTICE_DENUNCIATION | 2026-06-30 | false | false | 2026-07-07
            # Mon 5 Oct 2026: 6, 7, 8, 9, 12, 13 (6), Wed 14 (7)
            PUBLICATION_DENUNCIATION_CONCLUSION | 2026-10-05 | false | false | 2026-10-14
            # Fri 23 Apr 2027: Mon 26 (1) … Thu 29 (4); Fri 30 Apr, Sat 1 May, Mon 3 May off; Tue 4 May (5)
            TRANSFER_REGULATION_FEEDBACK | 2027-04-23 | false | false | 2027-05-04
            """;

    static Stream<Arguments> cases() {
        return CASES.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new))
                .map(cell -> Arguments.of(
                        DeadlineRule.valueOf(cell[0]),
                        LocalDate.parse(cell[1]),
                        Boolean.parseBoolean(cell[2]),
                        Boolean.parseBoolean(cell[3]),
                        LocalDate.parse(cell[4])));
    }

    @ParameterizedTest(name = "{0} from {1} (remote {2}, complex {3}) ends on {4}")
    @MethodSource("cases")
    void eachRowGivesTheDueDateWorkedOutByHand(
            DeadlineRule rule, LocalDate from, boolean remote, boolean complex, LocalDate due) {
        assertThat(rule.isEffectiveOn(from)).as("%s in force on %s", rule, from).isTrue();
        assertThat(calendar.plus(from, rule.days(remote, complex), rule.dayCount()))
                .isEqualTo(due);
    }

    @Test
    void everyRowOfTheTableHasAHandComputedCase() {
        Set<DeadlineRule> covered =
                cases().map(arguments -> (DeadlineRule) arguments.get()[0]).collect(Collectors.toSet());
        assertThat(covered)
                .as("a row of DeadlineRule needs its hand-computed case in DeadlineRuleDatesTests.CASES")
                .containsExactlyInAnyOrder(DeadlineRule.values());
    }

    @ParameterizedTest
    @EnumSource(DeadlineRule.class)
    void eachRowIsInForceOnItsFirstAndLastDayAndNotOutside(DeadlineRule rule) {
        if (rule.effectiveFrom() != null) {
            assertThat(rule.isEffectiveOn(rule.effectiveFrom())).isTrue();
            assertThat(rule.isEffectiveOn(rule.effectiveFrom().minusDays(1))).isFalse();
        }
        if (rule.effectiveTo() != null) {
            assertThat(rule.isEffectiveOn(rule.effectiveTo())).isTrue();
            assertThat(rule.isEffectiveOn(rule.effectiveTo().plusDays(1))).isFalse();
        }
    }

    @Test
    void complaintAcceptanceIsTenCalendarDaysOnThirtiethJuneAndSevenWorkingDaysFromFirstJuly2026() {
        var before = DeadlineRule.find(
                DeadlineRule.Step.PROCESSING, vn.danvan.petition.PetitionType.COMPLAINT, LocalDate.of(2026, 6, 30));
        var after = DeadlineRule.find(
                DeadlineRule.Step.PROCESSING, vn.danvan.petition.PetitionType.COMPLAINT, LocalDate.of(2026, 7, 1));
        // Received Friday 26 June: 10 calendar days is Mon 6 July; from Wed 1 July, 7 working days is Fri 10 July.
        assertThat(calendar.plus(LocalDate.of(2026, 6, 26), before.days(false, false), before.dayCount()))
                .isEqualTo(LocalDate.of(2026, 7, 6));
        assertThat(calendar.plus(LocalDate.of(2026, 7, 1), after.days(false, false), after.dayCount()))
                .isEqualTo(LocalDate.of(2026, 7, 10));
    }
}
