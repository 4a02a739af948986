package vn.danvan.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.TestUnits;
import vn.danvan.WebSession;
import vn.danvan.organization.AdministrativeUnitImport;
import vn.danvan.organization.Body;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.OrganizationAdministration;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.organization.UnitLevel;
import vn.danvan.petition.Channel;
import vn.danvan.petition.PetitionIntake;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.PetitionerIdentity;
import vn.danvan.petition.PetitionerKind;
import vn.danvan.petition.ReceivePetition;

/**
 * The site's icon at {@code /favicon.ico}, and the staff pages' upload forms, which carry the CSRF token in a hidden
 * field (never in their address, where it would land in the history, the access log and a Referer header).
 */
@DanvanIntegrationTest
class StaffUploadFormsAndIconPageTests {

    /** A form's action attribute, as rendered. */
    static final Pattern ACTION = Pattern.compile("<form[^>]*\\saction=\"([^\"]*)\"");

    @LocalServerPort
    int port;

    @Test
    void theFaviconIsARealIconOpenToStrangersAndCachedForAWeek() throws Exception {
        var icon = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/favicon.ico"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());

        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).isIn("image/x-icon", "image/vnd.microsoft.icon"));
        assertThat(icon.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cache -> assertThat(cache).contains("max-age=604800", "public"));
        byte[] body = icon.body();
        assertThat(body).as("an ICO header: reserved 0, type 1 (icon)").startsWith(0, 0, 1, 0);
        assertThat(body[4]).as("two images").isEqualTo((byte) 2);
    }

    @Test
    void noStaffTemplateButThePortalFormPutsTheCsrfTokenInAFormsAddress() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                if (template.endsWith(Path.of("portal", "submit.html"))) {
                    continue; // public: its token in the address is documented in docs/security.md
                }
                Matcher action = Pattern.compile("action=\"[^\"]*_csrf=").matcher(Files.readString(template));
                if (action.find()) {
                    offenders.add(template.toString());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void theCasePagesUploadFormHasNoTokenInItsAddressAndItsHiddenTokenIsEnough(
            @Autowired OrganizationAdministration administration,
            @Autowired OrganizationDirectory directory,
            @Autowired AdministrativeUnitImport units,
            @Autowired PetitionIntake intake,
            @Autowired JdbcClient jdbc)
            throws Exception {
        TestUnits.ensureHue(units);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Body body = administration.addBody(
                "UB-UP-" + suffix,
                "UBND phường " + suffix,
                BodyKind.PEOPLES_COMMITTEE,
                UnitLevel.COMMUNE,
                TestUnits.HUE,
                TestUnits.PHU_XUAN,
                null);
        String username = "canbo-up-" + suffix;
        String password = "mat-khau-tai-len-" + username;
        var roles = EnumSet.of(Role.CASE_HANDLER, Role.ADMINISTRATOR);
        long id = administration.addStaff(username, password, "Cán bộ " + username, null, body.id(), roles, false);
        var staff = new StaffMember(
                id,
                username,
                "Cán bộ " + username,
                body.id(),
                roles,
                directory.bodyWithSubordinates(body.id()),
                false,
                false);
        long petition = intake.receive(
                        new ReceivePetition(
                                body.id(),
                                Channel.POST,
                                null,
                                null,
                                null,
                                PetitionType.RECOMMENDATION,
                                "LAND",
                                null,
                                false,
                                PetitionerKind.INDIVIDUAL,
                                1,
                                0,
                                new PetitionerIdentity("Nguyễn Văn An", null, "Phường Phú Xuân", null, null, List.of()),
                                "Đề nghị sửa đường " + suffix,
                                "Đề nghị sửa đường liên tổ " + suffix + " bị hư hỏng sau mưa lũ.",
                                TestUnits.PHU_XUAN,
                                java.time.LocalDate.of(2026, 11, 25),
                                false,
                                null,
                                null),
                        staff,
                        null)
                .id();
        WebSession session = WebSession.signedIn(port, username, password);

        for (String page : List.of("/petitions/" + petition, "/admin/units")) {
            String html = session.get(page).body();
            List<String> actions = new ArrayList<>();
            Matcher action = ACTION.matcher(html);
            while (action.find()) {
                actions.add(action.group(1));
            }
            assertThat(actions).as(page).isNotEmpty().noneMatch(a -> a.contains("_csrf"));
        }

        String casePage = session.get("/petitions/" + petition).body();
        assertThat(casePage).contains("action=\"/petitions/" + petition + "/attachments\"");
        String boundary = "----danvan" + UUID.randomUUID();
        var form = new ByteArrayOutputStream();
        form.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                        + session.csrfToken() + "\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bien-ban.pdf\""
                        + "\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 bien ban\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        var sent = session.postRaw(
                "/petitions/" + petition + "/attachments",
                "multipart/form-data; boundary=" + boundary,
                form.toByteArray());
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from petition.attachment where petition_id = ? and file_name = ?")
                        .param(petition)
                        .param("bien-ban.pdf")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anUploadOverTheRequestBoundIsAnsweredAsTooLargeInVietnameseNotAsAForgedRequest(
            @Autowired OrganizationAdministration administration) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Body body = administration.addBody(
                "UB-BIG-" + suffix,
                "UBND phường " + suffix,
                BodyKind.PEOPLES_COMMITTEE,
                UnitLevel.COMMUNE,
                TestUnits.HUE,
                TestUnits.PHU_XUAN,
                null);
        String username = "canbo-big-" + suffix;
        String password = "mat-khau-tai-len-" + username;
        administration.addStaff(
                username, password, "Cán bộ " + username, null, body.id(), EnumSet.of(Role.CASE_HANDLER), false);
        WebSession session = WebSession.signedIn(port, username, password);

        String page = announceOversizeUpload("/petitions/1/attachments", session.cookieHeader());
        assertThat(page).startsWith("HTTP/1.1 413").contains("text/html");
        assertThat(page).contains("Yêu cầu quá lớn", "60 MB", "lang=\"vi\"").doesNotContain("HTTP Status");

        String api = announceOversizeUpload("/api/v1/petitions/1/attachments", "");
        assertThat(api).startsWith("HTTP/1.1 413").contains("application/problem+json", "upload-too-large", "60 MB");
    }

    /** Announces a 61 MB multipart body, sends its first bytes only, and reads what the server answers. */
    String announceOversizeUpload(String path, String cookies) throws IOException {
        String boundary = "----danvan" + UUID.randomUUID();
        long announced = 61L * 1024 * 1024; // over spring.servlet.multipart.max-request-size (60 MB)
        try (var socket = new java.net.Socket("localhost", port)) {
            var out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nCookie: " + cookies
                            + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                            + "\r\nContent-Length: " + announced + "\r\nConnection: close\r\n\r\n--" + boundary
                            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.pdf\"\r\n"
                            + "Content-Type: application/pdf\r\n\r\n%PDF-1.4")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            // The server answers without reading the announced body: read what arrives until it closes or falls silent.
            socket.setSoTimeout(5_000);
            var received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = socket.getInputStream().read(buffer)) != -1; ) {
                    received.write(buffer, 0, n);
                }
            } catch (java.net.SocketTimeoutException silent) {
                // all that came
            }
            return received.toString(StandardCharsets.UTF_8);
        }
    }
}
