package vn.danvan.democracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.ApiClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.TestUnits;
import vn.danvan.WebSession;
import vn.danvan.democracy.ConsultationCommands.DraftSection;
import vn.danvan.organization.StaffMember;

/**
 * The staff and Front pages and the API through HTTP: bad input answered in Vietnamese with nothing written, a draft
 * cut into sections from its text, the Front's criticism recorded and replied on the pages, scope kept, and the API's
 * comment write with problem+json refusals.
 */
@DanvanIntegrationTest
class ConsultationPageTests {

    @LocalServerPort
    int port;

    @Autowired
    DemocracyFixtures fixtures;

    @Autowired
    ConsultationDrafting drafting;

    @Autowired
    CriticismTracking criticisms;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    DemocracyFixtures.Setting setting;
    LocalDate today;

    @BeforeEach
    void setUp() {
        setting = fixtures.setting();
        today = LocalDate.now(clock);
    }

    WebSession signedIn(StaffMember staff) throws Exception {
        return WebSession.signedIn(port, staff.username(), DemocracyFixtures.PASSWORD_PREFIX + staff.username());
    }

    int drafts() {
        return jdbc.sql("select count(*) from democracy.consultation where body_id = ?")
                .param(setting.thuanHoa().id())
                .query(Integer.class)
                .single();
    }

    @Test
    void aDraftTypedOnThePageIsCutIntoItsArticlesAndBadInputIsRefusedInVietnamese() throws Exception {
        WebSession officer = signedIn(setting.thuanHoaOfficer());
        officer.get("/consultations/new");
        var refused = officer.post(
                "/consultations",
                Map.of("bodyId", String.valueOf(setting.thuanHoa().id()), "subject", "OTHER", "title", " "));
        assertThat(refused.uri().getPath()).isEqualTo("/consultations/new");
        assertThat(refused.body()).contains("Tên:");
        assertThat(drafts()).isZero();

        officer.get("/consultations/new");
        String title = "Quy chế dân chủ " + UUID.randomUUID().toString().substring(0, 6);
        var created = officer.post(
                "/consultations",
                Map.of(
                        "bodyId",
                        String.valueOf(setting.thuanHoa().id()),
                        "subject",
                        "DEMOCRACY_RULES",
                        "title",
                        title,
                        "text",
                        "Điều 1. Phạm vi\nÁp dụng ở phường.\nĐiều 2. Trách nhiệm\nUBND phường tổ chức."));
        assertThat(created.uri().getPath()).matches("/consultations/\\d+");
        assertThat(created.body()).contains(title).contains("Điều 1. Phạm vi").contains("Điều 2. Trách nhiệm");
        String path = created.uri().getPath();
        var tooShort = officer.post(
                path + "/open",
                Map.of(
                        "opensOn",
                        today.toString(),
                        "closesOn",
                        today.plusDays(3).toString()));
        assertThat(tooShort.body()).contains("Thời gian lấy ý kiến phải ít nhất 15 ngày");
        var noDate = officer.post(path + "/open", Map.of("opensOn", today.toString()));
        assertThat(noDate.body()).contains("Ngày kết thúc:");
        assertThat(tooShort.body()).contains("Đang soạn thảo");

        var stranger = signedIn(setting.phuXuanHead()).get(path);
        assertThat(stranger.statusCode()).as("another ward's staff").isEqualTo(403);
    }

    @Test
    void theFrontRecordsItsCriticismOnThePagesAndTheDraftingBodyRepliesToEachRecommendation() throws Exception {
        long id = drafting.create(
                new ConsultationCommands.SaveDraft(
                        setting.thuanHoa().id(),
                        ConsultationSubject.DEMOCRACY_RULES,
                        "Quy chế " + UUID.randomUUID().toString().substring(0, 6),
                        null,
                        List.of(new DraftSection("Điều 1. Phạm vi", "Áp dụng ở phường."))),
                setting.thuanHoaOfficer());
        WebSession front = signedIn(setting.frontStaff());
        assertThat(front.get("/criticisms").body()).contains("data-consultation=\"" + id + "\"");
        var started = front.post(
                "/criticisms",
                Map.of(
                        "consultationId", String.valueOf(id),
                        "frontBodyId", String.valueOf(setting.front().id()),
                        "form", "CONFERENCE",
                        "draftReceivedOn", today.toString(),
                        "submissionOn", today.plusDays(5).toString()));
        assertThat(started.uri().getPath()).matches("/criticisms/\\d+");
        assertThat(started.body()).contains("chưa đủ 15 ngày");
        String path = started.uri().getPath();
        var empty = front.post(
                path + "/document",
                Map.of("documentNumber", "07/BC-MTTQ", "documentDate", today.toString(), "recommendations", " \n "));
        assertThat(empty.body()).contains("Kiến nghị:");
        var issued = front.post(
                path + "/document",
                Map.of(
                        "conferenceOn", today.toString(),
                        "participants", "Các đoàn thể",
                        "experts", "Luật sư",
                        "documentNumber", "07/BC-MTTQ",
                        "documentDate", today.toString(),
                        "recommendations", "Bổ sung điều về góp ý trực tuyến.\nLàm rõ thời hạn."));
        assertThat(issued.body())
                .contains("Kiến nghị 1")
                .contains("Kiến nghị 2")
                .contains("Chờ trả lời");

        long criticismId = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        var recommendations = criticisms.recommendations(criticismId);
        WebSession drafter = signedIn(setting.thuanHoaOfficer());
        drafter.get(path);
        var noVerdict = drafter.post(
                path + "/recommendations/" + recommendations.get(0).id() + "/reply", Map.of("text", "Tiếp thu"));
        assertThat(noVerdict.body()).contains("Trả lời (tiếp thu hoặc giải trình):");
        var replied = drafter.post(
                path + "/recommendations/" + recommendations.get(0).id() + "/reply",
                Map.of("verdict", "ACCEPTED", "text", "Đã bổ sung Điều 6."));
        assertThat(replied.body()).contains("Đã bổ sung Điều 6.").contains("Đã trả lời");
        var notFront = drafter.post(
                path + "/recommendations/" + recommendations.get(0).id() + "/done", Map.of("doneOn", today.toString()));
        assertThat(notFront.statusCode()).isEqualTo(403);
        front.get(path);
        var done = front.post(
                path + "/recommendations/" + recommendations.get(0).id() + "/done", Map.of("doneOn", today.toString()));
        assertThat(done.body()).contains("Đã thực hiện");
    }

    @Test
    void theApiEntersAMeetingsCommentAndAnswersProblemJsonForAClosedDraftOrAnotherWard() throws Exception {
        long id = drafting.create(
                new ConsultationCommands.SaveDraft(
                        setting.thuanHoa().id(),
                        ConsultationSubject.LAND_USE_PLANNING,
                        "Kế hoạch đất " + UUID.randomUUID().toString().substring(0, 6),
                        null,
                        List.of()),
                setting.thuanHoaOfficer());
        var api = new ApiClient(port);
        String officer = setting.thuanHoaOfficer().username();
        String password = DemocracyFixtures.PASSWORD_PREFIX + officer;
        String body = """
                {"channel": "MEETING", "sectionId": null, "authorKind": "CITIZEN", "organisationName": null,
                 "sourceNote": "Hội nghị tổ 5", "body": "Đồng ý với kế hoạch."}""";
        var notOpen = api.call(officer, password, "POST", "/api/v1/consultations/" + id + "/comments", body);
        assertThat(ApiClient.isProblem(notOpen, 409)).isTrue();
        drafting.open(id, new ConsultationCommands.Open(today, today.plusDays(20)), today, setting.thuanHoaOfficer());

        var entered = api.call(officer, password, "POST", "/api/v1/consultations/" + id + "/comments", body);
        assertThat(entered.statusCode()).isEqualTo(201);
        assertThat(ApiClient.json(entered).path("channel").asString()).isEqualTo("MEETING");
        var portal = api.call(
                officer,
                password,
                "POST",
                "/api/v1/consultations/" + id + "/comments",
                body.replace("MEETING", "PORTAL"));
        assertThat(ApiClient.isProblem(portal, 400)).isTrue();
        var blank = api.call(
                officer,
                password,
                "POST",
                "/api/v1/consultations/" + id + "/comments",
                body.replace("Đồng ý với kế hoạch.", ""));
        assertThat(ApiClient.isProblem(blank, 400)).isTrue();
        String other = setting.phuXuanHead().username();
        var outside = api.call(
                other,
                DemocracyFixtures.PASSWORD_PREFIX + other,
                "POST",
                "/api/v1/consultations/" + id + "/comments",
                body);
        assertThat(ApiClient.isProblem(outside, 403)).isTrue();
        var read = api.call(officer, password, "GET", "/api/v1/consultations?commune=" + TestUnits.THUAN_HOA, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("\"status\":\"OPEN\"");
        assertThat(jdbc.sql("select count(*) from democracy.consultation_comment where consultation_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }
}
