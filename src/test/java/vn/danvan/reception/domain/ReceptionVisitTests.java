package vn.danvan.reception.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.PetitionerKind;
import vn.danvan.reception.Matter;
import vn.danvan.reception.RefusalGround;

/** A visit's rules, without a database: one petition from an answered visit, sealed denouncers, the title. */
class ReceptionVisitTests {

    static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    static ReceptionVisit visit(String summary, @Nullable RefusalGround ground, @Nullable Long petitionId) {
        return new ReceptionVisit(
                9,
                10,
                null,
                DAY,
                PetitionerKind.INDIVIDUAL,
                1,
                0,
                false,
                "Lê Thị Mai",
                "0905111222",
                "Phường Phú Xuân",
                "19753",
                Matter.NEW,
                PetitionType.COMPLAINT,
                "LAND",
                summary,
                null,
                ground,
                petitionId,
                "canbo",
                OffsetDateTime.now(),
                false,
                null,
                null,
                false,
                false,
                ground == null ? null : DAY,
                null);
    }

    @Test
    void aPetitionIsMadeOnceFromAnAnsweredVisit() {
        visit("Khiếu nại giá bồi thường", null, null).checkPetitionMayBeMade();
        assertThatThrownBy(() -> visit("Khiếu nại giá bồi thường", null, 42L).checkPetitionMayBeMade())
                .extracting("code")
                .isEqualTo("reception.petition-already-created");
    }

    @Test
    void aRefusedVisitHasNoPetition() {
        ReceptionVisit refused = visit("Khiếu nại đã giải quyết", RefusalGround.ALREADY_RESOLVED_PERSISTING, null);
        assertThat(refused.refused()).isTrue();
        assertThatThrownBy(refused::checkPetitionMayBeMade)
                .extracting("code")
                .isEqualTo("reception.refused-visit-has-no-petition");
    }

    @Test
    void onlyADenouncerIsSealed() {
        assertThat(ReceptionVisit.sealedVisitor(PetitionType.DENUNCIATION)).isTrue();
        assertThat(ReceptionVisit.sealedVisitor(PetitionType.COMPLAINT)).isFalse();
        assertThat(ReceptionVisit.sealedVisitor(PetitionType.FEEDBACK)).isFalse();
    }

    @Test
    void theVisitorInClearIsTheIdentityOfThePetition() {
        var identity = visit("Phản ánh", null, null).clearIdentity();
        assertThat(identity.fullName()).isEqualTo("Lê Thị Mai");
        assertThat(identity.phone()).isEqualTo("0905111222");
        assertThat(identity.address()).isEqualTo("Phường Phú Xuân");
    }

    @Test
    void thePetitionTitleIsTheSummarysFirstSentenceCutAtAWordBoundaryNearOneHundredCharacters() {
        assertThat(visit("Ngắn", null, null).petitionTitle()).isEqualTo("Ngắn");
        assertThat(visit("Đường liên thôn bị sạt lở. Người dân đề nghị sửa gấp trước mùa mưa.", null, null)
                        .petitionTitle())
                .isEqualTo("Đường liên thôn bị sạt lở");
        String words = "Ông Nguyễn Văn An phản ánh việc thu hồi đất làm đường giao thông liên xã không bồi thường đúng "
                + "giá đất ở địa phương và không thông báo trước cho các hộ dân";
        String title = visit(words + ". Sau đó…", null, null).petitionTitle();
        assertThat(title).endsWith("…").doesNotContain("Sau đó");
        assertThat(title.length()).isLessThanOrEqualTo(100);
        assertThat(words).startsWith(title.substring(0, title.length() - 1));
        assertThat(words.charAt(title.length() - 1)).as("cut between two words").isEqualTo(' ');
        String unbroken = "b".repeat(150);
        assertThat(visit(unbroken, null, null).petitionTitle()).isEqualTo("b".repeat(99) + "…");
    }

    @Test
    void theOfficersShortTitleIsThePetitionsTitle() {
        var visit = visit("Đường liên thôn bị sạt lở. Người dân đề nghị sửa gấp.", null, null);
        assertThat(visit.petitionTitle("  Sạt lở   đường thôn 3 ")).isEqualTo("Sạt lở đường thôn 3");
        assertThat(visit.petitionTitle(" ")).isEqualTo("Đường liên thôn bị sạt lở");
        assertThatThrownBy(() -> visit.petitionTitle("x".repeat(301)))
                .extracting("code")
                .isEqualTo("reception.petition-title-too-long");
    }

    @Test
    void aVisitIsNotLoggedBeforeItHappens() {
        assertThatThrownBy(() -> ReceptionVisit.checkVisitedOn(DAY.plusDays(1), DAY))
                .extracting("code")
                .isEqualTo("reception.visit-in-future");
        ReceptionVisit.checkVisitedOn(DAY, DAY);
    }
}
