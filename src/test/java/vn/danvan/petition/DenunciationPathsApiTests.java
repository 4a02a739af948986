package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.danvan.DanvanIntegrationTest;

/**
 * The legal path of a denunciation over real HTTP: refusals as problem+json with a Vietnamese detail that write
 * nothing, and the denouncer's identity absent from the notice to the accused and the conclusion on the portal.
 */
@DanvanIntegrationTest
class DenunciationPathsApiTests {

    private static final String DENOUNCER = "Lê Thị Kín";

    @LocalServerPort
    int port;

    @Autowired
    PetitionFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    final JsonMapper json = JsonMapper.builder().build();
    StaffApi api;
    PetitionFixtures.Setting setting;

    @BeforeEach
    void setUp() {
        api = new StaffApi(port);
        setting = fixtures.setting();
    }

    private long acceptedDenunciation(String title) throws Exception {
        var created = api.call(
                setting.provinceReception(),
                "POST",
                "/api/v1/petitions",
                StaffApi.petitionJson(setting.province().id(), "DENUNCIATION", DENOUNCER, title));
        assertThat(created.statusCode()).isEqualTo(201);
        long id = json.readTree(created.body()).get("id").asLong();
        var accepted = call("POST", id, "/decision", "{\"decision\": \"ACCEPT\", \"decidedOn\": \"2026-10-06\"}");
        assertThat(accepted.statusCode()).isEqualTo(200);
        return id;
    }

    private HttpResponse<String> call(String method, long id, String path, String body) throws Exception {
        return api.call(setting.provinceHandler(), method, "/api/v1/petitions/" + id + path, body);
    }

    private static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        return JsonMapper.builder().build().readTree(response.body());
    }

    private int events(long id) {
        return jdbc.sql("select count(*) from petition.petition_event where petition_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    @Test
    void refusalsOnTheLegalPathAreProblemDetailsInVietnameseAndWriteNothing() throws Exception {
        long id = acceptedDenunciation("Tố cáo thu tiền trái phép");
        int before = events(id);

        JsonNode noAccused = problem(
                call("POST", id, "/acceptance-notices", "{\"recipient\": \"ACCUSED\", \"sentOn\": \"2026-10-08\"}"),
                409);
        assertThat(noAccused.get("detail").asString()).contains("người bị tố cáo");
        problem(call("POST", id, "/denunciation-withdrawal", "{\"form\": \"BY_PHONE\"}"), 400);
        problem(call("POST", id, "/conclusion-publication", "{\"forms\": [], \"publishedOn\": \"2026-10-20\"}"), 400);
        JsonNode notConcluded = problem(
                call(
                        "POST",
                        id,
                        "/conclusion-publication",
                        "{\"forms\": [\"PORTAL\"], \"publishedOn\": \"2026-10-20\"}"),
                409);
        assertThat(notConcluded.get("detail").asString()).contains("kết luận");
        JsonNode future = problem(
                call(
                        "POST",
                        id,
                        "/denunciation-withdrawal",
                        "{\"form\": \"LETTER\", \"withdrawnOn\": \"%s\"}"
                                .formatted(java.time.LocalDate.now().plusDays(5))),
                400);
        assertThat(future.get("detail").asString()).contains("tương lai");
        problem(call("POST", id, "/regulation-feedback", null), 400);
        problem(call("PUT", id, "/accused", "{\"name\": \"\"}"), 400);
        JsonNode tooLate = problem(
                call("POST", id, "/verification-at-several-places", "{\"reason\": \"Xác minh ở hai xã\"}"), 409);
        assertThat(tooLate.get("detail").asString()).contains("Đơn không còn ở bước chờ xử lý");

        assertThat(events(id)).isEqualTo(before);
        assertThat(json.readTree(call("GET", id, "/legal-path", null).body())
                        .get("accusedName")
                        .isNull())
                .isTrue();
    }

    @Test
    void theAccusedsNoticeAndTheConclusionOnThePortalCarryNothingOfTheDenouncer() throws Exception {
        String mark = "Mốc" + UUID.randomUUID().toString().substring(0, 6);
        long id = acceptedDenunciation("Tố cáo của " + DENOUNCER + " về " + mark);
        assertThat(call("PUT", id, "/accused", "{\"name\": \"Hồ Văn Sai\", \"position\": \"Trưởng thôn\"}")
                        .statusCode())
                .isEqualTo(200);
        var notified =
                call("POST", id, "/acceptance-notices", "{\"recipient\": \"ACCUSED\", \"sentOn\": \"2026-10-08\"}");
        assertThat(notified.statusCode()).isEqualTo(200);

        var notice = call("GET", id, "/accused-notice", null);
        assertThat(notice.statusCode()).isEqualTo(200);
        assertThat(notice.body())
                .contains("Hồ Văn Sai", mark)
                .doesNotContain("Kín")
                .doesNotContain("0912345678");

        var concluded = call(
                "POST",
                id,
                "/conclusion",
                "{\"outcome\": \"RIGHT\", \"summary\": \"Kết luận " + mark + ": tố cáo của " + DENOUNCER
                        + " là đúng.\", \"resolvedOn\": \"2026-10-20\"}");
        assertThat(concluded.statusCode()).isEqualTo(200);
        var published = call(
                "POST",
                id,
                "/conclusion-publication",
                "{\"forms\": [\"PORTAL\", \"POSTING\"], \"publishedOn\": \"2026-10-22\"}");
        assertThat(published.statusCode()).isEqualTo(200);
        JsonNode path = json.readTree(call("GET", id, "/legal-path", null).body());
        assertThat(path.get("publicationDue").asString()).isEqualTo("2026-10-29");
        assertThat(path.get("publicationLate").asBoolean()).isFalse();

        var portal = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/portal/answers?q="
                                        + URLEncoder.encode(mark, StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(portal.statusCode()).isEqualTo(200);
        assertThat(portal.body())
                .contains("Kết luận " + mark)
                .doesNotContain("Kín")
                .doesNotContain("0912345678");
    }
}
