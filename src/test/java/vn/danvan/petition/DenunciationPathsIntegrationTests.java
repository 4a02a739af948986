package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danvan.petition.PetitionFixtures.petition;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.petition.DenunciationPaths.AcceptanceNotice;
import vn.danvan.petition.DenunciationPaths.AccusedPerson;
import vn.danvan.petition.DenunciationPaths.Publication;
import vn.danvan.petition.DenunciationPaths.SeveralPlaces;
import vn.danvan.petition.DenunciationPaths.Withdrawal;
import vn.danvan.shared.DomainException;

/**
 * The legal path of a denunciation on the real database (Luật Tố cáo 2018 Đ.24, 29, 33, 40; NĐ 31/2019 Đ.4 am. NĐ
 * 156/2026) and of feedback on administrative regulations (NĐ 20/2008/NĐ-CP): due dates, what is late, the
 * timeline, the audit, the events — and the denouncer's seal on everything the accused or the public reads.
 */
@DanvanIntegrationTest
@RecordApplicationEvents
class DenunciationPathsIntegrationTests {

    // Monday 5 October 2026: no holiday in the following weeks, so only weekends move the dates.
    static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);
    static final String DENOUNCER = "Nguyễn Văn An";

    @Autowired
    PetitionFixtures fixtures;

    @Autowired
    PetitionIntake intake;

    @Autowired
    PetitionProcessing processing;

    @Autowired
    PetitionResolution resolution;

    @Autowired
    PetitionQueries queries;

    @Autowired
    DenunciationPaths paths;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    PetitionFixtures.Setting setting;

    @BeforeEach
    void setUp() {
        setting = fixtures.setting();
    }

    private PetitionReference receive(PetitionType type, String title) {
        return intake.receive(petition(setting.province().id(), type, MONDAY, title), setting.provinceHandler(), null);
    }

    private PetitionReference decide(long id, Decision decision, LocalDate on) {
        return processing.decide(
                id, new DecidePetition(decision, on, false, null, null, null, "ghi chú"), setting.provinceHandler());
    }

    private PetitionReference transfer(long id, LocalDate on) {
        return processing.decide(
                id,
                new DecidePetition(
                        Decision.TRANSFER, on, false, null, setting.commune().id(), null, null),
                setting.provinceHandler());
    }

    private List<PetitionQueries.TimelineEntry> timeline(long id, String kind) {
        return queries.timeline(id, setting.provinceHandler()).stream()
                .filter(entry -> entry.kind().equals(kind))
                .toList();
    }

    private List<String> audit(long id) {
        return jdbc.sql(
                        "select action from shared.audit_event where subject_type = 'petition' and subject_id = ? order by id")
                .param(String.valueOf(id))
                .query(String.class)
                .list();
    }

    private static void refused(Runnable action, String code) {
        assertThatThrownBy(action::run)
                .isInstanceOf(DomainException.class)
                .extracting("code")
                .isEqualTo(code);
    }

    private DenunciationPaths.LegalPathView path(long id) {
        return paths.legalPath(id, setting.provinceHandler());
    }

    // ---- initial processing: 7 or 10 working days (Luật TC Đ.24(1)) ------------------------------------

    @Test
    void aDenunciationNeedingVerificationAtSeveralPlacesGetsTenWorkingDaysWhenRecordedBeforeTheSeventh() {
        PetitionReference received = receive(PetitionType.DENUNCIATION, "Tố cáo sai phạm đất đai ở hai xã");
        assertThat(received.due()).isEqualTo(LocalDate.of(2026, 10, 14));
        assertThat(path(received.id()).mayRecordSeveralPlaces()).isFalse(); // today is past the seven days

        PetitionReference longer = paths.verificationAtSeveralPlaces(
                received.id(),
                new SeveralPlaces("Phải xác minh tại xã Hoà Bình và xã Phú Xuân", LocalDate.of(2026, 10, 8)),
                setting.provinceHandler());

        // Tue 6 … Fri 9 (4), Mon 12 … Fri 16 (9), Mon 19 October (10).
        assertThat(longer.due()).isEqualTo(LocalDate.of(2026, 10, 19));
        assertThat(timeline(received.id(), "PROCESSING_EXTENDED"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.note()).contains("2026-10-14 → 2026-10-19", "Phú Xuân"));
        assertThat(audit(received.id())).contains("petition.processing_extended");
        assertThat(events.stream(ProcessingPeriodExtended.class))
                .singleElement()
                .satisfies(event -> assertThat(event.petitionId()).isEqualTo(received.id()));
        assertThat(path(received.id()).severalPlacesReason()).contains("Phú Xuân");
        refused(
                () -> paths.verificationAtSeveralPlaces(
                        received.id(),
                        new SeveralPlaces("lần nữa", LocalDate.of(2026, 10, 9)),
                        setting.provinceHandler()),
                "petition.several-places-already-recorded");

        // A reclassification of the denunciation keeps the ten days it was given.
        processing.classify(
                received.id(),
                new ClassifyPetition(PetitionType.DENUNCIATION, "CORRUPTION", null, false),
                setting.provinceHandler());
        assertThat(queries.petition(received.id(), setting.provinceHandler()).processingDue())
                .isEqualTo(LocalDate.of(2026, 10, 19));
    }

    @Test
    void theTenDayVariantIsRefusedAfterTheSevenDaysRanOutAndForOtherTypesAndWritesNothing() {
        PetitionReference late = receive(PetitionType.DENUNCIATION, "Tố cáo nhận hối lộ");
        int audited = fixtures.auditRows(late.id());
        refused(
                () -> paths.verificationAtSeveralPlaces(
                        late.id(),
                        new SeveralPlaces("Xác minh nhiều nơi", LocalDate.of(2026, 10, 15)),
                        setting.provinceHandler()),
                "petition.several-places-after-deadline");
        refused(
                () -> paths.verificationAtSeveralPlaces(
                        late.id(), new SeveralPlaces(" ", LocalDate.of(2026, 10, 8)), setting.provinceHandler()),
                "petition.several-places-reason-required");
        assertThat(fixtures.auditRows(late.id())).isEqualTo(audited);
        assertThat(timeline(late.id(), "PROCESSING_EXTENDED")).isEmpty();
        assertThat(queries.petition(late.id(), setting.provinceHandler()).processingDue())
                .isEqualTo(LocalDate.of(2026, 10, 14));

        PetitionReference complaint = receive(PetitionType.COMPLAINT, "Khiếu nại");
        refused(
                () -> paths.verificationAtSeveralPlaces(
                        complaint.id(), new SeveralPlaces("Xác minh nhiều nơi", MONDAY), setting.provinceHandler()),
                "petition.several-places-only-denunciation");
    }

    // ---- transfer outside jurisdiction (Luật TC Đ.24(2); TT 05/2021 Đ.14) ---------------------------------

    @Test
    void aDenunciationOutsideJurisdictionIsTransferredWithinFiveWorkingDaysAndTheDenouncerIsTold() {
        PetitionReference received = receive(PetitionType.DENUNCIATION, "Tố cáo cán bộ xã");
        // Tue 6 … Fri 9 (4), Mon 12 October (5).
        assertThat(path(received.id()).transferDue()).isEqualTo(LocalDate.of(2026, 10, 12));

        transfer(received.id(), LocalDate.of(2026, 10, 12));

        assertThat(path(received.id()).transferLate()).isFalse();
        assertThat(timeline(received.id(), "STEP_LATE")).isEmpty();
        assertThat(timeline(received.id(), "NOTICE_SENT"))
                .extracting(PetitionQueries.TimelineEntry::note)
                .containsExactly("PETITIONER");
        long copy = jdbc.sql(
                        "select id from petition.petition where related_petition_id = ? and relation = 'TRANSFERRED_FROM'")
                .param(received.id())
                .query(Long.class)
                .single();
        // Transferred only once per content (TT 05/2021 Đ.14).
        assertThatThrownBy(() -> processing.decide(
                        copy,
                        new DecidePetition(
                                Decision.TRANSFER, LocalDate.of(2026, 10, 13), false, null, null, "Công an tỉnh", null),
                        setting.communeHandler()))
                .isInstanceOf(DomainException.class)
                .extracting("code")
                .isEqualTo("petition.already-transferred");
    }

    @Test
    void aDenunciationTransferredAfterItsFiveWorkingDaysIsFlaggedLate() {
        PetitionReference received = receive(PetitionType.DENUNCIATION, "Tố cáo chậm chuyển");
        transfer(received.id(), LocalDate.of(2026, 10, 13));

        assertThat(path(received.id()).transferLate()).isTrue();
        assertThat(timeline(received.id(), "STEP_LATE"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.note()).isEqualTo("TRANSFER 2026-10-12"));
    }

    @Test
    void anonymousOrUnverifiableDenunciationsAreNotProcessedAsDenunciationsButFiledOnTheirGround() {
        PetitionReference received = receive(PetitionType.DENUNCIATION, "Tố cáo mạo danh");
        processing.decide(
                received.id(),
                new DecidePetition(
                        Decision.FILE,
                        MONDAY,
                        false,
                        FilingGround.UNVERIFIED_DENOUNCER,
                        null,
                        null,
                        "Chuyển thanh tra"),
                setting.provinceHandler());
        assertThat(queries.petition(received.id(), setting.provinceHandler()).filingGround())
                .isEqualTo(FilingGround.UNVERIFIED_DENOUNCER);
        assertThat(FilingGround.UNVERIFIED_DENOUNCER.appliesTo(PetitionType.COMPLAINT))
                .isFalse();
        assertThat(FilingGround.SENT_TO_COMPETENT_BODY_TOO.appliesTo(PetitionType.DENUNCIATION))
                .isTrue();
        assertThat(FilingGround.ALREADY_GUIDED.appliesTo(PetitionType.DENUNCIATION))
                .isTrue();
    }

    // ---- notices of acceptance (Luật TC Đ.29) -------------------------------------------------------------

    @Test
    void theDenouncerAndTheAccusedAreNotifiedWithinFiveWorkingDaysOfAcceptanceAndALateNoticeIsFlagged() {
        PetitionReference received = receive(PetitionType.DENUNCIATION, "Tố cáo cán bộ địa chính " + DENOUNCER);
        decide(received.id(), Decision.ACCEPT, LocalDate.of(2026, 10, 6));
        // Wed 7 … Fri 9 (3), Mon 12, Tue 13 October (5).
        assertThat(path(received.id()).acceptanceNoticeDue()).isEqualTo(LocalDate.of(2026, 10, 13));

        refused(
                () -> paths.recordAcceptanceNotice(
                        received.id(),
                        new AcceptanceNotice(NoticeRecipient.ACCUSED, LocalDate.of(2026, 10, 8)),
                        setting.provinceHandler()),
                "petition.accused-unknown");
        paths.recordAccused(
                received.id(),
                new AccusedPerson("Trần Văn Bị", "Cán bộ địa chính", "UBND xã Hoà Bình"),
                setting.provinceHandler());
        paths.recordAcceptanceNotice(
                received.id(),
                new AcceptanceNotice(NoticeRecipient.DENOUNCER, LocalDate.of(2026, 10, 13)),
                setting.provinceHandler());
        paths.recordAcceptanceNotice(
                received.id(),
                new AcceptanceNotice(NoticeRecipient.ACCUSED, LocalDate.of(2026, 10, 14)),
                setting.provinceHandler());

        var path = path(received.id());
        assertThat(path.denouncerNotifiedOn()).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(path.denouncerNoticeLate()).isFalse();
        assertThat(path.accusedNotifiedOn()).isEqualTo(LocalDate.of(2026, 10, 14));
        assertThat(path.accusedNoticeLate()).isTrue();
        assertThat(path.accusedName()).isEqualTo("Trần Văn Bị");
        assertThat(timeline(received.id(), "ACCEPTANCE_NOTICE_SENT"))
                .extracting(PetitionQueries.TimelineEntry::note)
                .containsExactly("PETITIONER", "ACCUSED");
        assertThat(timeline(received.id(), "STEP_LATE"))
                .extracting(PetitionQueries.TimelineEntry::note)
                .containsExactly("ACCEPTANCE_NOTICE_ACCUSED 2026-10-13");
        assertThat(audit(received.id()))
                .contains("petition.accused_recorded", "petition.denouncer_notified", "petition.accused_notified");
        assertThat(events.stream(AcceptanceNoticeSent.class))
                .filteredOn(event -> event.petitionId() == received.id())
                .extracting(AcceptanceNoticeSent::recipient)
                .containsExactly(NoticeRecipient.DENOUNCER, NoticeRecipient.ACCUSED);
        refused(
                () -> paths.recordAcceptanceNotice(
                        received.id(),
                        new AcceptanceNotice(NoticeRecipient.ACCUSED, LocalDate.of(2026, 10, 15)),
                        setting.provinceHandler()),
                "petition.notice-already-recorded");

        // Luật TC Đ.29, Đ.47: the accused reads the content, never who wrote it.
        var notice = paths.accusedNotice(received.id(), setting.provinceHandler());
        assertThat(notice.accusedName()).isEqualTo("Trần Văn Bị");
        assertThat(notice.content()).contains("Tố cáo cán bộ địa chính");
        assertThat(notice.title() + notice.content() + notice)
                .doesNotContain(DENOUNCER)
                .doesNotContain("0912000001")
                .doesNotContain("001080000001")
                .doesNotContain("an@example.vn");
    }

    @Test
    void noNoticeOfAcceptanceBeforeTheDecisionToAccept() {
        PetitionReference received = receive(PetitionType.DENUNCIATION, "Tố cáo chưa thụ lý");
        refused(
                () -> paths.recordAcceptanceNotice(
                        received.id(),
                        new AcceptanceNotice(NoticeRecipient.DENOUNCER, MONDAY),
                        setting.provinceHandler()),
                "petition.not-accepted");
        assertThat(timeline(received.id(), "ACCEPTANCE_NOTICE_SENT")).isEmpty();
    }

    @Test
    void theAccusedsNoticeCarriesNoIdentityOfAPetitionReclassifiedAsADenunciationOrOfADenunciationSplitOff() {
        PetitionReference feedback = receive(PetitionType.FEEDBACK, "Phản ánh của " + DENOUNCER);
        processing.classify(
                feedback.id(),
                new ClassifyPetition(PetitionType.DENUNCIATION, "LAND", null, false),
                setting.provinceHandler());
        decide(feedback.id(), Decision.ACCEPT, LocalDate.of(2026, 10, 6));
        paths.recordAccused(feedback.id(), new AccusedPerson("Lê Bị Cáo", null, null), setting.provinceHandler());
        assertThat(paths.accusedNotice(feedback.id(), setting.provinceHandler()).toString())
                .contains("Lê Bị Cáo")
                .doesNotContain(DENOUNCER);

        PetitionReference mixed = receive(PetitionType.RECOMMENDATION, "Kiến nghị và tố cáo");
        PetitionReference part = intake.split(
                mixed.id(),
                new SplitPetition(
                        PetitionType.DENUNCIATION,
                        "LAND",
                        "Tố cáo trưởng thôn",
                        "Tôi, " + DENOUNCER + ", số điện thoại 0912000001, tố cáo trưởng thôn thu tiền trái phép"),
                setting.provinceHandler());
        decide(part.id(), Decision.ACCEPT, LocalDate.of(2026, 10, 6));
        paths.recordAccused(part.id(), new AccusedPerson("Trưởng thôn Đông", null, null), setting.provinceHandler());
        var notice = paths.accusedNotice(part.id(), setting.provinceHandler());
        assertThat(notice.content()).contains("tố cáo trưởng thôn thu tiền trái phép");
        assertThat(notice.toString()).doesNotContain(DENOUNCER).doesNotContain("0912000001");
    }

    // ---- withdrawal (Luật TC Đ.33; NĐ 31/2019 Đ.4 am. NĐ 156/2026) ----------------------------------------

    @Test
    void aWithdrawalWhileTheActShowsSignsOfViolationIsRecordedAndResolutionContinues() {
        PetitionReference received = receive(PetitionType.DENUNCIATION, "Tố cáo lạm thu");
        decide(received.id(), Decision.ACCEPT, LocalDate.of(2026, 10, 6));

        PetitionReference after = paths.withdraw(
                received.id(),
                new Withdrawal(
                        WithdrawalForm.LETTER,
                        LocalDate.of(2026, 10, 20),
                        false,
                        WithdrawalContinuation.SIGNS_OF_VIOLATION,
                        "Đã có chứng cứ thu tiền"),
                setting.provinceHandler());

        assertThat(after.state()).isEqualTo(PetitionState.ACCEPTED);
        var path = path(received.id());
        assertThat(path.withdrawnOn()).isEqualTo(LocalDate.of(2026, 10, 20));
        assertThat(path.withdrawalForm()).isEqualTo(WithdrawalForm.LETTER);
        assertThat(path.withdrawalContinuation()).isEqualTo(WithdrawalContinuation.SIGNS_OF_VIOLATION);
        assertThat(timeline(received.id(), "WITHDRAWN"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.note()).startsWith("LETTER / SIGNS_OF_VIOLATION"));
        assertThat(audit(received.id())).contains("petition.withdrawn");
        assertThat(events.stream(DenunciationWithdrawn.class))
                .singleElement()
                .satisfies(event -> assertThat(event.state()).isEqualTo(PetitionState.ACCEPTED));
        assertThat(resolution
                        .conclude(
                                received.id(),
                                new ConcludePetition(Outcome.RIGHT, "Tố cáo đúng", LocalDate.of(2026, 10, 30)),
                                setting.provinceHandler())
                        .state())
                .isEqualTo(PetitionState.RESOLVED);
    }

    @Test
    void aWithdrawalWithNoReasonToContinueTerminatesTheResolutionWithWithdrawalAsItsGround() {
        PetitionReference received = receive(PetitionType.DENUNCIATION, "Tố cáo rồi rút");
        refused(
                () -> paths.withdraw(
                        received.id(),
                        new Withdrawal(WithdrawalForm.RECORD, MONDAY, false, null, null),
                        setting.provinceHandler()),
                "petition.not-being-resolved");
        decide(received.id(), Decision.ACCEPT, LocalDate.of(2026, 10, 6));

        PetitionReference terminated = paths.withdraw(
                received.id(),
                new Withdrawal(
                        WithdrawalForm.RECORD, LocalDate.of(2026, 10, 15), false, null, "Rút trực tiếp tại trụ sở"),
                setting.provinceHandler());

        assertThat(terminated.state()).isEqualTo(PetitionState.RESOLVED);
        var view = queries.petition(received.id(), setting.provinceHandler());
        assertThat(view.outcome()).isEqualTo(Outcome.WITHDRAWN);
        assertThat(view.resolvedOn()).isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(timeline(received.id(), "NOTICE_SENT"))
                .extracting(PetitionQueries.TimelineEntry::note)
                .contains("PETITIONER");
        assertThat(events.stream(DenunciationWithdrawn.class))
                .singleElement()
                .satisfies(event -> assertThat(event.state()).isEqualTo(PetitionState.RESOLVED));
        // A termination is no conclusion on the content: nothing to publish (Luật TC Đ.40).
        assertThat(path(received.id()).publicationDue()).isNull();
        refused(
                () -> paths.publishConclusion(
                        received.id(),
                        new Publication(Set.of(PublicationForm.POSTING), LocalDate.of(2026, 10, 16)),
                        setting.provinceHandler()),
                "petition.no-conclusion-to-publish");

        PetitionReference complaint = receive(PetitionType.COMPLAINT, "Khiếu nại rút");
        decide(complaint.id(), Decision.ACCEPT, LocalDate.of(2026, 10, 6));
        refused(
                () -> paths.withdraw(
                        complaint.id(),
                        new Withdrawal(WithdrawalForm.LETTER, LocalDate.of(2026, 10, 7), false, null, null),
                        setting.provinceHandler()),
                "petition.only-denunciation");
    }

    @Test
    void aPartialWithdrawalLeavesTheRestOfTheDenunciationToResolve() {
        PetitionReference received = receive(PetitionType.DENUNCIATION, "Tố cáo hai nội dung");
        decide(received.id(), Decision.ACCEPT, LocalDate.of(2026, 10, 6));

        PetitionReference after = paths.withdraw(
                received.id(),
                new Withdrawal(WithdrawalForm.LETTER, LocalDate.of(2026, 10, 12), true, null, "Rút nội dung thứ nhất"),
                setting.provinceHandler());

        assertThat(after.state()).isEqualTo(PetitionState.ACCEPTED);
        assertThat(path(received.id()).withdrawalPartial()).isTrue();
        assertThat(timeline(received.id(), "WITHDRAWN"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.note()).startsWith("LETTER / PARTIAL"));
    }

    // ---- publication of the conclusion (Luật TC Đ.40) -------------------------------------------------------

    private PetitionReference concluded(String title, String conclusion) {
        PetitionReference received = receive(PetitionType.DENUNCIATION, title);
        decide(received.id(), Decision.ACCEPT, LocalDate.of(2026, 10, 6));
        resolution.conclude(
                received.id(),
                new ConcludePetition(Outcome.PARTLY_RIGHT, conclusion, LocalDate.of(2026, 10, 20)),
                setting.provinceHandler());
        return received;
    }

    private List<Map<String, Object>> publishedAnswer(long id) {
        return jdbc.sql(
                        "select title, content, answer, answered_on from petition.published_answer where petition_id = ?")
                .param(id)
                .query()
                .listOfRows();
    }

    @Test
    void theConclusionIsPublishedWithinSevenWorkingDaysAndOnThePortalWithoutTheDenouncer() {
        PetitionReference received = concluded(
                "Tố cáo của " + DENOUNCER + " về chủ tịch xã",
                "Kết luận: ông Trần Văn Bị vi phạm quy định thu phí; người tố cáo " + DENOUNCER + " được bảo vệ.");
        // Wed 21 … Fri 23 (3), Mon 26 … Thu 29 October (7).
        assertThat(path(received.id()).publicationDue()).isEqualTo(LocalDate.of(2026, 10, 29));
        refused(
                () -> paths.publishConclusion(
                        received.id(),
                        new Publication(Set.of(), LocalDate.of(2026, 10, 28)),
                        setting.provinceHandler()),
                "petition.publication-form-required");

        paths.publishConclusion(
                received.id(),
                new Publication(Set.of(PublicationForm.PORTAL, PublicationForm.MEETING), LocalDate.of(2026, 10, 28)),
                setting.provinceHandler());

        var path = path(received.id());
        assertThat(path.publishedOn()).isEqualTo(LocalDate.of(2026, 10, 28));
        assertThat(path.publicationForms()).containsExactly(PublicationForm.MEETING, PublicationForm.PORTAL);
        assertThat(path.publicationLate()).isFalse();
        assertThat(timeline(received.id(), "CONCLUSION_PUBLISHED"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.note()).isEqualTo("MEETING, PORTAL"));
        assertThat(audit(received.id()))
                .contains("petition.conclusion_published", "petition.conclusion-published-on-portal");
        assertThat(events.stream(ConclusionPublished.class)).hasSize(1);

        assertThat(publishedAnswer(received.id())).singleElement().satisfies(row -> {
            // The portal's mask also hides names it only guesses (after "ông", "bà"…): it errs on the safe side.
            assertThat(row.get("answer").toString()).contains("Kết luận: ông *** vi phạm quy định thu phí");
            assertThat(row.get("content")).isEqualTo("");
            assertThat(row.get("answered_on")).isEqualTo(java.sql.Date.valueOf(LocalDate.of(2026, 10, 28)));
            assertThat(row.values().toString()).doesNotContain(DENOUNCER).doesNotContain("Nội dung:");
        });
        refused(
                () -> paths.publishConclusion(
                        received.id(),
                        new Publication(Set.of(PublicationForm.POSTING), LocalDate.of(2026, 10, 29)),
                        setting.provinceHandler()),
                "petition.conclusion-already-published");
    }

    @Test
    void aConclusionPublishedLateIsFlaggedAndOneNotOnThePortalStaysOffIt() {
        PetitionReference received = concluded("Tố cáo công khai muộn", "Kết luận tố cáo đúng một phần");
        paths.publishConclusion(
                received.id(),
                new Publication(Set.of(PublicationForm.POSTING), LocalDate.of(2026, 10, 30)),
                setting.provinceHandler());

        assertThat(path(received.id()).publicationLate()).isTrue();
        assertThat(timeline(received.id(), "STEP_LATE"))
                .extracting(PetitionQueries.TimelineEntry::note)
                .containsExactly("CONCLUSION_PUBLICATION 2026-10-29");
        assertThat(publishedAnswer(received.id())).isEmpty();
    }

    // ---- feedback on administrative regulations (NĐ 20/2008/NĐ-CP am. NĐ 92/2017) ------------------------

    @Test
    void regulationFeedbackOutsideTheBodysCompetenceIsTransferredWithinFiveWorkingDaysAndLateIsFlagged() {
        PetitionReference received = receive(PetitionType.FEEDBACK, "Phản ánh thủ tục cấp phép xây dựng rườm rà");
        assertThat(path(received.id()).transferDue()).isNull();
        paths.markRegulationFeedback(received.id(), setting.provinceHandler());
        assertThat(path(received.id()).regulationFeedback()).isTrue();
        assertThat(path(received.id()).transferDue()).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(audit(received.id())).contains("petition.regulation_feedback_marked");
        assertThat(events.stream(RegulationFeedbackMarked.class)).hasSize(1);
        refused(
                () -> paths.markRegulationFeedback(received.id(), setting.provinceHandler()),
                "petition.regulation-feedback-already-marked");

        transfer(received.id(), LocalDate.of(2026, 10, 14));

        assertThat(path(received.id()).transferLate()).isTrue();
        assertThat(timeline(received.id(), "STEP_LATE"))
                .extracting(PetitionQueries.TimelineEntry::note)
                .containsExactly("TRANSFER 2026-10-12");
        long copy = jdbc.sql(
                        "select id from petition.petition where related_petition_id = ? and relation = 'TRANSFERRED_FROM'")
                .param(received.id())
                .query(Long.class)
                .single();
        assertThat(paths.legalPath(copy, setting.communeHandler()).regulationFeedback())
                .isTrue();
    }

    @Test
    void regulationFeedbackTransferredInTimeIsNotFlaggedAndOnlyRecommendationsAndFeedbackAreMarked() {
        PetitionReference received = receive(PetitionType.RECOMMENDATION, "Kiến nghị sửa quy định hộ tịch");
        paths.markRegulationFeedback(received.id(), setting.provinceHandler());
        transfer(received.id(), LocalDate.of(2026, 10, 9));
        assertThat(path(received.id()).transferLate()).isFalse();
        assertThat(timeline(received.id(), "STEP_LATE")).isEmpty();

        PetitionReference denunciation = receive(PetitionType.DENUNCIATION, "Tố cáo");
        refused(
                () -> paths.markRegulationFeedback(denunciation.id(), setting.provinceHandler()),
                "petition.regulation-feedback-type");
    }
}
