package vn.danvan.petition.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.danvan.petition.Channel;
import vn.danvan.petition.Complexity;
import vn.danvan.petition.ComplexityCriterion;
import vn.danvan.petition.Decision;
import vn.danvan.petition.FilingGround;
import vn.danvan.petition.Instance;
import vn.danvan.petition.Outcome;
import vn.danvan.petition.PetitionState;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.PetitionerKind;
import vn.danvan.petition.Relation;
import vn.danvan.petition.SourceKind;
import vn.danvan.petition.domain.Petition.PetitionEvent.Kind;
import vn.danvan.shared.DomainException;

/** The moves of a petition, each guarded by the aggregate itself: no Spring, no database. */
class PetitionTests {

    static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);

    static final Petition.Particulars BY_NGUYEN_VAN_A = particulars(false, null, null, false, 0);

    static Petition.Particulars particulars(
            boolean anonymous,
            @Nullable SourceKind sourceKind,
            @Nullable String sourceName,
            boolean remoteArea,
            int representativeCount) {
        return new Petition.Particulars(
                sourceKind,
                sourceName,
                null,
                anonymous,
                1,
                representativeCount,
                new byte[] {1, 2, 3},
                "Nguyễn Văn A",
                "00004",
                "01",
                remoteArea);
    }

    static Petition petition(PetitionType type) {
        return petition(type, Channel.POST, Instance.FIRST, BY_NGUYEN_VAN_A, null, null);
    }

    static Petition petition(PetitionType type, Petition.Particulars particulars) {
        return petition(type, Channel.POST, Instance.FIRST, particulars, null, null);
    }

    static Petition petition(
            PetitionType type,
            Channel channel,
            Instance instance,
            Petition.Particulars particulars,
            @Nullable Petition related,
            @Nullable Relation relation) {
        var petition = Petition.receive(
                "T-1",
                7,
                channel,
                type,
                "LAND",
                instance,
                PetitionerKind.INDIVIDUAL,
                "Đơn",
                "Nội dung",
                MONDAY,
                MONDAY.plusDays(10),
                particulars,
                related,
                relation);
        petition.stored(1L);
        return petition;
    }

    static void assertRefused(ThrowingCallable move, String code) {
        assertThatThrownBy(move)
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo(code);
    }

    @Test
    void aNewPetitionAwaitsProcessingAndItsTimelineStartsWithItsReceipt() {
        var petition = petition(PetitionType.COMPLAINT);

        assertThat(petition.state()).isEqualTo(PetitionState.RECEIVED);
        assertThat(petition.currentDue()).isEqualTo(MONDAY.plusDays(10));
        assertThat(petition.drainEvents()).extracting(e -> e.kind()).containsExactly(Kind.RECEIVED);
        assertThat(petition.drainEvents()).isEmpty();
    }

    @Test
    void aDenunciationOrAnAnonymousPetitionIsReceivedWithoutTheNameInTheClear() {
        var denunciation = petition(PetitionType.DENUNCIATION);
        var anonymous = petition(PetitionType.FEEDBACK, particulars(true, null, null, false, 0));
        var named = petition(PetitionType.FEEDBACK);

        assertThat(denunciation.identitySealed()).isTrue();
        assertThat(denunciation.petitionerName()).isNull();
        assertThat(denunciation.identityCiphertext()).isNotNull();
        assertThat(anonymous.petitionerName()).isNull();
        assertThat(anonymous.identitySealed()).isFalse();
        assertThat(named.petitionerName()).isEqualTo("Nguyễn Văn A");
        assertThat(named.mustReportResult()).isFalse();
    }

    @Test
    void aPetitionOnTheContentOfASealedOneIsSealedAndKnowsTheDecisionTakenOnIt() {
        var denunciation = petition(PetitionType.DENUNCIATION);
        denunciation.guide(MONDAY, "Gửi cơ quan có thẩm quyền");

        var again = petition(
                PetitionType.FEEDBACK,
                Channel.POST,
                Instance.FIRST,
                BY_NGUYEN_VAN_A,
                denunciation,
                Relation.RESUBMISSION_OF);

        assertThat(again.identitySealed()).isTrue();
        assertThat(again.petitionerName()).isNull();
        assertThat(again.relatedPetitionId()).isEqualTo(1L);
        assertThat(again.previousDecisionOnSameContent()).isEqualTo(Decision.GUIDE);
    }

    @Test
    void acceptingStartsTheResolutionWithItsDeadline() {
        var petition = petition(PetitionType.COMPLAINT);
        assertRefused(
                () -> petition.accept(MONDAY.plusDays(2), true, MONDAY.plusDays(47)),
                "petition.complexity-not-declared");
        petition.declareComplexity(
                Complexity.COMPLEX,
                Set.of(ComplexityCriterion.SEVERAL_PLACES),
                "Phải xác minh tại hai xã",
                MONDAY.plusDays(1),
                null);

        petition.accept(MONDAY.plusDays(2), true, MONDAY.plusDays(47));

        assertThat(petition.state()).isEqualTo(PetitionState.ACCEPTED);
        assertThat(petition.decision()).isEqualTo(Decision.ACCEPT);
        assertThat(petition.decidedOn()).isEqualTo(MONDAY.plusDays(2));
        assertThat(petition.complex()).isTrue();
        assertThat(petition.currentDue()).isEqualTo(MONDAY.plusDays(47));
        assertThat(petition.drainEvents())
                .extracting(e -> e.kind())
                .containsExactly(Kind.RECEIVED, Kind.COMPLEXITY_DECLARED, Kind.ACCEPTED);
    }

    @Test
    void aDecisionDatedBeforeTheReceiptIsRefused() {
        var petition = petition(PetitionType.COMPLAINT);

        assertRefused(
                () -> petition.accept(MONDAY.minusDays(1), false, MONDAY.plusDays(30)), "petition.date-before-receipt");
    }

    @Test
    void aPetitionIsDecidedOnOnlyOnce() {
        var petition = petition(PetitionType.FEEDBACK);
        petition.guide(MONDAY, "Gửi UBND xã");

        assertRefused(() -> petition.accept(MONDAY, false, MONDAY.plusDays(20)), "petition.not-awaiting-processing");
        assertRefused(() -> petition.file(MONDAY, FilingGround.DUPLICATE, null), "petition.not-awaiting-processing");
    }

    @Test
    void anAnonymousDenunciationIsNotAccepted() {
        var petition = petition(PetitionType.DENUNCIATION, particulars(true, null, null, false, 0));

        assertRefused(
                () -> petition.accept(MONDAY, false, MONDAY.plusDays(30)),
                "petition.anonymous-denunciation-not-accepted");
    }

    @Test
    void guidingEndsTheCaseButNotTwiceOnTheSameContent() {
        var petition = petition(PetitionType.COMPLAINT);
        petition.guide(MONDAY, "Gửi UBND huyện");
        assertThat(petition.state()).isEqualTo(PetitionState.GUIDED);
        assertThat(petition.currentDue()).isNull();

        var again = petition(
                PetitionType.COMPLAINT,
                Channel.POST,
                Instance.FIRST,
                BY_NGUYEN_VAN_A,
                petition,
                Relation.RESUBMISSION_OF);
        assertRefused(() -> again.guide(MONDAY, "Gửi UBND huyện"), "petition.already-guided");
    }

    @Test
    void transferringNamesTheTargetAndIsRefusedForAPetitionThatArrivedByTransferOrToItsOwnBody() {
        var petition = petition(PetitionType.FEEDBACK);
        petition.transfer(MONDAY, 9L, "UBND phường", "theo thẩm quyền");
        assertThat(petition.state()).isEqualTo(PetitionState.TRANSFERRED);
        assertThat(petition.transferredToBodyId()).isEqualTo(9L);
        assertThat(petition.drainEvents()).last().extracting(e -> e.note()).isEqualTo("UBND phường — theo thẩm quyền");

        var arrived = petition(
                PetitionType.FEEDBACK,
                Channel.TRANSFERRED,
                Instance.FIRST,
                particulars(false, SourceKind.OTHER_BODY, "UBND huyện", false, 0),
                null,
                null);
        assertRefused(() -> arrived.transfer(MONDAY, 9L, "UBND phường", null), "petition.already-transferred");

        var resent = petition(
                PetitionType.FEEDBACK,
                Channel.POST,
                Instance.FIRST,
                BY_NGUYEN_VAN_A,
                petition,
                Relation.RESUBMISSION_OF);
        assertRefused(() -> resent.transfer(MONDAY, 9L, "UBND phường", null), "petition.already-transferred");

        var toItself = petition(PetitionType.FEEDBACK);
        assertRefused(() -> toItself.transfer(MONDAY, 7L, "Itself", null), "petition.transfer-to-self");
    }

    @Test
    void filingTakesOnlyAGroundThatAppliesToTheType() {
        var complaint = petition(PetitionType.COMPLAINT);
        complaint.file(MONDAY, FilingGround.TIME_BARRED, " ");
        assertThat(complaint.state()).isEqualTo(PetitionState.FILED);
        assertThat(complaint.filingGround()).isEqualTo(FilingGround.TIME_BARRED);
        assertThat(complaint.drainEvents()).last().extracting(e -> e.note()).isNull();

        var feedback = petition(PetitionType.FEEDBACK);
        assertRefused(
                () -> feedback.file(MONDAY, FilingGround.TIME_BARRED, null), "petition.filing-ground-not-applicable");
    }

    @Test
    void returningTheDocumentsEndsTheCaseVisiblyToTheCitizen() {
        var petition = petition(PetitionType.COMPLAINT);

        petition.returnDocuments(MONDAY, "Đơn không ký tên");

        assertThat(petition.state()).isEqualTo(PetitionState.RETURNED);
        assertThat(petition.drainEvents()).last().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(Kind.RETURNED);
            assertThat(e.visibleToCitizen()).isTrue();
        });
    }

    @Test
    void aDenunciationIsExtendedTwiceAtMostEachTimeLaterAndWithinTheLimit() {
        var petition = petition(PetitionType.DENUNCIATION);
        petition.accept(MONDAY, false, MONDAY.plusDays(30));
        petition.declareComplexity(
                Complexity.ESPECIALLY_COMPLEX,
                Set.of(ComplexityCriterion.SEVERAL_BODIES_RESPONSIBLE, ComplexityCriterion.CONFLICTING_EVIDENCE),
                "Liên quan nhiều cơ quan",
                MONDAY,
                null);

        assertRefused(
                () -> petition.extend(MONDAY, MONDAY.plusDays(30), MONDAY.plusDays(60), "x"),
                "petition.extension-not-later");
        assertRefused(
                () -> petition.extend(MONDAY, MONDAY.plusDays(61), MONDAY.plusDays(60), "x"),
                "petition.extension-beyond-limit");

        petition.extend(MONDAY, MONDAY.plusDays(60), MONDAY.plusDays(60), "phức tạp");
        assertThat(petition.resolutionDue()).isEqualTo(MONDAY.plusDays(60));
        assertThat(petition.extensionCount()).isEqualTo(1);
        assertThat(petition.complex()).isTrue();
        petition.extend(MONDAY, MONDAY.plusDays(90), MONDAY.plusDays(90), "đặc biệt phức tạp");

        assertRefused(
                () -> petition.extend(MONDAY, MONDAY.plusDays(120), MONDAY.plusDays(120), "x"),
                "petition.no-more-extensions");
    }

    @Test
    void aComplaintTakesItsLongerPeriodOnlyByTheWrittenDeterminationOfItsComplexityOnce() {
        var petition = petition(PetitionType.COMPLAINT);
        assertRefused(
                () -> petition.extend(MONDAY, MONDAY.plusDays(45), MONDAY.plusDays(45), "x"),
                "petition.not-being-resolved");

        petition.accept(MONDAY, false, MONDAY.plusDays(30));
        assertRefused(
                () -> petition.extend(MONDAY, MONDAY.plusDays(45), MONDAY.plusDays(45), "phức tạp"),
                "complaint.extend-by-declaring-complexity");
        assertRefused(
                () -> petition.declareComplexity(Complexity.COMPLEX, Set.of(), "x", MONDAY, MONDAY.plusDays(45)),
                "petition.complexity-criteria-required");
        assertRefused(
                () -> petition.declareComplexity(
                        Complexity.ESPECIALLY_COMPLEX,
                        Set.of(ComplexityCriterion.FOREIGN_ELEMENT),
                        "x",
                        MONDAY,
                        MONDAY.plusDays(45)),
                "complaint.no-especially-complex");
        assertRefused(
                () -> petition.declareComplexity(
                        Complexity.COMPLEX,
                        Set.of(ComplexityCriterion.FOREIGN_ELEMENT),
                        "x",
                        MONDAY.plusDays(31),
                        MONDAY.plusDays(45)),
                "petition.complexity-after-deadline");

        petition.declareComplexity(
                Complexity.COMPLEX,
                Set.of(ComplexityCriterion.FOREIGN_ELEMENT),
                "Người khiếu nại ở nước ngoài",
                MONDAY.plusDays(10),
                MONDAY.plusDays(45));
        assertThat(petition.resolutionDue()).isEqualTo(MONDAY.plusDays(45));
        assertThat(petition.complex()).isTrue();
        assertThat(petition.complexity()).isEqualTo(Complexity.COMPLEX);

        assertRefused(
                () -> petition.declareComplexity(
                        Complexity.COMPLEX,
                        Set.of(ComplexityCriterion.BODIES_DISAGREE),
                        "x",
                        MONDAY.plusDays(11),
                        MONDAY.plusDays(50)),
                "petition.complexity-already-declared");
    }

    @Test
    void anOrdinaryDenunciationIsNotExtendedAndAComplexOneOnlyOnce() {
        var ordinary = petition(PetitionType.DENUNCIATION);
        ordinary.accept(MONDAY, false, MONDAY.plusDays(30));
        assertRefused(
                () -> ordinary.extend(MONDAY, MONDAY.plusDays(60), MONDAY.plusDays(60), "x"),
                "denunciation.extension-needs-complexity");

        ordinary.declareComplexity(
                Complexity.COMPLEX, Set.of(ComplexityCriterion.SEVERAL_PLACES), "Hai địa điểm", MONDAY, null);
        ordinary.extend(MONDAY, MONDAY.plusDays(60), MONDAY.plusDays(60), "phức tạp");
        assertRefused(
                () -> ordinary.extend(MONDAY, MONDAY.plusDays(90), MONDAY.plusDays(90), "x"),
                "petition.no-more-extensions");
    }

    @Test
    void concludingTakesAnOutcomeForTheTypeAndADateAfterAcceptance() {
        var complaint = petition(PetitionType.COMPLAINT);
        complaint.accept(MONDAY.plusDays(1), false, MONDAY.plusDays(31));
        assertRefused(() -> complaint.conclude(MONDAY, Outcome.RIGHT, "x"), "petition.date-before-acceptance");
        assertRefused(
                () -> complaint.conclude(MONDAY.plusDays(5), Outcome.ANSWERED, "x"), "petition.outcome-not-for-type");

        complaint.conclude(MONDAY.plusDays(5), Outcome.PARTLY_RIGHT, "Kết luận");
        assertThat(complaint.state()).isEqualTo(PetitionState.RESOLVED);
        assertThat(complaint.resolvedOn()).isEqualTo(MONDAY.plusDays(5));
        assertThat(complaint.currentDue()).isNull();

        var feedback = petition(PetitionType.FEEDBACK);
        feedback.accept(MONDAY, false, MONDAY.plusDays(21));
        assertRefused(() -> feedback.conclude(MONDAY, Outcome.RIGHT, "x"), "petition.outcome-not-for-type");
        feedback.conclude(MONDAY, Outcome.WITHDRAWN, "Rút đơn");
        assertThat(feedback.outcome()).isEqualTo(Outcome.WITHDRAWN);
    }

    @Test
    void onlyAResolvedPetitionIsClosed() {
        var petition = petition(PetitionType.FEEDBACK);
        assertRefused(() -> petition.close(MONDAY), "petition.not-resolved");

        petition.accept(MONDAY, false, MONDAY.plusDays(21));
        petition.conclude(MONDAY.plusDays(3), Outcome.ANSWERED, "Trả lời");
        petition.close(MONDAY.plusDays(4));

        assertThat(petition.state()).isEqualTo(PetitionState.CLOSED);
        assertThat(petition.closedOn()).isEqualTo(MONDAY.plusDays(4));
    }

    @Test
    void aMissedDeadlineIsFlaggedOncePerDeadline() {
        var petition = petition(PetitionType.FEEDBACK);

        assertThat(petition.flagOverdue(MONDAY.plusDays(10))).isFalse();
        assertThat(petition.flagOverdue(MONDAY.plusDays(11))).isTrue();
        assertThat(petition.flagOverdue(MONDAY.plusDays(12))).isFalse();

        petition.accept(MONDAY.plusDays(12), false, MONDAY.plusDays(30));
        assertThat(petition.flagOverdue(MONDAY.plusDays(31))).isTrue();
    }

    @Test
    void classifyingAsADenunciationSealsTheIdentityForGood() {
        var petition = petition(PetitionType.FEEDBACK);

        petition.reclassify(PetitionType.DENUNCIATION, "LAND", Instance.FIRST, false, MONDAY.plusDays(9));
        petition.reclassify(PetitionType.FEEDBACK, "LAND", Instance.FIRST, false, MONDAY.plusDays(14));

        assertThat(petition.identitySealed()).isTrue();
        assertThat(petition.petitionerName()).isNull();
        assertThat(petition.visibleName()).isNull();
    }

    @Test
    void onlyAComplaintHasASecondInstance() {
        var petition = petition(PetitionType.FEEDBACK);

        assertRefused(
                () -> petition.reclassify(PetitionType.FEEDBACK, "LAND", Instance.SECOND, false, MONDAY),
                "petition.second-instance-only-complaints");
        assertRefused(
                () -> Petition.requireInstanceFits(PetitionType.DENUNCIATION, Instance.SECOND),
                "petition.second-instance-only-complaints");
    }

    @Test
    void aSplitPartKeepsTheAuthorThePlaceAndTheSourceAndLinksBack() {
        var original =
                petition(PetitionType.FEEDBACK, particulars(false, SourceKind.OTHER_BODY, "Sở Tài nguyên", true, 2));

        var part = original.splitOff(
                "T-2", PetitionType.RECOMMENDATION, "ENVIRONMENT", "Phần 2", "Nội dung 2", MONDAY.plusDays(14));

        assertThat(part.trackingCode()).isEqualTo("T-2");
        assertThat(part.bodyId()).isEqualTo(7);
        assertThat(part.receivedOn()).isEqualTo(MONDAY);
        assertThat(part.processingDue()).isEqualTo(MONDAY.plusDays(14));
        assertThat(part.type()).isEqualTo(PetitionType.RECOMMENDATION);
        assertThat(part.instance()).isEqualTo(Instance.FIRST);
        assertThat(part.sourceName()).isEqualTo("Sở Tài nguyên");
        assertThat(part.remoteArea()).isTrue();
        assertThat(part.representativeCount()).isEqualTo(2);
        assertThat(part.petitionerName()).isEqualTo("Nguyễn Văn A");
        assertThat(part.identityCiphertext()).isEqualTo(original.identityCiphertext());
        assertThat(part.communeCode()).isEqualTo("00004");
        assertThat(part.relatedPetitionId()).isEqualTo(1L);
        assertThat(part.relation()).isEqualTo(Relation.SPLIT_FROM);
        assertThat(part.identitySealed()).isFalse();
        assertThat(part.drainEvents()).extracting(e -> e.kind()).containsExactly(Kind.RECEIVED);
    }

    @Test
    void aPartThatIsADenunciationSealsTheIdentityInBothPetitions() {
        var original = petition(PetitionType.FEEDBACK);

        var part = original.splitOff("T-2", PetitionType.DENUNCIATION, "LAND", "Tố cáo", "Nội dung", MONDAY);

        assertThat(part.identitySealed()).isTrue();
        assertThat(part.petitionerName()).isNull();
        assertThat(original.identitySealed()).isTrue();
        assertThat(original.petitionerName()).isNull();
    }

    @Test
    void onlyAPetitionAwaitingProcessingIsSplit() {
        var original = petition(PetitionType.FEEDBACK);
        original.guide(MONDAY, "x");

        assertRefused(
                () -> original.splitOff("T-2", PetitionType.FEEDBACK, "LAND", "t", "c", MONDAY),
                "petition.not-awaiting-processing");
    }

    @Test
    void aTransferredCopyIsReceivedByTheTargetOnTheDayOfTransferAndMustReportBack() {
        var origin = petition(PetitionType.COMPLAINT, particulars(false, null, null, true, 0));

        var copy = origin.transferredTo("T-9", 9L, "UBND xã A", MONDAY.plusDays(3), MONDAY.plusDays(13));

        assertThat(copy.bodyId()).isEqualTo(9L);
        assertThat(copy.channel()).isEqualTo(Channel.TRANSFERRED);
        assertThat(copy.sourceKind()).isEqualTo(SourceKind.OTHER_BODY);
        assertThat(copy.sourceName()).isEqualTo("UBND xã A");
        assertThat(copy.sourceReference()).isEqualTo("T-1");
        assertThat(copy.mustReportResult()).isTrue();
        assertThat(copy.receivedOn()).isEqualTo(MONDAY.plusDays(3));
        assertThat(copy.processingDue()).isEqualTo(MONDAY.plusDays(13));
        assertThat(copy.title()).isEqualTo("Đơn");
        assertThat(copy.content()).isEqualTo("Nội dung");
        assertThat(copy.remoteArea()).isTrue();
        assertThat(copy.relation()).isEqualTo(Relation.TRANSFERRED_FROM);
        assertThat(copy.arrivedByTransfer()).isTrue();
    }

    @Test
    void aReopenedCaseIsANewOnlinePetitionWithTheReasonFirstAndOnlyWhenTheFirstIsFinished() {
        var original = petition(PetitionType.FEEDBACK);
        assertRefused(() -> original.reopenedAs("T-3", "x", MONDAY, MONDAY), "petition.reopen-not-finished");
        original.accept(MONDAY, false, MONDAY.plusDays(21));
        original.conclude(MONDAY.plusDays(2), Outcome.ANSWERED, "Trả lời");

        var reopened = original.reopenedAs("T-3", "  Chưa thỏa đáng ", MONDAY.plusDays(20), MONDAY.plusDays(34));

        assertThat(reopened.channel()).isEqualTo(Channel.ONLINE);
        assertThat(reopened.bodyId()).isEqualTo(7);
        assertThat(reopened.content()).isEqualTo("Chưa thỏa đáng\n\n— Nội dung");
        assertThat(reopened.receivedOn()).isEqualTo(MONDAY.plusDays(20));
        assertThat(reopened.state()).isEqualTo(PetitionState.RECEIVED);
        assertThat(reopened.relation()).isEqualTo(Relation.REOPENED_FROM);
        assertThat(reopened.relatedPetitionId()).isEqualTo(1L);
        assertThat(reopened.petitionerName()).isEqualTo("Nguyễn Văn A");
        assertThat(reopened.sourceKind()).isNull();
    }

    @Test
    void everyDerivedPetitionInheritsTheSealOfADenunciationWhateverItBecame() {
        var denunciation = petition(PetitionType.DENUNCIATION);
        denunciation.seal();
        denunciation.accept(MONDAY, false, MONDAY.plusDays(30));
        denunciation.conclude(MONDAY.plusDays(1), Outcome.WRONG, "x");

        assertThat(denunciation
                        .reopenedAs("T-3", "lý do", MONDAY.plusDays(2), MONDAY.plusDays(9))
                        .identitySealed())
                .isTrue();
        assertThat(denunciation.transferredTo("T-4", 9L, "UBND", MONDAY, MONDAY).identitySealed())
                .isTrue();

        var reclassified = petition(PetitionType.DENUNCIATION);
        reclassified.seal();
        reclassified.reclassify(PetitionType.FEEDBACK, "LAND", Instance.FIRST, false, MONDAY.plusDays(10));
        var part = reclassified.splitOff("T-5", PetitionType.FEEDBACK, "LAND", "t", "c", MONDAY);
        assertThat(part.identitySealed()).isTrue();
        assertThat(part.petitionerName()).isNull();
    }

    @Test
    void aSecondInstanceFollowsAFirstInstanceComplaintResolvedOrLate() {
        var first = petition(PetitionType.COMPLAINT);
        first.accept(MONDAY, false, MONDAY.plusDays(30));

        assertRefused(
                () -> first.admitSecondInstance(PetitionType.COMPLAINT, Instance.SECOND, MONDAY.plusDays(30)),
                "petition.first-instance-pending");
        first.admitSecondInstance(PetitionType.COMPLAINT, Instance.SECOND, MONDAY.plusDays(31));

        first.conclude(MONDAY.plusDays(3), Outcome.WRONG, "Quyết định lần đầu");
        first.admitSecondInstance(PetitionType.COMPLAINT, Instance.SECOND, MONDAY.plusDays(4));
    }

    @Test
    void aSecondInstanceMustBeAComplaintFollowingAFirstInstanceComplaint() {
        var first = petition(PetitionType.COMPLAINT);
        var feedback = petition(PetitionType.FEEDBACK);
        var second = petition(
                PetitionType.COMPLAINT,
                Channel.POST,
                Instance.SECOND,
                BY_NGUYEN_VAN_A,
                first,
                Relation.SECOND_INSTANCE_OF);

        assertRefused(
                () -> first.admitSecondInstance(PetitionType.COMPLAINT, Instance.FIRST, MONDAY.plusDays(90)),
                "petition.second-instance-mismatch");
        assertRefused(
                () -> feedback.admitSecondInstance(PetitionType.COMPLAINT, Instance.SECOND, MONDAY),
                "petition.second-instance-mismatch");
        assertRefused(
                () -> second.admitSecondInstance(PetitionType.COMPLAINT, Instance.SECOND, MONDAY),
                "petition.second-instance-mismatch");
    }

    @Test
    void aReDenunciationFollowsADenunciationResolvedOrNotInTime() {
        var first = petition(PetitionType.DENUNCIATION);

        assertRefused(
                () -> first.admitReDenunciation(PetitionType.DENUNCIATION, MONDAY.plusDays(10)),
                "petition.first-denunciation-pending");
        first.admitReDenunciation(PetitionType.DENUNCIATION, MONDAY.plusDays(11));
        assertRefused(
                () -> first.admitReDenunciation(PetitionType.COMPLAINT, MONDAY.plusDays(11)),
                "petition.re-denunciation-mismatch");

        var complaint = petition(PetitionType.COMPLAINT);
        complaint.guide(MONDAY, "x");
        assertRefused(
                () -> complaint.admitReDenunciation(PetitionType.DENUNCIATION, MONDAY.plusDays(60)),
                "petition.re-denunciation-mismatch");
    }
}
