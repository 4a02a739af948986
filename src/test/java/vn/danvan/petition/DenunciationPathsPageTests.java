package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.WebSession;
import vn.danvan.organization.StaffMember;

/** The case page's legal-path card: the actions of a denunciation and of regulation feedback, through the forms. */
@DanvanIntegrationTest
class DenunciationPathsPageTests {

    @LocalServerPort
    int port;

    @Autowired
    PetitionFixtures fixtures;

    @Autowired
    PetitionIntake intake;

    @Autowired
    PetitionProcessing processing;

    PetitionFixtures.Setting setting;

    @BeforeEach
    void setUp() {
        setting = fixtures.setting();
    }

    WebSession signedIn(StaffMember staff) throws Exception {
        var session = new WebSession(port);
        session.login(staff.username(), "mat-khau-du-dai-" + staff.username());
        return session;
    }

    private long received(PetitionType type, String title) {
        return intake.receive(
                        PetitionFixtures.petition(
                                setting.province().id(), type, java.time.LocalDate.of(2026, 10, 5), title),
                        setting.provinceHandler(),
                        null)
                .id();
    }

    @Test
    void anOfficerRecordsTheAccusedTheNoticesAWithdrawalThatContinuesThenPublishesTheConclusion() throws Exception {
        long id = received(PetitionType.DENUNCIATION, "Tố cáo trên trang hồ sơ");
        processing.decide(
                id,
                new DecidePetition(Decision.ACCEPT, java.time.LocalDate.of(2026, 10, 6), false, null, null, null, null),
                setting.provinceHandler());
        WebSession session = signedIn(setting.provinceHandler());
        String path = "/petitions/" + id;

        HttpResponse<String> page = session.get(path);
        assertThat(page.body())
                .contains("Trình tự giải quyết tố cáo", "Hạn thông báo thụ lý", "13/10/2026", "Ghi nhận rút tố cáo");

        page = session.post(path + "/acceptance-notice", Map.of("recipient", "ACCUSED", "sentOn", "2026-10-08"));
        assertThat(page.body()).contains("Cần ghi thông tin người bị tố cáo");

        page = session.post(
                path + "/accused", Map.of("name", "Phan Văn Sai", "position", "Kế toán", "body", "UBND xã"));
        assertThat(page.body()).contains("Phan Văn Sai, Kế toán, UBND xã");
        page = session.post(path + "/acceptance-notice", Map.of("recipient", "ACCUSED", "sentOn", "2026-10-14"));
        assertThat(page.body()).contains("Thông báo thụ lý tố cáo", "Trễ hạn");

        page = session.post(
                path + "/denunciation-withdrawal",
                Map.of("form", "LETTER", "withdrawnOn", "2026-10-15", "continuation", "COERCED_OR_BOUGHT"));
        assertThat(page.body()).contains("Rút tố cáo do bị đe dọa, mua chuộc", "Đang giải quyết");

        page = session.post(
                path + "/conclusion", Map.of("outcome", "WRONG", "summary", "Tố cáo sai", "resolvedOn", "2026-10-20"));
        assertThat(page.body()).contains("Hạn công khai kết luận", "29/10/2026");
        page = session.post(path + "/conclusion-publication", Map.of("publishedOn", "2026-10-21"));
        assertThat(page.body()).contains("Cần chọn ít nhất một hình thức công khai");
        page = session.post(path + "/conclusion-publication", Map.of("forms", "MEETING", "publishedOn", "2026-10-21"));
        assertThat(page.body()).contains("Công bố tại cuộc họp", "Công khai kết luận nội dung tố cáo");
    }

    @Test
    void anOfficerMarksFeedbackAsAboutAdministrativeRegulationsAndSeesTheTransferDueDate() throws Exception {
        long id = received(PetitionType.FEEDBACK, "Phản ánh quy định cấp phép");
        WebSession session = signedIn(setting.provinceHandler());
        HttpResponse<String> page = session.get("/petitions/" + id);
        assertThat(page.body()).contains("Đánh dấu là PAKN về quy định hành chính");

        page = session.post("/petitions/" + id + "/regulation-feedback", Map.of());
        assertThat(page.body())
                .contains("Về quy định hành chính", "Hạn chuyển đơn nếu không thuộc thẩm quyền", "12/10/2026")
                .doesNotContain("Đánh dấu là PAKN về quy định hành chính");
    }

    @Test
    void aDenunciationRegisteredWithVerificationAtSeveralPlacesGetsTenWorkingDaysFromTheIntakeForm() throws Exception {
        WebSession session = signedIn(setting.provinceHandler());
        session.get("/petitions/new");
        Map<String, String> form = new java.util.HashMap<>(Map.of(
                "bodyId", String.valueOf(setting.province().id()),
                "channel", "IN_PERSON",
                "type", "DENUNCIATION",
                "fieldCode", "LAND",
                "instance", "FIRST",
                "petitionerKind", "INDIVIDUAL",
                "petitionerCount", "1",
                "representativeCount", "0",
                "receivedOn", "2026-10-05",
                "title", "Tố cáo sai phạm ở ba thôn"));
        form.put("content", "Nội dung tố cáo sai phạm ở ba thôn");
        form.put("fullName", "Đặng Thị Kín");
        form.put("severalPlacesReason", "Phải xác minh ở ba thôn thuộc hai xã");

        HttpResponse<String> page = session.post("/petitions", form);

        assertThat(page.uri().getPath()).matches("/petitions/\\d+");
        // Received Monday 5 October 2026: 10 working days end Monday 19 October, not Wednesday 14.
        assertThat(page.body())
                .contains("Đã ghi nhận đơn", "19/10/2026", "Phải xác minh ở ba thôn thuộc hai xã")
                .doesNotContain("14/10/2026")
                .doesNotContain("Đặng Thị Kín");
    }
}
