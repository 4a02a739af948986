package vn.danvan.petition.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danvan.calendar.DayCount;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.petition.ComplaintSubject;
import vn.danvan.petition.Complexity;
import vn.danvan.petition.DecisionKind;
import vn.danvan.petition.Instance;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.domain.DeadlineRule.Step;

/**
 * The rows of docs/law/rules.md A1 rows 3, 4, 4a, 4b, 4c, 6 and 7 added for the legal paths of a complaint, each with dates
 * computed by hand over the real holiday rules (no override): weekends, the change of 1 July 2026, Tết 2027 (days
 * off Friday 5 to Thursday 11 February 2027, the 10th and 11th compensating Tết's Saturday and Sunday).
 */
class ComplaintRuleRowsTests {

    final Deadlines deadlines = new Deadlines(calendar(), Clock.system(ZoneId.of("Asia/Ho_Chi_Minh")));

    /** The real calendar without recorded overrides; its constructor is the calendar module's own. */
    static WorkingCalendar calendar() {
        try {
            Constructor<WorkingCalendar> constructor =
                    WorkingCalendar.class.getDeclaredConstructor(WorkingCalendar.Overrides.class, Clock.class);
            constructor.setAccessible(true);
            WorkingCalendar.Overrides none = year -> Map.of();
            return constructor.newInstance(none, Clock.systemUTC());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @ParameterizedTest(name = "{0} of a complaint on {1}: {3}/{4}/{5}/{6} {7}")
    @CsvSource(delimiter = '|', textBlock = """
            # step | on | rule | plain | complex | remote | remote and complex | counted in
            TIME_BAR | 2026-10-05 | TIME_BAR_COMPLAINT | 90 | 90 | 90 | 90 | CALENDAR_DAYS
            SECOND_COMPLAINT_WINDOW | 2026-10-05 | SECOND_COMPLAINT_WINDOW | 30 | 30 | 45 | 45 | CALENDAR_DAYS
            DECISION_SENDING | 2026-10-05 | SENDING_FIRST_COMPLAINT_DECISION | 3 | 3 | 3 | 3 | WORKING_DAYS
            SUSPENSION_DECISION_SENDING | 2026-07-01 | SENDING_SUSPENSION_DECISION | 3 | 3 | 3 | 3 | WORKING_DAYS
            DISCIPLINARY_RESOLUTION | 2026-10-05 | RESOLUTION_DISCIPLINARY_COMPLAINT | 30 | 45 | 30 | 45 | CALENDAR_DAYS
            DISCIPLINARY_TIME_BAR_FIRST | 2026-10-05 | TIME_BAR_DISCIPLINARY_FIRST | 15 | 15 | 15 | 15 | CALENDAR_DAYS
            DISCIPLINARY_TIME_BAR_SECOND | 2026-10-05 | TIME_BAR_DISCIPLINARY_SECOND | 10 | 10 | 10 | 10 | CALENDAR_DAYS
            DISCIPLINARY_DISMISSAL_TIME_BAR_SECOND | 2026-10-05 | TIME_BAR_DISCIPLINARY_DISMISSAL_SECOND | 30 | 30 | 30 | 30 | CALENDAR_DAYS
            SUSPENSION_LAPSE | 2026-10-05 | SUSPENSION_LAPSE_COMPLAINT | 30 | 30 | 30 | 30 | CALENDAR_DAYS
            """)
    void eachNewStepHasItsRowWithItsPeriods(
            Step step,
            LocalDate on,
            DeadlineRule rule,
            int plain,
            int complex,
            int remote,
            int remoteComplex,
            DayCount countedIn) {
        DeadlineRule found = DeadlineRule.find(step, PetitionType.COMPLAINT, on);

        assertThat(found).isEqualTo(rule);
        assertThat(found.days(false, false)).isEqualTo(plain);
        assertThat(found.days(false, true)).isEqualTo(complex);
        assertThat(found.days(true, false)).isEqualTo(remote);
        assertThat(found.days(true, true)).isEqualTo(remoteComplex);
        assertThat(found.dayCount()).isEqualTo(countedIn);
        assertThat(found.source())
                .startsWith(step == Step.SUSPENSION_DECISION_SENDING ? "Luật Khiếu nại Đ.11a" : "Luật");
    }

    @Test
    void theNewRowsAreComplaintRowsOnly() {
        for (Step step : new Step[] {
            Step.TIME_BAR, Step.SECOND_COMPLAINT_WINDOW, Step.DECISION_SENDING, Step.DISCIPLINARY_RESOLUTION
        }) {
            assertThat(DeadlineRule.lookup(step, PetitionType.DENUNCIATION, date(2026, 10, 5)))
                    .as("%s", step)
                    .isEmpty();
        }
    }

    @Test
    void aDenunciationIsExtendedNeverIfOrdinaryOnceIfComplexTwiceIfEspeciallyComplex() {
        // Luật Tố cáo 2018 Đ.30(1).
        assertThat(DeadlineRule.maxExtensions(PetitionType.DENUNCIATION, Complexity.ORDINARY))
                .isZero();
        assertThat(DeadlineRule.maxExtensions(PetitionType.DENUNCIATION, Complexity.COMPLEX))
                .isEqualTo(1);
        assertThat(DeadlineRule.maxExtensions(PetitionType.DENUNCIATION, Complexity.ESPECIALLY_COMPLEX))
                .isEqualTo(2);
        assertThat(DeadlineRule.maxExtensions(PetitionType.FEEDBACK, Complexity.ORDINARY))
                .isEqualTo(1);
    }

    // ---- time bar (Luật Khiếu nại Đ.9) ------------------------------------------------------------------

    @Test
    void theTimeBarOfAComplaintIsNinetyDaysFromTheDayTheDecisionWasLearnedOf() {
        // 1 July + 90 days = Tuesday 29 September 2026.
        assertThat(deadlines.timeBarEnds(ComplaintSubject.ADMINISTRATIVE, Instance.FIRST, false, date(2026, 7, 1), 0))
                .isEqualTo(date(2026, 9, 29));
    }

    @Test
    void theDaysOfAnObjectiveObstacleDoNotCountAgainstTheTimeBar() {
        // Ten days in hospital: 29 September + 10 = Friday 9 October 2026.
        assertThat(deadlines.timeBarEnds(ComplaintSubject.ADMINISTRATIVE, Instance.FIRST, false, date(2026, 7, 1), 10))
                .isEqualTo(date(2026, 10, 9));
    }

    @Test
    void aTimeBarEndingInTet2027EndsOnTheFirstWorkingDayAfterIt() {
        // 8 November 2026 + 90 = Saturday 6 February 2027, Tết: the next working day is Friday 12 February.
        assertThat(deadlines.timeBarEnds(ComplaintSubject.ADMINISTRATIVE, Instance.FIRST, false, date(2026, 11, 8), 0))
                .isEqualTo(date(2027, 2, 12));
    }

    // ---- second complaint (Luật Khiếu nại Đ.33) ----------------------------------------------------------

    @Test
    void aSecondComplaintIsAdmissibleForThirtyDaysOrFortyFiveInARemoteArea() {
        // From Monday 5 October 2026: + 30 = Wednesday 4 November; + 45 = Thursday 19 November.
        assertThat(deadlines.secondComplaintWindowEnds(
                        ComplaintSubject.ADMINISTRATIVE, false, false, date(2026, 10, 5), 0))
                .isEqualTo(date(2026, 11, 4));
        assertThat(deadlines.secondComplaintWindowEnds(
                        ComplaintSubject.ADMINISTRATIVE, false, true, date(2026, 10, 5), 0))
                .isEqualTo(date(2026, 11, 19));
    }

    @Test
    void aSecondComplaintWindowEndingOnASaturdayRunsToMonday() {
        // 1 October + 30 = Saturday 31 October 2026 → Monday 2 November.
        assertThat(deadlines.secondComplaintWindowEnds(
                        ComplaintSubject.ADMINISTRATIVE, false, false, date(2026, 10, 1), 0))
                .isEqualTo(date(2026, 11, 2));
    }

    // ---- sending decisions (Luật Khiếu nại Đ.32; NĐ 124/2020 Đ.28b) --------------------------------------

    @Test
    void aFirstInstanceDecisionIsSentWithinThreeWorkingDaysAcrossAWeekend() {
        // Issued Thursday 1 October 2026: Friday 2, Monday 5, Tuesday 6.
        assertThat(deadlines.decisionSendingDue(DecisionKind.RESOLUTION, Instance.FIRST, date(2026, 10, 1)))
                .isEqualTo(date(2026, 10, 6));
    }

    @Test
    void aDecisionIssuedJustBeforeTet2027IsDueAfterIt() {
        // Issued Wednesday 3 February 2027: Thursday 4, then Friday 12 and Monday 15 February.
        assertThat(deadlines.decisionSendingDue(DecisionKind.RESOLUTION, Instance.FIRST, date(2027, 2, 3)))
                .isEqualTo(date(2027, 2, 15));
    }

    @Test
    void aSecondInstanceDecisionHasNoRowOfThreeWorkingDays() {
        assertThat(deadlines.decisionSendingDue(DecisionKind.RESOLUTION, Instance.SECOND, date(2026, 10, 1)))
                .isNull();
    }

    @Test
    void aSuspensionDecisionIsSentWithinThreeWorkingDaysFromFirstJuly2026AndHadNoRowBefore() {
        // Issued Friday 3 July 2026: Monday 6, Tuesday 7, Wednesday 8.
        assertThat(deadlines.decisionSendingDue(DecisionKind.SUSPENSION, Instance.FIRST, date(2026, 7, 3)))
                .isEqualTo(date(2026, 7, 8));
        assertThat(deadlines.decisionSendingDue(DecisionKind.TERMINATION, Instance.FIRST, date(2026, 7, 3)))
                .isEqualTo(date(2026, 7, 8));
        assertThat(deadlines.decisionSendingDue(DecisionKind.SUSPENSION, Instance.FIRST, date(2026, 6, 30)))
                .isNull();
    }

    @Test
    void aSuspensionLapsesThirtyCalendarDaysLaterEvenOnASunday() {
        // Suspended Friday 16 October 2026: + 30 = Sunday 15 November — a lapse, not a deadline to meet: not moved.
        assertThat(deadlines.suspensionLapses(date(2026, 10, 16))).isEqualTo(date(2026, 11, 15));
    }

    // ---- disciplinary decisions (Luật Khiếu nại Đ.48, 50) ------------------------------------------------

    @Test
    void aDisciplinaryComplaintIsAcceptedWithinTenDaysUntilJuneAndSevenWorkingDaysFromJuly2026() {
        // Received Friday 26 June 2026: + 10 days = Monday 6 July.
        assertThat(deadlines.processingDue(PetitionType.COMPLAINT, false, false, date(2026, 6, 26)))
                .isEqualTo(date(2026, 7, 6));
        // Received Thursday 2 July 2026: 3, 6, 7, 8, 9, 10, 13 July.
        assertThat(deadlines.processingDue(PetitionType.COMPLAINT, false, false, date(2026, 7, 2)))
                .isEqualTo(date(2026, 7, 13));
    }

    @Test
    void aDisciplinaryComplaintIsResolvedInThirtyDaysFortyFiveIfComplexAtBothInstancesEvenInRemoteAreas() {
        LocalDate accepted = date(2026, 10, 7);
        for (Instance instance : Instance.values()) {
            for (boolean remote : new boolean[] {false, true}) {
                // 7 October + 30 = Friday 6 November; + 45 = Saturday 21 November → Monday 23 November.
                assertThat(deadlines.resolutionDue(
                                PetitionType.COMPLAINT,
                                instance,
                                ComplaintSubject.DISCIPLINARY,
                                remote,
                                false,
                                accepted))
                        .isEqualTo(date(2026, 11, 6));
                assertThat(deadlines.resolutionDue(
                                PetitionType.COMPLAINT,
                                instance,
                                ComplaintSubject.DISCIPLINARY,
                                remote,
                                true,
                                accepted))
                        .isEqualTo(date(2026, 11, 23));
            }
        }
        // An administrative complaint at second instance keeps its own 45 days: Sunday 22 November → Monday 23.
        assertThat(deadlines.resolutionDue(
                        PetitionType.COMPLAINT,
                        Instance.SECOND,
                        ComplaintSubject.ADMINISTRATIVE,
                        false,
                        false,
                        accepted))
                .isEqualTo(date(2026, 11, 23));
    }

    @Test
    void theFirstDisciplinaryTimeBarIsFifteenDaysAndRunsOverTet2027() {
        // Decision received Monday 25 January 2027: + 15 = Tuesday 9 February, Tết → Friday 12 February.
        assertThat(deadlines.timeBarEnds(ComplaintSubject.DISCIPLINARY, Instance.FIRST, false, date(2027, 1, 25), 0))
                .isEqualTo(date(2027, 2, 12));
    }

    @Test
    void theSecondDisciplinaryTimeBarIsTenDaysAndThirtyForADismissal() {
        // From Monday 5 October 2026: + 10 = Thursday 15 October; + 30 = Wednesday 4 November.
        assertThat(deadlines.secondComplaintWindowEnds(
                        ComplaintSubject.DISCIPLINARY, false, false, date(2026, 10, 5), 0))
                .isEqualTo(date(2026, 10, 15));
        assertThat(deadlines.secondComplaintWindowEnds(
                        ComplaintSubject.DISCIPLINARY, true, false, date(2026, 10, 5), 0))
                .isEqualTo(date(2026, 11, 4));
    }
}
