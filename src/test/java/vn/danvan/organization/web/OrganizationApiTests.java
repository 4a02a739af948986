package vn.danvan.organization.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.danvan.ApiClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.TestUnits;
import vn.danvan.organization.AdministrativeUnitImport;
import vn.danvan.organization.Body;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.OrganizationAdministration;
import vn.danvan.organization.Role;
import vn.danvan.organization.UnitLevel;

/** Units, bodies and staff accounts over /api/v1: reference data for all, scope for bodies, the rest for administrators. */
@DanvanIntegrationTest
class OrganizationApiTests {

    static final String PASSWORD = "mat-khau-to-chuc-";

    @LocalServerPort
    int port;

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    AdministrativeUnitImport units;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String suffix;
    Body ward;
    Body otherWard;
    String admin;
    String officer;

    @BeforeEach
    void setUp() {
        TestUnits.ensureHue(units);
        api = new ApiClient(port);
        suffix = UUID.randomUUID().toString().substring(0, 8);
        ward = administration.addBody(
                "OA-" + suffix,
                "UBND phường Thuận Hoá " + suffix,
                BodyKind.PEOPLES_COMMITTEE,
                UnitLevel.COMMUNE,
                TestUnits.HUE,
                TestUnits.THUAN_HOA,
                null);
        otherWard = administration.addBody(
                "OB-" + suffix,
                "UBND phường Phú Xuân " + suffix,
                BodyKind.PEOPLES_COMMITTEE,
                UnitLevel.COMMUNE,
                TestUnits.HUE,
                TestUnits.PHU_XUAN,
                null);
        admin = account("quantri-" + suffix, Role.ADMINISTRATOR);
        officer = account("canbo-" + suffix, Role.RECEPTION_OFFICER);
    }

    String account(String username, Role role) {
        administration.addStaff(
                username, PASSWORD + username, "Cán bộ " + username, null, ward.id(), EnumSet.of(role), false);
        return username;
    }

    HttpResponse<String> as(String username, String method, String path, String body) throws Exception {
        return api.call(username, PASSWORD + username, method, path, body);
    }

    String newBody(String code) {
        return """
                {"code": "%s", "name": "Hội Nông dân phường Thuận Hoá", "kind": "MEMBER_ORGANISATION",
                 "level": "COMMUNE", "communeCode": "%s", "superiorId": %d}""".formatted(code, TestUnits.THUAN_HOA, ward.id());
    }

    String newStaff(String username) {
        return """
                {"username": "%s", "password": "mot-mat-khau-dai", "fullName": "Nguyễn Văn Mới",
                 "email": "moi@example.vn", "bodyId": %d, "roles": ["CASE_HANDLER"]}""".formatted(username, ward.id());
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void unitsAreReferenceDataEveryStaffMemberMayLookUp() throws Exception {
        var provinces = as(officer, "GET", "/api/v1/units/provinces", null);
        assertThat(provinces.statusCode()).isEqualTo(200);
        assertThat(provinces.body()).contains("\"code\":\"" + TestUnits.HUE + "\"");
        assertThat(as(officer, "GET", "/api/v1/units/provinces/" + TestUnits.HUE, null)
                        .statusCode())
                .isEqualTo(200);

        var found = as(officer, "GET", "/api/v1/units/communes?q=thuan+hoa&size=10", null);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        assertThat(ApiClient.json(found).get("total").asInt()).isPositive();
        assertThat(found.body()).contains("\"code\":\"" + TestUnits.THUAN_HOA + "\"");
        var commune = as(officer, "GET", "/api/v1/units/communes/" + TestUnits.THUAN_HOA, null);
        assertThat(ApiClient.json(commune).get("provinceCode").asString()).isEqualTo(TestUnits.HUE);

        assertThat(ApiClient.isProblem(as(officer, "GET", "/api/v1/units/communes/99999", null), 404))
                .isTrue();
        assertThat(ApiClient.isProblem(as(officer, "GET", "/api/v1/units/provinces/99", null), 404))
                .isTrue();
        assertThat(ApiClient.isProblem(as(officer, "GET", "/api/v1/units/communes?size=100000", null), 400))
                .isTrue();
        for (String path : new String[] {
            "/api/v1/units/provinces",
            "/api/v1/units/provinces/" + TestUnits.HUE,
            "/api/v1/units/communes",
            "/api/v1/units/communes/" + TestUnits.THUAN_HOA
        }) {
            assertThat(ApiClient.isProblem(api.call(null, "", "GET", path, null), 401))
                    .as(path)
                    .isTrue();
        }
    }

    @Test
    void aStaffMemberSeesOnlyTheBodiesInScopeAndOnlyAnAdministratorAddsOne() throws Exception {
        var bodies = as(officer, "GET", "/api/v1/bodies", null);
        assertThat(bodies.statusCode()).isEqualTo(200);
        assertThat(bodies.body())
                .contains("\"id\":" + ward.id() + ",")
                .doesNotContain("\"id\":" + otherWard.id() + ",");
        assertThat(as(officer, "GET", "/api/v1/bodies/" + ward.id(), null).statusCode())
                .isEqualTo(200);
        assertThat(ApiClient.isProblem(as(officer, "GET", "/api/v1/bodies/" + otherWard.id(), null), 404))
                .isTrue();
        assertThat(ApiClient.isProblem(as(admin, "GET", "/api/v1/bodies/999999999", null), 404))
                .isTrue();
        assertThat(as(admin, "GET", "/api/v1/bodies", null).body()).contains("\"id\":" + otherWard.id() + ",");

        long before = count("organization.body");
        var refused = as(officer, "POST", "/api/v1/bodies", newBody("HND-" + suffix));
        assertThat(ApiClient.isProblem(refused, 403)).as(refused.body()).isTrue();
        assertThat(ApiClient.isProblem(api.call(null, "", "POST", "/api/v1/bodies", newBody("HND-" + suffix)), 401))
                .isTrue();
        var created = as(admin, "POST", "/api/v1/bodies", newBody("HND-" + suffix));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = ApiClient.json(created).get("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/bodies/" + id);
        // The province is the commune's, as on the admin page.
        assertThat(ApiClient.json(created).get("provinceCode").asString()).isEqualTo(TestUnits.HUE);
        assertThat(ApiClient.isProblem(as(admin, "POST", "/api/v1/bodies", newBody("HND-" + suffix)), 409))
                .isTrue();
        assertThat(count("organization.body")).isEqualTo(before + 1);
        assertThat(count("shared.audit_event where action = 'body.added' and subject_id = '" + id + "'"))
                .isEqualTo(1);
    }

    @Test
    void aBodyIsCheckedAsTheAdminFormChecksIt() throws Exception {
        long before = count("organization.body");
        var unknownKind =
                as(admin, "POST", "/api/v1/bodies", newBody("X1-" + suffix).replace("MEMBER_ORGANISATION", "CLUB"));
        assertThat(ApiClient.isProblem(unknownKind, 400)).as(unknownKind.body()).isTrue();
        JsonNode error = ApiClient.json(unknownKind).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("kind");
        assertThat(error.get("allowed").toString()).contains("FATHERLAND_FRONT");

        var outside = as(
                admin,
                "POST",
                "/api/v1/bodies",
                newBody("X2-" + suffix)
                        .replace("\"level\": \"COMMUNE\",", "\"level\": \"COMMUNE\", \"provinceCode\": \"01\","));
        assertThat(ApiClient.isProblem(outside, 400)).as(outside.body()).isTrue();
        assertThat(outside.body()).contains("\"field\":\"communeCode\"");

        var noCommune =
                as(admin, "POST", "/api/v1/bodies", newBody("X3-" + suffix).replace(TestUnits.THUAN_HOA, ""));
        assertThat(ApiClient.isProblem(noCommune, 400)).as(noCommune.body()).isTrue();
        assertThat(noCommune.body()).contains("\"field\":\"communeCode\"");

        var missingName = as(
                admin,
                "POST",
                "/api/v1/bodies",
                newBody("X4-" + suffix).replace("\"name\": \"Hội Nông dân phường Thuận Hoá\",", ""));
        assertThat(ApiClient.isProblem(missingName, 400)).isTrue();
        assertThat(missingName.body()).contains("\"field\":\"name\"");
        assertThat(count("organization.body")).isEqualTo(before);
    }

    @Test
    void onlyAnAdministratorListsAndAddsStaffAndNoAnswerCarriesAPassword() throws Exception {
        for (String[] endpoint : new String[][] {
            {"GET", "/api/v1/staff", null},
            {"POST", "/api/v1/staff", newStaff("moi-" + suffix)},
            {"GET", "/api/v1/staff/1", null}
        }) {
            assertThat(ApiClient.isProblem(api.call(null, "", endpoint[0], endpoint[1], endpoint[2]), 401))
                    .as(endpoint[1])
                    .isTrue();
            assertThat(ApiClient.isProblem(as(officer, endpoint[0], endpoint[1], endpoint[2]), 403))
                    .as(endpoint[1])
                    .isTrue();
        }
        var created = as(admin, "POST", "/api/v1/staff", newStaff("moi-" + suffix));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = ApiClient.json(created).get("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/staff/" + id);
        var list = as(admin, "GET", "/api/v1/staff", null);
        var one = as(admin, "GET", "/api/v1/staff/" + id, null);
        assertThat(one.statusCode()).isEqualTo(200);
        String hash = jdbc.sql("select password_hash from organization.staff_account where id = ?")
                .param(id)
                .query(String.class)
                .single();
        for (var answer : java.util.List.of(created, list, one)) {
            assertThat(answer.body())
                    .contains("moi-" + suffix)
                    .doesNotContain("mot-mat-khau-dai")
                    .doesNotContain(hash)
                    .doesNotContainIgnoringCase("password")
                    .doesNotContain("{bcrypt}");
        }
        // The new account signs in with its password.
        assertThat(api.call("moi-" + suffix, "mot-mat-khau-dai", "GET", "/api/v1/bodies", null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(ApiClient.isProblem(as(admin, "POST", "/api/v1/staff", newStaff("moi-" + suffix)), 409))
                .isTrue();
        assertThat(ApiClient.isProblem(as(admin, "GET", "/api/v1/staff/999999999", null), 404))
                .isTrue();
    }

    @Test
    void aStaffAccountIsCheckedAsTheAdminFormChecksIt() throws Exception {
        long before = count("organization.staff_account");
        var weak = as(admin, "POST", "/api/v1/staff", newStaff("yeu-" + suffix).replace("mot-mat-khau-dai", "ngan"));
        assertThat(ApiClient.isProblem(weak, 400)).as(weak.body()).isTrue();
        assertThat(weak.body()).contains("\"field\":\"password\"");
        var badName = as(admin, "POST", "/api/v1/staff", newStaff("có dấu " + suffix));
        assertThat(ApiClient.isProblem(badName, 400)).isTrue();
        assertThat(badName.body()).contains("\"field\":\"username\"");
        var unknownRole =
                as(admin, "POST", "/api/v1/staff", newStaff("vt-" + suffix).replace("CASE_HANDLER", "MAYOR"));
        assertThat(ApiClient.isProblem(unknownRole, 400)).as(unknownRole.body()).isTrue();
        assertThat(ApiClient.json(unknownRole).get("errors").get(0).get("field").asString())
                .isEqualTo("roles[0]");
        assertThat(unknownRole.body()).contains("HEAD_OF_BODY");
        var noBody = as(
                admin,
                "POST",
                "/api/v1/staff",
                newStaff("cq-" + suffix).replace("\"bodyId\": " + ward.id(), "\"bodyId\": 999999999"));
        assertThat(ApiClient.isProblem(noBody, 400)).as(noBody.body()).isTrue();
        assertThat(count("organization.staff_account")).isEqualTo(before);
    }
}
