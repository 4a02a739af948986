package vn.danvan.reception.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danvan.petition.PetitionerKind;
import vn.danvan.reception.RefusalGround;
import vn.danvan.shared.DomainException;

/**
 * The representatives of many people with the same content (docs/law/rules.md A3; Luật Tiếp công dân 2013 Đ.29): 1–2
 * for 5–10 people, at most 5 above 10, appointed in writing, from among the group; and the refusal's dates (A4).
 */
class GroupRepresentationRulesTests {

    @ParameterizedTest(name = "{0} of {1} with {2} representative(s) is admitted")
    @CsvSource({
        "GROUP, 5, 1",
        "GROUP, 5, 2",
        "GROUP, 10, 1",
        "GROUP, 10, 2",
        "GROUP, 11, 1",
        "GROUP, 11, 5",
        "GROUP, 200, 5",
        "INDIVIDUAL, 1, 0",
        "SEVERAL, 4, 0",
    })
    void representativesWithinTheLimitsAppointedInWritingFromTheGroupAreAdmitted(
            PetitionerKind kind, int people, int representatives) {
        assertThatCode(() -> ReceptionVisit.checkRepresentation(kind, people, representatives, true, true))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} of {1} with {2} representative(s) is refused: {3}")
    @CsvSource({
        "GROUP, 5, 0, petition.representatives-out-of-limits",
        "GROUP, 5, 3, petition.representatives-out-of-limits",
        "GROUP, 10, 3, petition.representatives-out-of-limits",
        "GROUP, 11, 0, petition.representatives-out-of-limits",
        "GROUP, 11, 6, petition.representatives-out-of-limits",
        "GROUP, 4, 1, petition.group-needs-five",
        "INDIVIDUAL, 2, 0, petition.individual-is-one-person",
    })
    void representativesOutsideTheLimitsAreRefused(PetitionerKind kind, int people, int representatives, String code) {
        assertThatThrownBy(() -> ReceptionVisit.checkRepresentation(kind, people, representatives, true, true))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refused -> org.assertj.core.api.Assertions.assertThat(refused.code())
                                .isEqualTo(code));
    }

    @ParameterizedTest(name = "a group of {0}: in writing {1}, among the group {2} → {3}")
    @CsvSource({
        "5, false, true, reception.representatives-not-in-writing",
        "12, false, false, reception.representatives-not-in-writing",
        "5, true, false, reception.representatives-not-among-group",
        "12, true, false, reception.representatives-not-among-group",
    })
    void aGroupsRepresentativesAreAppointedInWritingFromAmongItsPeople(
            int people, boolean inWriting, boolean amongGroup, String code) {
        assertThatThrownBy(() ->
                        ReceptionVisit.checkRepresentation(PetitionerKind.GROUP, people, 1, inWriting, amongGroup))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refused -> org.assertj.core.api.Assertions.assertThat(refused.code())
                                .isEqualTo(code));
    }

    @ParameterizedTest(name = "several people ({0}) need no written appointment")
    @CsvSource({"2", "4"})
    void severalPeopleUnderFiveNeedNoWrittenAppointment(int people) {
        assertThatCode(() -> ReceptionVisit.checkRepresentation(PetitionerKind.SEVERAL, people, 0, false, false))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} on a visit of {1}, grounds {2}, notice {3}: {4}")
    @CsvSource({
        "ALREADY_ANSWERED_NO_NEW_FACTS, 2026-06-30, , , reception.ground-not-in-force",
        "ALREADY_RESOLVED_PERSISTING, 2026-07-01, 2026-07-02, , reception.grounds-in-future",
        "ALREADY_RESOLVED_PERSISTING, 2026-07-01, 2026-06-29, 2026-06-28, reception.notice-day-out-of-range",
        "ALREADY_RESOLVED_PERSISTING, 2026-07-01, , 2026-07-02, reception.notice-day-out-of-range",
    })
    void aRefusalNamesAGroundInForceAndDaysThatMakeSense(
            RefusalGround ground,
            LocalDate visitedOn,
            @org.jspecify.annotations.Nullable LocalDate groundsOn,
            @org.jspecify.annotations.Nullable LocalDate noticeOn,
            String code) {
        assertThatThrownBy(() ->
                        ReceptionVisit.checkRefusal(ground, visitedOn, groundsOn, noticeOn, LocalDate.of(2026, 7, 1)))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refused -> org.assertj.core.api.Assertions.assertThat(refused.code())
                                .isEqualTo(code));
    }

    @ParameterizedTest(name = "{0} on {1} is admitted")
    @CsvSource({"ALREADY_ANSWERED_NO_NEW_FACTS, 2026-07-01", "ALREADY_RESOLVED_PERSISTING, 2026-06-30"})
    void aGroundInForceOnTheDayOfTheVisitIsAdmitted(RefusalGround ground, LocalDate visitedOn) {
        assertThatCode(() -> ReceptionVisit.checkRefusal(ground, visitedOn, null, visitedOn, LocalDate.of(2026, 7, 1)))
                .doesNotThrowAnyException();
    }
}
