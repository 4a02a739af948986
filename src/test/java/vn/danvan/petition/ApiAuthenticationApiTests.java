package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.WebSession;
import vn.danvan.organization.ApiTokens;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;

/** Who may call /api/v1 and how: bearer tokens for client systems, and no cross-site writes with a session. */
@DanvanIntegrationTest
class ApiAuthenticationApiTests {

    @LocalServerPort
    int port;

    @Autowired
    PetitionFixtures fixtures;

    @Autowired
    PetitionIntake intake;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    final JsonMapper json = JsonMapper.builder().build();
    final HttpClient http = HttpClient.newHttpClient();
    PetitionFixtures.Setting setting;
    long petitionId;

    @BeforeEach
    void setUp() {
        setting = fixtures.setting();
        petitionId = intake.receive(
                        PetitionFixtures.petition(
                                setting.province().id(),
                                PetitionType.FEEDBACK,
                                LocalDate.of(2026, 10, 5),
                                "Rác thải ven sông"),
                        setting.provinceHandler(),
                        null)
                .id();
    }

    HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    WebSession signedIn(StaffMember staff) throws Exception {
        return WebSession.signedIn(port, staff.username(), "mat-khau-du-dai-" + staff.username());
    }

    @Test
    void aFormPostedFromAnotherSiteCannotWriteWithTheCredentialsABrowserSendsByItself() throws Exception {
        int auditBefore = fixtures.auditRows(petitionId);
        String basic = "Basic "
                + Base64.getEncoder()
                        .encodeToString((setting.provinceHandler().username() + ":mat-khau-du-dai-"
                                        + setting.provinceHandler().username())
                                .getBytes(StandardCharsets.UTF_8));
        String closure = "/api/v1/petitions/" + petitionId + "/closure";

        // A browser that was given Basic credentials sends them with a form another site posts to the API.
        var crossSite = send(
                "POST",
                closure,
                "",
                "Authorization",
                basic,
                "Origin",
                "https://ke-gian.example",
                "Sec-Fetch-Site",
                "cross-site",
                "Content-Type",
                "application/x-www-form-urlencoded");
        var olderBrowser = send(
                "POST",
                closure,
                "",
                "Authorization",
                basic,
                "Origin",
                "https://ke-gian.example",
                "Content-Type",
                "application/x-www-form-urlencoded");

        for (var refused : java.util.List.of(crossSite, olderBrowser)) {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
            assertThat(json.readTree(refused.body()).get("detail").asString()).contains("CSRF");
        }
        assertThat(fixtures.auditRows(petitionId)).isEqualTo(auditBefore);

        // The same write from the site itself, or from a program (no Origin), reaches the case (not resolved: 409).
        assertThat(send(
                                "POST",
                                closure,
                                "",
                                "Authorization",
                                basic,
                                "Origin",
                                "http://localhost:" + port,
                                "Sec-Fetch-Site",
                                "same-origin")
                        .statusCode())
                .isEqualTo(409);
        assertThat(send("POST", closure, "", "Authorization", basic).statusCode())
                .isEqualTo(409);
        // The pages' session cookie does not authenticate the API at all.
        WebSession session = signedIn(setting.provinceHandler());
        assertThat(send("POST", closure, "", "Cookie", session.cookieHeader(), "Origin", "http://localhost:" + port)
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void aBearerTokenActsAsItsStaffMemberWithTheSameScope() throws Exception {
        var issued = tokens.issue(
                setting.provinceHandler(),
                setting.provinceHandler().username(),
                "Hệ thống một cửa",
                Duration.ofDays(30));
        var communeToken =
                tokens.issue(setting.communeHandler(), setting.communeHandler().username(), "Xã", Duration.ofDays(30));

        var read = send("GET", "/api/v1/petitions/" + petitionId, null, "Authorization", "Bearer " + issued.token());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(send(
                                "GET",
                                "/api/v1/petitions/" + petitionId,
                                null,
                                "Authorization",
                                "Bearer " + communeToken.token())
                        .statusCode())
                .isEqualTo(404);
        var created = send(
                "POST",
                "/api/v1/petitions",
                """
                {"bodyId": %d, "channel": "POST", "type": "FEEDBACK", "fieldCode": "LAND", "petitionerKind": "INDIVIDUAL",
                 "petitionerCount": 1, "representativeCount": 0, "petitioner": {"fullName": "Trịnh Văn Hải"},
                 "title": "Gửi bằng mã truy cập", "content": "Nội dung", "receivedOn": "2026-10-05"}
                """.formatted(setting.province().id()),
                "Authorization",
                "Bearer " + issued.token(),
                "Content-Type",
                "application/json");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    @Test
    void anUnknownExpiredOrRevokedTokenGetsAProblemWith401() throws Exception {
        var expired = tokens.issue(
                setting.provinceHandler(), setting.provinceHandler().username(), "Hết hạn", Duration.ofDays(1));
        jdbc.sql("update organization.api_token set expires_at = now() - interval '1 second' where id = ?")
                .param(expired.id())
                .update();
        var revoked = tokens.issue(
                setting.provinceHandler(), setting.provinceHandler().username(), "Thu hồi", Duration.ofDays(1));
        assertThat(send("GET", "/api/v1/petitions/" + petitionId, null, "Authorization", "Bearer " + revoked.token())
                        .statusCode())
                .isEqualTo(200);
        tokens.revoke(setting.provinceHandler(), revoked.id());

        for (String token : new String[] {
            expired.token(),
            revoked.token(),
            "dvt_khong-co-ma-nay-0000000000000000000000",
            revoked.token().substring(0, revoked.token().length() - 1)
        }) {
            var refused = send("GET", "/api/v1/petitions/" + petitionId, null, "Authorization", "Bearer " + token);
            assertThat(refused.statusCode()).as(token).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
            assertThat(json.readTree(refused.body()).get("detail").asString()).contains("mã truy cập");
        }
    }

    @Test
    void aTokenIsStoredOnlyAsItsHash() throws Exception {
        var issued = tokens.issue(
                setting.provinceHandler(), setting.provinceHandler().username(), "Lưu trữ", Duration.ofDays(1));

        String row = jdbc.sql("select t::text from organization.api_token t where id = ?")
                .param(issued.id())
                .query(String.class)
                .single();
        assertThat(row)
                .doesNotContain(issued.token())
                .doesNotContain(issued.token().substring(4, 20));
        byte[] hash = jdbc.sql("select token_hash from organization.api_token where id = ?")
                .param(issued.id())
                .query(byte[].class)
                .single();
        assertThat(HexFormat.of().formatHex(hash))
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256")
                                .digest(issued.token().getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aStaffMemberCreatesATokenOnAPageSeesItOnceAndRevokesIt() throws Exception {
        WebSession session = signedIn(setting.provinceHandler());
        session.get("/account/tokens");
        var created = session.post("/account/tokens", Map.of("name", "Cổng dịch vụ công", "days", "90"));
        assertThat(created.statusCode()).isEqualTo(200);
        var shown = Pattern.compile("(dvt_[A-Za-z0-9_-]{40,})").matcher(created.body());
        assertThat(shown.find()).isTrue();
        String token = shown.group(1);
        assertThat(created.headers().firstValue("Cache-Control").orElse("")).contains("no-store");

        assertThat(send("GET", "/api/v1/petitions/" + petitionId, null, "Authorization", "Bearer " + token)
                        .statusCode())
                .isEqualTo(200);
        var list = session.get("/account/tokens");
        assertThat(list.body()).contains("Cổng dịch vụ công").doesNotContain(token);

        long id = jdbc.sql("select id from organization.api_token where name = ? and staff_id = ?")
                .params("Cổng dịch vụ công", setting.provinceHandler().id())
                .query(Long.class)
                .single();
        session.post("/account/tokens/" + id + "/revocation", Map.of());
        assertThat(send("GET", "/api/v1/petitions/" + petitionId, null, "Authorization", "Bearer " + token)
                        .statusCode())
                .isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from shared.audit_event where action like 'organization.api-token-%' "
                                + "and subject_id = ?")
                        .param(String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void anotherStaffMembersTokenCannotBeRevokedButAnAdministratorIssuesOneForAClientSystem() throws Exception {
        var issued = tokens.issue(
                setting.provinceHandler(), setting.provinceHandler().username(), "Của người khác", Duration.ofDays(1));
        WebSession other = signedIn(setting.communeHandler());
        other.get("/account/tokens");
        var refused = other.post("/account/tokens/" + issued.id() + "/revocation", Map.of());
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(send("GET", "/api/v1/petitions/" + petitionId, null, "Authorization", "Bearer " + issued.token())
                        .statusCode())
                .isEqualTo(200);

        var forSomeoneElse = other.post(
                "/account/tokens",
                Map.of(
                        "name",
                        "Mạo danh",
                        "days",
                        "30",
                        "username",
                        setting.provinceHandler().username()));
        assertThat(forSomeoneElse.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from organization.api_token where name = 'Mạo danh'")
                        .query(Long.class)
                        .single())
                .isZero();

        StaffMember administrator = fixtures.staff(
                "quantri-" + System.nanoTime(), setting.province(), EnumSet.of(Role.ADMINISTRATOR), false);
        WebSession admin = signedIn(administrator);
        admin.get("/account/tokens");
        var forClient = admin.post(
                "/account/tokens",
                Map.of(
                        "name",
                        "Hệ thống một cửa tỉnh",
                        "days",
                        "30",
                        "username",
                        setting.provinceHandler().username()));
        assertThat(forClient.statusCode()).isEqualTo(200);
        var shown = Pattern.compile("(dvt_[A-Za-z0-9_-]{40,})").matcher(forClient.body());
        assertThat(shown.find()).isTrue();
        assertThat(send("GET", "/api/v1/petitions/" + petitionId, null, "Authorization", "Bearer " + shown.group(1))
                        .statusCode())
                .isEqualTo(200);
    }
}
