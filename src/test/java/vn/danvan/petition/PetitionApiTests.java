package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.TestImages;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.persistence.SearchIndexUpkeep;

/** The REST API over real HTTP: scoping, confidentiality of denouncers, search, problem+json errors. */
@DanvanIntegrationTest
class PetitionApiTests {

    @LocalServerPort
    int port;

    @Autowired
    PetitionFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SearchIndexUpkeep searchIndexUpkeep;

    final JsonMapper json = JsonMapper.builder().build();
    final HttpClient http = HttpClient.newHttpClient();
    PetitionFixtures.Setting setting;

    @BeforeEach
    void setUp() {
        setting = fixtures.setting();
    }

    HttpResponse<String> call(StaffMember staff, String method, String path, String body, String... headers)
            throws Exception {
        return new StaffApi(port).call(staff, method, path, body, headers);
    }

    String petitionJson(long bodyId, String type, String name, String title) {
        return StaffApi.petitionJson(bodyId, type, name, title);
    }

    @Test
    void aPetitionRegisteredOverTheApiIsFoundBySearchWhateverTheToneMarkPlacement() throws Exception {
        var created = call(
                setting.provinceHandler(),
                "POST",
                "/api/v1/petitions",
                petitionJson(setting.province().id(), "FEEDBACK", "Trần Thị Hoà", "Đường thôn Hoà Bình xuống cấp"));
        assertThat(created.statusCode()).isEqualTo(201);
        String code = json.readTree(created.body()).get("trackingCode").asString();

        // Whole words, fragments inside words, short words with no trigram, and the tracking code.
        for (String query : new String[] {
            "Hòa Bình", "Hoà Bình", "hoa binh", "DUONG THON", "uong xuong", "thôn hoà xu", code, code.substring(5, 9)
        }) {
            var found = call(
                    setting.provinceHandler(),
                    "GET",
                    "/api/v1/petitions?body=" + setting.province().id() + "&q="
                            + URLEncoder.encode(query, StandardCharsets.UTF_8),
                    null);
            assertThat(found.statusCode()).isEqualTo(200);
            assertThat(found.body()).as(query).contains(code);
        }
        var notFound = call(
                setting.provinceHandler(),
                "GET",
                "/api/v1/petitions?body=" + setting.province().id() + "&q="
                        + URLEncoder.encode("hoa binh xuong cap nghiem trong", StandardCharsets.UTF_8),
                null);
        assertThat(notFound.body()).doesNotContain(code);
    }

    @Test
    void theQueueOverTheApiIsCountedOnlyWhenTheClientAsksForIt() throws Exception {
        long body = setting.commune().id();
        for (String title : new String[] {"Đèn đường hỏng thôn Một", "Đèn đường hỏng thôn Hai"}) {
            assertThat(call(
                                    setting.communeHandler(),
                                    "POST",
                                    "/api/v1/petitions",
                                    petitionJson(body, "FEEDBACK", "Vũ Văn An", title))
                            .statusCode())
                    .isEqualTo(201);
        }

        JsonNode uncounted =
                json.readTree(call(setting.communeHandler(), "GET", "/api/v1/petitions?body=" + body + "&size=1", null)
                        .body());
        JsonNode counted = json.readTree(
                call(setting.communeHandler(), "GET", "/api/v1/petitions?body=" + body + "&size=1&count=true", null)
                        .body());

        assertThat(uncounted.get("rows").size()).isEqualTo(1);
        assertThat(uncounted.get("hasNext").asBoolean()).isTrue();
        assertThat(uncounted.get("total").isNull()).isTrue();
        assertThat(counted.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(counted.get("totalCapped").asBoolean()).isFalse();
    }

    @Test
    void aPetitionIsStillFoundAfterTheTrigramIndexesMergeTheirPendingLists() throws Exception {
        var created = call(
                setting.provinceHandler(),
                "POST",
                "/api/v1/petitions",
                petitionJson(setting.province().id(), "FEEDBACK", "Đoàn Văn Sơn", "Cống thoát nước Kim Long bị tắc"));
        String code = json.readTree(created.body()).get("trackingCode").asString();
        jdbc.sql("create extension if not exists pgstattuple").update();

        searchIndexUpkeep.mergePendingEntries();

        for (String index : new String[] {"petition.petition_body_trigrams_idx", "petition.petition_search_trgm"}) {
            assertThat(jdbc.sql("select pending_tuples from pgstatginindex(cast(? as regclass))")
                            .param(index)
                            .query(Long.class)
                            .single())
                    .as(index)
                    .isZero();
        }
        for (String body : new String[] {"body=" + setting.province().id() + "&", ""}) {
            var found = call(
                    setting.provinceHandler(),
                    "GET",
                    "/api/v1/petitions?" + body + "q="
                            + URLEncoder.encode("cong thoat nuoc kim long", StandardCharsets.UTF_8),
                    null);
            assertThat(found.body()).as(body).contains(code);
        }
    }

    @Test
    void staffOfACommuneCannotSeeOrActOnPetitionsOfTheProvinceAbove() throws Exception {
        var created = call(
                setting.provinceHandler(),
                "POST",
                "/api/v1/petitions",
                petitionJson(setting.province().id(), "COMPLAINT", "Lê Văn Bình", "Khiếu nại của tỉnh"));
        long id = json.readTree(created.body()).get("id").asLong();

        assertThat(call(setting.communeHandler(), "GET", "/api/v1/petitions/" + id, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(call(
                                setting.communeHandler(),
                                "POST",
                                "/api/v1/petitions/" + id + "/decision",
                                "{\"decision\": \"ACCEPT\"}")
                        .statusCode())
                .isEqualTo(404);
        var queue = call(setting.communeHandler(), "GET", "/api/v1/petitions?q=khieu+nai+cua+tinh", null);
        assertThat(queue.body()).doesNotContain("Khiếu nại của tỉnh");
        assertThat(call(
                                setting.communeHandler(),
                                "GET",
                                "/api/v1/petitions?body=" + setting.province().id(),
                                null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(call(
                                setting.communeHandler(),
                                "POST",
                                "/api/v1/petitions",
                                petitionJson(setting.province().id(), "COMPLAINT", "X", "Y"))
                        .statusCode())
                .isEqualTo(403);

        // The province sees its subordinate commune's petitions.
        var communePetition = call(
                setting.communeHandler(),
                "POST",
                "/api/v1/petitions",
                petitionJson(setting.commune().id(), "FEEDBACK", "Phạm Văn Cường", "Phản ánh của xã"));
        long communeId = json.readTree(communePetition.body()).get("id").asLong();
        assertThat(call(setting.provinceHandler(), "GET", "/api/v1/petitions/" + communeId, null)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aDenouncersIdentityIsReachableOnlyWithThePermissionAndEveryViewIsAudited() throws Exception {
        var created = call(
                setting.provinceReception(),
                "POST",
                "/api/v1/petitions",
                petitionJson(setting.province().id(), "DENUNCIATION", "Đỗ Minh Khôi", "Tố cáo nhận hối lộ"));
        assertThat(created.statusCode()).isEqualTo(201);
        long id = json.readTree(created.body()).get("id").asLong();

        // Not in the case view, the queue, search results or the stored search text.
        assertThat(call(setting.provinceHandler(), "GET", "/api/v1/petitions/" + id, null)
                        .body())
                .doesNotContain("Khôi");
        assertThat(call(
                                setting.provinceHandler(),
                                "GET",
                                "/api/v1/petitions?body=" + setting.province().id(),
                                null)
                        .body())
                .doesNotContain("Khôi");
        assertThat(call(
                                setting.provinceHandler(),
                                "GET",
                                "/api/v1/petitions?q=" + URLEncoder.encode("Đỗ Minh Khôi", StandardCharsets.UTF_8),
                                null)
                        .body())
                .doesNotContain("\"id\":" + id);
        assertThat(jdbc.sql(
                                "select search_text || coalesce(petitioner_name, '') || encode(identity_ciphertext, 'escape') from petition.petition where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .doesNotContain("khoi")
                .doesNotContain("Khôi");
        assertThat(jdbc.sql("select count(*) from petition.report_facts where petition_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        var refused = call(setting.provinceHandler(), "GET", "/api/v1/petitions/" + id + "/identity", null);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(refused.body()).doesNotContain("Khôi").contains("bí mật");

        var revealed = call(setting.confidant(), "GET", "/api/v1/petitions/" + id + "/identity", null);
        assertThat(revealed.statusCode()).isEqualTo(200);
        assertThat(revealed.body()).contains("Đỗ Minh Khôi");

        assertThat(jdbc.sql("""
                select action from shared.audit_event where subject_type = 'petition' and subject_id = ?
                and action like 'petition.identity%' order by id
                """).param(String.valueOf(id)).query(String.class).list())
                .containsExactly("petition.identity-refused", "petition.identity-viewed");
    }

    @Test
    void badInputGetsAVietnameseProblemAndWritesNothing() throws Exception {
        long before = jdbc.sql("select count(*) from petition.petition")
                .query(Long.class)
                .single();

        var malformed = call(setting.provinceHandler(), "POST", "/api/v1/petitions", "{\"bodyId\": \"x\"");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");

        var invalid = call(
                setting.provinceHandler(),
                "POST",
                "/api/v1/petitions",
                "{\"bodyId\": " + setting.province().id() + ", \"channel\": \"POST\", \"type\": \"COMPLAINT\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(invalid.body());
        assertThat(problem.get("detail").asString()).contains("không hợp lệ");
        assertThat(problem.get("errors")).isNotEmpty();

        var unknownCommune = call(
                setting.provinceHandler(),
                "POST",
                "/api/v1/petitions",
                petitionJson(setting.province().id(), "COMPLAINT", "A", "B").replace("19789", "99999"));
        assertThat(unknownCommune.statusCode()).isEqualTo(400);
        assertThat(json.readTree(unknownCommune.body()).get("code").asString()).isEqualTo("petition.unknown-commune");

        var unknownType = call(
                setting.provinceHandler(),
                "POST",
                "/api/v1/petitions",
                petitionJson(setting.province().id(), "GRIEVANCE", "A", "B"));
        assertThat(unknownType.statusCode()).isEqualTo(400);

        var english = call(
                setting.provinceHandler(),
                "POST",
                "/api/v1/petitions",
                petitionJson(setting.province().id(), "COMPLAINT", "A", "B").replace("19789", "99999"),
                "Accept-Language",
                "en");
        assertThat(json.readTree(english.body()).get("detail").asString()).contains("does not exist");

        var missing = call(setting.provinceHandler(), "GET", "/api/v1/petitions/987654321", null);
        assertThat(missing.statusCode()).isEqualTo(404);

        assertThat(jdbc.sql("select count(*) from petition.petition")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void anIllegalTransitionIsAConflictAndAnObserverMayNotDecide() throws Exception {
        var created = call(
                setting.provinceHandler(),
                "POST",
                "/api/v1/petitions",
                petitionJson(setting.province().id(), "RECOMMENDATION", "Vũ Thị Lan", "Kiến nghị sửa cầu"));
        long id = json.readTree(created.body()).get("id").asLong();
        assertThat(call(
                                setting.observer(),
                                "POST",
                                "/api/v1/petitions/" + id + "/decision",
                                "{\"decision\": \"ACCEPT\", \"decidedOn\": \"2026-10-06\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(call(setting.provinceHandler(), "POST", "/api/v1/petitions/" + id + "/closure", null)
                        .statusCode())
                .isEqualTo(409);
        var accepted = call(
                setting.provinceHandler(),
                "POST",
                "/api/v1/petitions/" + id + "/decision",
                "{\"decision\": \"ACCEPT\", \"decidedOn\": \"2026-10-06\"}");
        assertThat(accepted.statusCode()).isEqualTo(200);
        var again = call(
                setting.provinceHandler(),
                "POST",
                "/api/v1/petitions/" + id + "/decision",
                "{\"decision\": \"TRANSFER\", \"targetName\": \"Sở Xây dựng\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json.readTree(again.body()).get("code").asString()).isEqualTo("petition.not-awaiting-processing");
    }

    @Test
    void sixtyConcurrentRepeatsWithOneIdempotencyKeyMakeOnePetitionAndAllGetIt() throws Exception {
        String body = petitionJson(setting.province().id(), "FEEDBACK", "Lý Thị Mai", "Gửi sáu mươi lần cùng lúc");
        String key = "race-" + System.nanoTime();
        var start = new java.util.concurrent.CountDownLatch(1);
        try (var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            var calls = java.util.stream.IntStream.range(0, 60)
                    .mapToObj(i -> threads.submit(() -> {
                        start.await();
                        return call(
                                setting.provinceHandler(), "POST", "/api/v1/petitions", body, "Idempotency-Key", key);
                    }))
                    .toList();
            start.countDown();
            var ids = new java.util.HashSet<Long>();
            for (var each : calls) {
                var response = each.get();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                ids.add(json.readTree(response.body()).get("id").asLong());
            }
            assertThat(ids).hasSize(1);
        }
        assertThat(jdbc.sql("select count(*) from petition.petition where title = ?")
                        .param("Gửi sáu mươi lần cùng lúc")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anotherRequestWithAnIdempotencyKeyAlreadyUsedIsRefusedAndWritesNothing() throws Exception {
        String key = "reused-" + System.nanoTime();
        var first = call(
                setting.provinceHandler(),
                "POST",
                "/api/v1/petitions",
                petitionJson(setting.province().id(), "FEEDBACK", "Hà Văn Nam", "Đèn đường thôn Bắc hỏng"),
                "Idempotency-Key",
                key);
        assertThat(first.statusCode()).isEqualTo(201);
        long before = jdbc.sql("select count(*) from petition.petition")
                .query(Long.class)
                .single();

        var other = call(
                setting.provinceHandler(),
                "POST",
                "/api/v1/petitions",
                petitionJson(setting.province().id(), "FEEDBACK", "Hà Văn Nam", "Cầu tràn thôn Nam sạt lở"),
                "Idempotency-Key",
                key);

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json.readTree(other.body()).get("detail").asString()).contains("đã được dùng cho một yêu cầu khác");
        assertThat(jdbc.sql("select count(*) from petition.petition")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
        var repeated = call(
                setting.provinceHandler(),
                "POST",
                "/api/v1/petitions",
                petitionJson(setting.province().id(), "FEEDBACK", "Hà Văn Nam", "Đèn đường thôn Bắc hỏng"),
                "Idempotency-Key",
                key);
        assertThat(repeated.statusCode()).isEqualTo(201);
        assertThat(repeated.body()).isEqualTo(first.body());
    }

    @Test
    void anIdempotencyKeyTooLongForTheIndexIsRefusedAndWritesNothing() throws Exception {
        long before = jdbc.sql("select count(*) from petition.petition")
                .query(Long.class)
                .single();
        var refused = call(
                setting.provinceHandler(),
                "POST",
                "/api/v1/petitions",
                petitionJson(setting.province().id(), "FEEDBACK", "Hà Văn Nam", "Khoá quá dài"),
                "Idempotency-Key",
                java.util.UUID.randomUUID().toString().repeat(100));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).get("detail").asString()).contains("dài quá 200 ký tự");
        assertThat(jdbc.sql("select count(*) from petition.petition")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void attachmentsAreCheckedForTypeAndKeptOutsideTheDatabase() throws Exception {
        var created = call(
                setting.provinceHandler(),
                "POST",
                "/api/v1/petitions",
                petitionJson(setting.province().id(), "FEEDBACK", "Ngô Văn Tư", "Phản ánh kèm ảnh"));
        long id = json.readTree(created.body()).get("id").asLong();
        String boundary = "danvanBoundary";
        byte[] png = TestImages.png();
        var ok = upload(id, boundary, "anh.png", "image/png", png);
        assertThat(ok.statusCode()).isEqualTo(201);
        var fake =
                upload(id, boundary, "virus.pdf", "application/pdf", "MZ not a pdf".getBytes(StandardCharsets.UTF_8));
        assertThat(fake.statusCode()).isEqualTo(400);
        assertThat(fake.body()).contains("không đúng định dạng");
        var list = call(setting.provinceHandler(), "GET", "/api/v1/petitions/" + id + "/attachments", null);
        assertThat(json.readTree(list.body())).hasSize(1);
        long attachmentId = json.readTree(list.body()).get(0).get("id").asLong();
        var download = call(
                setting.provinceHandler(), "GET", "/api/v1/petitions/" + id + "/attachments/" + attachmentId, null);
        assertThat(download.statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> upload(long id, String boundary, String name, String type, byte[] content)
            throws Exception {
        var body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String credentials = setting.provinceHandler().username() + ":mat-khau-du-dai-"
                + setting.provinceHandler().username();
        return http.send(
                HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/api/v1/petitions/" + id + "/attachments"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
