package vn.danvan.democracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.TestUnits;
import vn.danvan.WebSession;
import vn.danvan.organization.StaffMember;

/**
 * The oversight pages through the real form login and the portal: the ward's Front sets up its Ban Thanh tra nhân
 * dân, a commune official is refused in Vietnamese and nothing is written, a member from the register is taken; the
 * board's recommendation is answered by the ward's head; the portal shows members' names and roles (no address) and
 * the answer. A signed-in citizen rates the ward once; a second sheet is refused.
 */
@DanvanIntegrationTest
class BoardPageTests {

    @LocalServerPort
    int port;

    @Autowired
    SupervisionFixtures fixtures;

    @Autowired
    RatingRounds ratings;

    @Autowired
    BoardRegistry boards;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    WebSession signedIn(StaffMember staff) throws Exception {
        return WebSession.signedIn(port, staff.username(), DemocracyFixtures.PASSWORD_PREFIX + staff.username());
    }

    static long id(String path, String prefix) {
        Matcher matcher = Pattern.compile(prefix + "/(\\d+)").matcher(path);
        assertThat(matcher.find()).as(path).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    @Test
    void theFrontSetsUpItsBoardAndThePortalShowsNamesRolesAndAnswers() throws Exception {
        var oversight = fixtures.oversight();
        var setting = oversight.setting();
        LocalDate today = LocalDate.now(clock);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        WebSession front = signedIn(setting.frontStaff());
        assertThat(front.get("/oversight").body()).contains("Thành lập ban");
        var created = front.post(
                "/oversight/boards",
                Map.of(
                        "kind", "PEOPLES_INSPECTION",
                        "frontBodyId", String.valueOf(setting.front().id()),
                        "addresseeBodyId", String.valueOf(setting.thuanHoa().id()),
                        "name", "Ban Thanh tra nhân dân " + suffix,
                        "termFrom", today.minusDays(10).toString(),
                        "termTo", today.plusYears(5).toString()));
        assertThat(created.body()).contains("Đã thành lập ban.").contains("Chưa đủ");
        long board = id(created.uri().getPath(), "/oversight/boards");

        int members = jdbc.sql("select count(*) from democracy.board_member")
                .query(Integer.class)
                .single();
        var official = front.post(
                "/oversight/boards/" + board + "/members",
                Map.of(
                        "fullName", "Trần Văn Công",
                        "role", "MEMBER",
                        "position", "COMMUNE_CIVIL_SERVANT",
                        "declaredAddress", "3 Lê Lợi",
                        "declaredCommuneCode", TestUnits.THUAN_HOA,
                        "joinedOn", today.toString()));
        assertThat(official.body())
                .contains("Không được bầu vào Ban Thanh tra nhân dân: người là cán bộ, công chức xã");
        var badDate = front.post(
                "/oversight/boards/" + board + "/members",
                Map.of("fullName", "Hồ Văn Một", "role", "HEAD", "position", "NONE", "joinedOn", "31/02/2026"));
        assertThat(badDate.body()).contains("Chưa lưu: có trường còn trống hoặc không hợp lệ");
        assertThat(jdbc.sql("select count(*) from democracy.board_member")
                        .query(Integer.class)
                        .single())
                .isEqualTo(members);
        var taken = front.post(
                "/oversight/boards/" + board + "/members",
                Map.of(
                        "fullName",
                        "Hồ Văn Một " + suffix,
                        "role",
                        "HEAD",
                        "position",
                        "NONE",
                        "householdId",
                        String.valueOf(oversight.households().getFirst().id()),
                        "joinedOn",
                        today.toString()));
        assertThat(taken.body()).contains("Đã thêm thành viên.").contains("Hồ Văn Một " + suffix);

        String content = "Đề nghị công khai chi phí sửa trường mẫu giáo " + suffix;
        var sent = front.post(
                "/oversight/boards/" + board + "/recommendations",
                Map.of(
                        "addresseeBodyId", String.valueOf(setting.thuanHoa().id()),
                        "sentOn", today.toString(),
                        "content", content));
        assertThat(sent.body()).contains("Đã gửi kiến nghị").contains("Chờ trả lời");
        Matcher link = Pattern.compile("/oversight/recommendations/(\\d+)").matcher(sent.body());
        assertThat(link.find()).isTrue();
        String recommendation = link.group();

        WebSession head = signedIn(setting.thuanHoaHead());
        assertThat(head.get(recommendation).body()).contains(content).contains("Ghi nhận trả lời");
        var answered = head.post(
                recommendation + "/answer",
                Map.of(
                        "answeredOn",
                        today.toString(),
                        "outcome",
                        "ACCEPTED",
                        "answer",
                        "Đã niêm yết chi phí " + suffix));
        assertThat(answered.body()).contains("Đã ghi nhận trả lời.").contains("Tiếp thu");
        assertThat(signedIn(setting.phuXuanHead()).get(recommendation).statusCode())
                .isEqualTo(403);

        WebSession citizen = new WebSession(port);
        String portal = citizen.get("/portal/oversight/" + TestUnits.THUAN_HOA).body();
        assertThat(portal)
                .contains("Hồ Văn Một " + suffix)
                .contains("Trưởng ban")
                .contains(content)
                .contains("Đã niêm yết chi phí " + suffix)
                .doesNotContain("3 Lê Lợi");
        assertThat(citizen.get("/portal/oversight/99999").statusCode()).isEqualTo(404);
    }

    @Test
    void aSignedInCitizenRatesTheWardOnceAYear() throws Exception {
        var setting = fixtures.oversight().setting();
        LocalDate today = LocalDate.now(clock);
        if (ratings.round(TestUnits.PHU_XUAN, today.getYear()).isEmpty()) {
            WebSession head = signedIn(setting.phuXuanHead());
            head.get("/oversight/ratings");
            var opened = head.post(
                    "/oversight/ratings",
                    Map.of(
                            "committeeBodyId", String.valueOf(setting.phuXuan().id()),
                            "year", String.valueOf(today.getYear()),
                            "opensOn", today.withDayOfYear(1).toString(),
                            "closesOn", today.withMonth(12).withDayOfMonth(31).toString()));
            assertThat(opened.body()).contains("Đã mở đợt đánh giá.");
        }
        WebSession anonymous = new WebSession(port);
        assertThat(anonymous
                        .get("/portal/oversight/" + TestUnits.PHU_XUAN + "/rating")
                        .body())
                .contains("Cần đăng nhập tài khoản công dân để đánh giá.");

        String email = "danh-gia-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
        WebSession citizen = new WebSession(port);
        citizen.get("/portal/register");
        citizen.post(
                "/portal/register",
                Map.of("fullName", "Lê Văn Dân", "email", email, "password", "mat-khau-cong-dan-dai"));
        citizen.get("/portal/login");
        citizen.post("/portal/login", Map.of("login", email, "password", "mat-khau-cong-dan-dai"));
        String form = citizen.get("/portal/oversight/" + TestUnits.PHU_XUAN + "/rating")
                .body();
        assertThat(form).contains("Rất hài lòng").contains("Thái độ, tinh thần phục vụ");
        Map<String, String> sheet =
                Map.of("scores[0]", "5", "scores[1]", "4", "scores[2]", "4", "scores[3]", "3", "scores[4]", "5");
        int before = jdbc.sql("select count(*) from democracy.rating_sheet")
                .query(Integer.class)
                .single();
        var missing = citizen.post(
                "/portal/oversight/" + TestUnits.PHU_XUAN + "/rating", Map.of("scores[0]", "5", "scores[1]", "4"));
        assertThat(missing.body()).contains("Cần chấm đủ 5 tiêu chí");
        var rated = citizen.post("/portal/oversight/" + TestUnits.PHU_XUAN + "/rating", sheet);
        assertThat(rated.body()).contains("Cảm ơn bạn đã đánh giá.").contains("Bạn đã đánh giá xã này năm nay.");
        // A page with a form, for the session's CSRF token: a second sheet sent by hand.
        citizen.get("/portal/disclosures/" + TestUnits.PHU_XUAN);
        var again = citizen.post("/portal/oversight/" + TestUnits.PHU_XUAN + "/rating", sheet);
        assertThat(again.body()).contains("mỗi người chỉ đánh giá một lần mỗi năm");
        assertThat(jdbc.sql("select count(*) from democracy.rating_sheet")
                        .query(Integer.class)
                        .single())
                .isEqualTo(before + 1);
        assertThat(signedIn(setting.phuXuanHead()).get("/oversight/ratings").body())
                .contains(setting.phuXuan().name())
                .contains("Thái độ, tinh thần phục vụ");
    }

    @Test
    void theApiShowsABoardAndItsRecommendationsToStaffInScopeAndProblemJsonOtherwise() throws Exception {
        var oversight = fixtures.oversight();
        var setting = oversight.setting();
        LocalDate today = LocalDate.now(clock);
        long board = boards.create(
                new BoardCommands.CreateBoard(
                        BoardKind.PEOPLES_INSPECTION,
                        setting.front().id(),
                        setting.thuanHoa().id(),
                        "Ban Thanh tra nhân dân (API)",
                        null,
                        today.minusDays(1),
                        today.plusYears(5),
                        java.util.List.of()),
                setting.frontStaff());
        long recommendation = boards.recommend(
                board,
                new SupervisionCommands.SendRecommendation(
                        setting.thuanHoa().id(), null, "Kiến nghị qua API", today.minusDays(45)),
                today,
                setting.frontStaff());
        var listed = api(setting.thuanHoaHead(), "/api/v1/oversight/recommendations?overdue=true");
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains("\"id\":" + recommendation).contains("\"status\":\"OVERDUE\"");
        var shown = api(setting.frontStaff(), "/api/v1/oversight/boards/" + board);
        assertThat(shown.body()).contains("\"shortOfMembers\":true").contains("\"membersRequired\":");
        var outside = api(setting.phuXuanHead(), "/api/v1/oversight/recommendations/" + recommendation);
        assertThat(outside.statusCode()).isEqualTo(403);
        assertThat(outside.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        var unknown = api(setting.frontStaff(), "/api/v1/oversight/supervisions/987654321");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Không tìm thấy nội dung kiểm tra, giám sát này.");
    }

    @Test
    void theFrontRunsASupervisionOnItsPagesAndALateDecisionIsShownLate() throws Exception {
        var setting = fixtures.oversight().setting();
        LocalDate today = LocalDate.now(clock);
        LocalDate firstSession = today.minusDays(30);
        WebSession front = signedIn(setting.frontStaff());
        front.get("/oversight");
        var plan = front.post(
                "/oversight/supervision-plans",
                Map.of(
                        "frontBodyId", String.valueOf(setting.front().id()),
                        "year", String.valueOf(firstSession.getYear()),
                        "title", "Chương trình giám sát"));
        assertThat(plan.body()).contains("Chương trình giám sát (" + firstSession.getYear() + ")");
        long planId = id(plan.uri().getPath(), "/oversight/supervision-plans");
        var created = front.post(
                "/oversight/supervision-plans/" + planId + "/supervisions",
                Map.of(
                        "supervisedBodyId",
                        String.valueOf(setting.thuanHoa().id()),
                        "subject",
                        "Giải quyết kiến nghị của cử tri",
                        "team",
                        "Trưởng đoàn và 4 thành viên",
                        "firstSessionOn",
                        firstSession.toString()));
        assertThat(created.body()).contains("Giải quyết kiến nghị của cử tri").contains("Quá hạn, chưa thực hiện");
        long supervision = id(created.uri().getPath(), "/oversight/supervisions");
        var late = front.post(
                "/oversight/supervisions/" + supervision + "/steps",
                Map.of("step", "DECISION_SENT", "on", firstSession.minusDays(3).toString()));
        assertThat(late.body()).contains("Đã lưu.").contains("Trễ hạn").contains("trễ so với hạn");
        var future = front.post(
                "/oversight/supervisions/" + supervision + "/sessions",
                Map.of("heldOn", today.plusDays(2).toString(), "place", "Trụ sở"));
        assertThat(future.body()).contains("Ngày không được sau ngày hôm nay.");
        assertThat(front.get("/oversight/supervision-plans/" + planId).body()).contains("Có bước trễ hạn");
        assertThat(front.get("/oversight/recommendations?overdue=true").statusCode())
                .isEqualTo(200);
        assertThat(signedIn(setting.phuXuanHead())
                        .get("/oversight/supervisions/" + supervision)
                        .statusCode())
                .isEqualTo(403);
    }

    java.net.http.HttpResponse<String> api(StaffMember staff, String path) throws Exception {
        String credentials = staff.username() + ":" + DemocracyFixtures.PASSWORD_PREFIX + staff.username();
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + java.util.Base64.getEncoder()
                                                        .encodeToString(credentials.getBytes(
                                                                java.nio.charset.StandardCharsets.UTF_8)))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
    }
}
