package vn.danvan.democracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.TestUnits;
import vn.danvan.WebSession;
import vn.danvan.democracy.MatterCommands.Choice;
import vn.danvan.democracy.domain.Household;
import vn.danvan.democracy.domain.Matter;
import vn.danvan.democracy.web.BallotTokens;
import vn.danvan.portal.CitizenAccountManagement;
import vn.danvan.shared.DomainException;

/**
 * "Dân bàn và quyết định" against the real database: online votes counted once per household and changeable until
 * the close; paper ballots reconciled with them; meetings in clusters; a secret ballot kept apart from the register
 * of who took part; every refusal writes nothing; the result equals a plain count and is public with its minutes.
 */
@DanvanIntegrationTest
class CommunityDecisionsIntegrationTests {

    static final String PASSWORD = "mat-khau-cong-dan-dai-1";

    @LocalServerPort
    int port;

    @Autowired
    DemocracyFixtures fixtures;

    @Autowired
    HouseholdRegister register;

    @Autowired
    CommunityDecisions decisions;

    @Autowired
    CitizenAccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MatterWatch watch;

    @Autowired
    BallotTokens ballots;

    DemocracyFixtures.Setting setting;
    long anBinh;
    long toDanPho;
    List<Household> households;

    @BeforeEach
    void setUp() {
        setting = fixtures.setting();
        register.importFile(
                setting.thuanHoa().id(),
                HouseholdRegisterIntegrationTests.HEADER
                        + "Thôn An Bình,thôn,H001,Nguyễn Văn An,Nguyễn Văn An,,4\n"
                        + "Thôn An Bình,thôn,H002,Trần Thị Bình,Trần Thị Bình,,3\n"
                        + "Thôn An Bình,thôn,H003,Lê Văn Cường,Lê Văn Cường,,2\n"
                        + "Tổ dân phố 5,tổ dân phố,H001,Phạm Văn Dũng,Phạm Văn Dũng,,5\n"
                        + "Tổ dân phố 5,tổ dân phố,H002,Võ Thị Em,Võ Thị Em,,2\n"
                        + "Tổ dân phố 5,tổ dân phố,H003,Đặng Văn Phúc,Đặng Văn Phúc,,3\n",
                setting.thuanHoaOfficer());
        households = register.register(setting.thuanHoa().id(), setting.thuanHoaOfficer());
        anBinh = households.getFirst().hamletId();
        toDanPho = households.getLast().hamletId();
    }

    long household(String hamlet, String code) {
        return households.stream()
                .filter(h -> h.hamletName().equals(hamlet) && h.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    long citizenRepresenting(long householdId) {
        var citizen = accounts.register(new CitizenAccountManagement.RegisterCitizen(
                "Đại diện " + householdId, "dai-dien-" + UUID.randomUUID() + "@example.vn", null, PASSWORD));
        String code = decisions.issueLinkCode(householdId, setting.thuanHoaOfficer());
        assertThat(decisions.linkAccount(code.toLowerCase(), citizen.id())).isEqualTo(householdId);
        return citizen.id();
    }

    long openOnline(boolean secret) {
        return decisions.open(
                new MatterCommands.OpenMatter(
                        setting.thuanHoa().id(),
                        anBinh,
                        MatterCategory.K6,
                        DecisionForm.ONLINE,
                        secret,
                        "Giờ mở cửa nhà văn hoá thôn",
                        "Mở cửa nhà văn hoá đến 21 giờ các ngày cuối tuần?",
                        null,
                        2,
                        LocalDateTime.now().plusDays(3)),
                setting.thuanHoaOfficer());
    }

    void deadlinePasses(long matter) {
        jdbc.sql("update democracy.matter set closes_at = now() - interval '1 second' where id = ?")
                .param(matter)
                .update();
    }

    int votes(long matter) {
        return jdbc.sql("select count(*) from democracy.matter_vote where matter_id = ?")
                .param(matter)
                .query(Integer.class)
                .single();
    }

    /** The commune's published disclosures of the matter's result. */
    int publishedResults(Matter decided) {
        return jdbc.sql("""
                        select count(*) from democracy.disclosure where body_id = ? and title = ?
                            and published_on is not null
                        """)
                .params(setting.thuanHoa().id(), "Kết quả biểu quyết: " + decided.title())
                .query(Integer.class)
                .single();
    }

    int audited(String action, long matter) {
        return jdbc.sql("select count(*) from shared.audit_event where action = ? and subject_id = ?")
                .params(action, String.valueOf(matter))
                .query(Integer.class)
                .single();
    }

    @Test
    void aRepresentativeVotesOnceForTheHouseholdMayChangeUntilTheCloseAndTheResultIsAPlainCount() {
        long matter = openOnline(false);
        long an = citizenRepresenting(household("Thôn An Bình", "H001"));
        long binh = citizenRepresenting(household("Thôn An Bình", "H002"));

        decisions.voteOnline(matter, household("Thôn An Bình", "H001"), an, Choice.DISAGREE);
        decisions.voteOnline(matter, household("Thôn An Bình", "H001"), an, Choice.AGREE);
        decisions.voteOnline(matter, household("Thôn An Bình", "H002"), binh, Choice.AGREE);
        assertThat(votes(matter)).isEqualTo(2);

        deadlinePasses(matter);
        assertThatThrownBy(() -> decisions.voteOnline(matter, household("Thôn An Bình", "H002"), binh, Choice.BLANK))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("matter.closed");
        Matter decided = decisions.close(matter, setting.thuanHoaOfficer());

        int plainCount = jdbc.sql("select count(*) from democracy.matter_vote where matter_id = ? and choice = 'AGREE'")
                .param(matter)
                .query(Integer.class)
                .single();
        assertThat(decided.agree()).isEqualTo(plainCount).isEqualTo(2);
        assertThat(decided.householdsTotal()).isEqualTo(3);
        assertThat(decided.takingPart()).isEqualTo(2);
        assertThat(decided.absent()).isEqualTo(1);
        // 2 of 3 households: more than half.
        assertThat(decided.passed()).isTrue();
        assertThat(decided.status()).isEqualTo(Matter.Status.DECIDED);
        assertThat(audited("matter.decided", matter)).isEqualTo(1);
        assertThat(decisions.timeline(matter)).extracting(e -> e.kind()).containsExactly("OPENED", "DECIDED");
    }

    @Test
    void votesFromANonRepresentativeAfterTheCloseOrOnAMeetingMatterAreRefusedAndWriteNothing() {
        long matter = openOnline(false);
        long an = citizenRepresenting(household("Thôn An Bình", "H001"));
        long stranger = accounts.register(new CitizenAccountManagement.RegisterCitizen(
                        "Người lạ", "la-" + UUID.randomUUID() + "@example.vn", null, PASSWORD))
                .id();
        long otherHamlet = citizenRepresenting(household("Tổ dân phố 5", "H001"));

        assertThatThrownBy(() -> decisions.voteOnline(matter, household("Thôn An Bình", "H002"), an, Choice.AGREE))
                .hasMessageContaining("matter.not-representative");
        assertThatThrownBy(
                        () -> decisions.voteOnline(matter, household("Thôn An Bình", "H001"), stranger, Choice.AGREE))
                .hasMessageContaining("matter.not-representative");
        assertThatThrownBy(() ->
                        decisions.voteOnline(matter, household("Tổ dân phố 5", "H001"), otherHamlet, Choice.AGREE))
                .hasMessageContaining("matter.not-representative");

        long meeting = decisions.open(
                new MatterCommands.OpenMatter(
                        setting.thuanHoa().id(),
                        anBinh,
                        MatterCategory.K6,
                        DecisionForm.MEETING,
                        false,
                        "Vệ sinh đường làng",
                        "Tổng vệ sinh đường làng ngày chủ nhật đầu tháng?",
                        null,
                        null,
                        LocalDateTime.now().plusDays(3)),
                setting.thuanHoaOfficer());
        assertThatThrownBy(() -> decisions.voteOnline(meeting, household("Thôn An Bình", "H001"), an, Choice.AGREE))
                .hasMessageContaining("matter.online-not-allowed");
        assertThat(votes(matter) + votes(meeting)).isZero();
    }

    @Test
    void anOnlineVoteIsOpenedOnlyForClauseSixAfterMoreThanHalfAgreedAndAnInitiativeNeedsTenPercent() {
        var k1Online = new MatterCommands.OpenMatter(
                setting.thuanHoa().id(),
                anBinh,
                MatterCategory.K1,
                DecisionForm.ONLINE,
                false,
                "Bê tông hoá đường",
                "Mỗi hộ góp 500.000 đồng?",
                null,
                3,
                LocalDateTime.now().plusDays(3));
        assertThatThrownBy(() -> decisions.open(k1Online, setting.thuanHoaOfficer()))
                .hasMessageContaining("matter.form-not-allowed");
        var notAgreed = new MatterCommands.OpenMatter(
                setting.thuanHoa().id(),
                anBinh,
                MatterCategory.K6,
                DecisionForm.ONLINE,
                false,
                "Giờ sinh hoạt",
                "Đổi giờ sinh hoạt?",
                null,
                1,
                LocalDateTime.now().plusDays(3));
        assertThatThrownBy(() -> decisions.open(notAgreed, setting.thuanHoaOfficer()))
                .hasMessageContaining("matter.online-not-agreed");
        var covenantEverywhere = new MatterCommands.OpenMatter(
                setting.thuanHoa().id(),
                null,
                MatterCategory.K3,
                DecisionForm.MEETING,
                false,
                "Hương ước",
                "Thông qua hương ước?",
                null,
                null,
                LocalDateTime.now().plusDays(3));
        assertThatThrownBy(() -> decisions.open(covenantEverywhere, setting.thuanHoaOfficer()))
                .hasMessageContaining("matter.hamlet-required");
        var initiative = new MatterCommands.OpenMatter(
                setting.thuanHoa().id(),
                null,
                MatterCategory.K6,
                DecisionForm.HOUSEHOLD_BALLOT,
                false,
                "Sáng kiến trồng cây",
                "Trồng cây xanh hai bên đường?",
                0,
                null,
                LocalDateTime.now().plusDays(3));
        assertThatThrownBy(() -> decisions.open(initiative, setting.thuanHoaOfficer()))
                .hasMessageContaining("matter.initiative-too-few");
        assertThat(decisions.mattersOf(setting.thuanHoa().id(), setting.thuanHoaOfficer()))
                .isEmpty();
        assertThatThrownBy(() -> decisions.open(k1Online, setting.phuXuanHead()))
                .hasMessageContaining("democracy.out-of-scope");
    }

    @Test
    void paperBallotsAreReconciledWithOnlineVotesSoThatNoHouseholdCountsTwice() {
        long matter = openOnline(false);
        long an = citizenRepresenting(household("Thôn An Bình", "H001"));
        decisions.voteOnline(matter, household("Thôn An Bình", "H001"), an, Choice.AGREE);

        // H001 voted online: its paper ballot refuses the whole list, naming it.
        assertThatThrownBy(() -> decisions.enterBallots(
                        matter,
                        new MatterCommands.PaperBallots(anBinh, "H002, 1\nH001, đồng ý\n"),
                        setting.thuanHoaOfficer()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("matter.already-online")
                .extracting(e -> ((DomainException) e).arguments()[0])
                .isEqualTo("H001");
        assertThat(votes(matter)).isEqualTo(1);

        assertThat(decisions.enterBallots(
                        matter,
                        new MatterCommands.PaperBallots(anBinh, "H002, Không đồng ý\nH003;0"),
                        setting.thuanHoaOfficer()))
                .isEqualTo(2);
        // The same ballot entered twice.
        assertThatThrownBy(() -> decisions.enterBallots(
                        matter, new MatterCommands.PaperBallots(anBinh, "H002, 1"), setting.thuanHoaOfficer()))
                .hasMessageContaining("matter.ballot-entered");
        // A household that voted on paper cannot vote online after.
        long binh = citizenRepresenting(household("Thôn An Bình", "H002"));
        assertThatThrownBy(() -> decisions.voteOnline(matter, household("Thôn An Bình", "H002"), binh, Choice.AGREE))
                .hasMessageContaining("matter.already-on-paper");
        assertThatThrownBy(() -> decisions.enterBallots(
                        matter, new MatterCommands.PaperBallots(anBinh, "H003 1"), setting.thuanHoaOfficer()))
                .hasMessageContaining("matter.ballot-line-malformed");

        deadlinePasses(matter);
        Matter decided = decisions.close(matter, setting.thuanHoaOfficer());
        assertThat(decided.takingPart()).isEqualTo(3);
        assertThat(decided.agree()).isEqualTo(1);
        assertThat(decided.disagree()).isEqualTo(1);
        assertThat(decided.passed()).isFalse();
        assertThat(audited("matter.ballots-entered", matter)).isEqualTo(1);
    }

    @Test
    void aSecretBallotKeepsTheChoiceApartFromTheRegisterOfWhoTookPartAndCannotBeChanged() {
        long matter = openOnline(true);
        long an = citizenRepresenting(household("Thôn An Bình", "H001"));
        decisions.voteOnline(matter, household("Thôn An Bình", "H001"), an, Choice.AGREE);
        assertThatThrownBy(() -> decisions.voteOnline(matter, household("Thôn An Bình", "H001"), an, Choice.DISAGREE))
                .hasMessageContaining("matter.secret-vote-final");
        decisions.enterBallots(matter, new MatterCommands.PaperBallots(anBinh, "H002,1"), setting.thuanHoaOfficer());

        assertThat(jdbc.sql("select count(*) from democracy.matter_vote where matter_id = ? and choice is not null")
                        .param(matter)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from democracy.matter_choice where matter_id = ?")
                        .param(matter)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        var live = decisions.liveTally(decisions.matter(matter, setting.thuanHoaOfficer()));
        assertThat(live.takingPart()).isEqualTo(2);
        assertThat(live.agree()).isNull();

        deadlinePasses(matter);
        Matter decided = decisions.close(matter, setting.thuanHoaOfficer());
        assertThat(decided.agree()).isEqualTo(2);
        assertThat(decided.passed()).isTrue();
    }

    @Test
    void aHamletOfTwoHundredHouseholdsMeetsInClustersWhoseCountsAddUpToItsResult() {
        StringBuilder file = new StringBuilder(HouseholdRegisterIntegrationTests.HEADER);
        for (int i = 1; i <= 210; i++) {
            file.append("Thôn Lớn,thôn,L")
                    .append(String.format("%03d", i))
                    .append(",Chủ hộ ")
                    .append(i)
                    .append(",Đại diện ")
                    .append(i)
                    .append(",,3\n");
        }
        register.importFile(setting.thuanHoa().id(), file.toString(), setting.thuanHoaOfficer());
        long big = register.register(setting.thuanHoa().id(), setting.thuanHoaOfficer()).stream()
                .filter(h -> h.hamletName().equals("Thôn Lớn"))
                .findFirst()
                .orElseThrow()
                .hamletId();
        long matter = decisions.open(
                new MatterCommands.OpenMatter(
                        setting.thuanHoa().id(),
                        big,
                        MatterCategory.K4,
                        DecisionForm.MEETING,
                        true,
                        "Bầu Trưởng thôn Lớn",
                        "Bầu ông Đại diện 1 làm Trưởng thôn?",
                        null,
                        null,
                        LocalDateTime.now().plusDays(1)),
                setting.thuanHoaOfficer());
        decisions.enterMeeting(
                matter,
                new MatterCommands.MeetingCount(
                        big,
                        "Cụm 1",
                        MatterCommands.CountMethod.SECRET_BALLOT,
                        codes(1, 70),
                        60,
                        10,
                        "An, Bình, Cường"),
                setting.thuanHoaOfficer());
        // A household counted at the first cluster cannot attend the second.
        assertThatThrownBy(() -> decisions.enterMeeting(
                        matter,
                        new MatterCommands.MeetingCount(
                                big,
                                "Cụm 2",
                                MatterCommands.CountMethod.SECRET_BALLOT,
                                codes(70, 140),
                                50,
                                5,
                                "Dũng, Em, Phúc"),
                        setting.thuanHoaOfficer()))
                .hasMessageContaining("matter.attending-twice");
        assertThatThrownBy(() -> decisions.enterMeeting(
                        matter,
                        new MatterCommands.MeetingCount(
                                big, "Cụm 2", MatterCommands.CountMethod.SECRET_BALLOT, codes(71, 140), 50, 5, "Dũng"),
                        setting.thuanHoaOfficer()))
                .hasMessageContaining("matter.team-size");
        assertThatThrownBy(() -> decisions.enterMeeting(
                        matter,
                        new MatterCommands.MeetingCount(
                                big,
                                "Cụm 2",
                                MatterCommands.CountMethod.SECRET_BALLOT,
                                codes(71, 80),
                                8,
                                5,
                                "Dũng, Em, Phúc"),
                        setting.thuanHoaOfficer()))
                .hasMessageContaining("matter.count-exceeds-attendance");
        decisions.enterMeeting(
                matter,
                new MatterCommands.MeetingCount(
                        big,
                        "Cụm 2",
                        MatterCommands.CountMethod.SECRET_BALLOT,
                        codes(71, 140),
                        46,
                        20,
                        "Dũng, Em, Phúc"),
                setting.thuanHoaOfficer());

        Matter decided = decisions.close(matter, setting.thuanHoaOfficer());
        // 140 of 210 present (quorate), 106 agree: more than 105 (half of 210).
        assertThat(decided.householdsTotal()).isEqualTo(210);
        assertThat(decided.takingPart()).isEqualTo(140);
        assertThat(decided.agree()).isEqualTo(106);
        assertThat(decided.passed()).isTrue();
        assertThat(decided.awaitsRecognition()).isTrue();
        assertThat(decisions.meetings(matter)).extracting(m -> m.attending()).containsExactly(70, 70);

        Matter recognised = decisions.recognise(
                matter,
                new MatterCommands.Recognition(true, "45/QĐ-UBND", LocalDate.now(vn.danvan.shared.VietnamTime.ZONE)),
                setting.thuanHoaOfficer());
        assertThat(recognised.status()).isEqualTo(Matter.Status.RECOGNISED);
        assertThat(audited("matter.recognised", matter)).isEqualTo(1);
    }

    @Test
    void aSmallHamletMeetsOnceAndOneVoteShortOfMoreThanHalfFails() {
        long matter = decisions.open(
                new MatterCommands.OpenMatter(
                        setting.thuanHoa().id(),
                        toDanPho,
                        MatterCategory.K3,
                        DecisionForm.MEETING,
                        false,
                        "Quy ước tổ dân phố",
                        "Thông qua quy ước?",
                        null,
                        null,
                        LocalDateTime.now().plusDays(1)),
                setting.thuanHoaOfficer());
        decisions.enterMeeting(
                matter,
                new MatterCommands.MeetingCount(
                        toDanPho,
                        "Cuộc họp chung",
                        MatterCommands.CountMethod.SHOW_OF_HANDS,
                        "H001 H002 H003",
                        1,
                        2,
                        "Dũng, Em, Phúc"),
                setting.thuanHoaOfficer());
        assertThatThrownBy(() -> decisions.enterMeeting(
                        matter,
                        new MatterCommands.MeetingCount(
                                toDanPho,
                                "Cụm 2",
                                MatterCommands.CountMethod.SHOW_OF_HANDS,
                                "H001",
                                1,
                                0,
                                "Dũng, Em, Phúc"),
                        setting.thuanHoaOfficer()))
                .hasMessageContaining("matter.clusters-not-allowed");
        assertThatThrownBy(() -> decisions.enterBallots(
                        matter, new MatterCommands.PaperBallots(toDanPho, "H001,1"), setting.thuanHoaOfficer()))
                .hasMessageContaining("matter.ballots-not-allowed");
        Matter decided = decisions.close(matter, setting.thuanHoaOfficer());
        // 1 of 3 agree: not more than half.
        assertThat(decided.passed()).isFalse();
        assertThat(decided.awaitsRecognition()).isFalse();
    }

    @Test
    void theResultAndItsMinutesArePublicOnThePortalAndAmongTheCommunesDisclosures() throws Exception {
        long matter = decisions.open(
                new MatterCommands.OpenMatter(
                        setting.thuanHoa().id(),
                        null,
                        MatterCategory.K1,
                        DecisionForm.HOUSEHOLD_BALLOT,
                        false,
                        "Đèn chiếu sáng ngõ xóm " + UUID.randomUUID().toString().substring(0, 6),
                        "Mỗi hộ góp 200.000 đồng lắp đèn chiếu sáng?",
                        null,
                        null,
                        LocalDateTime.now().plusDays(1)),
                setting.thuanHoaOfficer());
        decisions.enterBallots(
                matter, new MatterCommands.PaperBallots(anBinh, "H001,1\nH002,1\nH003,2"), setting.thuanHoaOfficer());
        decisions.enterBallots(
                matter, new MatterCommands.PaperBallots(toDanPho, "H001,1\nH002,1\nH003,1"), setting.thuanHoaOfficer());
        Matter decided = decisions.close(matter, setting.thuanHoaOfficer());
        // Both hamlets reach 2/3 of their households: 2 of 2 hamlets.
        assertThat(decided.passed()).isTrue();
        assertThat(decided.hamletsPassed()).isEqualTo(2);

        WebSession citizen = new WebSession(port);
        var list = citizen.get("/portal/matters/" + TestUnits.THUAN_HOA);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(decided.title());
        var page = citizen.get("/portal/matters/" + TestUnits.THUAN_HOA + "/" + matter);
        assertThat(page.body()).contains("Thông qua").contains("Thôn An Bình").contains("Tổ dân phố 5");
        var pdf = citizen.download("/portal/matters/" + TestUnits.THUAN_HOA + "/" + matter + "/minutes.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        String text = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
        assertThat(text)
                .contains("BIÊN BẢN")
                .contains("Tổng số hộ gia đình: 6")
                .contains("Số hộ tham gia: 6; số hộ vắng (không tham gia): 0")
                .contains("Số hộ đồng ý: 5; không đồng ý: 1")
                .contains("THÔNG QUA")
                .contains("ĐẠI DIỆN HỘ GIA ĐÌNH");
        assertThat(publishedResults(decided)).isEqualTo(1);
        // A matter of another commune is not found under this one.
        assertThat(citizen.get("/portal/matters/" + TestUnits.PHU_XUAN + "/" + matter)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void anOnlineMatterPastItsDeadlineIsClosedOnceByTheSystemEvenWhenTwoWatchesRunAtOnce() throws Exception {
        long matter = openOnline(false);
        long an = citizenRepresenting(household("Thôn An Bình", "H001"));
        long binh = citizenRepresenting(household("Thôn An Bình", "H002"));
        decisions.voteOnline(matter, household("Thôn An Bình", "H001"), an, Choice.AGREE);
        decisions.voteOnline(matter, household("Thôn An Bình", "H002"), binh, Choice.AGREE);
        deadlinePasses(matter);

        CountDownLatch start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> runs = List.of(
                    pool.submit(() -> {
                        start.await();
                        return watch.closeDue();
                    }),
                    pool.submit(() -> {
                        start.await();
                        return watch.closeDue();
                    }));
            start.countDown();
            for (Future<Integer> run : runs) {
                run.get();
            }
        }

        Matter decided = decisions.matter(matter, setting.thuanHoaOfficer());
        assertThat(decided.isOpen()).isFalse();
        // K6 online: 2 of the hamlet's 3 households agree, more than half of all (Luật THDCCS 2022 Đ.22).
        assertThat(decided.passed()).isTrue();
        assertThat(decided.agree()).isEqualTo(2);
        assertThat(decisions.timeline(matter).stream()
                        .filter(e -> e.kind().equals("DECIDED"))
                        .map(e -> e.actor()))
                .containsExactly(CommunityDecisions.SYSTEM);
        assertThat(jdbc.sql("""
                        select actor from shared.audit_event where action = 'matter.decided' and subject_id = ?
                            and details ->> 'closedBy' = 'deadline'
                        """)
                        .param(String.valueOf(matter))
                        .query(String.class)
                        .list())
                .containsExactly("system");
        assertThat(jdbc.sql("select count(*) from democracy.matter_hamlet_result where matter_id = ?")
                        .param(matter)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(publishedResults(decided)).isEqualTo(1);
        // Closed: no vote after it, and a later run finds nothing more to do for this matter.
        assertThatThrownBy(() -> decisions.voteOnline(matter, household("Thôn An Bình", "H002"), binh, Choice.DISAGREE))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("matter.closed");
        assertThat(decisions.closeAtDeadline(matter)).isFalse();
    }

    @Test
    void anOnlineMatterNotYetDueStaysOpenWhenTheWatchRuns() {
        long matter = openOnline(false);
        long an = citizenRepresenting(household("Thôn An Bình", "H001"));

        watch.closeDue();

        assertThat(decisions.matter(matter, setting.thuanHoaOfficer()).isOpen()).isTrue();
        assertThat(decisions.closeAtDeadline(matter)).isFalse();
        assertThat(audited("matter.decided", matter)).isZero();
        decisions.voteOnline(matter, household("Thôn An Bình", "H001"), an, Choice.AGREE);
        assertThat(votes(matter)).isEqualTo(1);
    }

    static String codes(int from, int to) {
        StringBuilder codes = new StringBuilder();
        for (int i = from; i <= to; i++) {
            codes.append('L').append(String.format("%03d", i)).append(' ');
        }
        return codes.toString();
    }

    // ---------------------------------------------------------------------------------------------- ballot tokens

    static final Pattern BALLOT_TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** A representative signed in at the portal, with the account linked to the household. */
    record Representative(long citizenId, WebSession session) {}

    Representative signedInRepresentative(long householdId) throws Exception {
        String email = "dai-dien-" + UUID.randomUUID() + "@example.vn";
        long citizen = accounts.register(
                        new CitizenAccountManagement.RegisterCitizen("Đại diện " + householdId, email, null, PASSWORD))
                .id();
        decisions.linkAccount(decisions.issueLinkCode(householdId, setting.thuanHoaOfficer()), citizen);
        WebSession session = new WebSession(port);
        session.get("/portal/login");
        session.post("/portal/login", Map.of("login", email, "password", PASSWORD));
        return new Representative(citizen, session);
    }

    String matterPage(long matter) {
        return "/portal/matters/" + TestUnits.THUAN_HOA + "/" + matter;
    }

    HttpResponse<String> castByApi(long matter, String token, String choice) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/matters/" + matter + "/votes"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"token\": \"" + token + "\", \"choice\": \"" + choice + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The same vote at the address without a variable: the token names its matter. */
    HttpResponse<String> castByDirectApi(String token, String choice) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/votes"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"token\": \"" + token + "\", \"choice\": \"" + choice + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    Instant lastAccess(String sessionCookie) {
        String value = sessionCookie.replaceAll(".*SESSION=([^;]+).*", "$1");
        String id = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
        return Instant.ofEpochMilli(jdbc.sql("select last_access_time from spring_session where session_id = ?")
                .param(id)
                .query(Long.class)
                .single());
    }

    @Test
    void theMatterPagesBallotTokenCastsTheVoteWithoutLoadingOrWritingTheSession() throws Exception {
        long matter = openOnline(false);
        long an = household("Thôn An Bình", "H001");
        Representative representative = signedInRepresentative(an);
        Matcher token = BALLOT_TOKEN.matcher(
                representative.session().get(matterPage(matter)).body());
        assertThat(token.find()).isTrue();
        Instant accessed = lastAccess(representative.session().cookieHeader());
        Thread.sleep(20);

        // The form of a browser without JavaScript: its session cookie goes along, and is not even looked at.
        var form = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + matterPage(matter) + "/ballot"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", representative.session().cookieHeader())
                        .POST(HttpRequest.BodyPublishers.ofString("token="
                                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8) + "&choice=DISAGREE"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(form.headers().firstValue("Location").orElseThrow()).endsWith(matterPage(matter) + "?voted#vote");
        assertThat(form.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(lastAccess(representative.session().cookieHeader())).isEqualTo(accessed);
        assertThat(representative.session().get(matterPage(matter) + "?voted").body())
                .contains("Đã ghi biểu quyết của hộ.")
                .contains("Hộ đã chọn: Không đồng ý");

        // htmx gets the household's status line back.
        var htmx = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + matterPage(matter) + "/ballot"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("HX-Request", "true")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "token=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8) + "&choice=AGREE"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(htmx.statusCode()).isEqualTo(200);
        assertThat(htmx.body()).contains("vote-status").contains("Đã ghi biểu quyết của hộ.");
        assertThat(decisions.choiceOf(matter, an)).contains("AGREE");

        // The API, and a choice it does not know.
        assertThat(castByApi(matter, token.group(1), "DISAGREE").statusCode()).isEqualTo(200);
        assertThat(decisions.choiceOf(matter, an)).contains("DISAGREE");
        var unknown = castByApi(matter, token.group(1), "MAYBE");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");

        // The address without a variable: the token names the matter.
        Instant beforeDirect = lastAccess(representative.session().cookieHeader());
        Thread.sleep(20);
        var direct = castByDirectApi(token.group(1), "AGREE");
        assertThat(direct.statusCode()).isEqualTo(200);
        assertThat(direct.body()).contains("\"matter\":" + matter).contains("\"household\":" + an);
        assertThat(direct.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(decisions.choiceOf(matter, an)).contains("AGREE");
        assertThat(lastAccess(representative.session().cookieHeader())).isEqualTo(beforeDirect);
        assertThat(votes(matter)).isEqualTo(1);
    }

    @Test
    void aTamperedForeignExpiredOrStaleBallotTokenIsRefusedInVietnameseAndWritesNothing() throws Exception {
        long matter = openOnline(false);
        long other = openOnline(false);
        long an = household("Thôn An Bình", "H001");
        long binh = household("Thôn An Bình", "H002");
        Representative representative = signedInRepresentative(an);
        citizenRepresenting(binh);
        Matcher found = BALLOT_TOKEN.matcher(
                representative.session().get(matterPage(matter)).body());
        assertThat(found.find()).isTrue();
        String token = found.group(1);
        Instant closes = decisions.publicMatter(TestUnits.THUAN_HOA, matter).closesAt();

        String tampered = token.replaceFirst("^(\\d+)\\.\\d+\\.", "$1." + binh + ".");
        assertThat(tampered).isNotEqualTo(token);
        var forged = castByApi(matter, tampered, "AGREE");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("không hợp lệ");
        var forgedDirect = castByDirectApi(tampered, "AGREE");
        assertThat(forgedDirect.statusCode()).isEqualTo(403);
        assertThat(forgedDirect.body()).contains("không hợp lệ");
        assertThat(castByDirectApi("", "AGREE").statusCode()).isEqualTo(400);
        assertThat(castByApi(matter, token.substring(0, token.length() - 2) + "AA", "AGREE")
                        .statusCode())
                .isEqualTo(403);
        assertThat(castByApi(matter, "", "AGREE").statusCode()).isEqualTo(400);
        assertThat(castByApi(other, token, "AGREE").body()).contains("không hợp lệ");

        // Signed by the application, but for a household this account does not represent.
        var foreign = castByApi(matter, ballots.issue(matter, binh, representative.citizenId(), closes), "AGREE");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("không phải người đại diện của hộ này");
        assertThat(castByDirectApi(ballots.issue(matter, binh, representative.citizenId(), closes), "AGREE")
                        .body())
                .contains("không phải người đại diện của hộ này");

        // A token whose close has passed, and a valid token after the matter's deadline.
        var late = castByApi(matter, ballots.issue(matter, an, representative.citizenId(), Instant.now()), "AGREE");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("Đã hết thời gian biểu quyết");
        assertThat(castByDirectApi(ballots.issue(matter, an, representative.citizenId(), Instant.now()), "AGREE")
                        .statusCode())
                .isEqualTo(409);

        // The household links another representative: the first one's token no longer votes.
        citizenRepresenting(an);
        var stale = castByApi(matter, token, "AGREE");
        assertThat(stale.statusCode()).isEqualTo(403);
        assertThat(stale.body()).contains("không phải người đại diện của hộ này");

        // The form without JavaScript says why in the address it returns to.
        var refusedForm = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + matterPage(matter) + "/ballot"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("token=x&choice=AGREE"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refusedForm.headers().firstValue("Location").orElseThrow())
                .endsWith("?refused=matter.ballot.invalid#vote");
        assertThat(new WebSession(port)
                        .get(matterPage(matter) + "?refused=matter.ballot.invalid")
                        .body())
                .contains("Phiếu biểu quyết trực tuyến không hợp lệ");

        deadlinePasses(matter);
        Representative binhsNew = signedInRepresentative(binh);
        var closed = castByApi(matter, ballots.issue(matter, binh, binhsNew.citizenId(), closes), "AGREE");
        assertThat(closed.statusCode()).isEqualTo(409);
        assertThat(closed.body()).contains("Đã hết thời gian biểu quyết");
        assertThat(votes(matter) + votes(other)).isZero();
    }

    @Test
    void twentyVotesAtOnceFromTwoDevicesOfTheRepresentativeCountOnce() throws Exception {
        long matter = openOnline(false);
        long an = household("Thôn An Bình", "H001");
        Representative phone = signedInRepresentative(an);
        WebSession laptop = new WebSession(port);
        String email = jdbc.sql("select email from portal.citizen_account where id = ?")
                .param(phone.citizenId())
                .query(String.class)
                .single();
        laptop.get("/portal/login");
        laptop.post("/portal/login", Map.of("login", email, "password", PASSWORD));
        List<String> tokens = new ArrayList<>();
        for (WebSession device : List.of(phone.session(), laptop)) {
            Matcher found = BALLOT_TOKEN.matcher(device.get(matterPage(matter)).body());
            assertThat(found.find()).isTrue();
            tokens.add(found.group(1));
        }
        var start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(20)) {
            for (int i = 0; i < 20; i++) {
                String token = tokens.get(i % 2);
                String choice = i % 2 == 0 ? "AGREE" : "DISAGREE";
                boolean direct = i % 4 >= 2; // both addresses of the vote, from both devices
                answers.add(pool.submit(() -> {
                    start.await();
                    return (direct ? castByDirectApi(token, choice) : castByApi(matter, token, choice)).statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        }
        assertThat(votes(matter)).isEqualTo(1);
    }

    // ---------------------------------------------------------------------------------------------- delegation

    long citizen(String name) {
        return accounts.register(new CitizenAccountManagement.RegisterCitizen(
                        name, "uy-quyen-" + UUID.randomUUID() + "@example.vn", null, PASSWORD))
                .id();
    }

    String voteOf(long matter, long household) {
        return jdbc.sql("select choice || ':' || cast_by || ':' || changes from democracy.matter_vote"
                        + " where matter_id = ? and household_id = ?")
                .params(matter, household)
                .query(String.class)
                .single();
    }

    @Test
    void aDelegateVotesForTheHouseholdUntilTheRepresentativeRevokesAndThenOnlyTheRepresentativeCounts() {
        long matter = openOnline(false);
        long an = household("Thôn An Bình", "H001");
        long representative = citizenRepresenting(an);
        long delegate = citizen("Con gái chủ hộ");

        String code = decisions.delegate(an, matter, representative);
        // Not in force until the delegate enters the code: the representative still votes, the delegate does not.
        assertThatThrownBy(() -> decisions.voteOnline(matter, an, delegate, Choice.AGREE))
                .hasMessageContaining("matter.not-representative");
        assertThatThrownBy(() -> decisions.acceptDelegation("AAAAA-AAAAA", delegate))
                .hasMessageContaining("matter.delegation.code-unknown");
        assertThatThrownBy(() -> decisions.acceptDelegation(code, representative))
                .hasMessageContaining("matter.delegation.code-unknown");
        assertThat(decisions.acceptDelegation(code.toLowerCase(), delegate)).isEqualTo(an);
        assertThatThrownBy(() -> decisions.acceptDelegation(code, delegate))
                .as("a code is spent once")
                .hasMessageContaining("matter.delegation.code-unknown");

        decisions.voteOnline(matter, an, delegate, Choice.DISAGREE);
        assertThat(voteOf(matter, an)).isEqualTo("DISAGREE:" + delegate + ":0");
        assertThatThrownBy(() -> decisions.voteOnline(matter, an, representative, Choice.AGREE))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("matter.ballot.delegated");
        Matter opened = decisions.publicMatter(TestUnits.THUAN_HOA, matter);
        assertThat(decisions.ballotsFor(opened, delegate))
                .singleElement()
                .satisfies(b -> assertThat(b.household().id()).isEqualTo(an));

        decisions.revokeDelegation(an, representative);
        assertThatThrownBy(() -> decisions.voteOnline(matter, an, delegate, Choice.AGREE))
                .hasMessageContaining("matter.not-representative");
        assertThat(decisions.ballotsFor(opened, delegate)).isEmpty();
        decisions.voteOnline(matter, an, representative, Choice.AGREE);
        assertThat(voteOf(matter, an)).isEqualTo("AGREE:" + representative + ":1");
        assertThatThrownBy(() -> decisions.revokeDelegation(an, representative))
                .hasMessageContaining("matter.delegation.none");
        assertThatThrownBy(() -> decisions.delegate(an, matter, delegate))
                .as("only the representative delegates")
                .hasMessageContaining("matter.not-representative");
        assertThat(votes(matter)).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select string_agg(kind, ',' order by id) from democracy.household_change
                        where household_id = ? and kind like '%DELEGAT%'
                        """).param(an).query(String.class).single())
                .isEqualTo("VOTE_DELEGATED,DELEGATION_ACCEPTED,DELEGATION_REVOKED");
        assertThat(jdbc.sql("""
                        select count(*) from shared.audit_event where subject_id = ?
                            and action in ('household.vote-delegated', 'household.delegation-accepted',
                                'household.delegation-revoked')
                        """).param(String.valueOf(an)).query(Integer.class).single())
                .isEqualTo(3);
    }

    @Test
    void aDelegationOfEveryMatterCoversANewMatterAndADelegationOfOneMatterNoOther() {
        long first = openOnline(false);
        long an = household("Thôn An Bình", "H001");
        long representative = citizenRepresenting(an);
        long delegate = citizen("Cháu chủ hộ");
        decisions.acceptDelegation(decisions.delegate(an, first, representative), delegate);
        long second = openOnline(false);
        assertThatThrownBy(() -> decisions.voteOnline(second, an, delegate, Choice.AGREE))
                .hasMessageContaining("matter.not-representative");
        decisions.voteOnline(second, an, representative, Choice.AGREE);

        // A new delegation replaces the old: every matter, until revoked.
        decisions.acceptDelegation(decisions.delegate(an, null, representative), delegate);
        long third = openOnline(false);
        decisions.voteOnline(third, an, delegate, Choice.DISAGREE);
        decisions.voteOnline(first, an, delegate, Choice.DISAGREE);
        assertThatThrownBy(() -> decisions.voteOnline(third, an, representative, Choice.AGREE))
                .hasMessageContaining("matter.ballot.delegated");
        assertThat(votes(first) + votes(second) + votes(third)).isEqualTo(3);
    }

    @Test
    void twentyVotesAtOnceFromTheRepresentativeAndTheDelegateCountOnce() throws Exception {
        long matter = openOnline(false);
        long an = household("Thôn An Bình", "H001");
        long representative = citizenRepresenting(an);
        long delegate = citizen("Con trai chủ hộ");
        decisions.acceptDelegation(decisions.delegate(an, matter, representative), delegate);
        var start = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(20)) {
            for (int i = 0; i < 20; i++) {
                long voter = i % 2 == 0 ? representative : delegate;
                Choice choice = i % 4 < 2 ? Choice.AGREE : Choice.DISAGREE;
                answers.add(pool.submit(() -> {
                    start.await();
                    try {
                        decisions.voteOnline(matter, an, voter, choice);
                        return voter == delegate ? "delegate" : "representative";
                    } catch (DomainException refused) {
                        return refused.code();
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> answer : answers) {
                outcomes.add(answer.get());
            }
            assertThat(outcomes).containsOnly("delegate", "matter.ballot.delegated");
            assertThat(outcomes).filteredOn("delegate"::equals).hasSize(10);
        }
        assertThat(votes(matter)).isEqualTo(1);
        assertThat(voteOf(matter, an)).contains(":" + delegate + ":");
    }
}
