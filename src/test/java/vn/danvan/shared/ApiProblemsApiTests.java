package vn.danvan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
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

/** Whatever goes wrong, the API answers problem+json with a title in the caller's language and says what to fix. */
@DanvanIntegrationTest
class ApiProblemsApiTests {

    @LocalServerPort
    int port;

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    AdministrativeUnitImport units;

    ApiClient api;
    Body body;
    String handler;

    @BeforeEach
    void setUp() {
        TestUnits.ensureHue(units);
        api = new ApiClient(port);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        body = administration.addBody(
                "PB-" + suffix,
                "Thanh tra tỉnh " + suffix,
                BodyKind.INSPECTORATE,
                UnitLevel.PROVINCE,
                TestUnits.HUE,
                null,
                null);
        handler = "vande-" + suffix;
        administration.addStaff(
                handler, "mat-khau-" + handler, "Cán bộ xử lý", null, body.id(), EnumSet.of(Role.CASE_HANDLER), false);
    }

    HttpResponse<String> call(String method, String path, String json, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (handler + ":mat-khau-" + handler).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String petition(String type) {
        return """
                {"bodyId": %d, "channel": "POST", "type": "%s", "fieldCode": "LAND", "petitionerKind": "INDIVIDUAL",
                 "petitionerCount": 1, "representativeCount": 0, "petitioner": {"fullName": "Trần Văn Bốn"},
                 "title": "Đường xuống cấp", "content": "Nội dung", "communeCode": "%s", "receivedOn": "%s"}""".formatted(body.id(), type, TestUnits.THUAN_HOA, LocalDate.now(VietnamTime.ZONE));
    }

    @Test
    void anUnknownValueOfAListIsNamedWithTheValuesAllowed() throws Exception {
        var answer = call("POST", "/api/v1/petitions", petition("GRIEVANCE"));
        assertThat(ApiClient.isProblem(answer, 400)).as(answer.body()).isTrue();
        JsonNode problem = ApiClient.json(answer);
        assertThat(problem.get("title").asString()).isEqualTo("Yêu cầu không hợp lệ");
        assertThat(problem.get("detail").asString()).contains("type").contains("GRIEVANCE");
        JsonNode error = problem.get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("type");
        assertThat(error.get("allowed").valueStream().map(JsonNode::asString))
                .contains("COMPLAINT", "DENUNCIATION", "RECOMMENDATION", "FEEDBACK");

        var english = call("POST", "/api/v1/petitions", petition("GRIEVANCE"), "Accept-Language", "en");
        assertThat(ApiClient.json(english).get("title").asString()).isEqualTo("Bad request");
        assertThat(ApiClient.json(english).get("errors").get(0).get("message").asString())
                .contains("choose one of");

        var inQuery = call("GET", "/api/v1/petitions?state=LOST", null);
        assertThat(ApiClient.isProblem(inQuery, 400)).as(inQuery.body()).isTrue();
        assertThat(ApiClient.json(inQuery).get("errors").get(0).get("field").asString())
                .isEqualTo("state");
        assertThat(ApiClient.json(inQuery).get("errors").get(0).get("allowed").size())
                .isPositive();
    }

    @Test
    void aValueOfTheWrongTypeSaysWhichTypeIsExpected() throws Exception {
        var answer = call(
                "POST",
                "/api/v1/petitions",
                petition("FEEDBACK").replace("\"petitionerCount\": 1", "\"petitionerCount\": \"một\""));
        assertThat(ApiClient.isProblem(answer, 400)).as(answer.body()).isTrue();
        JsonNode error = ApiClient.json(answer).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("petitionerCount");
        assertThat(error.get("message").asString()).isEqualTo("Sai kiểu dữ liệu: cần một số.");
    }

    @Test
    void everyStatusTheApiAnswersHasAVietnameseTitle() throws Exception {
        String key = UUID.randomUUID().toString();
        assertThat(call("POST", "/api/v1/petitions", petition("FEEDBACK"), "Idempotency-Key", key)
                        .statusCode())
                .isEqualTo(201);
        var reused = call(
                "POST",
                "/api/v1/petitions",
                petition("FEEDBACK").replace("Đường xuống cấp", "Đơn khác"),
                "Idempotency-Key",
                key);
        assertThat(ApiClient.isProblem(reused, 422)).as(reused.body()).isTrue();
        assertThat(ApiClient.json(reused).get("title").asString()).isEqualTo("Không xử lý được yêu cầu");

        assertThat(ApiClient.isProblem(call("GET", "/api/v1/petitions/999999999", null), 404))
                .isTrue();
        assertThat(ApiClient.isProblem(call("POST", "/api/v1/petitions", "{\"bodyId\": "), 400))
                .isTrue();
    }
}
