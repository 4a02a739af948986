package vn.danvan.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.WebSession;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.VietnamTime;

/** The inspection and advice pages through the real form login, with their Vietnamese refusals. */
@DanvanIntegrationTest
class InspectionAndAdvicePageTests {

    private static final LocalDate TODAY = LocalDate.now(VietnamTime.ZONE);

    @LocalServerPort
    int port;

    @Autowired
    PlanFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    PlanFixtures.Setting setting;

    @BeforeEach
    void setUp() {
        setting = fixtures.setting();
    }

    WebSession signedIn(StaffMember staff) throws Exception {
        return WebSession.signedIn(port, staff.username(), PlanFixtures.PASSWORD_PREFIX + staff.username());
    }

    long count(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    @Test
    void anInspectionIsPlannedHeldAndFollowedUpOnItsPagesAndBadInputWritesNothing() throws Exception {
        var board = signedIn(setting.boardStaff());
        assertThat(board.get("/programme/plans").body())
                .contains("href=\"/programme/inspections\"")
                .contains("href=\"/programme/advice\"");
        assertThat(board.get("/programme/inspections").statusCode()).isEqualTo(200);
        Map<String, String> form = new HashMap<>(Map.of(
                "bodyId", String.valueOf(setting.board().id()),
                "inspectedBodyId", String.valueOf(setting.commune().id()),
                "plannedOn", TODAY.minusDays(20).toString(),
                "inspectors", "Trưởng ban và 2 cán bộ",
                "subject", ""));
        HttpResponse<String> blank = board.post("/programme/inspections", form);
        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.body()).contains("Vui lòng kiểm tra lại các trường được đánh dấu.");
        assertThat(count(
                        "select count(*) from programme.work_inspection where body_id = ?",
                        setting.board().id()))
                .isZero();

        form.put("subject", "Kiểm tra công tác dân vận chính quyền");
        HttpResponse<String> planned = board.post("/programme/inspections", form);
        assertThat(planned.body()).contains("Đã lập kế hoạch kiểm tra.");
        long id = PlanPageTests.idIn(planned.uri().getPath(), "/programme/inspections/");
        String page = "/programme/inspections/" + id;

        HttpResponse<String> early = board.post(
                page + "/findings", Map.of("heldOn", TODAY.plusDays(3).toString(), "findings", "Sau"));
        assertThat(early.body()).contains("Ngày kiểm tra không được sau hôm nay.");
        HttpResponse<String> noDate = board.post(page + "/findings", Map.of("heldOn", "30/02", "findings", "X"));
        assertThat(noDate.body()).contains("Thông tin chưa hợp lệ");
        board.post(page + "/findings", Map.of("heldOn", TODAY.minusDays(20).toString(), "findings", "Làm tốt"));
        HttpResponse<String> recommended = board.post(
                page + "/recommendations",
                Map.of(
                        "text", "Công khai kết quả đối thoại",
                        "ownerBodyId", String.valueOf(setting.commune().id()),
                        "dueOn", TODAY.minusDays(2).toString()));
        assertThat(recommended.body()).contains("Đã thêm kiến nghị.").contains("Quá hạn");
        assertThat(board.get("/programme/inspections").body()).contains("Có 1 kiến nghị quá hạn chưa thực hiện");

        HttpResponse<String> earlyClose =
                board.post(page + "/close", Map.of("followedUpOn", TODAY.toString(), "followUp", "Xong"));
        assertThat(earlyClose.body()).contains("Còn 1 kiến nghị chưa thực hiện xong.");
        long recommendation = count("select id from programme.inspection_recommendation where inspection_id = ?", id);
        HttpResponse<String> done = signedIn(setting.communeStaff())
                .post(
                        "/programme/inspection-recommendations/" + recommendation + "/done",
                        Map.of("doneOn", TODAY.toString(), "result", "Đã niêm yết tại trụ sở"));
        assertThat(done.body()).contains("Đã ghi nhận kiến nghị được thực hiện.");
        HttpResponse<String> closed =
                board.post(page + "/close", Map.of("followedUpOn", TODAY.toString(), "followUp", "Hoàn thành"));
        assertThat(closed.body())
                .contains("Đã kết thúc theo dõi cuộc kiểm tra.")
                .contains("Đã kết thúc");
        assertThat(signedIn(setting.borderStaff()).get(page).statusCode()).isEqualTo(403);
    }

    @Test
    void aProposalIsDraftedSentAndDecidedOnItsPages() throws Exception {
        var board = signedIn(setting.boardStaff());
        assertThat(board.get("/programme/advice").statusCode()).isEqualTo(200);
        HttpResponse<String> drafted = board.post(
                "/programme/advice",
                Map.of(
                        "bodyId", String.valueOf(setting.board().id()),
                        "committeeBodyId", String.valueOf(setting.commune().id()),
                        "title", "Đề xuất chỉ đạo đối thoại về đất đai",
                        "proposal", "Đề nghị chỉ đạo tổ chức đối thoại chuyên đề",
                        "evidenceFrom", TODAY.withDayOfYear(1).toString(),
                        "evidenceTo", TODAY.toString()));
        assertThat(drafted.body())
                .contains("Đã lưu dự thảo đề xuất.")
                .contains("Dự thảo: căn cứ được tính tại thời điểm xem")
                .contains("Đơn tiếp nhận trong kỳ");
        long id = PlanPageTests.idIn(drafted.uri().getPath(), "/programme/advice/");
        String page = "/programme/advice/" + id;

        HttpResponse<String> sent = board.post(page + "/send", Map.of("sentOn", TODAY.toString()));
        assertThat(sent.body()).contains("Đã gửi đề xuất tới cấp ủy").contains("Căn cứ đã được chốt khi gửi cấp ủy");
        HttpResponse<String> noNumber = board.post(
                page + "/decision", Map.of("outcome", "ADOPTED", "decidedOn", TODAY.toString(), "decisionNumber", ""));
        assertThat(noNumber.body()).contains("Thông tin chưa hợp lệ");
        assertThat(count("select count(*) from programme.advice where id = ? and state = 'SENT'", id))
                .isEqualTo(1);
        HttpResponse<String> decided = board.post(
                page + "/decision",
                Map.of("outcome", "ADOPTED", "decidedOn", TODAY.toString(), "decisionNumber", "45-CV/TU"));
        assertThat(decided.body()).contains("Đã ghi nhận ý kiến của cấp ủy.").contains("45-CV/TU");
        HttpResponse<String> task = board.post(
                page + "/tasks",
                Map.of(
                        "title", "Tổ chức đối thoại chuyên đề",
                        "ownerBodyId", String.valueOf(setting.commune().id()),
                        "dueOn", TODAY.plusDays(30).toString()));
        assertThat(task.body()).contains("Đã thêm nhiệm vụ triển khai.").contains("Tổ chức đối thoại chuyên đề");
        assertThat(signedIn(setting.borderStaff()).get(page).statusCode()).isEqualTo(403);
    }
}
