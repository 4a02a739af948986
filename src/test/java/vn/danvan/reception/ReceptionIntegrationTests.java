package vn.danvan.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danvan.reception.ReceptionFixtures.periodic;
import static vn.danvan.reception.ReceptionFixtures.visit;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.petition.PetitionQueries;
import vn.danvan.petition.PetitionState;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.PetitionerKind;
import vn.danvan.reception.ReceptionCommands.AppointHead;
import vn.danvan.reception.domain.ReceptionVisit;
import vn.danvan.reception.domain.SessionState;
import vn.danvan.reception.domain.Standing;
import vn.danvan.shared.DomainException;

/** Reception schedules against the frequency rules of docs/law/rules.md A2, the reception log, delegations and refusals. */
@DanvanIntegrationTest
class ReceptionIntegrationTests {

    // November 2026: no public holiday; weekends only.
    static final LocalDate TUESDAY_3RD = LocalDate.of(2026, 11, 3);
    static final LocalDate FRIDAY_20TH = LocalDate.of(2026, 11, 20);

    @Autowired
    ReceptionFixtures fixtures;

    @Autowired
    ReceptionSchedule schedule;

    @Autowired
    ReceptionObligations obligations;

    @Autowired
    ReceptionLog log;

    @Autowired
    PetitionQueries petitions;

    @Autowired
    JdbcClient jdbc;

    ReceptionFixtures.Setting setting;

    @BeforeEach
    void setUp() {
        setting = fixtures.setting();
    }

    Standing secretaryStanding(LocalDate today) {
        Standing standing =
                obligations.standing(setting.secretary(), today, today).orElseThrow();
        // the list of standings (the home page's, one read for every head) counts the same days as the single one
        assertThat(obligations.standings(
                        Set.of(
                                setting.partyCommittee().id(),
                                setting.peoplesCommittee().id()),
                        today,
                        today,
                        setting.partyOffice()))
                .filteredOn(s -> s.headId() == setting.secretary().id())
                .containsExactly(standing);
        return standing;
    }

    @Test
    void aWardPartySecretaryMustReceiveCitizensTwoDaysAMonthAndIsFlaggedBeforeTheMonthEnds() {
        var held = schedule.schedule(periodic(setting.secretary(), TUESDAY_3RD, null), setting.partyOffice());
        schedule.markHeld(held.id(), TUESDAY_3RD, setting.partyOffice());

        Standing midMonth = secretaryStanding(FRIDAY_20TH);
        assertThat(midMonth.periodStart()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(midMonth.periodEnd()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(midMonth.required()).isEqualTo(2);
        assertThat(midMonth.held()).isEqualTo(1);
        assertThat(midMonth.workingDaysLeft()).isEqualTo(7); // 20, 23–27, 30 November
        assertThat(midMonth.status()).isEqualTo(Standing.Status.AT_RISK);

        schedule.schedule(periodic(setting.secretary(), LocalDate.of(2026, 11, 26), null), setting.partyOffice());
        assertThat(secretaryStanding(FRIDAY_20TH).status()).isEqualTo(Standing.Status.SCHEDULED);
        assertThat(obligations
                        .standing(setting.secretary(), FRIDAY_20TH, LocalDate.of(2026, 12, 1))
                        .orElseThrow()
                        .status())
                .isEqualTo(Standing.Status.MISSED);
    }

    @Test
    void aSecretaryMayDelegateAndTheDelegatedDayCountsButAChairmanMayNotDelegatePeriodicReception() {
        var delegated = schedule.schedule(
                periodic(setting.secretary(), TUESDAY_3RD, "Phó Bí thư Hồ Thị Thu"), setting.partyOffice());
        schedule.markHeld(delegated.id(), TUESDAY_3RD, setting.partyOffice());
        var own = schedule.schedule(
                periodic(setting.secretary(), LocalDate.of(2026, 11, 17), null), setting.partyOffice());
        schedule.markHeld(own.id(), FRIDAY_20TH, setting.partyOffice());
        assertThat(secretaryStanding(FRIDAY_20TH)).satisfies(standing -> {
            assertThat(standing.held()).isEqualTo(2);
            assertThat(standing.delegationCounts()).isTrue();
            assertThat(standing.status()).isEqualTo(Standing.Status.MET);
        });

        long before = sessions();
        assertThatThrownBy(() -> schedule.schedule(
                        periodic(setting.chairman(), TUESDAY_3RD, "Phó Chủ tịch Ngô Minh"), setting.receptionOfficer()))
                .isInstanceOf(DomainException.class)
                .extracting("code")
                .isEqualTo("reception.delegation-not-allowed");
        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void anAgencyHeadMayDelegatePeriodicReceptionUntilJuneTwentyTwentySixButNotFromJuly() {
        var director = schedule.appoint(
                new AppointHead(
                        setting.peoplesCommittee().id(),
                        HeadPosition.AGENCY_HEAD,
                        "Giám đốc Sở Phan Văn Sở",
                        null,
                        LocalDate.of(2025, 7, 1)),
                setting.receptionOfficer());
        // Luật Tiếp công dân 2013 Đ.18(2) let a head of an agency send a deputy.
        schedule.schedule(
                periodic(director, LocalDate.of(2026, 6, 16), "Phó Giám đốc Lê Phó"), setting.receptionOfficer());

        long before = sessions();
        // Luật 136/2025/QH15, from 1 July 2026: no longer.
        assertThatThrownBy(() -> schedule.schedule(
                        periodic(director, TUESDAY_3RD, "Phó Giám đốc Lê Phó"), setting.receptionOfficer()))
                .isInstanceOf(DomainException.class)
                .extracting("code")
                .isEqualTo("reception.delegation-not-allowed");
        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void inTheMonthOfTet2027TheSecretaryHasFifteenWorkingDaysAndCannotScheduleOnTheHoliday() {
        // February 2027: 20 weekdays less 5, 8, 9 (Tết) and 10, 11 (compensatory days).
        Standing february = obligations
                .standing(setting.secretary(), LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 1))
                .orElseThrow();
        assertThat(february.workingDaysLeft()).isEqualTo(15);
        assertThat(february.status()).isEqualTo(Standing.Status.AT_RISK);
        assertThatThrownBy(() -> schedule.schedule(
                        periodic(setting.secretary(), LocalDate.of(2027, 2, 10), null), setting.partyOffice()))
                .extracting("code")
                .isEqualTo("reception.day-off");
        schedule.schedule(periodic(setting.secretary(), LocalDate.of(2027, 2, 4), null), setting.partyOffice());
        schedule.schedule(periodic(setting.secretary(), LocalDate.of(2027, 2, 12), null), setting.partyOffice());
        assertThat(obligations
                        .standing(setting.secretary(), LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 1))
                        .orElseThrow()
                        .status())
                .isEqualTo(Standing.Status.SCHEDULED);
    }

    @Test
    void beforeJulyTwentyTwentySixACommuneChairmanOwedOneDayAWeek() {
        Standing june = obligations
                .standing(setting.chairman(), LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 10))
                .orElseThrow();
        assertThat(june.periodKind()).isEqualTo("WEEK");
        assertThat(june.periodStart()).isEqualTo(LocalDate.of(2026, 6, 8));
        assertThat(june.periodEnd()).isEqualTo(LocalDate.of(2026, 6, 14));
        assertThat(june.required()).isEqualTo(1);
        Standing november = obligations
                .standing(setting.chairman(), FRIDAY_20TH, FRIDAY_20TH)
                .orElseThrow();
        assertThat(november.periodKind()).isEqualTo("MONTH");
        assertThat(november.required()).isEqualTo(2);
        assertThat(november.delegationCounts()).isFalse();
    }

    @Test
    void periodicReceptionIsNotScheduledOnADayOffAndSessionsMoveOnlyForward() {
        assertThatThrownBy(() -> schedule.schedule(
                        periodic(setting.secretary(), LocalDate.of(2026, 11, 21), null), setting.partyOffice()))
                .extracting("code")
                .isEqualTo("reception.day-off");
        var session = schedule.schedule(
                periodic(setting.secretary(), LocalDate.of(2026, 11, 26), null), setting.partyOffice());
        assertThatThrownBy(() -> schedule.markHeld(session.id(), FRIDAY_20TH, setting.partyOffice()))
                .extracting("code")
                .isEqualTo("reception.session-in-future");
        assertThatThrownBy(() -> schedule.cancel(session.id(), " ", setting.partyOffice()))
                .extracting("code")
                .isEqualTo("reception.cancel-reason-required");
        var cancelled = schedule.cancel(session.id(), "Bí thư đi công tác", setting.partyOffice());
        assertThat(cancelled.state()).isEqualTo(SessionState.CANCELLED);
        assertThatThrownBy(() -> schedule.markHeld(session.id(), LocalDate.of(2026, 11, 27), setting.partyOffice()))
                .extracting("code")
                .isEqualTo("reception.session-not-scheduled");
        assertThat(jdbc.sql(
                                "select count(*) from shared.audit_event where subject_type = 'reception-session' and subject_id = ?")
                        .param(String.valueOf(session.id()))
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aDelegationOfEightChoosesAtMostTwoRepresentativesAndTwelveAtMostFive() {
        long before = visits();
        assertThatThrownBy(() -> log.record(
                        visit(
                                setting.peoplesCommittee().id(),
                                null,
                                FRIDAY_20TH,
                                PetitionerKind.GROUP,
                                8,
                                3,
                                PetitionType.COMPLAINT,
                                "Đoàn 8 hộ khiếu nại giá bồi thường"),
                        FRIDAY_20TH,
                        setting.receptionOfficer()))
                .extracting("code")
                .isEqualTo("petition.representatives-out-of-limits");
        assertThatThrownBy(() -> log.record(
                        visit(
                                setting.peoplesCommittee().id(),
                                null,
                                FRIDAY_20TH,
                                PetitionerKind.GROUP,
                                12,
                                0,
                                PetitionType.COMPLAINT,
                                "Đoàn 12 hộ không cử người đại diện"),
                        FRIDAY_20TH,
                        setting.receptionOfficer()))
                .extracting("code")
                .isEqualTo("petition.representatives-out-of-limits");
        assertThat(visits()).isEqualTo(before);

        var eight = log.record(
                visit(
                        setting.peoplesCommittee().id(),
                        null,
                        FRIDAY_20TH,
                        PetitionerKind.GROUP,
                        8,
                        2,
                        PetitionType.COMPLAINT,
                        "Đoàn 8 hộ khiếu nại giá bồi thường"),
                FRIDAY_20TH,
                setting.receptionOfficer());
        var twelve = log.record(
                visit(
                        setting.peoplesCommittee().id(),
                        null,
                        FRIDAY_20TH,
                        PetitionerKind.GROUP,
                        12,
                        5,
                        PetitionType.FEEDBACK,
                        "Đoàn 12 hộ phản ánh ngập úng"),
                FRIDAY_20TH,
                setting.receptionOfficer());
        assertThat(recorded(eight).delegation()).isTrue();
        assertThat(recorded(twelve).representativeCount()).isEqualTo(5);
    }

    @Test
    void aRefusalNeedsAGroundFromTheClosedListAndYieldsNoPetition() {
        var base = visit(
                setting.peoplesCommittee().id(),
                null,
                FRIDAY_20TH,
                PetitionerKind.INDIVIDUAL,
                1,
                0,
                PetitionType.COMPLAINT,
                "Khiếu nại đã được giải quyết, rà soát, trả lời bằng văn bản");
        var refused = log.record(
                new ReceptionCommands.RecordVisit(
                        base.bodyId(),
                        null,
                        base.visitedOn(),
                        base.visitorKind(),
                        1,
                        0,
                        base.visitorName(),
                        null,
                        null,
                        null,
                        Matter.OLD,
                        base.contentType(),
                        base.fieldCode(),
                        base.summary(),
                        null,
                        RefusalGround.ALREADY_RESOLVED_PERSISTING),
                FRIDAY_20TH,
                setting.receptionOfficer());

        assertThat(recorded(refused).refused()).isTrue();
        assertThat(jdbc.sql("select refused from reception.visit_facts where visit_id = ?")
                        .param(refused.id())
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThatThrownBy(() -> log.createPetition(refused.id(), setting.receptionOfficer()))
                .extracting("code")
                .isEqualTo("reception.refused-visit-has-no-petition");
    }

    @Test
    void aPetitionIsMadeFromAVisitInOneStepAndLinkedToIt() {
        var session = schedule.schedule(periodic(setting.chairman(), FRIDAY_20TH, null), setting.receptionOfficer());
        var visit = log.record(
                visit(
                        setting.peoplesCommittee().id(),
                        session.id(),
                        FRIDAY_20TH,
                        PetitionerKind.GROUP,
                        8,
                        2,
                        PetitionType.COMPLAINT,
                        "Đoàn 8 hộ tổ 5 khiếu nại giá bồi thường đất nông nghiệp"),
                FRIDAY_20TH,
                setting.receptionOfficer());

        var petition = log.createPetition(visit.id(), setting.receptionOfficer());

        assertThat(petition.state()).isEqualTo(PetitionState.RECEIVED);
        assertThat(log.visit(visit.id()).orElseThrow().petitionId()).isEqualTo(petition.id());
        var view = petitions.petition(petition.id(), setting.receptionOfficer());
        assertThat(view.bodyId()).isEqualTo(setting.peoplesCommittee().id());
        assertThat(view.petitionerCount()).isEqualTo(8);
        assertThat(view.receivedOn()).isEqualTo(FRIDAY_20TH);
        assertThatThrownBy(() -> log.createPetition(visit.id(), setting.receptionOfficer()))
                .extracting("code")
                .isEqualTo("reception.petition-already-created");
    }

    @Test
    void staffOfAnotherWardCanNeitherScheduleNorLogForThisOne() {
        long before = visits();
        assertThatThrownBy(() -> log.record(
                        visit(
                                setting.peoplesCommittee().id(),
                                null,
                                FRIDAY_20TH,
                                PetitionerKind.INDIVIDUAL,
                                1,
                                0,
                                PetitionType.FEEDBACK,
                                "Phản ánh đèn đường"),
                        FRIDAY_20TH,
                        setting.outsider()))
                .extracting("code")
                .isEqualTo("reception.out-of-scope");
        assertThatThrownBy(() -> schedule.schedule(periodic(setting.chairman(), FRIDAY_20TH, null), setting.outsider()))
                .extracting("code")
                .isEqualTo("reception.out-of-scope");
        assertThat(visits()).isEqualTo(before);
        assertThat(obligations.standings(
                        Set.of(setting.peoplesCommittee().id()), FRIDAY_20TH, FRIDAY_20TH, setting.outsider()))
                .isEmpty();
    }

    private ReceptionVisit recorded(VisitId visit) {
        return log.visit(visit.id()).orElseThrow();
    }

    private long visits() {
        return jdbc.sql("select count(*) from reception.visit")
                .query(Long.class)
                .single();
    }

    private long sessions() {
        return jdbc.sql("select count(*) from reception.session")
                .query(Long.class)
                .single();
    }
}
