package vn.danvan.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.TestUnits;
import vn.danvan.WebSession;
import vn.danvan.insight.domain.MatcherMinHash;
import vn.danvan.insight.persistence.MatterSamples;
import vn.danvan.organization.AdministrativeUnitImport;
import vn.danvan.organization.Body;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.OrganizationAdministration;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.organization.UnitLevel;
import vn.danvan.petition.Channel;
import vn.danvan.petition.MatterGroups;
import vn.danvan.petition.PetitionIntake;
import vn.danvan.petition.PetitionReference;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.PetitionerIdentity;
import vn.danvan.petition.PetitionerKind;
import vn.danvan.petition.ReceivePetition;
import vn.danvan.report.PetitionHandlingReports;

/**
 * One citizen – one matter (issue 20) through the real intake, the case page's block, the officer's decision and the
 * petition-handling report: a citizen who sends the same petition to several bodies is one matter.
 */
@DanvanIntegrationTest
class SameMatterIntegrationTests {

    static final LocalDate RECEIVED = LocalDate.of(2026, 11, 23);

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    PetitionIntake intake;

    @Autowired
    SameMatters matters;

    @Autowired
    MatterGroups groups;

    @Autowired
    PetitionHandlingReports reports;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    String suffix;
    Body province;
    Body communeA;
    Body communeB;
    StaffMember head;
    String headName;

    @BeforeEach
    void threeBodiesOfOneProvince(@Autowired AdministrativeUnitImport units) {
        TestUnits.ensureHue(units);
        suffix = UUID.randomUUID().toString().substring(0, 8);
        province = administration.addBody(
                "BTCD-SM-" + suffix,
                "Ban Tiếp công dân tỉnh " + suffix,
                BodyKind.RECEPTION_OFFICE,
                UnitLevel.PROVINCE,
                TestUnits.HUE,
                null,
                null);
        communeA = administration.addBody(
                "UBA-SM-" + suffix,
                "UBND phường Phú Xuân " + suffix,
                BodyKind.PEOPLES_COMMITTEE,
                UnitLevel.COMMUNE,
                TestUnits.HUE,
                TestUnits.PHU_XUAN,
                province.id());
        communeB = administration.addBody(
                "UBB-SM-" + suffix,
                "UBND phường Thuận Hóa " + suffix,
                BodyKind.PEOPLES_COMMITTEE,
                UnitLevel.COMMUNE,
                TestUnits.HUE,
                TestUnits.THUAN_HOA,
                province.id());
        headName = "truongban-sm-" + suffix;
        head = staff(headName, province, EnumSet.of(Role.HEAD_OF_BODY, Role.CASE_HANDLER), false);
    }

    /** A text of its own for each test, so that other tests' petitions of the same commune never meet it. */
    String matterText() {
        return "Khiếu nại việc thu hồi đất của gia đình tại thửa số " + suffix + " tờ bản đồ 12, tổ dân phố 4. "
                + "Gia đình tôi không được thông báo trước khi thu hồi, mức giá bồi thường thấp hơn giá thị trường "
                + "nhiều lần. Đề nghị cơ quan có thẩm quyền xem xét giải quyết dứt điểm vụ việc " + suffix + ".";
    }

    @Test
    void aPetitionSentToThreeBodiesIsSuggestedWithItsReasonAndOnceConfirmedIsOneMatterWithOneHistory()
            throws Exception {
        String text = matterText();
        PetitionReference first = receive(communeA, Channel.POST, PetitionType.COMPLAINT, text, null);
        PetitionReference second = receive(
                province,
                Channel.ONLINE,
                PetitionType.COMPLAINT,
                "Kính gửi Ban Tiếp công dân tỉnh. " + vn.danvan.shared.VietnameseText.fold(text),
                null);

        var board = matters.board(second.id(), head);
        assertThat(board.suggestions()).hasSize(1);
        var suggestion = board.suggestions().getFirst();
        assertThat(suggestion.matterCase().id()).isEqualTo(first.id());
        assertThat(suggestion.sameCommune()).isTrue();
        assertThat(suggestion.percent()).isGreaterThanOrEqualTo(70);

        // The case page's block, as the officer sees it after intake.
        WebSession session = WebSession.signedIn(port, headName, password(headName));
        String block = session.get("/insight/same-matter/" + second.id()).body();
        assertThat(block)
                .contains(first.trackingCode())
                .contains("cùng xã")
                .contains("nội dung giống " + suggestion.percent() + "%")
                .contains("Cùng vụ việc");

        assertThat(groups.confirm(second.id(), first.id(), head)).isTrue();
        PetitionReference third = receive(communeB, Channel.POST, PetitionType.COMPLAINT, text, null);
        // Another commune: the text alone does not link it; the officer links it from the first case.
        assertThat(matters.board(third.id(), head).suggestions()).isEmpty();
        assertThat(groups.confirm(first.id(), third.id(), head)).isTrue();

        var history = matters.board(third.id(), head).group();
        assertThat(history)
                .extracting(MatterGroups.MatterCase::id)
                .containsExactly(first.id(), second.id(), third.id());
        assertThat(matters.board(second.id(), head).suggestions()).isEmpty();
        String page = session.get("/insight/same-matter/" + first.id()).body();
        assertThat(page)
                .contains("Một vụ việc: 3 đơn")
                .contains(second.trackingCode())
                .contains(third.trackingCode());
        assertThat(timelineKinds(first.id())).contains("SAME_MATTER_CONFIRMED");
        assertThat(timelineNotes(first.id(), "SAME_MATTER_CONFIRMED"))
                .containsExactlyInAnyOrder(second.trackingCode(), third.trackingCode());
        assertThat(timelineNotes(second.id(), "SAME_MATTER_CONFIRMED")).containsExactly(first.trackingCode());

        var report = reports.compile(province.id(), RECEIVED, RECEIVED, true, head);
        assertThat(report.figures().total()).isEqualTo(3);
        assertThat(report.matters().total()).isEqualTo(1);
        assertThat(report.matters().receivedInPeriod()).isEqualTo(1);
        String reportPage = session.get(
                        "/reports/petitions?body=" + province.id() + "&from=2026-11-23&to=2026-11-23&subordinates=true")
                .body();
        assertThat(reportPage).contains("3 / 1");
    }

    @Test
    void aRejectedPairIsNotSuggestedAgainAndTheRejectionIsOnBothTimelines() throws Exception {
        String text = matterText();
        PetitionReference first = receive(communeA, Channel.POST, PetitionType.COMPLAINT, text, null);
        PetitionReference second = receive(communeA, Channel.IN_PERSON, PetitionType.COMPLAINT, text, null);

        WebSession session = WebSession.signedIn(port, headName, password(headName));
        assertThat(session.get("/insight/same-matter/" + second.id()).body()).contains(first.trackingCode());
        var answer = session.post("/insight/same-matter/" + second.id() + "/reject", Map.of("other", "" + first.id()));
        assertThat(answer.statusCode()).isEqualTo(200);

        assertThat(matters.board(second.id(), head).suggestions()).isEmpty();
        assertThat(matters.board(first.id(), head).suggestions()).isEmpty();
        assertThat(matters.board(first.id(), head).group()).isEmpty();
        assertThat(timelineNotes(first.id(), "SAME_MATTER_REJECTED")).containsExactly(second.trackingCode());
        assertThat(timelineNotes(second.id(), "SAME_MATTER_REJECTED")).containsExactly(first.trackingCode());
        assertThat(auditLines("petition.same-matter-rejected", first.id())).isEqualTo(1);
        assertThat(reports.compile(communeA.id(), RECEIVED, RECEIVED, false, head)
                        .matters()
                        .total())
                .isEqualTo(2);
    }

    @Test
    void aSealedDenouncerIsNeverSuggestedByPersonToAViewerWhoMayNotSeeTheIdentity() {
        var denouncer = new PetitionerIdentity(
                "Lê Văn Cường", "046090001234", "Phường Phú Xuân", "0905123456", null, List.of());
        // The same person, written otherwise: no diacritics, capitals, the phone number in its +84 form.
        var sameDenouncer = new PetitionerIdentity(
                "LE VAN CUONG", "046 090 001 234", "Phu Xuan", "+84 905 123 456", null, List.of());
        PetitionReference complaint = receive(
                communeA, Channel.POST, PetitionType.COMPLAINT, "Đề nghị sửa đường liên thôn " + suffix, denouncer);
        PetitionReference denunciation = receive(
                communeA,
                Channel.POST,
                PetitionType.DENUNCIATION,
                "Tố cáo cán bộ địa chính nhận tiền " + suffix,
                sameDenouncer);
        StaffMember permitted = staff("duocxem-sm-" + suffix, province, EnumSet.of(Role.CASE_HANDLER), true);

        assertThat(matters.board(complaint.id(), head).suggestions()).isEmpty();
        assertThat(matters.board(denunciation.id(), head).suggestions()).isEmpty();

        var seen = matters.board(complaint.id(), permitted).suggestions();
        assertThat(seen).hasSize(1);
        assertThat(seen.getFirst().matterCase().id()).isEqualTo(denunciation.id());
        assertThat(seen.getFirst().samePerson()).isTrue();
        assertThat(seen.getFirst().reasons())
                .startsWith("samematter.reason.person")
                .doesNotContain("samematter.reason.text");

        // Two complaints of the same person are linked by person for anyone in scope.
        PetitionReference again = receive(
                communeB, Channel.ONLINE, PetitionType.COMPLAINT, "Hỏi về chế độ người có công " + suffix, denouncer);
        assertThat(matters.board(again.id(), head).suggestions())
                .extracting(s -> s.matterCase().id())
                .containsExactly(complaint.id());
        // Nothing identifying is stored in clear by the matcher.
        assertThat(jdbc.sql("select count(*) from insight.matter_sample where petition_id = ? "
                                + "and array_to_string(person_keys, ',') ilike '%cuong%'")
                        .param(denunciation.id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theCandidateLookupMeetsTheSameKeyAtTheSameBandOrTheSamePersonAndNothingElse(@Autowired MatterSamples samples) {
        var random = new java.util.SplittableRandom(suffix.hashCode());
        // Ids far above any real petition's (and the benchmark's), so that no other test's rows meet these.
        long subject = 2_000_000_000_000L + random.nextLong(1_000_000_000L) * 10;
        long[] bands = random.longs(MatcherMinHash.BANDS).toArray();
        long[] signature = random.longs(MatcherMinHash.HASHES).toArray();
        byte[] person = new byte[32];
        random.nextBytes(person);
        long[] oneBandShared = random.longs(MatcherMinHash.BANDS).toArray();
        oneBandShared[9] = bands[9];
        long[] keyAtAnotherBand = random.longs(MatcherMinHash.BANDS).toArray();
        keyAtAnotherBand[10] = bands[9];
        samples.remember(subject + 1, signature, oneBandShared, List.of());
        samples.remember(subject + 2, signature, keyAtAnotherBand, List.of());
        samples.remember(
                subject + 3, signature, random.longs(MatcherMinHash.BANDS).toArray(), List.of(person));
        samples.remember(
                subject + 4, signature, random.longs(MatcherMinHash.BANDS).toArray(), List.of());
        samples.remember(subject, signature, bands, List.of(person));
        try {
            assertThat(samples.meet(subject, bands, List.of(person), 200))
                    .extracting(MatterSamples.Met::petitionId, MatterSamples.Met::samePerson)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(subject + 3, true),
                            org.assertj.core.groups.Tuple.tuple(subject + 1, false));
            assertThat(samples.meet(subject, bands, List.of(), 200))
                    .extracting(MatterSamples.Met::petitionId)
                    .containsExactly(subject + 1);
            assertThat(samples.meet(subject + 1, oneBandShared, List.of(), 200))
                    .extracting(MatterSamples.Met::petitionId)
                    .containsExactly(subject);
            assertThat(samples.meet(subject, bands, List.of(person), 1))
                    .extracting(MatterSamples.Met::petitionId)
                    .containsExactly(subject + 3);
        } finally {
            jdbc.sql("delete from insight.matter_sample where petition_id between ? and ?")
                    .params(subject, subject + 4)
                    .update();
        }
    }

    @Test
    void twentyConcurrentConfirmsOfTheSamePairMakeOneLinkAndOneAuditLineOnEachCase() throws Exception {
        String text = matterText();
        PetitionReference first = receive(communeA, Channel.POST, PetitionType.COMPLAINT, text, null);
        PetitionReference second = receive(province, Channel.POST, PetitionType.COMPLAINT, text, null);
        List<Callable<Boolean>> confirms = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long from = i % 2 == 0 ? first.id() : second.id();
            long to = i % 2 == 0 ? second.id() : first.id();
            confirms.add(() -> groups.confirm(from, to, head));
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        int joined = 0;
        try {
            for (Future<Boolean> result : pool.invokeAll(confirms)) {
                joined += result.get() ? 1 : 0;
            }
        } finally {
            pool.shutdown();
        }
        assertThat(joined).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from petition.matter_decision where low_id = ? and high_id = ?")
                        .params(first.id(), second.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(auditLines("petition.same-matter-confirmed", first.id())).isEqualTo(1);
        assertThat(auditLines("petition.same-matter-confirmed", second.id())).isEqualTo(1);
        assertThat(timelineNotes(second.id(), "SAME_MATTER_CONFIRMED")).hasSize(1);
        assertThat(groups.group(second.id())).hasSize(2);
    }

    @Test
    void petitionsTakenInBeforeTheMatcherAreRememberedByTheBackfill() {
        PetitionReference earlier = receive(communeA, Channel.POST, PetitionType.COMPLAINT, matterText(), null);
        jdbc.sql("delete from insight.matter_sample where petition_id = ?")
                .param(earlier.id())
                .update();
        jdbc.sql("update insight.matter_backfill set last_id = ?")
                .param(earlier.id() - 1)
                .update();

        matters.backfill(1);

        assertThat(jdbc.sql("select count(*) from insight.matter_sample where petition_id = ?")
                        .param(earlier.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    PetitionReference receive(
            Body body, Channel channel, PetitionType type, String content, @Nullable PetitionerIdentity identity) {
        return intake.receive(
                new ReceivePetition(
                        body.id(),
                        channel,
                        null,
                        null,
                        null,
                        type,
                        "LAND",
                        null,
                        false,
                        PetitionerKind.INDIVIDUAL,
                        1,
                        0,
                        identity != null ? identity : someone(),
                        content.length() > 80 ? content.substring(0, 80) : content,
                        content,
                        body == communeB ? TestUnits.THUAN_HOA : TestUnits.PHU_XUAN,
                        RECEIVED,
                        false,
                        null,
                        null),
                head,
                null);
    }

    /** A petitioner of their own, so that only the text links the petitions. */
    static PetitionerIdentity someone() {
        return new PetitionerIdentity(
                "Nguyễn Văn An",
                String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000_000_000L),
                "Phường Phú Xuân",
                null,
                null,
                List.of());
    }

    StaffMember staff(String username, Body body, Set<Role> roles, boolean mayViewIdentity) {
        long id = administration.addStaff(
                username, password(username), "Cán bộ " + username, null, body.id(), roles, mayViewIdentity);
        return new StaffMember(
                id,
                username,
                "Cán bộ " + username,
                body.id(),
                roles,
                directory.bodyWithSubordinates(body.id()),
                false,
                mayViewIdentity);
    }

    static String password(String username) {
        return "mat-khau-vu-viec-" + username;
    }

    List<String> timelineKinds(long petitionId) {
        return jdbc.sql("select kind from petition.petition_event where petition_id = ? order by id")
                .param(petitionId)
                .query(String.class)
                .list();
    }

    List<String> timelineNotes(long petitionId, String kind) {
        return jdbc.sql("select note from petition.petition_event where petition_id = ? and kind = ? order by id")
                .params(petitionId, kind)
                .query(String.class)
                .list();
    }

    int auditLines(String action, long petitionId) {
        return jdbc.sql("select count(*) from shared.audit_event where action = ? and subject_id = ?")
                .params(action, String.valueOf(petitionId))
                .query(Integer.class)
                .single();
    }
}
