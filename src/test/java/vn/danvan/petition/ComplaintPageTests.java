package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.WebSession;
import vn.danvan.organization.StaffMember;

/** The complaint card of the case page: its facts, its actions and their refusals in Vietnamese. */
@DanvanIntegrationTest
class ComplaintPageTests {

    @LocalServerPort
    int port;

    @Autowired
    PetitionFixtures fixtures;

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

    String registered(WebSession session, String title) throws Exception {
        Map<String, String> form = new HashMap<>(Map.of(
                "bodyId", String.valueOf(setting.province().id()),
                "channel", "IN_PERSON",
                "type", "COMPLAINT",
                "fieldCode", "LAND",
                "instance", "FIRST",
                "petitionerKind", "INDIVIDUAL",
                "petitionerCount", "1",
                "representativeCount", "0",
                "receivedOn", "2026-10-05",
                "title", title));
        form.put("content", "Nội dung đơn " + title);
        form.put("fullName", "Phạm Văn Hậu");
        form.put("communeCode", "19789");
        session.get("/petitions/new");
        HttpResponse<String> page = session.post("/petitions", form);
        return page.uri().getPath();
    }

    @Test
    void theCasePageShowsTheTimeBarDateAndRefusesToAcceptALateComplaintInVietnamese() throws Exception {
        WebSession session = signedIn(setting.provinceHandler());
        String path = registered(session, "Khiếu nại quyết định thu hồi đất");
        HttpResponse<String> page = session.get(path);
        assertThat(page.body()).contains("Điều kiện thụ lý").contains("Chưa ghi nhận");

        page = session.post(
                path + "/complaint-particulars", Map.of("subject", "ADMINISTRATIVE", "learnedOn", "2026-06-01"));
        assertThat(page.body())
                .contains("Đã ghi nhận điều kiện thụ lý")
                .contains("Hết thời hiệu")
                .contains("31/08/2026");

        page = session.post(path + "/decision", Map.of("decision", "ACCEPT", "decidedOn", "2026-10-07"));
        assertThat(page.body())
                .contains("Không thụ lý: đã hết thời hiệu khiếu nại")
                .contains("Chờ xử lý"); // still awaiting processing
    }

    @Test
    void aComplainantWithdrawingTheWholeComplaintEndsItAndTheTerminationDecisionAwaitsSending() throws Exception {
        WebSession session = signedIn(setting.provinceHandler());
        String path = registered(session, "Khiếu nại mức phạt");
        session.get(path);
        session.post(path + "/decision", Map.of("decision", "ACCEPT", "decidedOn", "2026-10-07"));

        HttpResponse<String> page = session.post(path + "/withdrawal", Map.of("people", "0", "content", ""));
        assertThat(page.body()).contains("Nhập số người rút khiếu nại hoặc nội dung rút");

        page = session.post(path + "/withdrawal", Map.of("people", "1", "withdrawnOn", "2026-10-12"));
        assertThat(page.body())
                .contains("Đã ghi nhận việc rút khiếu nại")
                .contains("Rút khiếu nại") // timeline
                .contains("Đình chỉ giải quyết")
                .contains("Người khiếu nại rút toàn bộ khiếu nại")
                .contains("Quyết định đình chỉ")
                .contains("id=\"record-sending\"")
                .doesNotContain("id=\"withdraw\"");
    }

    @Test
    void anOfficerSuspendsAndResumesAComplaintFromTheCasePage() throws Exception {
        WebSession session = signedIn(setting.provinceHandler());
        String path = registered(session, "Khiếu nại bồi thường cây trồng");
        session.get(path);
        session.post(path + "/decision", Map.of("decision", "ACCEPT", "decidedOn", "2026-10-07"));

        HttpResponse<String> page = session.post(
                path + "/suspension",
                Map.of("ground", "FORCE_MAJEURE_OR_OBSTACLE", "reason", "Bão lũ", "issuedOn", "2026-10-20"));
        assertThat(page.body())
                .contains("Đã tạm đình chỉ giải quyết khiếu nại")
                .contains("Tạm đình chỉ từ")
                .contains("20/10/2026")
                .contains("Gửi trễ hạn") // the suspension decision was due by 23/10/2026 and is not recorded as sent
                .contains("Quá 30 ngày (từ 19/11/2026)")
                .contains("id=\"resume\"")
                .doesNotContain("id=\"suspend\"");

        page = session.post(path + "/decision-sending", Map.of("sentOn", "2026-10-22"));
        assertThat(page.body()).contains("Đã ghi nhận ngày gửi quyết định").doesNotContain("Gửi trễ hạn");

        page = session.post(path + "/resumption", Map.of("reason", "Hết bão lũ", "issuedOn", "2026-11-16"));
        assertThat(page.body()).contains("Đã tiếp tục giải quyết khiếu nại").contains("16/12/2026");

        page = session.post(path + "/resumption", Map.of("reason", "lần nữa"));
        assertThat(page.body()).contains("Khiếu nại không bị tạm đình chỉ");
    }
}
