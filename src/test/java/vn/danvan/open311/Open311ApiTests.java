package vn.danvan.open311;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.TestUnits;
import vn.danvan.petition.Channel;
import vn.danvan.petition.DecidePetition;
import vn.danvan.petition.Decision;
import vn.danvan.petition.PetitionIntake;
import vn.danvan.petition.PetitionProcessing;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.PetitionerIdentity;
import vn.danvan.petition.PetitionerKind;
import vn.danvan.petition.ReceivePetition;
import vn.danvan.portal.CitizenSubmissions.CitizenSubmission;
import vn.danvan.portal.PortalFixtures;

/**
 * Open311 GeoReport v2 over HTTP, each response checked against the published JSON schemas in
 * {@code src/test/resources/open311-georeport-v2} and its XML twin against the same data.
 */
@DanvanIntegrationTest
class Open311ApiTests {

    static final Path SCHEMAS = Path.of("src", "test", "resources", "open311-georeport-v2");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ApiClientManagement clients;

    @Autowired
    PortalFixtures portal;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PetitionIntake intake;

    @Autowired
    PetitionProcessing processing;

    final HttpClient http = HttpClient.newHttpClient();
    String key;

    @BeforeEach
    void aClientWithAKey() {
        portal.setting();
        key = clients.issue("Ứng dụng Huế-S thử nghiệm " + UUID.randomUUID(), "ioc@example.vn")
                .key();
    }

    @Test
    void discoveryAndServicesFollowTheSchemasInJsonAndXml() throws Exception {
        var discovery = get("/open311/discovery.json");
        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(discovery.body())
                        .get("endpoints")
                        .get(0)
                        .get("url")
                        .asString())
                .endsWith("/open311/v2");

        var services = get("/open311/v2/services.json");
        assertThat(services.statusCode()).isEqualTo(200);
        assertThat(services.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertValid("services.json", services.body());
        JsonNode list = JSON.readTree(services.body());
        assertThat(list.size()).isEqualTo(16);
        List<String> codes = codes(list, "service_code");
        assertThat(codes)
                .contains("FEEDBACK-ENVIRONMENT", "RECOMMENDATION-LAND")
                .noneMatch(code -> code.startsWith("COMPLAINT") || code.startsWith("DENUNCIATION"));

        Document xml = xml(get("/open311/v2/services.xml").body());
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("services");
        assertThat(xml.getElementsByTagName("service").getLength()).isEqualTo(16);
        assertThat(text(xml, "service_code", 0)).isEqualTo(codes.getFirst());

        var definition = get("/open311/v2/services/FEEDBACK-ENVIRONMENT.json");
        assertValid("service-definition.json", definition.body());
        assertThat(xml(get("/open311/v2/services/FEEDBACK-ENVIRONMENT.xml").body())
                        .getDocumentElement()
                        .getTagName())
                .isEqualTo("service_definition");
    }

    @Test
    void aClientCreatesARequestAndAnyoneReadsItWithTheStatutoryDueDateAndTheAgency() throws Exception {
        var created = post(
                "/open311/v2/requests.json",
                Map.of(
                        "api_key",
                        key,
                        "service_code",
                        "FEEDBACK-ENVIRONMENT",
                        "address_id",
                        TestUnits.THUAN_HOA,
                        "lat",
                        "16.4637",
                        "long",
                        "107.5909",
                        "description",
                        "Nước thải tràn ra đường Lê Lợi\nMùi hôi suốt tuần",
                        "email",
                        unique("open311"),
                        "first_name",
                        "Hoàng",
                        "last_name",
                        "Văn Nam",
                        "attribute[PUBLISH]",
                        "yes"),
                null);
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode receipt = JSON.readTree(created.body()).get(0);
        String id = receipt.get("service_request_id").asString();
        String token = receipt.get("token").asString();
        assertThat(id).matches("\\d{4}(-[A-Z2-9]{4}){4}");

        var one = get("/open311/v2/requests/" + id + ".json");
        assertThat(one.statusCode()).isEqualTo(200);
        assertValid("requests.json", one.body());
        JsonNode request = JSON.readTree(one.body()).get(0);
        assertThat(request.get("status").asString()).isEqualTo("open");
        assertThat(request.get("service_code").asString()).isEqualTo("FEEDBACK-ENVIRONMENT");
        assertThat(request.get("agency_responsible").asString()).startsWith("UBND phường Thuận Hoá");
        assertThat(request.get("expected_datetime").asString()).endsWith("T17:00:00+07:00");
        assertThat(request.get("status_notes").asString()).startsWith("Chờ xử lý — hạn ");
        assertThat(request.get("address_id").asString()).isEqualTo(TestUnits.THUAN_HOA);
        assertThat(request.get("lat").asDouble()).isEqualTo(16.4637);
        assertThat(request.get("description").isNull())
                .as("content published (masked) only with the answer")
                .isTrue();

        Document xml = xml(get("/open311/v2/requests/" + id + ".xml").body());
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("service_requests");
        assertThat(text(xml, "service_request_id", 0)).isEqualTo(id);
        assertThat(text(xml, "expected_datetime", 0))
                .isEqualTo(request.get("expected_datetime").asString());

        var byToken = get("/open311/v2/tokens/" + token + ".json");
        assertThat(JSON.readTree(byToken.body())
                        .get(0)
                        .get("service_request_id")
                        .asString())
                .isEqualTo(id);

        var listed = get("/open311/v2/requests.json?service_code=FEEDBACK-ENVIRONMENT&status=open");
        assertValid("requests.json", listed.body());
        assertThat(codes(JSON.readTree(listed.body()), "service_request_id")).contains(id);
        var closed = get("/open311/v2/requests.json?status=closed&service_request_id=" + id);
        assertThat(JSON.readTree(closed.body()).size())
                .as("ids take precedence, then status filters")
                .isZero();
        var byIds = get("/open311/v2/requests.xml?service_request_id=" + id + ",2026-XXXX-XXXX");
        assertThat(xml(byIds.body()).getElementsByTagName("request").getLength())
                .isEqualTo(1);
    }

    @Test
    void aCaseReceivedAtADeskOrSentWithoutConsentIsUnknownToOpen311WhateverTheFilter() throws Exception {
        var setting = portal.setting();
        var desk = intake.receive(
                new ReceivePetition(
                        setting.ward().id(),
                        Channel.POST,
                        null,
                        null,
                        null,
                        PetitionType.FEEDBACK,
                        "ENVIRONMENT",
                        null,
                        false,
                        PetitionerKind.INDIVIDUAL,
                        1,
                        0,
                        new PetitionerIdentity(
                                "Đặng Thị Thư", null, "5 Huỳnh Thúc Kháng", "0914000111", null, List.of()),
                        "Thư gửi qua bưu điện về rác",
                        "Rác ở chợ Đông Ba.",
                        TestUnits.THUAN_HOA,
                        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")),
                        false,
                        null,
                        null),
                setting.wardOfficer(),
                null);
        var portalUnconsented = portal.submit(new CitizenSubmission(
                PetitionType.FEEDBACK,
                "ENVIRONMENT",
                "Không muốn công khai",
                "Nội dung riêng.",
                TestUnits.THUAN_HOA,
                null,
                null,
                false,
                "Ngô Văn Tư",
                null,
                unique("tu"),
                null,
                false));
        var created = post(
                "/open311/v2/requests.json",
                Map.of(
                        "api_key",
                        key,
                        "service_code",
                        "FEEDBACK-ENVIRONMENT",
                        "address_id",
                        TestUnits.THUAN_HOA,
                        "description",
                        "Không đồng ý công khai",
                        "attribute[PUBLISH]",
                        "no"),
                null);
        assertThat(created.statusCode()).isEqualTo(201);
        String viaOpen311 =
                JSON.readTree(created.body()).get(0).get("service_request_id").asString();
        String token = JSON.readTree(created.body()).get(0).get("token").asString();
        var consented = portal.submit(PortalFixtures.feedback("Đồng ý công khai", unique("cong-khai")));

        for (int round = 0; round < 2; round++) {
            for (String code : List.of(desk.trackingCode(), portalUnconsented.trackingCode(), viaOpen311)) {
                assertError(get("/open311/v2/requests/" + code + ".json"), 404);
                assertThat(get("/open311/v2/requests/" + code + ".xml").statusCode())
                        .isEqualTo(404);
                assertThat(JSON.readTree(get("/open311/v2/requests.json?service_request_id=" + code)
                                        .body())
                                .size())
                        .as(code)
                        .isZero();
            }
            for (String filter : List.of(
                    "",
                    "?service_code=FEEDBACK-ENVIRONMENT",
                    "?status=open",
                    "?status=closed",
                    "?status=open,closed&start_date=2000-01-01T00:00:00Z")) {
                List<String> listed = codes(
                        JSON.readTree(get("/open311/v2/requests.json" + filter).body()), "service_request_id");
                assertThat(listed)
                        .as(filter)
                        .doesNotContain(desk.trackingCode(), portalUnconsented.trackingCode(), viaOpen311);
            }
            assertError(get("/open311/v2/tokens/" + token + ".json"), 404);
            assertThat(get("/open311/v2/requests/" + consented.trackingCode() + ".json")
                            .statusCode())
                    .as("a consented case is known")
                    .isEqualTo(200);
            if (round == 0) {
                // Answered (closed) or accepted, the cases stay unknown.
                portal.answer(portalUnconsented, setting.wardOfficer(), "Đã trả lời riêng.");
                portal.answer(consented, setting.wardOfficer(), "Đã dọn.");
                processing.decide(
                        desk.id(),
                        new DecidePetition(
                                Decision.ACCEPT,
                                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")),
                                false,
                                null,
                                null,
                                null,
                                null),
                        setting.wardOfficer());
            }
        }
    }

    @Test
    void aConsentedCaseIsListedWithItsContentMasked() throws Exception {
        var setting = portal.setting();
        String email = unique("binh");
        var receipt = portal.submit(new CitizenSubmission(
                PetitionType.RECOMMENDATION,
                "ENVIRONMENT",
                "Kiến nghị nạo vét mương",
                "Tôi là Trần Thị Bình, điện thoại 0912 345 678, ở 7 Lê Lợi. Mương kiệt 7 " + "bị tắc. Liên hệ " + email
                        + ".",
                TestUnits.THUAN_HOA,
                null,
                null,
                false,
                "Trần Thị Bình",
                "0912345678",
                email,
                "7 Lê Lợi",
                true));
        portal.answer(
                receipt, setting.wardOfficer(), "Trả lời bà Trần Thị Bình (0912345678): đã nạo vét mương kiệt 7.");

        var one = get("/open311/v2/requests/" + receipt.trackingCode() + ".json");
        assertThat(one.statusCode()).isEqualTo(200);
        assertValid("requests.json", one.body());
        JsonNode request = JSON.readTree(one.body()).get(0);
        assertThat(request.get("status").asString()).isEqualTo("closed");
        String shown = request.get("description").asString()
                + request.get("service_notice").asString();
        assertThat(shown)
                .contains("Mương kiệt 7", "nạo vét mương kiệt 7")
                .doesNotContain("Trần Thị Bình", "0912", "345 678", "7 Lê Lợi", email);
        assertThat(codes(
                        JSON.readTree(
                                get("/open311/v2/requests.json?status=closed").body()),
                        "service_request_id"))
                .contains(receipt.trackingCode());
        assertThat(get("/open311/v2/requests.xml?service_request_id=" + receipt.trackingCode())
                        .body())
                .doesNotContain("Trần Thị Bình", "0912345678");
        // The listed code opens the tracking page, which shows the case masked too.
        assertThat(get("/portal/track?code=" + receipt.trackingCode()).body())
                .contains("nạo vét mương kiệt 7")
                .doesNotContain("Trần Thị Bình", "0912345678", "0912 345 678");
    }

    @Test
    void aPublicationAttributeOtherThanYesOrNoIsRefused() throws Exception {
        assertError(
                post(
                        "/open311/v2/requests.json",
                        Map.of(
                                "api_key",
                                key,
                                "service_code",
                                "FEEDBACK-ENVIRONMENT",
                                "address_id",
                                TestUnits.THUAN_HOA,
                                "description",
                                "Cây đổ",
                                "attribute[PUBLISH]",
                                "maybe"),
                        null),
                400);
        JsonNode definition = JSON.readTree(
                get("/open311/v2/services/FEEDBACK-ENVIRONMENT.json").body());
        assertThat(definition.get("attributes").get(0).get("code").asString()).isEqualTo("PUBLISH");
    }

    @Test
    void aRepeatedPostWithTheSameIdempotencyKeyCreatesOneRequest() throws Exception {
        Map<String, String> form = Map.of(
                "api_key",
                key,
                "service_code",
                "RECOMMENDATION-POLICY",
                "address_id",
                TestUnits.THUAN_HOA,
                "description",
                "Kiến nghị hỗ trợ hộ nghèo sửa nhà");
        String idempotencyKey = UUID.randomUUID().toString();
        var first = post("/open311/v2/requests.json", form, idempotencyKey);
        var second = post("/open311/v2/requests.json", form, idempotencyKey);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(second.body()).get(0).get("service_request_id").asString())
                .isEqualTo(JSON.readTree(first.body())
                        .get(0)
                        .get("service_request_id")
                        .asString());
    }

    @Test
    void anotherRequestWithAnIdempotencyKeyAlreadyUsedIsRefusedAndWritesNothing() throws Exception {
        Map<String, String> form = Map.of(
                "api_key",
                key,
                "service_code",
                "RECOMMENDATION-POLICY",
                "address_id",
                TestUnits.THUAN_HOA,
                "description",
                "Kiến nghị làm lại cống thoát nước");
        String idempotencyKey = UUID.randomUUID().toString();
        assertThat(post("/open311/v2/requests.json", form, idempotencyKey).statusCode())
                .isEqualTo(201);
        long before = jdbc.sql("select count(*) from petition.petition")
                .query(Long.class)
                .single();

        var other = post(
                "/open311/v2/requests.json",
                with(form, "description", "Kiến nghị mở lớp học tình thương"),
                idempotencyKey);

        assertError(other, 422);
        assertThat(other.body()).contains("đã được dùng để gửi một hồ sơ khác");
        assertThat(jdbc.sql("select count(*) from petition.petition")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void everyErrorUsesTheSpecificationsShapeAndCode() throws Exception {
        Map<String, String> good = Map.of(
                "api_key",
                key,
                "service_code",
                "FEEDBACK-ENVIRONMENT",
                "address_id",
                TestUnits.THUAN_HOA,
                "description",
                "Cây đổ");
        assertError(post("/open311/v2/requests.json", without(good, "api_key"), null), 403);
        assertError(post("/open311/v2/requests.json", with(good, "api_key", "dv_not-a-key-at-all-000000"), null), 403);
        assertError(post("/open311/v2/requests.json", without(good, "service_code"), null), 400);
        assertError(
                post("/open311/v2/requests.json", with(good, "service_code", "DENUNCIATION-CORRUPTION"), null), 400);
        assertError(post("/open311/v2/requests.json", without(good, "address_id"), null), 400);
        assertError(post("/open311/v2/requests.json", with(good, "address_id", "99999"), null), 400);
        assertError(post("/open311/v2/requests.json", without(good, "description"), null), 400);
        assertError(post("/open311/v2/requests.json", with(good, "lat", "north"), null), 400);
        assertError(post("/open311/v2/requests.json", with(good, "lat", "123"), null), 400);
        assertError(get("/open311/v2/requests.json?start_date=yesterday"), 400);
        assertError(get("/open311/v2/requests.json?status=pending"), 400);
        assertError(get("/open311/v2/requests.json?service_code=NOPE"), 400);
        assertError(get("/open311/v2/requests/2026-XXXX-XXXX.json"), 404);
        assertError(get("/open311/v2/services/NOPE.json"), 404);
        assertError(get("/open311/v2/tokens/nope.json"), 404);

        var xmlError = post("/open311/v2/requests.xml", without(good, "api_key"), null);
        assertThat(xmlError.statusCode()).isEqualTo(403);
        Document xml = xml(xmlError.body());
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("errors");
        assertThat(text(xml, "code", 0)).isEqualTo("403");
        assertThat(text(xml, "description", 0)).isNotBlank();

        assertError(post("/open311/v2/requests.csv", good, null), 404);
        var createdInXml = post("/open311/v2/requests.xml", good, null);
        assertThat(createdInXml.statusCode()).isEqualTo(201);
        assertThat(xml(createdInXml.body()).getDocumentElement().getTagName()).isEqualTo("service_requests");
    }

    @Test
    void aRevokedKeyIsRefused() throws Exception {
        var issued = clients.issue("Ứng dụng cũ", null);
        clients.revoke(issued.id());
        assertError(
                post(
                        "/open311/v2/requests.json",
                        Map.of(
                                "api_key",
                                issued.key(),
                                "service_code",
                                "FEEDBACK-OTHER",
                                "address_id",
                                TestUnits.THUAN_HOA,
                                "description",
                                "x"),
                        null),
                403);
    }

    private void assertError(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode())
                .as(response.uri() + " " + response.body())
                .isEqualTo(status);
        JsonNode errors = JSON.readTree(response.body());
        assertThat(errors.isArray()).isTrue();
        assertThat(errors.get(0).get("code").asInt()).isEqualTo(status);
        assertThat(errors.get(0).get("description").asString()).isNotBlank();
    }

    /** The published schemas, served to the validator under one base so their relative $refs resolve. */
    private static void assertValid(String schemaFile, String body) {
        assertThat(Files.isDirectory(SCHEMAS))
                .as("the Open311 schemas at " + SCHEMAS.toAbsolutePath())
                .isTrue();
        String base = "https://schemas.open311.test/georeport-v2/";
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_4,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .formatAssertionsEnabled(true)
                                .build())
                        .schemas(uri ->
                                uri.startsWith(base) ? read(SCHEMAS.resolve(uri.substring(base.length()))) : null));
        Schema schema = registry.getSchema(SchemaLocation.of(base + schemaFile));
        assertThat(schema.validate(JSON.readTree(body)))
                .as(schemaFile + ": " + body)
                .isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form, String idempotencyKey) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Document xml(String body) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Document xml, String tag, int index) {
        Node node = xml.getElementsByTagName(tag).item(index);
        return node == null ? null : ((Element) node).getTextContent();
    }

    private static List<String> codes(JsonNode list, String field) {
        return java.util.stream.StreamSupport.stream(list.spliterator(), false)
                .map(n -> n.get(field).asString())
                .toList();
    }

    private static Map<String, String> without(Map<String, String> form, String name) {
        Map<String, String> copy = new LinkedHashMap<>(form);
        copy.remove(name);
        return copy;
    }

    private static Map<String, String> with(Map<String, String> form, String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(form);
        copy.put(name, value);
        return copy;
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
    }
}
