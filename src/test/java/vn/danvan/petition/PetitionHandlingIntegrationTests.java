package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danvan.petition.PetitionFixtures.petition;
import static vn.danvan.petition.PetitionFixtures.withRelation;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.petition.domain.OverdueWatch;
import vn.danvan.petition.domain.Petition;
import vn.danvan.petition.persistence.Petitions;
import vn.danvan.shared.DomainException;

/** Every legal path of docs/law/rules.md A1/A4 on the real database: accept, guide, transfer, file, return, resolve. */
@DanvanIntegrationTest
class PetitionHandlingIntegrationTests {

    // Monday 5 October 2026: no holiday in the following weeks, so only weekends move the dates.
    static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);

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
    OverdueWatch overdueWatch;

    @Autowired
    JdbcClient jdbc;

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

    @Autowired
    Petitions petitions;

    private PetitionReference declare(long id, Complexity complexity, LocalDate on) {
        return resolution.declareComplexity(
                id,
                new DeclareComplexity(
                        complexity,
                        java.util.Set.of(ComplexityCriterion.SEVERAL_PLACES, ComplexityCriterion.CONFLICTING_EVIDENCE),
                        "Phải xác minh ở hai xã, chứng cứ mâu thuẫn",
                        on),
                setting.provinceHandler());
    }

    @Test
    void aPetitionWhoseRandomTrackingCodeIsAlreadyTakenIsRegisteredUnderAFreshOneWithItsTimeline() {
        PetitionReference first = receive(PetitionType.FEEDBACK, "Phản ánh đèn đường hỏng");
        var second = new Petition(
                first.trackingCode(),
                setting.province().id(),
                Channel.IN_PERSON,
                PetitionType.FEEDBACK,
                "ENVIRONMENT",
                Instance.FIRST,
                PetitionerKind.INDIVIDUAL,
                "Phản ánh rác thải",
                "Rác thải ùn ứ",
                MONDAY,
                MONDAY.plusDays(10));
        second.registered();

        petitions.add(second, null);

        assertThat(second.id()).isNotNull().isNotEqualTo(first.id());
        assertThat(second.trackingCode()).isNotEqualTo(first.trackingCode()).startsWith("2026-");
        assertThat(jdbc.sql("select tracking_code from petition.petition where id = ?")
                        .param(second.id())
                        .query(String.class)
                        .single())
                .isEqualTo(second.trackingCode());
        assertThat(jdbc.sql("select count(*) from petition.petition_event where petition_id = ? and kind = 'RECEIVED'")
                        .param(second.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from petition.petition_event where petition_id = ?")
                        .param(first.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void complaintMustBeAcceptedWithinSevenWorkingDaysAndResolvedWithinThirtyDaysOfAcceptance() {
        PetitionReference received = receive(PetitionType.COMPLAINT, "Khiếu nại thu hồi đất");
        // NĐ 124/2020 Đ.16(1) am. NĐ 155/2026: 07 working days from receipt: Tue 6 … Wed 14 October.
        assertThat(received.due()).isEqualTo(LocalDate.of(2026, 10, 14));
        assertThat(received.state()).isEqualTo(PetitionState.RECEIVED);

        PetitionReference accepted = decide(received.id(), Decision.ACCEPT, LocalDate.of(2026, 10, 7));
        // Luật Khiếu nại Đ.28: 30 days from acceptance.
        assertThat(accepted.state()).isEqualTo(PetitionState.ACCEPTED);
        assertThat(accepted.due()).isEqualTo(LocalDate.of(2026, 11, 6));
    }

    @Test
    void complaintIsExtendedOnceByBecomingComplexAndAThirtyDayEndOnASaturdayMovesToMonday() {
        PetitionReference received = receive(PetitionType.COMPLAINT, "Khiếu nại bồi thường");
        decide(received.id(), Decision.ACCEPT, LocalDate.of(2026, 10, 7));
        assertThatThrownBy(() -> resolution.extend(
                        received.id(),
                        new ExtendResolution(null, "phức tạp", LocalDate.of(2026, 10, 20)),
                        setting.provinceHandler()))
                .isInstanceOf(DomainException.class)
                .extracting("code")
                .isEqualTo("complaint.extend-by-declaring-complexity");

        PetitionReference extended = declare(received.id(), Complexity.COMPLEX, LocalDate.of(2026, 10, 20));
        // Complex: 45 days from 7 October = Saturday 21 November → Monday 23 November (BLDS 2015 Đ.148(5)).
        assertThat(extended.due()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThatThrownBy(() -> declare(received.id(), Complexity.COMPLEX, LocalDate.of(2026, 10, 21)))
                .isInstanceOf(DomainException.class)
                .extracting("code")
                .isEqualTo("petition.complexity-already-declared");
    }

    @Test
    void denunciationIsExtendedAtMostTwiceByThirtyDaysEachCountedFromAcceptance() {
        PetitionReference received = receive(PetitionType.DENUNCIATION, "Tố cáo cán bộ địa chính");
        assertThat(received.due()).isEqualTo(LocalDate.of(2026, 10, 14)); // Luật Tố cáo Đ.24: 7 working days
        PetitionReference accepted = decide(received.id(), Decision.ACCEPT, LocalDate.of(2026, 10, 7));
        assertThat(accepted.due()).isEqualTo(LocalDate.of(2026, 11, 6));
        declare(received.id(), Complexity.ESPECIALLY_COMPLEX, LocalDate.of(2026, 10, 8));

        assertThatThrownBy(() -> resolution.extend(
                        received.id(),
                        new ExtendResolution(LocalDate.of(2026, 12, 10), "quá 30 ngày", LocalDate.of(2026, 11, 2)),
                        setting.provinceHandler()))
                .isInstanceOf(DomainException.class)
                .extracting("code")
                .isEqualTo("petition.extension-beyond-limit");

        var first = resolution.extend(
                received.id(),
                new ExtendResolution(null, "phức tạp", LocalDate.of(2026, 11, 2)),
                setting.provinceHandler());
        assertThat(first.due()).isEqualTo(LocalDate.of(2026, 12, 7)); // day 60 is Sunday 6 December
        var second = resolution.extend(
                received.id(),
                new ExtendResolution(null, "đặc biệt phức tạp", LocalDate.of(2026, 11, 30)),
                setting.provinceHandler());
        // Day 90 from acceptance, not 30 days after the Monday the first extension was moved to (6 January).
        assertThat(second.due()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThatThrownBy(() -> resolution.extend(
                        received.id(),
                        new ExtendResolution(null, "lần ba", LocalDate.of(2026, 11, 30)),
                        setting.provinceHandler()))
                .isInstanceOf(DomainException.class)
                .extracting("code")
                .isEqualTo("petition.no-more-extensions");
    }

    @Test
    void aDenunciationAcceptedOnTwelveAugustExtendedTwiceEndsNinetyDaysLaterOnTenNovember() {
        var received = intake.receive(
                petition(setting.province().id(), PetitionType.DENUNCIATION, LocalDate.of(2026, 8, 10), "Tố cáo"),
                setting.provinceHandler(),
                null);
        var accepted = decide(received.id(), Decision.ACCEPT, LocalDate.of(2026, 8, 12));
        assertThat(accepted.due()).isEqualTo(LocalDate.of(2026, 9, 11));
        declare(received.id(), Complexity.ESPECIALLY_COMPLEX, LocalDate.of(2026, 8, 20));
        var first = resolution.extend(
                received.id(),
                new ExtendResolution(null, "phức tạp", LocalDate.of(2026, 9, 10)),
                setting.provinceHandler());
        assertThat(first.due()).isEqualTo(LocalDate.of(2026, 10, 12)); // day 60 is Sunday 11 October
        var second = resolution.extend(
                received.id(),
                new ExtendResolution(null, "đặc biệt phức tạp", LocalDate.of(2026, 10, 9)),
                setting.provinceHandler());
        assertThat(second.due()).isEqualTo(LocalDate.of(2026, 11, 10)); // Luật Tố cáo Đ.30(1): 90 days at most
    }

    @Test
    void anExtensionIsRefusedOnceTheDeadlineItExtendsHasRunOut() {
        PetitionReference received = receive(PetitionType.DENUNCIATION, "Tố cáo quá hạn");
        decide(received.id(), Decision.ACCEPT, LocalDate.of(2026, 10, 7)); // due Friday 6 November
        declare(received.id(), Complexity.COMPLEX, LocalDate.of(2026, 10, 20));
        assertThatThrownBy(() -> resolution.extend(
                        received.id(),
                        new ExtendResolution(null, "xin gia hạn muộn", LocalDate.of(2026, 11, 9)),
                        setting.provinceHandler()))
                .isInstanceOf(DomainException.class)
                .extracting("code")
                .isEqualTo("petition.extension-after-deadline");
        assertThat(queries.petition(received.id(), setting.provinceHandler()).extensionCount())
                .isZero();
    }

    @Test
    void guidedContentSentAgainCannotBeGuidedTwiceAndIsFiledAsAlreadyGuided() {
        PetitionReference first = receive(PetitionType.RECOMMENDATION, "Kiến nghị về lối đi chung");
        assertThat(first.due()).isEqualTo(LocalDate.of(2026, 10, 19)); // 10 working days
        PetitionReference guided = decide(first.id(), Decision.GUIDE, MONDAY);
        assertThat(guided.state()).isEqualTo(PetitionState.GUIDED);

        PetitionReference again = intake.receive(
                withRelation(
                        petition(
                                setting.province().id(),
                                PetitionType.RECOMMENDATION,
                                MONDAY.plusDays(10),
                                "Kiến nghị về lối đi chung"),
                        first.trackingCode(),
                        Relation.RESUBMISSION_OF,
                        Instance.FIRST),
                setting.provinceHandler(),
                null);
        assertThatThrownBy(() -> decide(again.id(), Decision.GUIDE, MONDAY.plusDays(11)))
                .isInstanceOf(DomainException.class)
                .extracting("code")
                .isEqualTo("petition.already-guided");
        assertThat(queries.petition(again.id(), setting.provinceHandler()).allowedDecisions())
                .doesNotContain(Decision.GUIDE);

        PetitionReference filed = processing.decide(
                again.id(),
                new DecidePetition(
                        Decision.FILE, MONDAY.plusDays(11), false, FilingGround.ALREADY_GUIDED, null, null, null),
                setting.provinceHandler());
        assertThat(filed.state()).isEqualTo(PetitionState.FILED);
    }

    @Test
    void transferToABodyOnThePlatformPutsALinkedCaseInItsQueueWhichCannotBeTransferredAgain() {
        PetitionReference received = receive(PetitionType.FEEDBACK, "Phản ánh ô nhiễm kênh");
        PetitionReference transferred = processing.decide(
                received.id(),
                new DecidePetition(
                        Decision.TRANSFER,
                        MONDAY.plusDays(1),
                        false,
                        null,
                        setting.commune().id(),
                        null,
                        "thuộc thẩm quyền xã"),
                setting.provinceHandler());
        assertThat(transferred.state()).isEqualTo(PetitionState.TRANSFERRED);

        var communeQueue = queries.queue(
                new PetitionQueries.QueueFilter(
                        setting.commune().id(), null, null, null, null, null, "o nhiem kenh", 0, 20),
                setting.communeHandler());
        assertThat(communeQueue.rows()).hasSize(1);
        long copyId = communeQueue.rows().getFirst().id();
        var copy = queries.petition(copyId, setting.communeHandler());
        assertThat(copy.relation()).isEqualTo(Relation.TRANSFERRED_FROM);
        assertThat(copy.relatedTrackingCode()).isEqualTo(received.trackingCode());
        assertThat(copy.channel()).isEqualTo(Channel.TRANSFERRED);
        assertThat(copy.allowedDecisions()).doesNotContain(Decision.TRANSFER);

        assertThatThrownBy(() -> processing.decide(
                        copyId,
                        new DecidePetition(Decision.TRANSFER, MONDAY.plusDays(2), false, null, null, "UBND tỉnh", null),
                        setting.communeHandler()))
                .isInstanceOf(DomainException.class)
                .extracting("code")
                .isEqualTo("petition.already-transferred");

        // The commune resolves it; the province, which transferred it, is told the result.
        processing.decide(
                copyId,
                new DecidePetition(Decision.ACCEPT, MONDAY.plusDays(2), false, null, null, null, null),
                setting.communeHandler());
        resolution.conclude(
                copyId,
                new ConcludePetition(Outcome.ANSWERED, "Đã nạo vét kênh", MONDAY.plusDays(9)),
                setting.communeHandler());
        assertThat(queries.timeline(received.id(), setting.provinceHandler()))
                .extracting(PetitionQueries.TimelineEntry::kind)
                .contains("RESULT_REPORTED");
        assertThat(queries.timeline(copyId, setting.communeHandler()))
                .filteredOn(entry -> entry.kind().equals("NOTICE_SENT"))
                .extracting(PetitionQueries.TimelineEntry::note)
                .anyMatch(note -> note.startsWith("TRANSFERRING_BODY"));
    }

    @Test
    void filingNeedsAGroundFromTheClosedListThatFitsTheType() {
        PetitionReference received = receive(PetitionType.RECOMMENDATION, "Kiến nghị trùng");
        assertThatThrownBy(() -> processing.decide(
                        received.id(),
                        new DecidePetition(Decision.FILE, MONDAY, false, null, null, null, null),
                        setting.provinceHandler()))
                .isInstanceOf(DomainException.class)
                .extracting("code")
                .isEqualTo("petition.filing-ground-required");
        assertThatThrownBy(() -> processing.decide(
                        received.id(),
                        new DecidePetition(Decision.FILE, MONDAY, false, FilingGround.TIME_BARRED, null, null, null),
                        setting.provinceHandler()))
                .isInstanceOf(DomainException.class)
                .extracting("code")
                .isEqualTo("petition.filing-ground-not-applicable");
        var filed = processing.decide(
                received.id(),
                new DecidePetition(Decision.FILE, MONDAY, false, FilingGround.DUPLICATE, null, null, null),
                setting.provinceHandler());
        assertThat(filed.state()).isEqualTo(PetitionState.FILED);
    }

    @Test
    void documentsCanBeReturnedWithAReason() {
        PetitionReference received = receive(PetitionType.COMPLAINT, "Khiếu nại kèm giấy tờ gốc");
        var returned = decide(received.id(), Decision.RETURN, MONDAY);
        assertThat(returned.state()).isEqualTo(PetitionState.RETURNED);
    }

    @Test
    void secondInstanceComplaintLinksToTheFirstAndRunsFortyFiveDays() {
        PetitionReference first = receive(PetitionType.COMPLAINT, "Khiếu nại quyết định thu hồi đất");
        ReceivePetition second = withRelation(
                petition(
                        setting.province().id(),
                        PetitionType.COMPLAINT,
                        LocalDate.of(2026, 10, 8),
                        "Khiếu nại lần hai"),
                first.trackingCode(),
                Relation.SECOND_INSTANCE_OF,
                Instance.SECOND);
        assertThatThrownBy(() -> intake.receive(second, setting.provinceHandler(), null))
                .isInstanceOf(DomainException.class)
                .extracting("code")
                .isEqualTo("petition.first-instance-pending");

        decide(first.id(), Decision.ACCEPT, LocalDate.of(2026, 10, 6));
        resolution.conclude(
                first.id(),
                new ConcludePetition(Outcome.WRONG, "Giữ nguyên quyết định", LocalDate.of(2026, 10, 7)),
                setting.provinceHandler());

        PetitionReference secondReference = intake.receive(second, setting.provinceHandler(), null);
        var view = queries.petition(secondReference.id(), setting.provinceHandler());
        assertThat(view.instance()).isEqualTo(Instance.SECOND);
        assertThat(view.relatedTrackingCode()).isEqualTo(first.trackingCode());
        var accepted = decide(secondReference.id(), Decision.ACCEPT, LocalDate.of(2026, 10, 9));
        assertThat(accepted.due()).isEqualTo(LocalDate.of(2026, 11, 23)); // 45 days = Mon 23 Nov (Luật KN Đ.37)
    }

    @Test
    void reDenunciationLinksToTheFirstAndIsReviewedWithinTwentyDays() {
        PetitionReference first = receive(PetitionType.DENUNCIATION, "Tố cáo vi phạm xây dựng");
        decide(first.id(), Decision.ACCEPT, LocalDate.of(2026, 10, 6));
        resolution.conclude(
                first.id(),
                new ConcludePetition(Outcome.WRONG, "Tố cáo sai", LocalDate.of(2026, 10, 9)),
                setting.provinceHandler());
        PetitionReference again = intake.receive(
                withRelation(
                        petition(
                                setting.province().id(),
                                PetitionType.DENUNCIATION,
                                LocalDate.of(2026, 10, 12),
                                "Tố cáo tiếp"),
                        first.trackingCode(),
                        Relation.RE_DENUNCIATION_OF,
                        Instance.FIRST),
                setting.provinceHandler(),
                null);
        // Luật Tố cáo Đ.37: 20 days from receipt: 1 November is a Sunday → Monday 2 November.
        assertThat(again.due()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(queries.petition(again.id(), setting.provinceHandler()).relation())
                .isEqualTo(Relation.RE_DENUNCIATION_OF);
    }

    @Test
    void resolvingRecordsNoticesToThePartiesAndThenTheCaseCloses() {
        PetitionReference received = receive(PetitionType.DENUNCIATION, "Tố cáo thu tiền trái phép");
        decide(received.id(), Decision.ACCEPT, LocalDate.of(2026, 10, 6));
        resolution.recordVerification(received.id(), "Làm việc với người bị tố cáo", setting.provinceHandler());
        assertThatThrownBy(() -> resolution.close(received.id(), setting.provinceHandler()))
                .isInstanceOf(DomainException.class)
                .extracting("code")
                .isEqualTo("petition.not-resolved");
        assertThatThrownBy(() -> resolution.conclude(
                        received.id(),
                        new ConcludePetition(Outcome.ANSWERED, "x", LocalDate.of(2026, 10, 20)),
                        setting.provinceHandler()))
                .isInstanceOf(DomainException.class)
                .extracting("code")
                .isEqualTo("petition.outcome-not-for-type");

        var resolved = resolution.conclude(
                received.id(),
                new ConcludePetition(Outcome.PARTLY_RIGHT, "Tố cáo đúng một phần", LocalDate.of(2026, 10, 20)),
                setting.provinceHandler());
        assertThat(resolved.state()).isEqualTo(PetitionState.RESOLVED);
        var notices = queries.timeline(received.id(), setting.provinceHandler()).stream()
                .filter(entry -> entry.kind().equals("NOTICE_SENT"))
                .map(PetitionQueries.TimelineEntry::note)
                .toList();
        assertThat(notices)
                .anyMatch(note -> note.startsWith("PETITIONER"))
                .anyMatch(note -> note.startsWith("ACCUSED"));
        assertThat(notices).noneMatch(note -> note.contains("Nguyễn Văn An"));
        assertThat(resolution.close(received.id(), setting.provinceHandler()).state())
                .isEqualTo(PetitionState.CLOSED);
    }

    @Test
    void everyStateChangeIsAuditedAndARefusedChangeWritesNothing() {
        PetitionReference received = receive(PetitionType.COMPLAINT, "Khiếu nại kiểm tra nhật ký");
        int afterReceipt = fixtures.auditRows(received.id());
        assertThat(afterReceipt).isEqualTo(1);
        decide(received.id(), Decision.ACCEPT, MONDAY);
        assertThat(fixtures.auditRows(received.id())).isEqualTo(2);

        int events = jdbc.sql("select count(*) from petition.petition_event where petition_id = ?")
                .param(received.id())
                .query(Integer.class)
                .single();
        assertThatThrownBy(() -> decide(received.id(), Decision.GUIDE, MONDAY))
                .isInstanceOf(DomainException.class)
                .extracting("code")
                .isEqualTo("petition.not-awaiting-processing");
        assertThat(fixtures.auditRows(received.id())).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from petition.petition_event where petition_id = ?")
                        .param(received.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(events);
        assertThat(queries.petition(received.id(), setting.provinceHandler()).state())
                .isEqualTo(PetitionState.ACCEPTED);
    }

    @Test
    void aMissedDeadlineIsRecordedOnceByTheOverdueWatch() {
        PetitionReference received = receive(PetitionType.FEEDBACK, "Phản ánh đèn đường hỏng");
        overdueWatch.flagOverdue(LocalDate.of(2026, 10, 20));
        overdueWatch.flagOverdue(LocalDate.of(2026, 10, 21));
        assertThat(queries.timeline(received.id(), setting.provinceHandler()))
                .filteredOn(entry -> entry.kind().equals("DEADLINE_MISSED"))
                .hasSize(1);
        var view = queries.petition(received.id(), setting.provinceHandler());
        assertThat(view.deadlineFlag()).isEqualTo(PetitionQueries.DeadlineFlag.OVERDUE);
    }

    @Test
    void groupPetitionsRespectTheLimitsOnRepresentatives() {
        ReceivePetition base = petition(setting.province().id(), PetitionType.COMPLAINT, MONDAY, "Đơn tập thể");
        ReceivePetition tooMany = new ReceivePetition(
                base.bodyId(),
                base.channel(),
                null,
                null,
                null,
                base.type(),
                base.fieldCode(),
                null,
                false,
                PetitionerKind.GROUP,
                8,
                3,
                base.petitioner(),
                base.title(),
                base.content(),
                base.communeCode(),
                base.receivedOn(),
                false,
                null,
                null);
        assertThatThrownBy(() -> intake.receive(tooMany, setting.provinceHandler(), null))
                .isInstanceOf(DomainException.class)
                .extracting("code")
                .isEqualTo("petition.representatives-out-of-limits");
        ReceivePetition large = new ReceivePetition(
                base.bodyId(),
                base.channel(),
                null,
                null,
                null,
                base.type(),
                base.fieldCode(),
                null,
                false,
                PetitionerKind.GROUP,
                40,
                5,
                base.petitioner(),
                base.title(),
                base.content(),
                base.communeCode(),
                base.receivedOn(),
                false,
                null,
                null);
        assertThat(intake.receive(large, setting.provinceHandler(), null).state())
                .isEqualTo(PetitionState.RECEIVED);
    }

    @Test
    void aPetitionWithSeveralContentsIsSplitIntoLinkedPetitions() {
        PetitionReference received = receive(PetitionType.COMPLAINT, "Đơn nhiều nội dung");
        var part = intake.split(
                received.id(),
                new SplitPetition(
                        PetitionType.DENUNCIATION, "CORRUPTION", "Tố cáo nhận hối lộ", "Nội dung tố cáo tách ra"),
                setting.provinceHandler());
        var view = queries.petition(part.id(), setting.provinceHandler());
        assertThat(view.relation()).isEqualTo(Relation.SPLIT_FROM);
        assertThat(view.type()).isEqualTo(PetitionType.DENUNCIATION);
        assertThat(view.petitionerName()).isNull();
    }

    @Test
    void aRepeatedCreateWithTheSameIdempotencyKeyReturnsTheFirstPetition() {
        ReceivePetition command = petition(setting.province().id(), PetitionType.FEEDBACK, MONDAY, "Gửi hai lần");
        var first = intake.receive(command, setting.provinceHandler(), "key-1");
        var second = intake.receive(command, setting.provinceHandler(), "key-1");
        assertThat(second.id()).isEqualTo(first.id());
    }
}
