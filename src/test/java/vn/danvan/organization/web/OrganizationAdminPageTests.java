package vn.danvan.organization.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.organization.AdministrativeUnitImport;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.OrganizationAdministration;
import vn.danvan.organization.Role;
import vn.danvan.organization.UnitLevel;

/** The organisation admin pages through the real server, form login and CSRF included. */
@DanvanIntegrationTest
class OrganizationAdminPageTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "mật-khẩu-đủ-dài";

    @LocalServerPort
    int port;

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    AdministrativeUnitImport unitImport;

    @Autowired
    JdbcClient jdbc;

    String suffix;
    long bodyId;

    @BeforeEach
    void createABodyWithAnAdministratorAndAReceptionOfficer() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        bodyId = administration
                .addBody(
                        "TEST-" + suffix,
                        "Văn phòng thử " + suffix,
                        BodyKind.OTHER,
                        UnitLevel.CENTRAL,
                        null,
                        null,
                        null)
                .id();
        administration.addStaff(
                "admin-" + suffix, PASSWORD, "Quản Trị Viên", null, bodyId, EnumSet.of(Role.ADMINISTRATOR), false);
        administration.addStaff(
                "officer-" + suffix,
                PASSWORD,
                "Cán Bộ Tiếp Dân",
                null,
                bodyId,
                EnumSet.of(Role.RECEPTION_OFFICER),
                false);
    }

    @Test
    void aStaffMemberWhoIsNotAnAdministratorIsForbiddenTheUnitsPage() throws Exception {
        var browser = new Browser().logIn("officer-" + suffix);
        assertThat(browser.get("/admin/units").statusCode()).isEqualTo(403);
        assertThat(browser.get("/admin/staff").statusCode()).isEqualTo(403);
    }

    @Test
    void aSignedInStaffMemberKeepsTheirNameAndMenuOnAnErrorPage() throws Exception {
        var browser = new Browser().logIn("officer-" + suffix);
        var missing = browser.get("/khong-co-trang-nay");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Cán Bộ Tiếp Dân");
        assertThat(browser.get("/admin/units").body()).contains("Cán Bộ Tiếp Dân");
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
        var response = new Browser().get("/admin/units");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void anAdministratorUploadsAProvincesFileAndSeesTheResult() throws Exception {
        var browser = new Browser().logIn("admin-" + suffix);
        String csv = """
                code,name,name_en,full_name,full_name_en,type,type_name
                01,Hà Nội,Hanoi,Thành phố Hà Nội,Hanoi City,thanh_pho_truc_thuoc_trung_uong,Thành phố trực thuộc trung ương
                """;
        var upload = browser.upload(
                "/admin/units", "/admin/units/provinces", "provinces.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(upload.statusCode()).isEqualTo(302);
        var page = browser.get("/admin/units");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Tỉnh, thành phố: đã nhập xong").contains("Thành phố Hà Nội");
    }

    @Test
    void aProvincesFileWithABadRowShowsTheLineAndWritesNothing() throws Exception {
        var browser = new Browser().logIn("admin-" + suffix);
        int before = jdbc.sql("select count(*) from organization.administrative_unit")
                .query(Integer.class)
                .single();
        String csv = """
                code,name,name_en,full_name,full_name_en,type,type_name
                77,Thử,Thu,Tỉnh Thử,Thu Province,tinh,Tỉnh
                7,Sai,Sai,Tỉnh Sai,Sai Province,tinh,Tỉnh
                """;
        browser.upload("/admin/units", "/admin/units/provinces", "provinces.csv", csv.getBytes(StandardCharsets.UTF_8));
        var page = browser.get("/admin/units");
        assertThat(page.body()).contains("Dòng 3: mã tỉnh");
        assertThat(jdbc.sql("select count(*) from organization.administrative_unit")
                        .query(Integer.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void theCommuneSearchIgnoresDiacriticsAndToneMarkPlacement() throws Exception {
        try (var provinces = new ClassPathResource("admin-units/provinces.csv").getInputStream();
                var communes = new ClassPathResource("admin-units/communes.csv").getInputStream()) {
            unitImport.importProvinces(provinces);
            unitImport.importCommunes(communes);
        }
        var browser = new Browser().logIn("admin-" + suffix);
        for (String query : new String[] {"yen hoa", "Yên Hòa", "Yên Hoà"}) {
            var page = browser.get("/admin/units?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            assertThat(page.body()).as(query).contains("Phường Yên Hoà");
        }
        assertThat(browser.get("/admin/units?page=3").body()).contains("Trang 4/67");
    }

    @Test
    void addingAStaffAccountWithAShortPasswordShowsTheErrorAndWritesNothing() throws Exception {
        var browser = new Browser().logIn("admin-" + suffix);
        String username = "short-" + suffix;
        var response = browser.submit(
                "/admin/staff",
                "/admin/staff",
                Map.of(
                        "username",
                        username,
                        "password",
                        "ngan",
                        "fullName",
                        "Nguyễn Văn Ngắn",
                        "bodyId",
                        String.valueOf(bodyId),
                        "roles",
                        "CASE_HANDLER"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("Mật khẩu phải có ít nhất 10 ký tự.")
                .contains(username)
                .doesNotContain("ngan\"");
        assertThat(jdbc.sql("select count(*) from organization.staff_account where username = ?")
                        .param(username)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anAdministratorAddsAStaffAccountThatCanThenLogIn() throws Exception {
        var browser = new Browser().logIn("admin-" + suffix);
        String username = "new-" + suffix;
        var response = browser.submit(
                "/admin/staff",
                "/admin/staff",
                Map.of(
                        "username",
                        username,
                        "password",
                        PASSWORD,
                        "fullName",
                        "Trần Thị Mới",
                        "email",
                        "moi@example.vn",
                        "bodyId",
                        String.valueOf(bodyId),
                        "roles",
                        "CASE_HANDLER"));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(browser.get("/admin/staff").body())
                .contains("Đã thêm tài khoản " + username)
                .contains("Trần Thị Mới");
        var newcomer = new Browser().logIn(username);
        assertThat(newcomer.get("/admin/staff").statusCode()).isEqualTo(403);
    }

    @Test
    void anAdministratorAddsABodyUnderAnotherAndSeesItIndented() throws Exception {
        var browser = new Browser().logIn("admin-" + suffix);
        var response = browser.submit(
                "/admin/bodies",
                "/admin/bodies",
                Map.of(
                        "code",
                        "SUB-" + suffix,
                        "name",
                        "Phòng con " + suffix,
                        "kind",
                        "INSPECTORATE",
                        "level",
                        "CENTRAL",
                        "superiorId",
                        String.valueOf(bodyId)));
        assertThat(response.statusCode()).isEqualTo(302);
        String page = browser.get("/admin/bodies").body();
        assertThat(page).contains("Đã thêm cơ quan, tổ chức Phòng con " + suffix);
        String table = page.substring(page.indexOf("<table"), page.indexOf("</table>"));
        assertThat(table.indexOf("Phòng con " + suffix)).isGreaterThan(table.indexOf("Văn phòng thử " + suffix));
        assertThat(table).containsPattern("— </span><span>Phòng con " + suffix);
    }

    @Test
    void aBodyFormWithMissingFieldsShowsTheErrorsAndWritesNothing() throws Exception {
        var browser = new Browser().logIn("admin-" + suffix);
        var response = browser.submit(
                "/admin/bodies",
                "/admin/bodies",
                Map.of("code", "", "name", "", "kind", "", "level", "COMMUNE", "communeCode", "99999"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("Trường này không được để trống.")
                .contains("Không có xã, phường, đặc khu đang hiệu lực với mã 99999.");
    }

    /** A cookie-keeping client that logs in through the real form and sends the CSRF token back. */
    final class Browser {

        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        Browser logIn(String username) throws Exception {
            var response = submit("/login", "/login", Map.of("username", username, "password", PASSWORD));
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
            return this;
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("Accept-Language", "vi")
                            .header("Accept", "text/html,*/*;q=0.8")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) throws Exception {
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", csrfOn(formPage));
            String body = all.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return client.send(
                    HttpRequest.newBuilder(uri(action))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> upload(String formPage, String action, String fileName, byte[] content) throws Exception {
            String boundary = "----danvan" + UUID.randomUUID();
            var body = new ByteArrayOutputStream();
            part(
                    body,
                    boundary,
                    "form-data; name=\"_csrf\"",
                    null,
                    csrfOn(formPage).getBytes(StandardCharsets.UTF_8));
            part(body, boundary, "form-data; name=\"validFrom\"", null, "2025-07-01".getBytes(StandardCharsets.UTF_8));
            part(body, boundary, "form-data; name=\"file\"; filename=\"" + fileName + "\"", "text/csv", content);
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return client.send(
                    HttpRequest.newBuilder(uri(action))
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private void part(ByteArrayOutputStream body, String boundary, String disposition, String type, byte[] content)
                throws IOException {
            StringBuilder head = new StringBuilder("--")
                    .append(boundary)
                    .append("\r\n")
                    .append("Content-Disposition: ")
                    .append(disposition)
                    .append("\r\n");
            if (type != null) {
                head.append("Content-Type: ").append(type).append("\r\n");
            }
            body.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }

        private String csrfOn(String page) throws Exception {
            var response = get(page);
            Matcher matcher = CSRF.matcher(response.body());
            assertThat(matcher.find()).as("a CSRF token on " + page).isTrue();
            return matcher.group(1);
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
