package vn.danvan.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.WebSession;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.VietnamTime;

/** Dialogue pages through the real form login: record, raise, promise, report done, and the public page. */
@DanvanIntegrationTest
class DialoguePageTests {

    @LocalServerPort
    int port;

    @Autowired
    DialogueFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    DialogueFixtures.Setting setting;

    @BeforeEach
    void setUp() {
        setting = fixtures.setting();
    }

    WebSession signedIn(StaffMember staff) throws Exception {
        return WebSession.signedIn(port, staff.username(), DialogueFixtures.PASSWORD_PREFIX + staff.username());
    }

    static long idIn(String path, String prefix) {
        Matcher matcher = Pattern.compile(prefix + "(\\d+)").matcher(path);
        assertThat(matcher.find()).as(path).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    Map<String, String> holdForm(String topic) {
        Map<String, String> form = new HashMap<>(Map.of(
                "convenerBodyId",
                String.valueOf(setting.committee().id()),
                "coConvenerBodyId",
                String.valueOf(setting.front().id()),
                "kind",
                "ANNUAL_GRASSROOTS",
                "heldOn",
                LocalDate.now(VietnamTime.ZONE).minusDays(1).toString(),
                "place",
                "Nhà văn hoá tổ 5",
                "topic",
                topic,
                "chairName",
                "Trần Minh Hải",
                "chairPosition",
                "Chủ tịch UBND phường",
                "participants",
                "85"));
        return form;
    }

    @Test
    void aDialogueIsRecordedItsPromiseKeptAndThePublicSeesWhoPromisedButNotWhoAsked() throws Exception {
        var session = signedIn(setting.chairmanOffice());
        session.get("/dialogues/new");
        HttpResponse<String> dialogue = session.post("/dialogues", holdForm("Đối thoại về chỉnh trang đô thị"));
        assertThat(dialogue.body()).contains("Đã ghi nhận cuộc đối thoại.");
        long dialogueId = idIn(dialogue.uri().getPath(), "/dialogues/");

        var raised = session.post(
                "/dialogues/" + dialogueId + "/issues",
                Map.of(
                        "content",
                        "Vỉa hè đường Lê Lợi bị lấn chiếm",
                        "raisedBy",
                        "Bà Nguyễn Thị Sáu, tổ 5",
                        "fieldCode",
                        "OTHER",
                        "answer",
                        "Phường ra quân giải toả trong tháng"));
        assertThat(raised.body()).contains("Đã ghi ý kiến.").contains("Bà Nguyễn Thị Sáu");
        long issueId = jdbc.sql("select id from dialogue.issue where dialogue_id = ?")
                .param(dialogueId)
                .query(Long.class)
                .single();
        var committed = session.post(
                "/dialogues/" + dialogueId + "/commitments",
                Map.of(
                        "issueId",
                        String.valueOf(issueId),
                        "description",
                        "Giải toả lấn chiếm vỉa hè đường Lê Lợi",
                        "ownerBodyId",
                        String.valueOf(setting.committee().id()),
                        "ownerName",
                        "Trần Minh Hải",
                        "ownerPosition",
                        "Chủ tịch UBND phường",
                        "dueOn",
                        LocalDate.now(VietnamTime.ZONE).plusYears(2).toString()));
        assertThat(committed.body()).contains("Đã ghi cam kết vào sổ theo dõi.").contains("Chưa thực hiện");
        long commitmentId = jdbc.sql("select id from dialogue.commitment where issue_id = ?")
                .param(issueId)
                .query(Long.class)
                .single();

        var done = session.post("/commitments/" + commitmentId + "/done", Map.of("evidence", "Biên bản ra quân 3/BB"));
        assertThat(done.body()).contains("Đã ghi nhận hoàn thành cam kết.").contains("Đã hoàn thành");
        var confirmed = session.post(
                "/commitments/" + commitmentId + "/confirm", Map.of("note", "Tổ trưởng tổ 5", "confirmed", "true"));
        assertThat(confirmed.body()).contains("Người dân (Tổ trưởng tổ 5) xác nhận đã thực hiện.");

        var publicPage = new WebSession(port)
                .get("/portal/commitments?body=" + setting.committee().id());
        assertThat(publicPage.statusCode()).isEqualTo(200);
        assertThat(publicPage.body())
                .contains("Giải toả lấn chiếm vỉa hè đường Lê Lợi")
                .contains("Trần Minh Hải")
                .contains("Chủ tịch UBND phường")
                .contains("Người dân đã xác nhận")
                .doesNotContain("Nguyễn Thị Sáu");
    }

    @Test
    void aDialogueWithoutTopicOrChairShowsVietnameseErrorsAndWritesNothing() throws Exception {
        long before = jdbc.sql("select count(*) from dialogue.dialogue")
                .query(Long.class)
                .single();
        var session = signedIn(setting.chairmanOffice());
        session.get("/dialogues/new");
        Map<String, String> form = holdForm("");
        form.put("chairName", "");
        var page = session.post("/dialogues", form);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Vui lòng kiểm tra các trường");
        assertThat(jdbc.sql("select count(*) from dialogue.dialogue")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void theLedgerFlagsOverdueCommitmentsAndAnotherWardCannotOpenTheDialogue() throws Exception {
        var session = signedIn(setting.chairmanOffice());
        session.get("/dialogues/new");
        var dialogue = session.post("/dialogues", holdForm("Đối thoại về rác thải"));
        long dialogueId = idIn(dialogue.uri().getPath(), "/dialogues/");
        session.post(
                "/dialogues/" + dialogueId + "/issues",
                Map.of("content", "Rác tồn đọng ở chợ", "fieldCode", "ENVIRONMENT"));
        long issueId = jdbc.sql("select id from dialogue.issue where dialogue_id = ?")
                .param(dialogueId)
                .query(Long.class)
                .single();
        session.post(
                "/dialogues/" + dialogueId + "/commitments",
                Map.of(
                        "issueId",
                        String.valueOf(issueId),
                        "description",
                        "Thu gom rác chợ hằng ngày",
                        "ownerBodyId",
                        String.valueOf(setting.department().id()),
                        "ownerName",
                        "Nguyễn Văn Hà",
                        "dueOn",
                        LocalDate.now(VietnamTime.ZONE).toString()));
        jdbc.sql("update dialogue.commitment set due_on = due_on - 3 where issue_id = ?")
                .param(issueId)
                .update();

        var ledger = signedIn(setting.departmentStaff()).get("/commitments?overdue=true");
        assertThat(ledger.body()).contains("Thu gom rác chợ hằng ngày").contains("Quá hạn");
        var outsider = signedIn(setting.outsider()).get("/dialogues/" + dialogueId);
        assertThat(outsider.statusCode()).isEqualTo(403);
    }
}
