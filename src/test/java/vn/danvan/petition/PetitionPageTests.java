package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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

/** The staff pages through the real form login, CSRF and the rendered HTML. */
@DanvanIntegrationTest
class PetitionPageTests {

    @LocalServerPort
    int port;

    @Autowired
    PetitionFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

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

    Map<String, String> intakeForm(String type, String name, String title) {
        Map<String, String> form = new HashMap<>(Map.of(
                "bodyId",
                String.valueOf(setting.province().id()),
                "channel",
                "IN_PERSON",
                "type",
                type,
                "fieldCode",
                "LAND",
                "instance",
                "FIRST",
                "petitionerKind",
                "INDIVIDUAL",
                "petitionerCount",
                "1",
                "representativeCount",
                "0",
                "receivedOn",
                "2026-10-05",
                "title",
                title));
        form.put("content", "Nội dung đơn " + title);
        form.put("fullName", name);
        form.put("communeCode", "19789");
        return form;
    }

    @Test
    void anOfficerRegistersAPetitionThroughTheFormAndSeesItsCasePage() throws Exception {
        WebSession session = signedIn(setting.provinceHandler());
        session.get("/petitions/new");
        HttpResponse<String> page =
                session.post("/petitions", intakeForm("COMPLAINT", "Bùi Thị Mai", "Khiếu nại tiền bồi thường"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).matches("/petitions/\\d+");
        assertThat(page.body())
                .contains("Đã ghi nhận đơn")
                .contains("Khiếu nại tiền bồi thường")
                .contains("Bùi Thị Mai")
                .contains("Chờ xử lý")
                .contains("Thụ lý");
    }

    @Test
    void twentyFormPostsAtOnceInOneSessionAreEachSavedOnceWithoutAnError() throws Exception {
        WebSession session = signedIn(setting.provinceHandler());
        session.get("/petitions/new");
        String cookies = session.cookieHeader();
        String csrf = session.csrfToken();
        String prefix = "Cùng phiên " + System.nanoTime() + " số ";
        var start = new java.util.concurrent.CountDownLatch(1);
        var http = java.net.http.HttpClient.newHttpClient();
        try (var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            var posts = java.util.stream.IntStream.range(0, 20)
                    .mapToObj(i -> threads.submit(() -> {
                        Map<String, String> form = intakeForm("FEEDBACK", "Đinh Văn Tâm", prefix + i);
                        form.put("_csrf", csrf);
                        String body = form.entrySet().stream()
                                .map(e -> e.getKey() + "="
                                        + java.net.URLEncoder.encode(
                                                e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                                .collect(java.util.stream.Collectors.joining("&"));
                        start.await();
                        return http.send(
                                java.net.http.HttpRequest.newBuilder(
                                                java.net.URI.create("http://localhost:" + port + "/petitions"))
                                        .header("Cookie", cookies)
                                        .header("Content-Type", "application/x-www-form-urlencoded")
                                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                    }))
                    .toList();
            start.countDown();
            for (var post : posts) {
                assertThat(post.get().statusCode()).as(post.get().body()).isEqualTo(302);
            }
        }
        for (int i = 0; i < 20; i++) {
            assertThat(jdbc.sql("select count(*) from petition.petition where title = ?")
                            .param(prefix + i)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    @Test
    void invalidIntakeShowsVietnameseFieldErrorsKeepsTheInputAndWritesNothing() throws Exception {
        long before = jdbc.sql("select count(*) from petition.petition")
                .query(Long.class)
                .single();
        WebSession session = signedIn(setting.provinceHandler());
        session.get("/petitions/new");
        Map<String, String> form = intakeForm("COMPLAINT", "", "");
        form.put("petitionerCount", "nhiều");
        form.put("content", "Nội dung vẫn được giữ lại");
        HttpResponse<String> page = session.post("/petitions", form);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Vui lòng kiểm tra các trường")
                .contains("Giá trị không hợp lệ")
                .contains("Nội dung vẫn được giữ lại");

        form.put("petitionerCount", "1");
        form.put("title", "Có tiêu đề");
        form.put("communeCode", "99999");
        page = session.post("/petitions", form);
        assertThat(page.body()).contains("Mã xã/phường 99999 không tồn tại");
        assertThat(jdbc.sql("select count(*) from petition.petition")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void theCasePageOffersOnlyTheActionsItsStateAllowsAndHidesADenouncer() throws Exception {
        WebSession session = signedIn(setting.provinceHandler());
        session.get("/petitions/new");
        HttpResponse<String> page =
                session.post("/petitions", intakeForm("DENUNCIATION", "Đinh Văn Mật", "Tố cáo lạm quyền"));
        String path = page.uri().getPath();
        assertThat(page.body())
                .doesNotContain("Đinh Văn Mật")
                .contains("Được giữ bí mật")
                .doesNotContain("Xem thông tin người gửi")
                .doesNotContain("Kết thúc hồ sơ");

        session.get(path);
        // Accepted today: its resolution deadline still runs, so it may be declared complex; an ordinary
        // denunciation is not extended (Luật Tố cáo Đ.30(1)), a complex one is.
        String today =
                java.time.LocalDate.now(vn.danvan.shared.VietnamTime.ZONE).toString();
        page = session.post(path + "/decision", Map.of("decision", "ACCEPT", "decidedOn", today));
        assertThat(page.body())
                .contains("Đang giải quyết")
                .contains("Xác định vụ việc phức tạp")
                .doesNotContain("id=\"extend\"")
                .doesNotContain("decide-GUIDE");
        page = session.post(
                path + "/complexity",
                Map.of("complexity", "COMPLEX", "criteria", "SEVERAL_PLACES", "reason", "Hai địa điểm"));
        assertThat(page.body()).contains("Đã xác định vụ việc phức tạp").contains("id=\"extend\"");
        page = session.post(path + "/decision", Map.of("decision", "GUIDE", "note", "x"));
        assertThat(page.body()).contains("Đơn không còn ở bước chờ xử lý");

        assertThat(session.get("/petitions?q="
                                + java.net.URLEncoder.encode("Đinh Văn Mật", java.nio.charset.StandardCharsets.UTF_8))
                        .body())
                .doesNotContain("Tố cáo lạm quyền");

        WebSession confidant = signedIn(setting.confidant());
        confidant.get(path);
        HttpResponse<String> revealed = confidant.post(path + "/identity", Map.of());
        assertThat(revealed.body()).contains("Đinh Văn Mật");
    }

    @Test
    void aPetitionOutsideTheUsersScopeIsNotFound() throws Exception {
        WebSession province = signedIn(setting.provinceHandler());
        province.get("/petitions/new");
        String path = province.post("/petitions", intakeForm("FEEDBACK", "Tạ Văn Xa", "Phản ánh cấp tỉnh"))
                .uri()
                .getPath();
        WebSession commune = signedIn(setting.communeHandler());
        HttpResponse<String> page = commune.get(path);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("Phản ánh cấp tỉnh");
        assertThat(commune.get("/petitions").body()).doesNotContain("Phản ánh cấp tỉnh");
    }

    @Test
    void theQueueSwitchesToEnglish() throws Exception {
        WebSession session = signedIn(setting.provinceHandler());
        assertThat(session.get("/petitions?lang=en").body())
                .contains("Register petition")
                .contains("Petitions");
        assertThat(session.get("/petitions?lang=vi").body()).contains("Tiếp nhận đơn");
    }
}
