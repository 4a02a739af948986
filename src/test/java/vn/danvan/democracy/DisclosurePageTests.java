package vn.danvan.democracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.TestServers;
import vn.danvan.TestUnits;
import vn.danvan.WebSession;
import vn.danvan.notification.domain.Dispatcher;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;

/**
 * The disclosure pages through the real form login and the portal: an officer records an item, attaches its
 * document and publishes it; a citizen picks the province and the ward by name, follows the ward by e-mail
 * (confirmed through the link GreenMail received), reads the item, gets the new item by mail and stops following.
 * Bad input is refused in Vietnamese and writes nothing; the API lists a ward's items for staff in scope.
 */
@DanvanIntegrationTest
class DisclosurePageTests {

    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;

    @Autowired
    DemocracyFixtures fixtures;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    DemocracyFixtures.Setting setting;

    @BeforeEach
    void setUp() {
        setting = fixtures.setting();
    }

    WebSession signedIn(StaffMember staff) throws Exception {
        return WebSession.signedIn(port, staff.username(), DemocracyFixtures.PASSWORD_PREFIX + staff.username());
    }

    static long idIn(String path) {
        Matcher matcher = Pattern.compile("/disclosures/(\\d+)").matcher(path);
        assertThat(matcher.find()).as(path).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    Map<String, String> itemForm(String title, LocalDate documentDate) {
        return new HashMap<>(Map.of(
                "bodyId",
                String.valueOf(setting.thuanHoa().id()),
                "category",
                "SOCIAL_SUPPORT",
                "title",
                title,
                "documentNumber",
                "125/QĐ-UBND",
                "documentDate",
                documentDate.toString(),
                "summary",
                "Danh sách 42 hộ được hỗ trợ sửa nhà năm 2026."));
    }

    @Test
    void anOfficerPublishesAndACitizenWhoFollowsTheWardReadsItAndGetsItByMail() throws Exception {
        String wardName =
                organization.commune(TestUnits.THUAN_HOA).orElseThrow().fullName();
        String provinceName = organization.province(TestUnits.HUE).orElseThrow().fullName();
        String email = "theo-doi-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";

        // The citizen picks the province, then the ward, by name.
        WebSession citizen = new WebSession(port);
        assertThat(citizen.get("/portal/disclosures").body()).contains(provinceName);
        String communes =
                citizen.get("/portal/disclosures?province=" + TestUnits.HUE).body();
        assertThat(communes).contains(">" + wardName + "<").contains("/portal/disclosures/" + TestUnits.THUAN_HOA);
        assertThat(citizen.get("/portal/disclosures?q=thuan%20hoa").body()).contains(wardName);
        var wardPage = citizen.get("/portal/disclosures/" + TestUnits.THUAN_HOA);
        assertThat(wardPage.statusCode()).isEqualTo(200);
        assertThat(wardPage.body()).contains("Công khai thông tin – " + wardName);

        // Follows it; the confirmation link comes by mail.
        var asked = citizen.post("/portal/disclosures/" + TestUnits.THUAN_HOA + "/follow", Map.of("email", email));
        assertThat(asked.body()).contains("Nếu địa chỉ hợp lệ, bạn sẽ nhận được thư có đường dẫn xác nhận.");
        String confirmation = mailTo(email, "Xác nhận theo dõi");
        Matcher link = Pattern.compile(
                        "http://danvan\\.test(/portal/disclosures/follow/confirm\\?token=[A-Za-z0-9_-]+)")
                .matcher(confirmation);
        assertThat(link.find()).as(confirmation).isTrue();
        assertThat(citizen.get(link.group(1)).body())
                .contains("Xác nhận theo dõi")
                .contains(wardName);
        String token = link.group(1).substring(link.group(1).indexOf('=') + 1);
        assertThat(citizen.post("/portal/disclosures/follow/confirm", Map.of("token", token))
                        .body())
                .contains("Đã xác nhận: bạn sẽ nhận thư khi có nội dung công khai mới.");

        // The officer records the item, attaches its decision and publishes it.
        LocalDate today = LocalDate.now(clock);
        WebSession officer = signedIn(setting.thuanHoaOfficer());
        officer.get("/disclosures/new");
        String title = "Danh sách hộ được hỗ trợ sửa nhà "
                + UUID.randomUUID().toString().substring(0, 6);
        var created = officer.post("/disclosures", itemForm(title, today));
        assertThat(created.body()).contains("Đã thêm nội dung công khai.").contains("Chưa đến hạn");
        long id = idIn(created.uri().getPath());
        var uploaded = upload(officer, id, "quyet-dinh-125.pdf", PDF);
        assertThat(uploaded.body()).contains("Đã đính kèm tài liệu.").contains("quyet-dinh-125.pdf");
        var published = officer.post(
                "/disclosures/" + id + "/publish",
                Map.of("publishedOn", today.toString(), "forms", "POSTED_AT_COMMUNE_OFFICE"));
        assertThat(published.body()).contains("Đã ghi nhận việc công khai.").contains("Đúng hạn");
        assertThat(officer.get("/disclosures").body()).contains(title);

        // The follower gets the new item by mail, with its link and a link to stop.
        String news = mailTo(email, title);
        String itemPath = "/portal/disclosures/" + TestUnits.THUAN_HOA + "/items/" + id;
        assertThat(news).contains("http://danvan.test" + itemPath).contains("/portal/disclosures/follow/stop?token=");

        // The citizen reads it by category and downloads its document.
        assertThat(citizen.get("/portal/disclosures/" + TestUnits.THUAN_HOA).body())
                .contains("Tiêu chuẩn, đối tượng, mức hỗ trợ an sinh xã hội và người được hưởng")
                .contains(title);
        String item = citizen.get(itemPath).body();
        assertThat(item).contains(title).contains("125/QĐ-UBND").contains("quyet-dinh-125.pdf");
        Matcher document = Pattern.compile("href=\"(" + Pattern.quote(itemPath) + "/documents/\\d+)\"")
                .matcher(item);
        assertThat(document.find()).isTrue();
        assertThat(citizen.download(document.group(1)).body()).isEqualTo(PDF);
        assertThat(citizen.get("/portal/disclosures/" + TestUnits.THUAN_HOA + "/feed.atom")
                        .body())
                .contains("<title>" + title + "</title>")
                .contains("http://danvan.test" + itemPath);
        assertThat(citizen.get("/portal/disclosures/" + TestUnits.THUAN_HOA + "/feed.json")
                        .body())
                .contains("\"title\":\"" + title + "\"");

        // The address is nowhere in clear: not in the follower table, not in the audit trail.
        assertThat(jdbc.sql("select count(*) from shared.audit_event where details::text like ?")
                        .param("%" + email + "%")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql(
                                "select count(*) from democracy.follower where position(convert_to(?, 'UTF8') in email_sealed) > 0")
                        .param(email)
                        .query(Integer.class)
                        .single())
                .isZero();

        // The stop link deletes the address.
        assertThat(citizen.get("/portal/disclosures/follow/stop?token=" + token).body())
                .contains("Thôi theo dõi");
        assertThat(citizen.post("/portal/disclosures/follow/stop", Map.of("token", token))
                        .body())
                .contains("Đã thôi theo dõi");
        assertThat(citizen.get("/portal/disclosures/follow/confirm?token=" + token)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void anUnpublishedItemIsNotOnThePortalAndBadInputIsRefusedInVietnameseWritingNothing() throws Exception {
        WebSession officer = signedIn(setting.thuanHoaOfficer());
        officer.get("/disclosures/new");
        int before = count();
        var blank = officer.post("/disclosures", itemForm("", LocalDate.now(clock)));
        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.body()).contains("Vui lòng kiểm tra các trường được đánh dấu.");
        var future = officer.post(
                "/disclosures", itemForm("Kế hoạch", LocalDate.now(clock).plusDays(3)));
        assertThat(future.body()).contains("Ngày ban hành văn bản không được sau ngày hôm nay.");
        assertThat(count()).isEqualTo(before);

        var created = officer.post("/disclosures", itemForm("Danh sách chưa công khai", LocalDate.now(clock)));
        long id = idIn(created.uri().getPath());
        var noForm = officer.post(
                "/disclosures/" + id + "/publish",
                Map.of("publishedOn", LocalDate.now(clock).toString()));
        assertThat(noForm.body()).contains("Cần chọn ít nhất một hình thức công khai.");
        var wrongType = upload(officer, id, "danh-sach.exe", "MZ not a document".getBytes(StandardCharsets.UTF_8));
        assertThat(wrongType.body()).contains("chỉ nhận PDF, ảnh JPG/PNG, Word, Excel");
        assertThat(jdbc.sql("select published_on is null from democracy.disclosure where id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isTrue();

        WebSession citizen = new WebSession(port);
        assertThat(citizen.get("/portal/disclosures/" + TestUnits.THUAN_HOA + "/items/" + id)
                        .statusCode())
                .isEqualTo(404);
        assertThat(citizen.get("/portal/disclosures/99999").statusCode()).isEqualTo(404);
        citizen.get("/portal/disclosures/" + TestUnits.THUAN_HOA);
        var badMail = citizen.post(
                "/portal/disclosures/" + TestUnits.THUAN_HOA + "/follow", Map.of("email", "khong-phai-thu"));
        assertThat(badMail.body()).contains("Địa chỉ thư điện tử không hợp lệ.");

        // Another ward's head may not open it; the front publishes nothing.
        assertThat(signedIn(setting.phuXuanHead()).get("/disclosures/" + id).statusCode())
                .isEqualTo(403);
    }

    @Test
    void followRequestsFromOneAddressAreLimitedAndTheRefusalSaysWhenToComeBack() throws Exception {
        WebSession citizen = new WebSession(port);
        citizen.get("/portal/disclosures/" + TestUnits.PHU_XUAN);
        String address = "10.77." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
        HttpClient http = HttpClient.newHttpClient();
        int refused = 0;
        int seen = 0;
        for (int i = 0; i < 12; i++) {
            String form = "_csrf=" + URLEncoder.encode(citizen.csrfToken(), StandardCharsets.UTF_8) + "&email="
                    + URLEncoder.encode(
                            "gioi-han-" + i + "-" + UUID.randomUUID() + "@example.vn", StandardCharsets.UTF_8);
            var response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/portal/disclosures/"
                                    + TestUnits.PHU_XUAN + "/follow"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Cookie", citizen.cookieHeader())
                            .header("X-Forwarded-For", address)
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            seen++;
            if (response.statusCode() == 429) {
                refused++;
                assertThat(response.headers().firstValue("Retry-After")).isPresent();
                assertThat(response.body()).contains("Bạn đã gửi quá nhiều yêu cầu theo dõi");
            } else {
                assertThat(response.statusCode()).isEqualTo(302);
            }
        }
        assertThat(seen).isEqualTo(12);
        assertThat(refused).isEqualTo(2);
    }

    @Test
    void theApiListsAWardsItemsForStaffInScopeAndAnswersProblemJsonOtherwise() throws Exception {
        WebSession officer = signedIn(setting.thuanHoaOfficer());
        officer.get("/disclosures/new");
        String title = "Phí chợ " + UUID.randomUUID().toString().substring(0, 6);
        officer.post("/disclosures", itemForm(title, LocalDate.now(clock)));

        var listed = api(setting.provinceHead(), "/api/v1/disclosures?commune=" + TestUnits.THUAN_HOA);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains("\"title\":\"" + title + "\"").contains("\"status\":\"PENDING\"");
        var malformed = api(setting.provinceHead(), "/api/v1/disclosures?commune=12");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(malformed.body()).contains("phải gồm 5 chữ số");
        var outside = api(setting.phuXuanHead(), "/api/v1/disclosures?commune=" + TestUnits.THUAN_HOA);
        assertThat(outside.statusCode()).isEqualTo(403);
    }

    @Test
    void theCompliancePageLinksEachFigureToItsItems() throws Exception {
        WebSession officer = signedIn(setting.thuanHoaOfficer());
        officer.get("/disclosures/new");
        var created = officer.post("/disclosures", itemForm("Danh sách quá hạn", LocalDate.of(2026, 10, 12)));
        long id = idIn(created.uri().getPath());
        WebSession head = signedIn(setting.provinceHead());
        String page = head.get("/disclosures/compliance?from=2026-10-01&to=2026-10-31")
                .body();
        assertThat(page)
                .contains(setting.thuanHoa().name())
                .contains(setting.silent().name());
        Matcher overdue =
                Pattern.compile("class=\"overdue\" href=\"([^\"]+)\">1<").matcher(page);
        assertThat(overdue.find()).as(page).isTrue();
        String list = head.get(overdue.group(1).replace("&amp;", "&")).body();
        assertThat(list).contains("data-disclosure=\"" + id + "\"").contains("Quá hạn chưa công khai");
        assertThat(officer.get("/disclosures/compliance").statusCode()).isEqualTo(403);
    }

    HttpResponse<String> api(StaffMember staff, String path) throws Exception {
        String credentials = staff.username() + ":" + DemocracyFixtures.PASSWORD_PREFIX + staff.username();
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> upload(WebSession session, long id, String name, byte[] content) throws Exception {
        String boundary = "----danvan" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return session.postRaw(
                "/disclosures/" + id + "/documents?_csrf="
                        + URLEncoder.encode(session.csrfToken(), StandardCharsets.UTF_8),
                "multipart/form-data; boundary=" + boundary,
                body.toByteArray());
    }

    int count() {
        return jdbc.sql("select count(*) from democracy.disclosure")
                .query(Integer.class)
                .single();
    }

    /** The body of the mail to the address whose subject contains the words, once the dispatcher sent it. */
    String mailTo(String recipient, String subjectPart) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            dispatcher.dispatchDue();
            return !messages(recipient, subjectPart).isEmpty();
        });
        try {
            return String.valueOf(messages(recipient, subjectPart).getFirst().getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<MimeMessage> messages(String recipient, String subjectPart) {
        return Arrays.stream(TestServers.mail().getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                        .anyMatch(a -> a.toString().equalsIgnoreCase(recipient))
                                && m.getSubject().contains(subjectPart);
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
