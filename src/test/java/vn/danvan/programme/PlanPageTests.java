package vn.danvan.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.WebSession;
import vn.danvan.organization.StaffMember;
import vn.danvan.programme.PlanCommands.AddTask;
import vn.danvan.programme.PlanCommands.DraftPlan;
import vn.danvan.shared.VietnamTime;

/** The programme's staff pages through the real form login: a plan, its task, an agreement, a review, the report. */
@DanvanIntegrationTest
class PlanPageTests {

    private static final LocalDate TODAY = LocalDate.now(VietnamTime.ZONE);

    @LocalServerPort
    int port;

    @Autowired
    PlanFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanBook planBook;

    PlanFixtures.Setting setting;

    @BeforeEach
    void setUp() {
        setting = fixtures.setting();
    }

    WebSession signedIn(StaffMember staff) throws Exception {
        return WebSession.signedIn(port, staff.username(), PlanFixtures.PASSWORD_PREFIX + staff.username());
    }

    static long idIn(String path, String prefix) {
        Matcher matcher = Pattern.compile(prefix + "(\\d+)").matcher(path);
        assertThat(matcher.find()).as(path).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    long plans() {
        return jdbc.sql("select count(*) from programme.plan where body_id = ?")
                .param(setting.board().id())
                .query(Long.class)
                .single();
    }

    @Test
    void aPlanIsDraftedItsTaskAddedAndReportedOnAndBadInputGetsAVietnameseMessageAndWritesNothing() throws Exception {
        var board = signedIn(setting.boardStaff());
        assertThat(board.get("/programme/plans").statusCode()).isEqualTo(200);
        Map<String, String> form = new HashMap<>(Map.of(
                "bodyId",
                String.valueOf(setting.board().id()),
                "year",
                String.valueOf(TODAY.getYear()),
                "sector",
                "STATE",
                "title",
                ""));
        HttpResponse<String> blank = board.post("/programme/plans", form);
        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.body()).contains("Vui lòng kiểm tra lại các trường được đánh dấu.");
        form.put("year", "1800");
        form.put("title", "Kế hoạch");
        assertThat(board.post("/programme/plans", form).body()).contains("Vui lòng kiểm tra lại");
        assertThat(plans()).isZero();

        form.put("year", String.valueOf(TODAY.getYear()));
        form.put("title", "Kế hoạch dân vận chính quyền");
        HttpResponse<String> drafted = board.post("/programme/plans", form);
        assertThat(drafted.body()).contains("Đã lập kế hoạch.");
        long planId = idIn(drafted.uri().getPath(), "/programme/plans/");

        HttpResponse<String> outOfYear = board.post(
                "/programme/plans/" + planId + "/tasks",
                Map.of(
                        "title", "Nhiệm vụ năm sau nữa",
                        "ownerBodyId", String.valueOf(setting.commune().id()),
                        "dueOn", TODAY.plusYears(3).toString()));
        assertThat(outOfYear.body()).contains("Thời hạn của nhiệm vụ phải trong năm " + TODAY.getYear());
        HttpResponse<String> added = board.post(
                "/programme/plans/" + planId + "/tasks",
                Map.of(
                        "title", "Đối thoại ở các phường",
                        "ownerBodyId", String.valueOf(setting.commune().id()),
                        "dueOn", TODAY.toString(),
                        "indicator", "Số hội nghị",
                        "target", "4"));
        assertThat(added.body()).contains("Đã thêm nhiệm vụ.").contains("Đối thoại ở các phường");
        long taskId = jdbc.sql("select id from programme.plan_task where plan_id = ?")
                .param(planId)
                .query(Long.class)
                .single();

        var commune = signedIn(setting.communeStaff());
        HttpResponse<String> reported = commune.post(
                "/programme/tasks/" + taskId + "/progress",
                Map.of("reportedOn", TODAY.toString(), "achieved", "2", "note", "Đã tổ chức 2 hội nghị"));
        assertThat(reported.body()).contains("Đã ghi nhận báo cáo tiến độ.").contains("2 (50%)");
        assertThat(signedIn(setting.borderStaff())
                        .get("/programme/tasks/" + taskId)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void theAgreementReviewTrainingAndReportPagesRender() throws Exception {
        var board = signedIn(setting.boardStaff());
        HttpResponse<String> signed = board.post(
                "/programme/agreements",
                Map.of(
                        "leadBodyId", String.valueOf(setting.board().id()),
                        "title", "Quy chế phối hợp với Công an",
                        "signedOn", TODAY.toString(),
                        "validFrom", TODAY.toString(),
                        "validTo", TODAY.plusYears(5).toString(),
                        "partyBodyIds", String.valueOf(setting.police().id())));
        assertThat(signed.body()).contains("Đã ghi nhận quy chế phối hợp.");
        HttpResponse<String> review = board.post(
                "/programme/reviews",
                Map.of(
                        "bodyId",
                        String.valueOf(setting.board().id()),
                        "kind",
                        "YEAR_END",
                        "periodFrom",
                        TODAY.withDayOfYear(1).toString(),
                        "periodTo",
                        TODAY.toString(),
                        "title",
                        "Tổng kết công tác dân vận năm " + TODAY.getYear(),
                        "place",
                        "Huế"));
        assertThat(review.body())
                .contains("Đã lập báo cáo.")
                .contains("Số liệu từ hệ thống")
                .contains("Lượt công dân được tiếp");
        long reviewId = idIn(review.uri().getPath(), "/programme/reviews/");
        HttpResponse<String> refused = board.post("/programme/reviews/" + reviewId + "/issue", Map.of());
        assertThat(refused.body()).contains("Cần viết phần kết quả trước khi ban hành.");
        assertThat(board.get("/programme/training").statusCode()).isEqualTo(200);
        HttpResponse<String> report = board.get("/programme/reports");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body())
                .contains("Quy chế phối hợp")
                .contains(setting.board().name());
        assertThat(board.download("/programme/reports.xlsx").statusCode()).isEqualTo(200);
    }

    /** The nine counts that follow a body's name in the report page's table of bodies. */
    static List<Integer> pageRow(String html, String name) {
        int at = html.indexOf(">" + name + "</th>", html.indexOf("id=\"bodies\""));
        assertThat(at).as("a row for " + name).isPositive();
        Matcher cell = Pattern.compile("<td[^>]*>(\\d+)</td>").matcher(html.substring(at, html.indexOf("</tr>", at)));
        List<Integer> values = new ArrayList<>();
        while (cell.find()) {
            values.add(Integer.parseInt(cell.group(1)));
        }
        return values;
    }

    /** The nine counts of a body's row in the workbook, or empty when the body has no row. */
    static List<Integer> workbookRow(byte[] xlsx, String name) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getCell(0) != null && name.equals(row.getCell(0).getStringCellValue())) {
                    List<Integer> values = new ArrayList<>();
                    for (int c = 2; c < 11; c++) {
                        values.add((int) row.getCell(c).getNumericCellValue());
                    }
                    return values;
                }
            }
        }
        return List.of();
    }

    @Test
    void theYearlyReportCountsTheRawRecordsOnThePageAndInTheWorkbookAndACommuneSeesOnlyItself() throws Exception {
        int year = TODAY.getYear();
        for (String title : List.of("Kế hoạch dân vận chính quyền", "Kế hoạch dân vận khéo")) {
            planBook.draft(
                    new DraftPlan(setting.board().id(), year, PlanSector.STATE, title, null), setting.boardStaff());
        }
        long planId = planBook.plans(year, setting.boardStaff()).stream()
                .filter(p -> p.bodyId() == setting.board().id())
                .findFirst()
                .orElseThrow()
                .id();
        LocalDate firstDay = LocalDate.of(year, 1, 1);
        planBook.addTask(
                planId,
                new AddTask("Nhiệm vụ trễ", setting.commune().id(), firstDay, null, null),
                setting.boardStaff());
        var done = planBook.addTask(
                planId,
                new AddTask("Nhiệm vụ xong", setting.commune().id(), LocalDate.of(year, 12, 31), null, null),
                setting.boardStaff());
        planBook.complete(done.id(), TODAY, TODAY, setting.communeStaff());
        int late = TODAY.isAfter(firstDay) ? 1 : 0;
        // plans, tasks, done, late, agreements, joint tasks done, courses, certificates, reviews issued
        List<Integer> board = List.of(2, 0, 0, 0, 0, 0, 0, 0, 0);
        List<Integer> commune = List.of(0, 2, 1, late, 0, 0, 0, 0, 0);

        var province = signedIn(setting.boardStaff());
        String page = province.get("/programme/reports").body();
        assertThat(pageRow(page, setting.board().name())).isEqualTo(board);
        assertThat(pageRow(page, setting.commune().name())).isEqualTo(commune);
        byte[] xlsx = province.download("/programme/reports.xlsx").body();
        assertThat(workbookRow(xlsx, setting.board().name())).isEqualTo(board);
        assertThat(workbookRow(xlsx, setting.commune().name())).isEqualTo(commune);

        // the province sees its communes; the commune sees itself, not the province above it
        var ward = signedIn(setting.communeStaff());
        String wardPage = ward.get("/programme/reports").body();
        assertThat(pageRow(wardPage, setting.commune().name())).isEqualTo(commune);
        assertThat(wardPage).doesNotContain(setting.board().name());
        assertThat(workbookRow(
                        ward.download("/programme/reports.xlsx").body(),
                        setting.board().name()))
                .isEmpty();
    }

    @Test
    void theActivitiesPageRecordsAWorkWithTheCommunityAndRefusesAFieldVisitWithoutItsLeader() throws Exception {
        var board = signedIn(setting.boardStaff());
        assertThat(board.get("/programme/activities").statusCode()).isEqualTo(200);
        Map<String, String> form = new HashMap<>(Map.of(
                "bodyId", String.valueOf(setting.board().id()),
                "kind", "FIELD_VISIT",
                "community", "PARTY_CELL",
                "heldOn", TODAY.toString(),
                "place", "Chi bộ thôn Phú Mậu 3",
                "leaderName", "",
                "learned", "Bà con đề nghị sớm làm đường liên thôn"));
        HttpResponse<String> noLeader = board.post("/programme/activities", form);
        assertThat(noLeader.statusCode()).isEqualTo(200);
        assertThat(noLeader.body()).contains("Chuyến đi cơ sở cần ghi tên đồng chí lãnh đạo.");
        form.put("leaderName", "Đồng chí Phó Bí thư Thành ủy");
        form.put("heldOn", TODAY.plusDays(1).toString());
        assertThat(board.post("/programme/activities", form).body()).contains("Ngày hoạt động không được sau hôm nay.");
        assertThat(jdbc.sql("select count(*) from programme.activity where body_id = ?")
                        .param(setting.board().id())
                        .query(Long.class)
                        .single())
                .isZero();

        form.put("heldOn", TODAY.toString());
        HttpResponse<String> recorded = board.post("/programme/activities", form);
        assertThat(recorded.body())
                .contains("Đã ghi nhận hoạt động.")
                .contains("Chi bộ thôn Phú Mậu 3")
                .contains("Bà con đề nghị sớm làm đường liên thôn");
        assertThat(signedIn(setting.borderStaff()).get("/programme/activities").body())
                .doesNotContain("Chi bộ thôn Phú Mậu 3");
    }
}
