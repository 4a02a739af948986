package vn.danvan.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.OidcStandIn;
import vn.danvan.TestImages;
import vn.danvan.TestUnits;
import vn.danvan.WebSession;

@DanvanIntegrationTest
class PortalPageTests {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");
    private static final Pattern SECRET =
            Pattern.compile("id=\"receipt-secret\">([2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5})<");
    private static final Pattern RECEIPT = Pattern.compile("/portal/receipt/(\\d{4}(-[A-Z2-9]{4}){4})");

    @LocalServerPort
    int port;

    @Autowired
    PortalFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCitizenSendsTheFormGetsAReceiptAndARepeatedSubmitShowsTheSameReceipt() throws Exception {
        fixtures.setting();
        WebSession citizen = new WebSession(port);
        String token = formToken(citizen.get("/portal/submit").body());
        Map<String, String> form = form(token, unique("mau"));
        var receipt = citizen.post("/portal/submit", form);
        assertThat(receipt.statusCode()).isEqualTo(200);
        Matcher code = RECEIPT.matcher(receipt.uri().getPath());
        assertThat(code.matches()).as(receipt.uri().toString()).isTrue();
        assertThat(receipt.body()).contains(code.group(1), "Giấy biên nhận", "UBND phường Thuận Hoá", "Hạn xử lý");
        Matcher secret = SECRET.matcher(receipt.body());
        assertThat(secret.find()).as("the receipt secret is on the receipt").isTrue();
        assertThat(citizen.get(receipt.uri().getPath()).body())
                .as("and shown only once")
                .doesNotContain(secret.group(1))
                .contains(code.group(1));
        assertThat(jdbc.sql("select body from notification.message where subject like ? and body like ?")
                        .params("[" + code.group(1) + "]%", "%" + secret.group(1) + "%")
                        .query(String.class)
                        .list())
                .as("the receipt e-mail carries the secret")
                .hasSize(1);
        assertThat(jdbc.sql("select count(*) from portal.receipt_secret where encode(hash, 'escape') like ?")
                        .param("%" + secret.group(1).replace("-", "") + "%")
                        .query(Integer.class)
                        .single())
                .as("only a hash is stored")
                .isZero();

        citizen.get("/portal/submit");
        var again = citizen.post("/portal/submit", form);
        assertThat(again.uri().getPath()).isEqualTo(receipt.uri().getPath());
        assertThat(jdbc.sql("select count(*) from portal.submission where request_key = ?")
                        .param(token)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        var tracked = citizen.get("/portal/track?code=" + code.group(1).toLowerCase());
        assertThat(tracked.body()).contains("Chờ xử lý", "Tiếp nhận đơn", "Rác đổ trộm đầu kiệt");
    }

    @Test
    void aFormWithoutConsentTitleOrContactIsShownAgainWithVietnameseMessagesAndWritesNothing() throws Exception {
        fixtures.setting();
        WebSession citizen = new WebSession(port);
        String token = formToken(citizen.get("/portal/submit").body());
        Map<String, String> form = form(token, "");
        form.remove("consent");
        form.put("title", "");
        var refused = citizen.post("/portal/submit", form);
        assertThat(refused.uri().toString())
                .as("back to the form by redirect: its plain address, no CSRF token in it")
                .endsWith("/portal/submit");
        assertThat(refused.body())
                .contains("id=\"error-summary\"", "href=\"#consent1\"", "href=\"#title\"")
                .contains(
                        "Bạn cần đồng ý với việc xử lý dữ liệu cá nhân",
                        "Nhập tiêu đề.",
                        "Nhập thư điện tử hoặc số điện thoại",
                        "đổ trộm ở đầu kiệt 9");
        assertThat(jdbc.sql("select count(*) from portal.submission where request_key = ?")
                        .param(token)
                        .query(Integer.class)
                        .single())
                .isZero();

        var english = citizen.get("/portal/submit?lang=en");
        assertThat(english.body()).contains("Send feedback or a recommendation", "Personal data protection");
        citizen.get("/portal/submit?lang=vi");
    }

    @Test
    void theHoneypotTurnsBotsAwayAndNothingIsWritten() throws Exception {
        fixtures.setting();
        WebSession bot = new WebSession(port);
        String token = formToken(bot.get("/portal/submit").body());
        Map<String, String> form = form(token, unique("bot"));
        form.put("website", "http://spam.example");
        var refused = bot.post("/portal/submit", form);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Không gửi được biểu mẫu");
        assertThat(jdbc.sql("select count(*) from portal.submission where request_key = ?")
                        .param(token)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aPhotoOverTheSizeLimitIsRefusedWithAMessageAndNoCase() throws Exception {
        fixtures.setting();
        WebSession citizen = new WebSession(port);
        String page = citizen.get("/portal/submit").body();
        Matcher action =
                Pattern.compile("action=\"(/portal/submit\\?_csrf=[^\"]+)\"").matcher(page);
        assertThat(action.find())
                .as("the CSRF token travels in the action of a multipart form")
                .isTrue();
        String token = formToken(page);
        String boundary = "----danvan" + UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        for (var field : form(token, unique("lon")).entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                            + "\"\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"lon.jpg\"\r\n"
                                + "Content-Type: image/jpeg\r\n\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(new byte[11 * 1024 * 1024]);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var response = citizen.postRaw(
                action.group(1).replace("&amp;", "&"), "multipart/form-data; boundary=" + boundary, body.toByteArray());
        assertThat(response.uri().toString()).endsWith("/portal/submit");
        assertThat(response.body()).contains("Tệp vượt quá 10 MB.", "đổ trộm ở đầu kiệt 9");
        assertThat(response.body()).as("a file over the limit is not kept").doesNotContain("id=\"kept-files\"");
        assertThat(jdbc.sql("select count(*) from portal.submission where request_key = ?")
                        .param(token)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theCommunePickerListsTheCommunesOfTheChosenProvince() throws Exception {
        fixtures.setting();
        var options = new WebSession(port).get("/portal/communes?provinceCode=" + TestUnits.HUE);
        assertThat(options.body())
                .contains("value=\"" + TestUnits.THUAN_HOA + "\"", "Phường Thuận Hoá")
                .doesNotContain("<html");
    }

    @Test
    void aCitizenRatesAnAnsweredCaseOnTheTrackingPage() throws Exception {
        var setting = fixtures.setting();
        var receipt = fixtures.submit(PortalFixtures.feedback("Ổ gà đường Lê Lợi", unique("o-ga")));
        fixtures.answer(receipt, setting.wardOfficer(), "Đã vá ổ gà ngày 21/11.");
        WebSession citizen = new WebSession(port);
        var page = citizen.get("/portal/track?code=" + receipt.trackingCode());
        assertThat(page.body()).contains("Đã vá ổ gà ngày 21/11.", "Đánh giá mức độ hài lòng", "Đề nghị xem xét lại");
        var stranger = citizen.post(
                "/portal/track/" + receipt.trackingCode() + "/rating", Map.of("score", "1", "secret", "ABCDE-FGHJK"));
        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(stranger.body()).contains("Mã bí mật không đúng", "Đánh giá mức độ hài lòng");
        var noSecret = citizen.post("/portal/track/" + receipt.trackingCode() + "/reopen", Map.of("reason", "Mở lại"));
        assertThat(noSecret.statusCode()).isEqualTo(403);
        assertThat(noSecret.body()).contains("Nhập mã bí mật in trên giấy biên nhận");
        var rated = citizen.post(
                "/portal/track/" + receipt.trackingCode() + "/rating",
                Map.of("score", "4", "comment", "Nhanh", "secret", ReceiptSecrets.grouped(receipt.secret())));
        assertThat(rated.body()).contains("Bạn đã đánh giá 4/5");
        var twice = citizen.post(
                "/portal/track/" + receipt.trackingCode() + "/rating",
                Map.of("score", "5", "secret", receipt.secret()));
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(twice.body()).contains("Hồ sơ này đã được đánh giá");
    }

    @Test
    void theSignedInAuthorRatesWithoutTheSecretAndReopensAndAnotherAccountMayNot() throws Exception {
        var setting = fixtures.setting();
        String email = unique("tac-gia");
        WebSession author = signedInCitizen("Lê Văn Tác", email);
        Matcher code = RECEIPT.matcher(author.post(
                        "/portal/submit",
                        form(formToken(author.get("/portal/submit").body()), email))
                .uri()
                .getPath());
        assertThat(code.matches()).isTrue();
        long petitionId = jdbc.sql("select id from petition.petition where tracking_code = ?")
                .param(code.group(1))
                .query(Long.class)
                .single();
        fixtures.answer(
                new CitizenSubmissions.Receipt(
                        petitionId, code.group(1), setting.ward().id(), null, null, false, null),
                setting.wardOfficer(),
                "Đã dọn rác.");

        WebSession stranger = signedInCitizen("Người Khác", unique("nguoi-khac"));
        assertThat(stranger.get("/portal/track?code=" + code.group(1)).body()).contains("id=\"rating-secret\"");
        var refused = stranger.post("/portal/track/" + code.group(1) + "/rating", Map.of("score", "1"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Nhập mã bí mật in trên giấy biên nhận");

        assertThat(author.get("/portal/track?code=" + code.group(1)).body())
                .doesNotContain("id=\"rating-secret\"")
                .contains("Đánh giá mức độ hài lòng");
        assertThat(author.post("/portal/track/" + code.group(1) + "/rating", Map.of("score", "5"))
                        .body())
                .contains("Bạn đã đánh giá 5/5");
        var reopened = author.post("/portal/track/" + code.group(1) + "/reopen", Map.of("reason", "Rác lại đầy"));
        assertThat(reopened.uri().getPath()).startsWith("/portal/receipt/").doesNotEndWith(code.group(1));
        assertThat(reopened.body()).contains("Mã bí mật của hồ sơ cũ dùng được cho hồ sơ này");
    }

    @Test
    void aCitizenRegistersSignsInAndFindsTheirCasesButNotTheStaffPages() throws Exception {
        fixtures.setting();
        String email = unique("tai-khoan");
        WebSession citizen = new WebSession(port);
        citizen.get("/portal/register");
        var registered = citizen.post(
                "/portal/register",
                Map.of("fullName", "Lê Văn Dân", "email", email, "password", "mat-khau-cong-dan-dai"));
        assertThat(registered.body()).contains("Đã tạo tài khoản");
        var duplicate = new WebSession(port);
        duplicate.get("/portal/register");
        assertThat(duplicate
                        .post(
                                "/portal/register",
                                Map.of(
                                        "fullName",
                                        "Khác",
                                        "email",
                                        email.toUpperCase(),
                                        "password",
                                        "mat-khau-khac-dai-lam"))
                        .body())
                .contains("đã có tài khoản");

        citizen.get("/portal/login");
        var signedIn = citizen.post("/portal/login", Map.of("login", email, "password", "mat-khau-cong-dan-dai"));
        assertThat(signedIn.uri().getPath()).isEqualTo("/portal/account");
        assertThat(signedIn.body()).contains("Xin chào Lê Văn Dân");

        String token = formToken(citizen.get("/portal/submit").body());
        var receipt = citizen.post("/portal/submit", form(token, email));
        Matcher code = RECEIPT.matcher(receipt.uri().getPath());
        assertThat(code.matches()).isTrue();
        assertThat(citizen.get("/portal/account").body()).contains(code.group(1));

        var staffPage = citizen.get("/petitions");
        assertThat(staffPage.uri().getPath()).as("a citizen is not staff").isEqualTo("/login");

        var wrong = new WebSession(port);
        wrong.get("/portal/login");
        assertThat(wrong.post("/portal/login", Map.of("login", email, "password", "sai-mat-khau-roi"))
                        .body())
                .contains("Thông tin đăng nhập không đúng");
    }

    @Test
    void aCitizenSignsInThroughTheOidcProviderAndGetsAnAccount() throws Exception {
        WebSession citizen = new WebSession(port);
        assertThat(citizen.get("/portal/login").body()).contains("Đăng nhập bằng VNeID");
        var account = citizen.get("/portal/oauth2/authorization/vneid");
        assertThat(account.uri().getPath()).isEqualTo("/portal/account");
        assertThat(account.body()).contains("Xin chào " + OidcStandIn.NAME);
        assertThat(jdbc.sql("select count(*) from portal.citizen_account where oidc_subject = ?")
                        .param(OidcStandIn.SUBJECT)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        var again = new WebSession(port).get("/portal/oauth2/authorization/vneid");
        assertThat(again.body()).contains("Xin chào " + OidcStandIn.NAME);
        assertThat(jdbc.sql("select count(*) from portal.citizen_account where oidc_subject = ?")
                        .param(OidcStandIn.SUBJECT)
                        .query(Integer.class)
                        .single())
                .as("the same account")
                .isEqualTo(1);
    }

    /** A session of a citizen who registered and signed in. */
    private WebSession signedInCitizen(String fullName, String email) throws Exception {
        WebSession citizen = new WebSession(port);
        citizen.get("/portal/register");
        citizen.post(
                "/portal/register", Map.of("fullName", fullName, "email", email, "password", "mat-khau-cong-dan-dai"));
        citizen.get("/portal/login");
        citizen.post("/portal/login", Map.of("login", email, "password", "mat-khau-cong-dan-dai"));
        return citizen;
    }

    @Test
    void aPhotoAttachedToAFormWithAnErrorIsKeptAndSentWithTheCorrectedFormWithoutChoosingItAgain() throws Exception {
        fixtures.setting();
        WebSession citizen = new WebSession(port);
        String page = citizen.get("/portal/submit").body();
        Matcher action =
                Pattern.compile("action=\"(/portal/submit\\?_csrf=[^\"]+)\"").matcher(page);
        assertThat(action.find()).isTrue();
        String token = formToken(page);
        Map<String, String> form = form(token, unique("anh"));
        form.put("title", "");
        byte[] photo = TestImages.jpeg();
        var back = citizen.postRaw(
                action.group(1).replace("&amp;", "&"),
                "multipart/form-data; boundary=" + BOUNDARY,
                multipart(form, "o-ga-le-loi.jpg", photo));
        assertThat(back.uri().toString()).as("no CSRF token in the address bar").endsWith("/portal/submit");
        assertThat(back.body()).contains("Nhập tiêu đề.", "id=\"kept-files\"", "o-ga-le-loi.jpg");
        Matcher kept = Pattern.compile("name=\"keptFiles\" value=\"([A-Za-z0-9_-]{40,})\"")
                .matcher(back.body());
        assertThat(kept.find()).as("the form carries the kept files' token").isTrue();
        assertThat(jdbc.sql(
                                "select count(*) from portal.kept_upload where token_digest = sha256(convert_to(?, 'UTF8'))")
                        .param(kept.group(1))
                        .query(Integer.class)
                        .single())
                .as("kept under the digest of the token only")
                .isEqualTo(1);

        form.put("title", "Ổ gà đường Lê Lợi");
        form.put("keptFiles", kept.group(1));
        Matcher again =
                Pattern.compile("action=\"(/portal/submit\\?_csrf=[^\"]+)\"").matcher(back.body());
        assertThat(again.find()).isTrue();
        var receipt = citizen.postRaw(
                again.group(1).replace("&amp;", "&"),
                "multipart/form-data; boundary=" + BOUNDARY,
                multipart(form, null, null));
        Matcher code = RECEIPT.matcher(receipt.uri().getPath());
        assertThat(code.matches()).as(receipt.uri().toString()).isTrue();
        assertThat(jdbc.sql("""
                        select count(*) from petition.attachment a join petition.petition p on p.id = a.petition_id
                        where p.tracking_code = ? and a.file_name = 'o-ga-le-loi.jpg'
                        """).param(code.group(1)).query(Integer.class).single())
                .as("the kept photo went with the case")
                .isEqualTo(1);
        assertThat(jdbc.sql(
                                "select count(*) from portal.kept_upload where token_digest = sha256(convert_to(?, 'UTF8'))")
                        .param(kept.group(1))
                        .query(Integer.class)
                        .single())
                .as("and is no longer kept")
                .isZero();
    }

    @Test
    void aTrackingCodeTypedWithoutDashesInLowerCaseWithSpacesFindsTheCaseOnThePageAndTheApi() throws Exception {
        fixtures.setting();
        WebSession citizen = new WebSession(port);
        String token = formToken(citizen.get("/portal/submit").body());
        var receipt = citizen.post("/portal/submit", form(token, unique("ma")));
        Matcher code = RECEIPT.matcher(receipt.uri().getPath());
        assertThat(code.matches()).isTrue();
        String typed = " " + code.group(1).replace("-", "").toLowerCase().replaceAll("(.{4})", "$1 ") + " ";
        var tracked = citizen.get("/portal/track?code=" + java.net.URLEncoder.encode(typed, "UTF-8"));
        assertThat(tracked.statusCode()).isEqualTo(200);
        assertThat(tracked.body()).contains(code.group(1), "Rác đổ trộm đầu kiệt");

        var api = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                                        + "/open311/v2/requests/"
                                        + code.group(1).replace("-", "").toLowerCase() + ".json"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains(code.group(1));
    }

    private static final String BOUNDARY = "----danvanGiuAnh";

    private static byte[] multipart(
            Map<String, String> fields,
            @org.jspecify.annotations.Nullable String fileName,
            byte @org.jspecify.annotations.Nullable [] file) {
        var body = new java.io.ByteArrayOutputStream();
        for (var field : fields.entrySet()) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                            + "\"\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        if (fileName != null && file != null) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                            + fileName + "\"\r\nContent-Type: image/jpeg\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static Map<String, String> form(String token, String email) {
        Map<String, String> form = new HashMap<>();
        form.put("formToken", token);
        form.put("type", "FEEDBACK");
        form.put("fieldCode", "ENVIRONMENT");
        form.put("title", "Rác đổ trộm đầu kiệt");
        form.put("content", "Rác đổ trộm ở đầu kiệt 9 đã một tuần.");
        form.put("provinceCode", TestUnits.HUE);
        form.put("communeCode", TestUnits.THUAN_HOA);
        form.put("fullName", "Trần Văn Phản");
        form.put("email", email);
        form.put("publishAnswer", "true");
        form.put("consent", "true");
        return form;
    }

    private static String formToken(String page) {
        Matcher token = FORM_TOKEN.matcher(page);
        assertThat(token.find()).as("form token on the page").isTrue();
        return token.group(1);
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
    }

    @Test
    void theScheduledPurgeDeletesAnExpiredKeptFileWithItsBytesAndKeepsAFreshOne(
            @Autowired vn.danvan.portal.persistence.KeptUploads kept,
            @Autowired vn.danvan.portal.persistence.KeptUploadPurge purge,
            @Autowired java.time.Clock clock) {
        java.time.Instant now = clock.instant();
        String expired = kept.keep(
                java.util.List.of(new vn.danvan.portal.persistence.KeptUploads.Kept(
                        "bang-chung-cu.jpg", "anh cu".getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                now.minus(java.time.Duration.ofHours(2)),
                now.minus(java.time.Duration.ofMinutes(1)));
        String fresh = kept.keep(
                java.util.List.of(new vn.danvan.portal.persistence.KeptUploads.Kept(
                        "anh-moi.jpg", "anh moi".getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                now.minus(java.time.Duration.ofHours(2)),
                now.plus(java.time.Duration.ofMinutes(59)));

        assertThat(purge.purge()).isGreaterThanOrEqualTo(1);

        assertThat(keptRows(expired))
                .as("the expired row, and its bytes with it")
                .isZero();
        assertThat(keptRows(fresh)).isEqualTo(1);
        assertThat(kept.find(fresh, now))
                .extracting(vn.danvan.portal.persistence.KeptUploads.Kept::name)
                .containsExactly("anh-moi.jpg");
        assertThat(jdbc.sql("select count(*) from portal.kept_upload where content = ?")
                        .param("anh cu".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .query(Integer.class)
                        .single())
                .isZero();
        kept.forget(fresh);
    }

    int keptRows(String token) {
        return jdbc.sql("select count(*) from portal.kept_upload where token_digest = sha256(convert_to(?, 'UTF8'))")
                .param(token)
                .query(Integer.class)
                .single();
    }
}
