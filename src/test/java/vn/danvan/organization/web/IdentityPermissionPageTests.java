package vn.danvan.organization.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.WebSession;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.IdentityPermissions;
import vn.danvan.organization.OrganizationAdministration;
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
 * Granting the permission to read denouncers' identities takes two people: an administrator requests it for
 * an account in their scope (never their own) and a head of the body, a third person, approves it.
 */
@DanvanIntegrationTest
class IdentityPermissionPageTests {

    private static final String PASSWORD = "mật-khẩu-đủ-dài";

    @LocalServerPort
    int port;

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    PetitionIntake intake;

    @Autowired
    IdentityPermissions permissions;

    @Autowired
    JdbcClient jdbc;

    String suffix;
    long province;
    long commune;
    long elsewhere;
    long adminId;
    long petitionId;

    @BeforeEach
    void bodiesAndStaff() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        province = administration
                .addBody(
                        "TTP-" + suffix,
                        "Thanh tra " + suffix,
                        BodyKind.INSPECTORATE,
                        UnitLevel.PROVINCE,
                        "46",
                        null,
                        null)
                .id();
        commune = administration
                .addBody(
                        "UBP-" + suffix,
                        "UBND phường " + suffix,
                        BodyKind.PEOPLES_COMMITTEE,
                        UnitLevel.COMMUNE,
                        "46",
                        null,
                        province)
                .id();
        elsewhere = administration
                .addBody("KHA-" + suffix, "Cơ quan khác " + suffix, BodyKind.OTHER, UnitLevel.CENTRAL, null, null, null)
                .id();
        // The administrator is also a head of the province: still not allowed to approve their own request.
        adminId = administration.addStaff(
                "qt-" + suffix,
                PASSWORD,
                "Quản Trị",
                null,
                province,
                EnumSet.of(Role.ADMINISTRATOR, Role.HEAD_OF_BODY),
                false);
        administration.addStaff(
                "ld-" + suffix, PASSWORD, "Lãnh Đạo", null, province, EnumSet.of(Role.HEAD_OF_BODY), false);
        administration.addStaff(
                "cb-" + suffix, PASSWORD, "Cán Bộ", null, commune, EnumSet.of(Role.CASE_HANDLER), false);
        administration.addStaff(
                "xa-" + suffix, PASSWORD, "Người Ngoài", null, elsewhere, EnumSet.of(Role.CASE_HANDLER), false);
        StaffMember system = new StaffMember(
                0,
                "system",
                "system",
                commune,
                EnumSet.of(Role.RECEPTION_OFFICER),
                java.util.Set.of(commune),
                false,
                false);
        petitionId = intake.receive(
                        new ReceivePetition(
                                commune,
                                Channel.POST,
                                null,
                                null,
                                null,
                                PetitionType.DENUNCIATION,
                                "LAND",
                                null,
                                false,
                                PetitionerKind.INDIVIDUAL,
                                1,
                                0,
                                new PetitionerIdentity("Phan Bí Mật", null, null, null, null, List.of()),
                                "Tố cáo cán bộ phường",
                                "Nội dung tố cáo",
                                null,
                                LocalDate.of(2026, 10, 5),
                                false,
                                null,
                                null),
                        system,
                        null)
                .id();
    }

    long staffId(String username) {
        return jdbc.sql("select id from organization.staff_account where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    int identityStatus(String username) throws Exception {
        String credentials = username + ":" + PASSWORD;
        var request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/petitions/" + petitionId + "/identity"))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    List<String> audit(long staffId) {
        return jdbc.sql("""
                select action from shared.audit_event where subject_type = 'staff_account' and subject_id = ?
                and action like 'staff.identity-permission%' order by id
                """).param(String.valueOf(staffId)).query(String.class).list();
    }

    HttpResponse<String> request(WebSession admin, long staffId) throws Exception {
        admin.get("/admin/staff");
        return admin.post("/admin/staff/" + staffId + "/identity-permission", Map.of());
    }

    @Test
    void anAdministratorCannotRequestThePermissionForThemself() throws Exception {
        var admin = WebSession.signedIn(port, "qt-" + suffix, PASSWORD);
        assertThat(request(admin, adminId).body()).contains("cho chính mình");
        assertThat(jdbc.sql("select count(*) from organization.identity_permission where staff_id = ?")
                        .param(adminId)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(audit(adminId)).containsExactly("staff.identity-permission-refused-attempt");
    }

    @Test
    void anAdministratorCannotRequestThePermissionOutsideTheirScope() throws Exception {
        var admin = WebSession.signedIn(port, "qt-" + suffix, PASSWORD);
        long stranger = staffId("xa-" + suffix);
        assertThat(request(admin, stranger).body()).contains("phạm vi quản lý");
        assertThat(audit(stranger)).containsExactly("staff.identity-permission-refused-attempt");
    }

    @Test
    void aNewAccountAskedWithThePermissionHasItOnlyAfterAnotherHeadApprovesAndLosesItOnRevocation() throws Exception {
        var admin = WebSession.signedIn(port, "qt-" + suffix, PASSWORD);
        admin.get("/admin/staff");
        String username = "moi-" + suffix;
        var added = admin.post(
                "/admin/staff",
                Map.of(
                        "username",
                        username,
                        "password",
                        PASSWORD,
                        "fullName",
                        "Cán Bộ Mới",
                        "bodyId",
                        String.valueOf(commune),
                        "roles",
                        "CASE_HANDLER",
                        "mayViewDenouncerIdentity",
                        "true"));
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.body()).contains("Chờ lãnh đạo duyệt");
        long grantee = staffId(username);
        assertThat(identityStatus(username)).isEqualTo(403);

        // The requester, although a head of the body, may not approve.
        long requestId = jdbc.sql("select id from organization.identity_permission where staff_id = ?")
                .param(grantee)
                .query(Long.class)
                .single();
        admin.get("/identity-permissions");
        assertThat(admin.post("/identity-permissions/" + requestId + "/approve", Map.of())
                        .body())
                .contains("không được tự duyệt");
        assertThat(identityStatus(username)).isEqualTo(403);

        // A staff member who is no head may not see the page.
        var officer = WebSession.signedIn(port, "cb-" + suffix, PASSWORD);
        assertThat(officer.get("/identity-permissions").statusCode()).isEqualTo(403);

        var head = WebSession.signedIn(port, "ld-" + suffix, PASSWORD);
        assertThat(head.get("/identity-permissions").body()).contains(username).contains("qt-" + suffix);
        assertThat(head.post("/identity-permissions/" + requestId + "/approve", Map.of())
                        .body())
                .contains("Đã duyệt");
        assertThat(identityStatus(username)).isEqualTo(200);

        head.post("/identity-permissions/holders/" + grantee + "/revoke", Map.of());
        assertThat(identityStatus(username)).isEqualTo(403);
        assertThat(audit(grantee))
                .containsExactly(
                        "staff.identity-permission-requested",
                        "staff.identity-permission-refused-attempt",
                        "staff.identity-permission-approved",
                        "staff.identity-permission-revoked");
    }

    @Test
    void theAddFormNoLongerGrantsThePermissionToAnAccountOfTheAdministrator() throws Exception {
        var admin = WebSession.signedIn(port, "qt-" + suffix, PASSWORD);
        admin.get("/admin/staff");
        String username = "tu-cap-" + suffix;
        admin.post(
                "/admin/staff",
                Map.of(
                        "username",
                        username,
                        "password",
                        PASSWORD,
                        "fullName",
                        "Tài Khoản Phụ",
                        "bodyId",
                        String.valueOf(province),
                        "roles",
                        "ADMINISTRATOR",
                        "mayViewDenouncerIdentity",
                        "true"));
        assertThat(jdbc.sql("select may_view_denouncer_identity from organization.staff_account where username = ?")
                        .param(username)
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(identityStatus(username)).isEqualTo(403);
    }

    @Test
    void twentyConcurrentRequestsForOneAccountLeaveOnePendingRequest() throws Exception {
        long officer = staffId("cb-" + suffix);
        StaffMember requester = new StaffMember(
                adminId,
                "qt-" + suffix,
                "Quản Trị",
                province,
                EnumSet.of(Role.ADMINISTRATOR, Role.HEAD_OF_BODY),
                java.util.Set.of(province, commune),
                true,
                false);
        List<java.util.concurrent.Callable<String>> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(() -> {
                try {
                    permissions.request(officer, requester);
                    return "requested";
                } catch (vn.danvan.shared.DomainException e) {
                    return e.code();
                }
            });
        }
        List<String> outcomes = new java.util.ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(20)) {
            for (var future : pool.invokeAll(calls)) {
                outcomes.add(future.get());
            }
        }
        assertThat(outcomes)
                .containsOnlyOnce("requested")
                .containsOnly("requested", "organization.identity.already-open");
        assertThat(jdbc.sql("select count(*) from organization.identity_permission where staff_id = ?")
                        .param(officer)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }
}
