package vn.danvan.petition.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.danvan.calendar.DayCount;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.domain.DeadlineRule.Step;

/** The rows of the statutory deadline table (docs/law/rules.md A1), read as the law gives them. */
class DeadlineRuleTests {

    @ParameterizedTest(name = "{0} of a {1} on {2}: {4}/{5}/{6}/{7} {8}")
    @CsvSource(delimiter = '|', textBlock = """
            # step | type | on | rule | plain | complex | remote | remote and complex | counted in
            PROCESSING | RECOMMENDATION | 2026-10-05 | PROCESSING_RECOMMENDATION_FEEDBACK | 10 | 10 | 10 | 10 | WORKING_DAYS
            PROCESSING | FEEDBACK | 2026-10-05 | PROCESSING_RECOMMENDATION_FEEDBACK | 10 | 10 | 10 | 10 | WORKING_DAYS
            PROCESSING | COMPLAINT | 2026-06-30 | ACCEPTANCE_COMPLAINT_UNTIL_2026_06_30 | 10 | 10 | 10 | 10 | CALENDAR_DAYS
            PROCESSING | COMPLAINT | 2026-07-01 | ACCEPTANCE_COMPLAINT_FROM_2026_07_01 | 7 | 7 | 7 | 7 | WORKING_DAYS
            PROCESSING | DENUNCIATION | 2026-10-05 | PROCESSING_DENUNCIATION | 7 | 10 | 7 | 10 | WORKING_DAYS
            RE_DENUNCIATION_REVIEW | DENUNCIATION | 2026-10-05 | REVIEW_RE_DENUNCIATION | 20 | 20 | 20 | 20 | CALENDAR_DAYS
            RESOLUTION_FIRST | COMPLAINT | 2026-10-05 | RESOLUTION_COMPLAINT_FIRST | 30 | 45 | 45 | 60 | CALENDAR_DAYS
            RESOLUTION_SECOND | COMPLAINT | 2026-10-05 | RESOLUTION_COMPLAINT_SECOND | 45 | 60 | 60 | 70 | CALENDAR_DAYS
            RESOLUTION_FIRST | DENUNCIATION | 2026-10-05 | RESOLUTION_DENUNCIATION | 30 | 30 | 30 | 30 | CALENDAR_DAYS
            EXTENSION | DENUNCIATION | 2026-10-05 | EXTENSION_DENUNCIATION | 30 | 30 | 30 | 30 | CALENDAR_DAYS
            RESOLUTION_FIRST | RECOMMENDATION | 2026-10-05 | ANSWER_RECOMMENDATION_FEEDBACK | 15 | 15 | 15 | 15 | WORKING_DAYS
            RESOLUTION_FIRST | FEEDBACK | 2026-10-05 | ANSWER_RECOMMENDATION_FEEDBACK | 15 | 15 | 15 | 15 | WORKING_DAYS
            EXTENSION | RECOMMENDATION | 2026-10-05 | EXTENSION_RECOMMENDATION_FEEDBACK | 10 | 10 | 10 | 10 | WORKING_DAYS
            EXTENSION | FEEDBACK | 2026-10-05 | EXTENSION_RECOMMENDATION_FEEDBACK | 10 | 10 | 10 | 10 | WORKING_DAYS
            """)
    void eachStepOfEachTypeHasItsRowWithItsPeriods(
            Step step,
            PetitionType type,
            LocalDate on,
            DeadlineRule rule,
            int plain,
            int complex,
            int remote,
            int remoteComplex,
            DayCount countedIn) {
        DeadlineRule found = DeadlineRule.find(step, type, on);

        assertThat(found).isEqualTo(rule);
        assertThat(found.days(false, false)).isEqualTo(plain);
        assertThat(found.days(false, true)).isEqualTo(complex);
        assertThat(found.days(true, false)).isEqualTo(remote);
        assertThat(found.days(true, true)).isEqualTo(remoteComplex);
        assertThat(found.dayCount()).isEqualTo(countedIn);
    }

    @ParameterizedTest(name = "{0} of a {1} has no row")
    @CsvSource(delimiter = '|', textBlock = """
            RE_DENUNCIATION_REVIEW | COMPLAINT
            RE_DENUNCIATION_REVIEW | FEEDBACK
            RESOLUTION_SECOND      | DENUNCIATION
            RESOLUTION_SECOND      | RECOMMENDATION
            EXTENSION              | COMPLAINT
            """)
    void stepsTheLawDoesNotKnowForATypeHaveNoRow(Step step, PetitionType type) {
        assertThat(DeadlineRule.lookup(step, type, LocalDate.of(2026, 10, 5))).isEmpty();
    }

    @ParameterizedTest(name = "a {0} is extended {1} time(s) at most")
    @CsvSource({"COMPLAINT, 1", "DENUNCIATION, 2", "RECOMMENDATION, 1", "FEEDBACK, 1"})
    void eachTypeAllowsItsNumberOfExtensions(PetitionType type, int extensions) {
        assertThat(DeadlineRule.maxExtensions(type)).isEqualTo(extensions);
    }

    @ParameterizedTest
    @EnumSource(PetitionType.class)
    void everyTypeHasAProcessingRowOnEveryDayAroundTheChangeOfFirstJuly2026(PetitionType type) {
        for (LocalDate day = LocalDate.of(2026, 6, 25); day.isBefore(LocalDate.of(2026, 7, 6)); day = day.plusDays(1)) {
            assertThat(DeadlineRule.lookup(Step.PROCESSING, type, day))
                    .as("%s on %s", type, day)
                    .isPresent();
        }
    }

    @Test
    void onlyTheServiceLevelsForRecommendationsAndFeedbackAreConfigurableAndEveryRowNamesItsSource() {
        assertThat(Arrays.stream(DeadlineRule.values()).filter(DeadlineRule::configurable))
                .containsExactlyInAnyOrder(
                        DeadlineRule.ANSWER_RECOMMENDATION_FEEDBACK, DeadlineRule.EXTENSION_RECOMMENDATION_FEEDBACK);
        assertThat(DeadlineRule.values())
                .allSatisfy(rule -> assertThat(rule.source()).isNotBlank());
    }
}
