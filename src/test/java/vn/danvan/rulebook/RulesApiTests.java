package vn.danvan.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.OrganizationAdministration;
import vn.danvan.organization.Role;
import vn.danvan.organization.UnitLevel;

/** {@code GET /api/v1/rules} over real HTTP: the rule book as JSON for staff, problem+json without credentials. */
@DanvanIntegrationTest
class RulesApiTests {

    @LocalServerPort
    int port;

    @Autowired
    OrganizationAdministration administration;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();
    String officer;

    @BeforeEach
    void anOfficer() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long body = administration
                .addBody("API-LUAT-" + suffix, "Phòng " + suffix, BodyKind.OTHER, UnitLevel.CENTRAL, null, null, null)
                .id();
        officer = "api-quydinh-" + suffix;
        administration.addStaff(
                officer, "mat-khau-api-quy-dinh", "Cán bộ", null, body, EnumSet.of(Role.RECEPTION_OFFICER), false);
    }

    HttpResponse<String> get(String query, @Nullable String username) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/rules" + query))
                .header("Accept-Language", "vi")
                .GET();
        if (username != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            (username + ":mat-khau-api-quy-dinh").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static List<String> keys(JsonNode tables, String table) {
        List<String> keys = new ArrayList<>();
        for (JsonNode node : tables) {
            if (node.get("id").asString().equals(table)) {
                node.get("rules").forEach(rule -> keys.add(rule.get("key").asString()));
            }
        }
        return keys;
    }

    @Test
    void staffReadEveryTableWithItsRows() throws Exception {
        var response = get("", officer);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode tables = json.readTree(response.body());
        assertThat(keys(tables, "reception.frequencies"))
                .contains("COMMUNE_CHAIR_UNTIL_2026_06_30", "COMMUNE_CHAIR_FROM_2026_07_01");
        assertThat(keys(tables, "petition.deadlines")).contains("ACCEPTANCE_COMPLAINT_UNTIL_2026_06_30");
        JsonNode notice = null;
        for (JsonNode table : tables) {
            for (JsonNode rule : table.get("rules")) {
                if (rule.get("key").asString().equals("REFUSAL_NOTICE")) {
                    notice = rule;
                }
            }
        }
        assertThat(notice).isNotNull();
        assertThat(notice.get("value").asString()).isEqualTo("3 ngày làm việc");
        assertThat(notice.get("dayType").asString()).isEqualTo("WORKING_DAYS");
        assertThat(notice.get("effectiveFrom").asString()).isEqualTo("2026-07-01");
        assertThat(notice.get("source").asString()).contains("NĐ 154/2026/NĐ-CP Đ.4(3)");
    }

    @Test
    void onADayOnlyTheRowsInForceThenAreListed() throws Exception {
        JsonNode before = json.readTree(get("?on=2026-06-30", officer).body());
        JsonNode after = json.readTree(get("?on=2026-07-01", officer).body());

        assertThat(keys(before, "reception.frequencies"))
                .contains("COMMUNE_CHAIR_UNTIL_2026_06_30")
                .doesNotContain("COMMUNE_CHAIR_FROM_2026_07_01", "PUBLIC_SERVICE_UNIT_HEAD_FROM_2026_07_01");
        assertThat(keys(after, "reception.frequencies"))
                .contains("COMMUNE_CHAIR_FROM_2026_07_01", "PUBLIC_SERVICE_UNIT_HEAD_FROM_2026_07_01")
                .doesNotContain("COMMUNE_CHAIR_UNTIL_2026_06_30");
        assertThat(keys(before, "reception.deadlines")).containsExactly("ANSWER_TO_PERSON_RECEIVED");
    }

    @Test
    void withoutCredentialsTheAnswerIsAProblemWith401() throws Exception {
        var response = get("", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aMalformedDayIsAProblemWith400() throws Exception {
        var response = get("?on=30-06-2026", officer);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }
}
