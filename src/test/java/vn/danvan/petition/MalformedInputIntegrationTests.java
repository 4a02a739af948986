package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.WebSession;
import vn.danvan.open311.ApiClientManagement;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;

/**
 * Thousands of malformed requests to every door of the application — each write operation of the REST API
 * (found in its OpenAPI document, so a new one cannot be forgotten), the search and list operations with free
 * text or dates, Open311, the portal's and the staff's page forms — and none may answer 5xx nor write a row.
 * Each request is a well-formed one with one field spoilt (a NUL, a lone surrogate, control characters, a
 * megabyte, a date no law can mean, an impossible date, a wrong enum or number, the wrong JSON type) or a
 * body spoilt as a whole (broken, empty, too large, the wrong content type). Seeded, so a failure repeats.
 */
@DanvanIntegrationTest
class MalformedInputIntegrationTests {

    private static final long SEED = 15;
    /** At most this many requests; the corpus is shuffled with the seed and cut, to keep the run short. */
    private static final int BUDGET = 4_000;

    private static final int THREADS = 3;
    private static final LocalDate TODAY = LocalDate.now(vn.danvan.shared.VietnamTime.ZONE);
    private static final String MEGABYTE = "x".repeat(1 << 20);

    /** The tables a request from outside could add rows to. */
    private static final List<String> TABLES = List.of(
            "petition.petition",
            "petition.petition_event",
            "petition.attachment",
            "petition.idempotency_key",
            "petition.published_answer",
            "portal.submission",
            "portal.rating",
            "portal.citizen_account",
            "portal.routing_rule",
            "reception.head",
            "reception.session",
            "reception.visit",
            "dialogue.dialogue",
            "dialogue.issue",
            "dialogue.commitment",
            "dialogue.commitment_event",
            "democracy.consultation_comment",
            "democracy.matter_vote",
            "democracy.vote_delegation",
            "organization.body",
            "organization.staff_account",
            "open311.api_client",
            "calendar.day_override",
            "programme.campaign",
            "programme.contribution",
            "programme.distribution",
            "programme.statement_line",
            "programme.plan",
            "programme.plan_task",
            "programme.progress_report",
            "programme.agreement",
            "programme.joint_task",
            "programme.agreement_review",
            "programme.review",
            "programme.model_round",
            "programme.council_member",
            "programme.model",
            "programme.model_score",
            "programme.commendation",
            "programme.story",
            "programme.course",
            "programme.course_participant",
            "programme.activity");

    /** Spoilt text, for every field of every kind. */
    private static final Map<String, String> TEXT = Map.of(
            "NUL", "Nội dung\u0000 thử",
            "lone high surrogate", "Nội dung \uD800 thử",
            "lone low surrogate", "\uDC00",
            "control characters", "Nội dung \u0001\u001b[31m thử\u007f",
            "1 MB", MEGABYTE);

    private static final Map<String, String> DATES = Map.of(
            "min date",
            "-999999999-01-01",
            "max date",
            "+999999999-12-31",
            "year 1",
            "0001-01-01",
            "year 9999",
            "9999-12-31",
            "30 February",
            "2026-02-30",
            "month 13",
            "2026-13-01",
            "no dashes",
            "20261005");
    private static final Map<String, String> NUMBERS = Map.of(
            "minus one",
            "-1",
            "nine nines",
            "999999999",
            "overflow",
            "99999999999999999999",
            "exponent",
            "1e400",
            "NaN",
            "NaN");
    /** Minus one is a latitude, so coordinates are spoilt with the other numbers only. */
    private static final Map<String, String> COORDINATES =
            Map.of("nine nines", "999999999", "overflow", "99999999999999999999", "exponent", "1e400", "NaN", "NaN");
    /** The fields that are numbers; codes, phone and identity numbers are text made of digits. */
    private static final Set<String> NUMERIC = Set.of(
            "score",
            "page",
            "size",
            "year",
            "month",
            "participants",
            "body",
            "session",
            "head",
            "lat",
            "long",
            "latitude",
            "longitude");

    private static final Map<String, String> ENUMS =
            Map.of("unknown constant", "NOPE", "injection", "ACCEPT' OR 1=1--");
    private static final Map<String, String> BOOLEANS = Map.of("not a boolean", "maybe");

    enum Auth {
        NONE,
        BASIC,
        STAFF_SESSION,
        PORTAL_SESSION
    }

    record Probe(String label, String method, String path, Map<String, String> headers, byte[] body, Auth auth) {}

    @LocalServerPort
    int port;

    @Autowired
    PetitionFixtures fixtures;

    @Autowired
    PetitionIntake intake;

    @Autowired
    PetitionProcessing processing;

    @Autowired
    ApiClientManagement clients;

    @Autowired
    JdbcClient jdbc;

    final JsonMapper json = JsonMapper.builder().build();
    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    StaffMember admin;
    PetitionFixtures.Setting setting;
    PetitionReference petition;
    String basic;
    WebSession staffSession;
    WebSession portalSession;

    @Test
    void noMalformedRequestAnswersAServerErrorOrWritesARow() throws Exception {
        prepare();
        List<Probe> corpus = new ArrayList<>();
        corpus.addAll(restProbes());
        corpus.addAll(open311Probes());
        corpus.addAll(pageProbes());
        corpus.addAll(searchProbes());
        corpus.addAll(specialProbes());
        Collections.shuffle(corpus, new Random(SEED));
        List<Probe> sent = corpus.subList(0, Math.min(BUDGET, corpus.size()));

        Map<String, Long> before = counts();
        Map<String, AtomicInteger> byStatus = new TreeMap<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Map<String, Boolean> seen = new ConcurrentHashMap<>();
        List<String> accepted = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            for (Probe probe : sent) {
                pool.submit(() -> {
                    int status;
                    String answer;
                    try {
                        HttpResponse<String> response = send(probe);
                        status = response.statusCode();
                        answer = response.body() == null ? "" : response.body();
                    } catch (Exception failed) {
                        status = 599;
                        answer = failed.toString();
                    }
                    synchronized (byStatus) {
                        byStatus.computeIfAbsent(String.valueOf(status), s -> new AtomicInteger())
                                .incrementAndGet();
                    }
                    if (!probe.method().equals("GET") && (status == 201 || status == 302)) {
                        accepted.add(status + " " + probe.label());
                    }
                    if (status >= 500 && seen.putIfAbsent(probe.label(), true) == null) {
                        failures.add(status + " " + probe.label() + " → "
                                + answer.substring(0, Math.min(160, answer.length()))
                                        .replaceAll("\\s+", " "));
                    }
                });
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        }
        Map<String, Long> after = counts();
        System.out.printf(
                "Malformed input: %d of %d requests sent in %d s, by status %s, %d answered 5xx%n",
                sent.size(),
                corpus.size(),
                Duration.ofNanos(System.nanoTime() - started).toSeconds(),
                byStatus,
                failures.size());

        assertThat(failures).as("requests answered 5xx").isEmpty();
        assertThat(after)
                .as(
                        "rows written by malformed requests; accepted: %s; timeline entries written: %s",
                        accepted,
                        jdbc.sql("select kind || ' ' || coalesce(note, '') from petition.petition_event"
                                        + " order by id desc limit ?")
                                .param(Math.max(
                                        0,
                                        after.getOrDefault("petition.petition_event", 0L)
                                                - before.getOrDefault("petition.petition_event", 0L)))
                                .query(String.class)
                                .list())
                .isEqualTo(before);
        assertThat(sent.size()).isGreaterThan(1_500);
    }

    @Test
    void aPetitionIsAssignedOnlyToAStaffMemberOfItsOwnBody() throws Exception {
        prepare();
        String path = "/api/v1/petitions/" + petition.id() + "/assignment";
        for (long stranger :
                new long[] {-1, 0, 999_999_999, setting.communeHandler().id()}) {
            var refused = send(jsonProbe(
                    "assign " + stranger,
                    "POST",
                    path,
                    "{\"handlerId\": %d, \"handlerName\": \"Ai đó\"}".formatted(stranger)));
            assertThat(refused.statusCode()).as("handler %d", stranger).isEqualTo(400);
            assertThat(refused.body()).contains("petition.unknown-handler");
        }
        var tooLong = send(jsonProbe(
                "assign with a long name",
                "POST",
                path,
                "{\"handlerId\": %d, \"handlerName\": \"%s\"}".formatted(admin.id(), "x".repeat(201))));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from petition.petition_event where petition_id = ? and kind = 'ASSIGNED'")
                        .param(petition.id())
                        .query(Long.class)
                        .single())
                .isZero();

        var assigned = send(jsonProbe(
                "assign",
                "POST",
                path,
                "{\"handlerId\": %d, \"handlerName\": \"Cán bộ xử lý\"}"
                        .formatted(setting.provinceHandler().id())));
        assertThat(assigned.statusCode()).isEqualTo(200);
    }

    @Test
    void theErrorPageAskedForDirectlyIsNotFoundRatherThanAServerError() throws Exception {
        prepare();
        var page = send(new Probe("GET /error", "GET", "/error", Map.of(), null, Auth.NONE));
        assertThat(page.statusCode()).isEqualTo(404);
        var json =
                send(new Probe("GET /error", "GET", "/error", Map.of("Accept", "application/json"), null, Auth.NONE));
        assertThat(json.statusCode()).isEqualTo(404);
    }

    @Test
    void eachDoorSaysWhatIsWrongInItsOwnLanguage() throws Exception {
        prepare();
        var api = send(jsonProbe(
                "NUL in JSON",
                "POST",
                "/api/v1/petitions/" + petition.id() + "/verifications",
                "{\"note\": \"Đã xác minh\\u0000\"}"));
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.body()).contains("\"field\":\"note\"").contains("ký tự điều khiển");

        var page = send(new Probe(
                "NUL in a form",
                "POST",
                "/petitions/" + petition.id() + "/verification",
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html"),
                formBody(fields("note", "Đã xác minh\u0000")),
                Auth.STAFF_SESSION));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("ký tự điều khiển");

        var open311 = send(new Probe(
                "NUL in Open311",
                "GET",
                "/open311/v2/requests.json?service_code=" + encode("FEEDBACK\u0000"),
                Map.of(),
                null,
                Auth.NONE));
        assertThat(open311.statusCode()).isEqualTo(400);
        assertThat(json.readTree(open311.body()).get(0).get("code").asInt()).isEqualTo(400);

        var farFuture = send(jsonProbe(
                "year 9999",
                "POST",
                "/api/v1/petitions/" + petition.id() + "/extensions",
                "{\"newDueDate\": \"9999-12-31\", \"reason\": \"Phức tạp\"}"));
        assertThat(farFuture.statusCode()).isEqualTo(400);
        assertThat(farFuture.body()).contains("\"field\":\"newDueDate\"").contains("1990");
    }

    // ---- the doors ------------------------------------------------------------------------------------------

    /** Every write of /api/v1 from the OpenAPI document, each with a valid body spoilt one field at a time. */
    List<Probe> restProbes() throws Exception {
        HttpResponse<String> document = http.send(
                HttpRequest.newBuilder(uri("/v3/api-docs"))
                        .header("Authorization", basic)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(document.statusCode()).as("the OpenAPI document").isEqualTo(200);
        JsonNode api = json.readTree(document.body());
        Map<String, String> bases = restBases();
        List<Probe> probes = new ArrayList<>();
        Set<String> covered = new java.util.HashSet<>();
        for (var pathEntry : api.get("paths").properties()) {
            String template = pathEntry.getKey();
            // Other resources than petitions get an id nothing has, so that a probe the server reads correctly
            // (a write without a body: a session held, a visit made a petition) still writes nothing; any other
            // path variable (an attachment's, a notice's id) is 1.
            // Steps whose optional fields take nearly any variant as valid (a denunciation's steps, a conclusion's
            // figures) are sent to a petition nothing has: the server still reads and checks every malformed body.
            String id = template.startsWith("/api/v1/petitions/") && !OPTIONAL_FIELD_STEPS.contains(template)
                    ? String.valueOf(petition.id())
                    : "999999999";
            String path = template.replace("{id}", id).replaceAll("\\{[^}]+}", "1");
            for (var operationEntry : pathEntry.getValue().properties()) {
                String method = operationEntry.getKey().toUpperCase(java.util.Locale.ROOT);
                JsonNode operation = operationEntry.getValue();
                if (method.equals("GET")) {
                    probes.addAll(queryProbes("GET " + template, path, operation, Auth.BASIC));
                    continue;
                }
                String key = method + " " + template;
                JsonNode content = operation.path("requestBody").path("content");
                if (content.has("multipart/form-data")) {
                    covered.add(key);
                    probes.addAll(wholeBodyProbes(key, method, path, Auth.BASIC, "multipart/form-data; boundary=x"));
                    continue;
                }
                if (!content.has("application/json")) {
                    covered.add(key);
                    probes.addAll(wholeBodyProbes(key, method, path, Auth.BASIC, "application/json"));
                    continue;
                }
                String base = bases.get(key);
                assertThat(base).as("a valid body for %s in the corpus", key).isNotNull();
                covered.add(key);
                ObjectNode valid = (ObjectNode) json.readTree(base);
                JsonNode schema = resolve(api, content.get("application/json").get("schema"));
                for (String field : fields(api, schema, "")) {
                    for (var spoilt : jsonValues(field, api, schema).entrySet()) {
                        ObjectNode body = valid.deepCopy();
                        set(body, field, spoilt.getValue());
                        probes.add(jsonProbe(
                                key + " [" + field + ": " + spoilt.getKey() + "]",
                                method,
                                path,
                                json.writeValueAsString(body)));
                    }
                }
                probes.addAll(wholeBodyProbes(key, method, path, Auth.BASIC, "application/json"));
            }
        }
        assertThat(covered).as("write operations of the API reached").containsAll(bases.keySet());
        return probes;
    }

    Map<String, String> restBases() {
        Map<String, String> bases = new java.util.HashMap<>(coreRestBases());
        bases.putAll(complaintRestBases());
        bases.putAll(denunciationRestBases());
        bases.putAll(campaignRestBases());
        bases.putAll(consultationRestBases());
        bases.putAll(voteRestBases());
        bases.putAll(programmeRestBases());
        bases.putAll(trainingRestBases());
        bases.putAll(modelRestBases());
        return bases;
    }

    /** The online vote (VoteApi): a matter nothing has and a token nobody issued, so no probe can cast a vote. */
    Map<String, String> voteRestBases() {
        return Map.of("POST /api/v1/matters/{id}/votes", """
                        {"token": "1.1.1.1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "choice": "AGREE"}""", "POST /api/v1/votes", """
                        {"token": "1.1.1.1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "choice": "AGREE"}""");
    }

    /** The writes of the consultations (ConsultationApi): a draft nothing has, so no probe can write a comment. */
    Map<String, String> consultationRestBases() {
        return Map.of("POST /api/v1/consultations/{id}/comments", """
                        {"channel": "MEETING", "sectionId": null, "authorKind": "ORGANISATION",
                         "organisationName": "Hội Nông dân", "sourceNote": "Hội nghị thôn 3", "body": "Ý kiến"}""");
    }

    /** The writes of the complaint paths (ComplaintApi). */
    Map<String, String> complaintRestBases() {
        return Map.of(
                "PUT /api/v1/petitions/{id}/complaint-particulars",
                """
                        {"subject": "ADMINISTRATIVE", "dismissal": false, "learnedOn": "%s",
                         "firstDecisionReceivedOn": null, "signatureCount": 1, "representativesAppointedInWriting": false,
                         "obstacles": [{"from": "%s", "to": "%s", "reason": "Ốm"}]}""".formatted(TODAY.minusDays(30), TODAY.minusDays(20), TODAY.minusDays(10)),
                "POST /api/v1/petitions/{id}/complexity",
                "{\"complexity\": \"COMPLEX\", \"criteria\": [\"SEVERAL_PLACES\"], \"reason\": \"Hai địa điểm\", \"declaredOn\": \"%s\"}"
                        .formatted(TODAY),
                "POST /api/v1/petitions/{id}/suspension",
                "{\"ground\": \"OTHER\", \"reason\": \"Chờ kết quả\", \"issuedOn\": \"%s\"}".formatted(TODAY),
                "POST /api/v1/petitions/{id}/resumption",
                "{\"reason\": \"Hết căn cứ\", \"issuedOn\": \"%s\"}".formatted(TODAY),
                "POST /api/v1/petitions/{id}/termination",
                "{\"ground\": \"OTHER\", \"reason\": \"Đình chỉ\", \"issuedOn\": \"%s\"}".formatted(TODAY),
                "POST /api/v1/petitions/{id}/withdrawals",
                "{\"people\": 1, \"content\": null, \"coerced\": false, \"withdrawnOn\": \"%s\"}".formatted(TODAY),
                "POST /api/v1/petitions/{id}/decision-sending",
                "{\"sentOn\": \"%s\"}".formatted(TODAY));
    }

    /** The writes of the dân vận plans, coordination agreements and reviews: each names a body or resource nothing has. */
    Map<String, String> programmeRestBases() {
        String nobody = "999999999";
        return Map.of(
                "POST /api/v1/programme/plans",
                "{\"bodyId\": %s, \"year\": %d, \"sector\": \"STATE\", \"title\": \"Kế hoạch\", \"summary\": \"Tóm tắt\"}"
                        .formatted(nobody, TODAY.getYear()),
                "POST /api/v1/programme/plans/{id}/tasks",
                "{\"title\": \"Nhiệm vụ\", \"ownerBodyId\": %s, \"dueOn\": \"%s\", \"indicator\": \"Số hội nghị\", \"target\": 3}"
                        .formatted(nobody, TODAY),
                "POST /api/v1/programme/tasks/{id}/progress",
                "{\"reportedOn\": \"%s\", \"achieved\": 1, \"note\": \"Tiến độ\"}".formatted(TODAY),
                "POST /api/v1/programme/tasks/{id}/done",
                "{\"doneOn\": \"%s\"}".formatted(TODAY),
                "POST /api/v1/programme/agreements",
                """
                        {"leadBodyId": %s, "title": "Quy chế phối hợp", "number": "01-QC", "signedOn": "%s",
                         "validFrom": "%s", "validTo": "%s", "partyBodyIds": [%s]}""".formatted(nobody, TODAY, TODAY, TODAY.plusYears(1), nobody),
                "POST /api/v1/programme/agreements/{id}/tasks",
                "{\"title\": \"Nhiệm vụ phối hợp\", \"ownerBodyId\": %s, \"dueOn\": \"%s\"}".formatted(nobody, TODAY),
                "POST /api/v1/programme/joint-tasks/{id}/done",
                "{\"doneOn\": \"%s\", \"result\": \"Kết quả\"}".formatted(TODAY),
                "POST /api/v1/programme/agreements/{id}/reviews",
                "{\"heldOn\": \"%s\", \"results\": \"Kết quả\", \"nextSteps\": \"Tiếp theo\"}".formatted(TODAY),
                "POST /api/v1/programme/reviews",
                """
                        {"bodyId": %s, "kind": "MID_YEAR", "periodFrom": "%s", "periodTo": "%s", "title": "Sơ kết",
                         "place": "Huế"}""".formatted(nobody, TODAY.withDayOfYear(1), TODAY),
                "PUT /api/v1/programme/reviews/{id}/narrative",
                """
                        {"number": "1-BC", "results": "Kết quả", "limitations": "Hạn chế", "causes": "Nguyên nhân",
                         "lessons": "Bài học", "directions": "Phương hướng", "signerName": "Nguyễn Văn A",
                         "signerPosition": "Trưởng ban"}""");
    }

    /** The writes of the training courses and the activities with the community: a body or course nothing has. */
    Map<String, String> trainingRestBases() {
        String nobody = "999999999";
        return Map.of(
                "POST /api/v1/programme/courses",
                """
                        {"bodyId": %s, "title": "Lớp bồi dưỡng", "topic": "RECEPTION", "startsOn": "%s",
                         "endsOn": "%s", "place": "Huế", "hours": 16}""".formatted(nobody, TODAY, TODAY.plusDays(2)),
                "POST /api/v1/programme/courses/{id}/participants",
                "{\"staffId\": %s}".formatted(nobody),
                "POST /api/v1/programme/activities",
                """
                        {"bodyId": %s, "kind": "FIELD_VISIT", "community": "PARTY_CELL", "heldOn": "%s",
                         "place": "Chi bộ thôn 3", "leaderName": "Bí thư", "learned": "Nắm tình hình"}""".formatted(nobody, TODAY));
    }

    /**
     * The writes of the "Dân vận khéo" models and stories (ModelApi, StoryApi): each names a body, round, member or
     * model nothing has, so no probe can write a row.
     */
    Map<String, String> modelRestBases() {
        String nobody = "999999999";
        Map<String, String> bases = new java.util.HashMap<>(Map.of(
                "POST /api/v1/models/rounds",
                """
                        {"bodyId": %s, "year": %d, "level": "COMMUNE", "title": "Đợt đăng ký", "opensOn": "%s",
                         "closesOn": "%s", "threshold": 80, "criteria": [{"name": "Hiệu quả", "weight": 50,
                         "maxScore": 10}]}""".formatted(nobody, TODAY.getYear(), TODAY, TODAY.plusDays(30)),
                "POST /api/v1/models/rounds/{id}/members",
                "{\"fullName\": \"Nguyễn Thị Lan\", \"position\": \"Trưởng ban\"}",
                "POST /api/v1/models",
                """
                        {"roundId": %s, "bodyId": %s, "kind": "MODEL", "field": "ECONOMY", "name": "Mô hình",
                         "ownerName": "Chi bộ", "address": "Tổ 5", "goals": "Mục tiêu", "indicators": "Chỉ tiêu"}""".formatted(nobody, nobody),
                "POST /api/v1/models/{id}/results",
                "{\"results\": \"Kết quả\"}",
                "POST /api/v1/models/{id}/scores",
                "{\"memberId\": %s, \"scores\": {\"1\": 8}}".formatted(nobody),
                "POST /api/v1/models/{id}/recognition",
                "{\"decisionNumber\": \"1/QĐ\", \"decidedOn\": \"%s\"}".formatted(TODAY),
                "POST /api/v1/models/{id}/commendations",
                """
                        {"form": "CERTIFICATE_OF_MERIT", "issuer": "Chủ tịch UBND tỉnh", "decisionNumber": "2/QĐ",
                         "decidedOn": "%s"}""".formatted(TODAY),
                "POST /api/v1/models/{id}/replicas",
                """
                        {"roundId": %s, "bodyId": %s, "name": "Bản sao", "ownerName": "Chi hội", "address": null,
                         "goals": null}""".formatted(nobody, nobody)));
        String story = """
                {"bodyId": %s, "topic": "MODEL", "modelId": null, "title": "Tiêu đề", "summary": "Sapo",
                 "body": "Đoạn một.\\n\\nĐoạn hai."}""".formatted(nobody);
        bases.put("POST /api/v1/stories", story);
        bases.put("PUT /api/v1/stories/{id}", story);
        return bases;
    }

    static final Set<String> OPTIONAL_FIELD_STEPS = Set.of(
            "/api/v1/petitions/{id}/conclusion",
            "/api/v1/petitions/{id}/verification-at-several-places",
            "/api/v1/petitions/{id}/accused",
            "/api/v1/petitions/{id}/acceptance-notices",
            "/api/v1/petitions/{id}/denunciation-withdrawal",
            "/api/v1/petitions/{id}/conclusion-publication");

    /**
     * The writes of the campaigns (CampaignApi, programme module): a campaign of a body nothing has, and steps of a
     * campaign nothing has, so that no probe can write a row.
     */
    Map<String, String> campaignRestBases() {
        return Map.of(
                "POST /api/v1/campaigns",
                """
                        {"bodyId": 999999999, "kind": "RELIEF", "title": "Ủng hộ lũ lụt", "purpose": "Cứu trợ",
                         "scope": "Toàn xã", "bankName": "Vietcombank", "bankAccount": "0071000999999",
                         "launchedOn": "%s", "receivingFrom": "%s", "receivingUntil": "%s",
                         "distributionUntil": "%s", "goals": null}""".formatted(TODAY, TODAY, TODAY.plusDays(30), TODAY.plusDays(40)),
                "POST /api/v1/campaigns/{id}/extension",
                "{\"receivingUntil\": \"%s\", \"distributionUntil\": \"%s\", \"decision\": \"QĐ 12/BVĐ\"}"
                        .formatted(TODAY.plusDays(60), TODAY.plusDays(70)),
                "POST /api/v1/campaigns/{id}/results",
                "{\"participants\": 12, \"results\": \"Hoàn thành\"}",
                "POST /api/v1/campaigns/{id}/contributions",
                """
                        {"kind": "MONEY", "channel": "BANK", "donorName": "Nguyễn Văn A", "anonymous": false,
                         "donorContact": "0905111222", "amount": "1.000.000", "item": null, "unit": null,
                         "quantity": null, "receivedOn": "%s", "reference": "FT123"}""".formatted(TODAY),
                "POST /api/v1/campaigns/{id}/beneficiaries",
                "{\"name\": \"Hộ bà Lụa\", \"address\": \"Tổ 5\", \"criteria\": \"Nhà sập\", \"plannedAmount\": \"2.000.000\"}",
                "POST /api/v1/campaigns/{id}/distributions",
                """
                        {"beneficiaryId": null, "recipient": "Hộ ông Lê", "kind": "MONEY", "amount": "500.000",
                         "item": null, "unit": null, "quantity": null, "distributedOn": "%s"}""".formatted(TODAY),
                "POST /api/v1/campaigns/{id}/transfers",
                "{\"toCampaignId\": 999999999, \"amount\": \"100.000\", \"transferredOn\": \"%s\"}".formatted(TODAY),
                "POST /api/v1/campaigns/{id}/statement-lines/{line}/match",
                "{\"contributionId\": 999999999}",
                "POST /api/v1/campaigns/{id}/publications",
                "{\"duty\": \"CALL\", \"publishedOn\": \"%s\", \"channel\": \"Cổng thông tin\"}".formatted(TODAY));
    }

    Map<String, String> denunciationRestBases() {
        return Map.of(
                "POST /api/v1/petitions/{id}/verification-at-several-places",
                "{\"reason\": \"Xác minh ở hai xã\", \"recordedOn\": \"%s\"}".formatted(TODAY),
                "PUT /api/v1/petitions/{id}/accused",
                "{\"name\": \"Người bị tố cáo\", \"position\": \"Cán bộ địa chính\", \"body\": \"UBND xã\"}",
                "POST /api/v1/petitions/{id}/acceptance-notices",
                "{\"recipient\": \"DENOUNCER\", \"sentOn\": \"%s\"}".formatted(TODAY),
                "POST /api/v1/petitions/{id}/denunciation-withdrawal",
                "{\"form\": \"LETTER\", \"withdrawnOn\": \"%s\", \"partial\": false, \"continuation\": null, \"note\": null}"
                        .formatted(TODAY),
                "POST /api/v1/petitions/{id}/conclusion-publication",
                "{\"forms\": [\"POSTING\"], \"publishedOn\": \"%s\"}".formatted(TODAY));
    }

    Map<String, String> coreRestBases() {
        long body = setting.province().id();
        // The bases of other resources name a body, session, dialogue or commitment that does not exist: every probe
        // spoils one field and leaves that one, so none of them can write a row.
        String nobody = "999999999";
        Map<String, String> bases = new java.util.HashMap<>(Map.of(
                "POST /api/v1/reception/sessions",
                """
                        {"bodyId": %s, "kind": "REGULAR", "heldOn": "%s", "startsAt": "08:00", "endsAt": "11:00",
                         "place": "Phòng tiếp", "online": false, "published": true, "note": "Ghi chú"}""".formatted(nobody, TODAY),
                "POST /api/v1/reception/sessions/{id}/cancellation",
                "{\"reason\": \"Bận\"}",
                "POST /api/v1/reception/heads",
                """
                        {"bodyId": %s, "position": "AGENCY_HEAD", "fullName": "Lê Văn Tâm", "activeFrom": "%s"}""".formatted(nobody, TODAY),
                "POST /api/v1/reception/visits",
                """
                        {"bodyId": %s, "visitedOn": "%s", "visitorKind": "INDIVIDUAL", "peopleCount": 1,
                         "representativeCount": 0, "visitorName": "Hồ Thị Mai", "visitorPhone": "0905111222",
                         "visitorAddress": "Tổ 7", "communeCode": "19789", "matter": "NEW", "contentType": "FEEDBACK",
                         "fieldCode": "LAND", "summary": "Tóm tắt", "response": "Đã hướng dẫn"}""".formatted(nobody, TODAY),
                "POST /api/v1/dialogues",
                """
                        {"convenerBodyId": %s, "kind": "THEMATIC", "heldOn": "%s", "place": "Hội trường",
                         "topic": "Chủ đề", "chairName": "Trần Minh Hải", "chairPosition": "Chủ tịch",
                         "participants": 10, "groupsPresent": "Hội Phụ nữ", "minutes": "Biên bản"}""".formatted(nobody, TODAY),
                "POST /api/v1/dialogues/{id}/issues",
                "{\"content\": \"Ý kiến\", \"raisedBy\": \"Ông Tư\", \"fieldCode\": \"LAND\", \"answer\": \"Trả lời\"}",
                "POST /api/v1/dialogues/{id}/commitments",
                """
                        {"issueId": %s, "ownerBodyId": %s, "ownerName": "Trưởng phòng", "ownerPosition": "Trưởng phòng",
                         "description": "Nạo vét cống", "dueOn": "%s"}""".formatted(nobody, nobody, TODAY.plusDays(30)),
                "POST /api/v1/bodies",
                """
                        {"code": "HND-1", "name": "Hội Nông dân", "kind": "MEMBER_ORGANISATION", "level": "COMMUNE",
                         "provinceCode": "46", "communeCode": "19789", "superiorId": %s}""".formatted(nobody),
                "POST /api/v1/staff",
                """
                        {"username": "dauvao-moi", "password": "mot-mat-khau-dai", "fullName": "Nguyễn Văn Mới",
                         "email": "moi@example.vn", "bodyId": %s, "roles": ["CASE_HANDLER"],
                         "requestIdentityPermission": false}""".formatted(nobody)));
        bases.putAll(Map.of(
                "POST /api/v1/commitments/{id}/start",
                "{\"note\": \"Bắt đầu\"}",
                "POST /api/v1/commitments/{id}/progress",
                "{\"note\": \"Tiến độ\", \"evidence\": \"Văn bản 12\"}",
                "POST /api/v1/commitments/{id}/done",
                "{\"doneOn\": \"%s\", \"evidence\": \"Nghiệm thu\"}".formatted(TODAY),
                "POST /api/v1/commitments/{id}/drop",
                "{\"reason\": \"Hết kinh phí\"}",
                "POST /api/v1/commitments/{id}/confirmation",
                "{\"confirmed\": true, \"confirmedBy\": \"Ông Tư\"}"));
        bases.putAll(Map.of(
                "POST /api/v1/petitions",
                """
                        {"bodyId": %d, "channel": "POST", "type": "FEEDBACK", "fieldCode": "LAND",
                         "petitionerKind": "INDIVIDUAL", "petitionerCount": 1, "representativeCount": 0,
                         "petitioner": {"fullName": "Trần Thị Hoà", "idNumber": "001080000001", "phone": "0912345678",
                          "address": "Thôn Đông", "email": "hoa@example.vn", "representatives": ["Lê Văn Ba"]},
                         "sourceName": "Bưu điện", "sourceReference": "BD-1", "title": "Đường thôn xuống cấp",
                         "content": "Nội dung chi tiết", "communeCode": "19789", "receivedOn": "%s"}
                        """.formatted(body, TODAY),
                "PUT /api/v1/petitions/{id}/classification",
                "{\"type\": \"RECOMMENDATION\", \"fieldCode\": \"LAND\", \"instance\": \"FIRST\", \"anonymous\": false}",
                "POST /api/v1/petitions/{id}/split",
                "{\"type\": \"FEEDBACK\", \"fieldCode\": \"LAND\", \"title\": \"Phần tách\", \"content\": \"Nội dung\"}",
                "POST /api/v1/petitions/{id}/decision",
                """
                        {"decision": "TRANSFER", "decidedOn": "%s", "complex": false, "targetBodyId": %d,
                         "targetName": "UBND xã", "note": "Ghi chú"}""".formatted(TODAY, setting.commune().id()),
                "POST /api/v1/petitions/{id}/assignment",
                "{\"handlerId\": %d, \"handlerName\": \"Cán bộ xử lý\"}".formatted(admin.id()),
                "POST /api/v1/petitions/{id}/verifications",
                "{\"note\": \"Đã xác minh tại chỗ\"}",
                "POST /api/v1/petitions/{id}/extensions",
                "{\"newDueDate\": \"%s\", \"reason\": \"Vụ việc phức tạp\"}".formatted(TODAY.plusDays(30)),
                "POST /api/v1/petitions/{id}/conclusion",
                "{\"outcome\": \"RIGHT\", \"summary\": \"Kết luận\", \"resolvedOn\": \"%s\"}".formatted(TODAY)));
        return bases;
    }

    List<Probe> open311Probes() {
        Map<String, String> valid = new LinkedHashMap<>();
        valid.put(
                "api_key",
                clients.issue("Thử đầu vào hỏng " + UUID.randomUUID(), "ioc@example.vn")
                        .key());
        valid.put("service_code", "FEEDBACK-ENVIRONMENT");
        valid.put("address_id", "19789");
        valid.put("description", "Rác thải đổ trộm ven sông");
        valid.put("address_string", "Bờ sông Hương");
        valid.put("lat", "16.46");
        valid.put("long", "107.59");
        valid.put("first_name", "Hoà");
        valid.put("last_name", "Trần");
        valid.put("phone", "0912345678");
        valid.put("email", "hoa@example.vn");
        valid.put("media_url", "https://example.vn/anh.jpg");
        List<Probe> probes = new ArrayList<>(formProbes(
                "POST /open311/v2/requests.json",
                "/open311/v2/requests.json",
                valid,
                Auth.NONE,
                Map.of("lat", COORDINATES, "long", COORDINATES)));
        probes.addAll(wholeBodyProbes(
                "POST /open311/v2/requests.json",
                "POST",
                "/open311/v2/requests.json",
                Auth.NONE,
                "application/x-www-form-urlencoded"));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("service_request_id", "DV-ABC");
        query.put("service_code", "FEEDBACK-ENVIRONMENT");
        query.put("start_date", "2026-01-01T00:00:00+07:00");
        query.put("end_date", "2026-12-31T23:59:59+07:00");
        query.put("status", "open");
        Map<String, String> instants = Map.of(
                "far future",
                "+999999999-12-31T23:59:59+18:00",
                "far past",
                "-999999999-01-01T00:00:00-18:00",
                "year 1",
                "0001-01-01T00:00:00Z",
                "hour 25",
                "2026-01-01T25:00:00+07:00");
        probes.addAll(getProbes(
                "GET /open311/v2/requests.json",
                "/open311/v2/requests.json",
                query,
                Auth.NONE,
                Map.of("start_date", instants, "end_date", instants)));
        for (var spoilt : TEXT.entrySet()) {
            if (spoilt.getValue() != MEGABYTE) {
                probes.add(new Probe(
                        "GET /open311/v2/requests/{id}.json [" + spoilt.getKey() + "]",
                        "GET",
                        "/open311/v2/requests/" + encode(spoilt.getValue()) + ".json",
                        Map.of(),
                        null,
                        Auth.NONE));
                probes.add(new Probe(
                        "GET /open311/v2/tokens/{token}.json [" + spoilt.getKey() + "]",
                        "GET",
                        "/open311/v2/tokens/" + encode(spoilt.getValue()) + ".json",
                        Map.of(),
                        null,
                        Auth.NONE));
            }
        }
        return probes;
    }

    /** The staff's and the portal's forms: the fields a browser sends, spoilt one at a time. */
    List<Probe> pageProbes() {
        String id = String.valueOf(petition.id());
        String body = String.valueOf(setting.province().id());
        String today = TODAY.toString();
        List<Probe> probes = new ArrayList<>();
        probes.addAll(staffForm(
                "/petitions",
                fields(
                        "bodyId",
                        body,
                        "channel",
                        "IN_PERSON",
                        "sourceKind",
                        "PRESS",
                        "sourceName",
                        "Bưu điện",
                        "sourceReference",
                        "BD-1",
                        "type",
                        "COMPLAINT",
                        "fieldCode",
                        "LAND",
                        "instance",
                        "FIRST",
                        "anonymous",
                        "false",
                        "petitionerKind",
                        "INDIVIDUAL",
                        "petitionerCount",
                        "1",
                        "representativeCount",
                        "0",
                        "fullName",
                        "Nguyễn Văn An",
                        "idNumber",
                        "001080000001",
                        "address",
                        "Thôn 1",
                        "phone",
                        "0912000001",
                        "email",
                        "an@example.vn",
                        "title",
                        "Tranh chấp đất",
                        "content",
                        "Nội dung",
                        "provinceCode",
                        "46",
                        "communeCode",
                        "19789",
                        "receivedOn",
                        today,
                        "remoteArea",
                        "false",
                        "relatedTrackingCode",
                        "",
                        "relation",
                        "")));
        probes.addAll(staffForm(
                "/petitions/" + id + "/decision",
                fields(
                        "decision",
                        "TRANSFER",
                        "decidedOn",
                        today,
                        "complex",
                        "false",
                        "filingGround",
                        "",
                        "targetBodyId",
                        String.valueOf(setting.commune().id()),
                        "targetName",
                        "UBND xã",
                        "note",
                        "Ghi chú")));
        probes.addAll(staffForm("/petitions/" + id + "/verification", fields("note", "Đã xác minh")));
        probes.addAll(staffForm(
                "/petitions/" + id + "/extension",
                fields("newDueDate", TODAY.plusDays(30).toString(), "reason", "Phức tạp")));
        probes.addAll(staffForm(
                "/petitions/" + id + "/conclusion",
                fields("outcome", "RIGHT", "summary", "Kết luận", "resolvedOn", today)));
        probes.addAll(staffForm(
                "/reception/heads",
                fields(
                        "bodyId",
                        body,
                        "position",
                        "PROVINCE_PEOPLES_COMMITTEE_CHAIR",
                        "fullName",
                        "Chủ tịch",
                        "activeFrom",
                        today)));
        probes.addAll(staffForm(
                "/reception/sessions",
                fields(
                        "bodyId",
                        body,
                        "headId",
                        "",
                        "kind",
                        "PERIODIC",
                        "heldOn",
                        TODAY.plusDays(3).toString(),
                        "startsAt",
                        "07:30",
                        "endsAt",
                        "11:30",
                        "place",
                        "Trụ sở",
                        "online",
                        "false",
                        "delegateName",
                        "Phó chủ tịch",
                        "published",
                        "true",
                        "note",
                        "Ghi chú")));
        probes.addAll(staffForm("/reception/sessions/999999999/cancel", fields("reason", "Bận")));
        probes.addAll(staffForm(
                "/reception/visits",
                fields(
                        "bodyId",
                        body,
                        "sessionId",
                        "",
                        "visitedOn",
                        today,
                        "visitorKind",
                        "INDIVIDUAL",
                        "peopleCount",
                        "1",
                        "representativeCount",
                        "0",
                        "visitorName",
                        "Lê Văn Ba",
                        "visitorPhone",
                        "0912000002",
                        "visitorAddress",
                        "Thôn 2",
                        "communeCode",
                        "19789",
                        "matter",
                        "NEW",
                        "contentType",
                        "COMPLAINT",
                        "fieldCode",
                        "LAND",
                        "summary",
                        "Nội dung",
                        "response",
                        "Trả lời",
                        "refusalGround",
                        "")));
        probes.addAll(staffForm(
                "/dialogues",
                fields(
                        "convenerBodyId",
                        body,
                        "coConvenerBodyId",
                        "",
                        "kind",
                        "ANNUAL_GRASSROOTS",
                        "heldOn",
                        today,
                        "place",
                        "Hội trường",
                        "topic",
                        "Đất đai",
                        "chairName",
                        "Chủ tịch",
                        "chairPosition",
                        "Chủ tịch UBND",
                        "participants",
                        "40",
                        "groupsPresent",
                        "MTTQ",
                        "minutes",
                        "Biên bản")));
        probes.addAll(staffForm(
                "/dialogues/999999999/issues",
                fields("content", "Ý kiến", "raisedBy", "Ông A", "fieldCode", "OTHER", "answer", "Trả lời")));
        probes.addAll(staffForm(
                "/dialogues/999999999/commitments",
                fields(
                        "issueId",
                        "1",
                        "ownerBodyId",
                        body,
                        "ownerName",
                        "Ông B",
                        "ownerPosition",
                        "Chủ tịch",
                        "description",
                        "Sửa đường",
                        "dueOn",
                        TODAY.plusDays(60).toString())));
        probes.addAll(staffForm(
                "/commitments/999999999/done",
                fields(
                        "note",
                        "Xong",
                        "evidence",
                        "Ảnh",
                        "doneOn",
                        today,
                        "confirmed",
                        "true",
                        "back",
                        "/commitments")));
        probes.addAll(staffForm(
                "/admin/staff",
                fields(
                        "username",
                        "moi-" + UUID.randomUUID().toString().substring(0, 8),
                        "password",
                        "mat-khau-moi-du-dai",
                        "fullName",
                        "Cán bộ mới",
                        "email",
                        "moi@example.vn",
                        "bodyId",
                        body,
                        "roles",
                        "CASE_HANDLER",
                        "mayViewDenouncerIdentity",
                        "false")));
        probes.addAll(staffForm(
                "/admin/bodies",
                fields(
                        "code",
                        "MOI-" + UUID.randomUUID().toString().substring(0, 8),
                        "name",
                        "Cơ quan mới",
                        "kind",
                        "OTHER",
                        "level",
                        "CENTRAL",
                        "provinceCode",
                        "",
                        "communeCode",
                        "",
                        "superiorId",
                        "")));
        probes.addAll(staffForm("/admin/api-clients", fields("name", "Ứng dụng mới", "contact", "lien-he@example.vn")));
        probes.addAll(staffForm(
                "/admin/calendar",
                fields(
                        "day",
                        TODAY.plusDays(90).toString(),
                        "kind",
                        "DAY_OFF",
                        "name",
                        "Nghỉ bù",
                        "basis",
                        "Thông báo 1")));
        probes.addAll(staffForm(
                "/admin/routing",
                fields(
                        "provinceCode",
                        "46",
                        "communeCode",
                        "19789",
                        "fieldCode",
                        "LAND",
                        "type",
                        "FEEDBACK",
                        "bodyId",
                        body)));
        probes.addAll(formProbes(
                "POST /portal/submit",
                "/portal/submit",
                fields(
                        "type",
                        "FEEDBACK",
                        "fieldCode",
                        "LAND",
                        "title",
                        "Đèn đường hỏng",
                        "content",
                        "Nội dung",
                        "provinceCode",
                        "46",
                        "communeCode",
                        "19789",
                        "latitude",
                        "16.46",
                        "longitude",
                        "107.59",
                        "anonymous",
                        "false",
                        "fullName",
                        "Trần Thị Hoà",
                        "phone",
                        "0912345678",
                        "email",
                        "hoa@example.vn",
                        "address",
                        "Thôn Đông",
                        "publishAnswer",
                        "true",
                        "consent",
                        "true",
                        "website",
                        "",
                        "formToken",
                        UUID.randomUUID().toString()),
                Auth.PORTAL_SESSION,
                Map.of("latitude", COORDINATES, "longitude", COORDINATES)));
        probes.addAll(formProbes(
                "POST /portal/register",
                "/portal/register",
                fields(
                        "fullName",
                        "Trần Thị Hoà",
                        "email",
                        "moi-" + UUID.randomUUID() + "@example.vn",
                        "phone",
                        "0912345670",
                        "password",
                        "mat-khau-du-dai-moi"),
                Auth.PORTAL_SESSION,
                Map.of()));
        probes.addAll(multipartProbes(
                "POST /portal/submit (multipart)",
                "/portal/submit",
                fields(
                        "type",
                        "FEEDBACK",
                        "fieldCode",
                        "LAND",
                        "title",
                        "Đèn đường hỏng",
                        "content",
                        "Nội dung",
                        "communeCode",
                        "19789",
                        "anonymous",
                        "false",
                        "fullName",
                        "Trần Thị Hoà",
                        "phone",
                        "0912345678",
                        "email",
                        "hoa@example.vn",
                        "address",
                        "Thôn Đông",
                        "consent",
                        "true"),
                Auth.PORTAL_SESSION));
        probes.addAll(wholeBodyProbes(
                "POST /petitions", "POST", "/petitions", Auth.STAFF_SESSION, "application/x-www-form-urlencoded"));
        probes.addAll(wholeBodyProbes(
                "POST /portal/submit",
                "POST",
                "/portal/submit",
                Auth.PORTAL_SESSION,
                "application/x-www-form-urlencoded"));
        String code = petition.trackingCode();
        probes.addAll(formProbes(
                "POST /portal/track/{code}/rating",
                "/portal/track/" + code + "/rating",
                fields("score", "5", "comment", "Hài lòng"),
                Auth.PORTAL_SESSION,
                Map.of()));
        probes.addAll(formProbes(
                "POST /portal/track/{code}/reopen",
                "/portal/track/" + code + "/reopen",
                fields("reason", "Chưa giải quyết"),
                Auth.PORTAL_SESSION,
                Map.of()));
        return probes;
    }

    /** The pages that search or list by free text, numbers or dates. */
    List<Probe> searchProbes() {
        String body = String.valueOf(setting.province().id());
        String today = TODAY.toString();
        List<Probe> probes = new ArrayList<>();
        probes.addAll(getProbes(
                "GET /petitions",
                "/petitions",
                fields("body", body, "type", "COMPLAINT", "field", "LAND", "state", "RECEIVED", "q", "hoa binh"),
                Auth.STAFF_SESSION,
                Map.of()));
        probes.addAll(getProbes("GET /dialogues", "/dialogues", fields("year", "2026"), Auth.STAFF_SESSION, Map.of()));
        probes.addAll(getProbes(
                "GET /commitments",
                "/commitments",
                fields("state", "OPEN", "overdue", "false"),
                Auth.STAFF_SESSION,
                Map.of()));
        probes.addAll(getProbes(
                "GET /reports/petitions",
                "/reports/petitions",
                fields("body", body, "from", "2026-01-01", "to", today, "subordinates", "false"),
                Auth.STAFF_SESSION,
                Map.of()));
        probes.addAll(getProbes(
                "GET /reports/qd11",
                "/reports/qd11",
                fields("period", "MONTH", "year", "2026", "month", "1"),
                Auth.STAFF_SESSION,
                Map.of()));
        probes.addAll(getProbes(
                "GET /admin/units", "/admin/units", fields("q", "Huế", "page", "0"), Auth.STAFF_SESSION, Map.of()));
        probes.addAll(getProbes(
                "GET /reception/visits/new",
                "/reception/visits/new",
                fields("session", "1"),
                Auth.STAFF_SESSION,
                Map.of()));
        probes.addAll(getProbes(
                "GET /portal/answers",
                "/portal/answers",
                fields(
                        "provinceCode",
                        "46",
                        "communeCode",
                        "19789",
                        "fieldCode",
                        "LAND",
                        "q",
                        "đường",
                        "page",
                        "0",
                        "year",
                        "2026"),
                Auth.PORTAL_SESSION,
                Map.of()));
        probes.addAll(getProbes(
                "GET /portal/track",
                "/portal/track",
                fields("code", petition.trackingCode()),
                Auth.PORTAL_SESSION,
                Map.of()));
        probes.addAll(getProbes(
                "GET /portal/communes",
                "/portal/communes",
                fields("provinceCode", "46"),
                Auth.PORTAL_SESSION,
                Map.of()));
        probes.addAll(getProbes(
                "GET /portal/commitments",
                "/portal/commitments",
                fields("commune", "19789", "body", body),
                Auth.PORTAL_SESSION,
                Map.of()));
        probes.addAll(getProbes(
                "GET /portal/reception",
                "/portal/reception",
                fields("month", "2026-11"),
                Auth.PORTAL_SESSION,
                Map.of("month", Map.of("far", "+999999999-12", "month 13", "2026-13"))));
        return probes;
    }

    List<Probe> specialProbes() {
        return List.of(
                new Probe("GET /error", "GET", "/error", Map.of(), null, Auth.NONE),
                new Probe("GET /error (JSON)", "GET", "/error", Map.of("Accept", "application/json"), null, Auth.NONE),
                new Probe("GET /error (signed in)", "GET", "/error", Map.of(), null, Auth.STAFF_SESSION),
                new Probe(
                        "POST /error",
                        "POST",
                        "/error",
                        Map.of("Content-Type", "application/json"),
                        "{}".getBytes(StandardCharsets.UTF_8),
                        Auth.NONE));
    }

    // ---- building the probes --------------------------------------------------------------------------------

    List<Probe> staffForm(String path, Map<String, String> valid) {
        return formProbes("POST " + path.replaceAll("/\\d+", "/{id}"), path, valid, Auth.STAFF_SESSION, Map.of());
    }

    /** A form spoilt field by field: spoilt text everywhere, and the spoilt values of each field's kind. */
    List<Probe> formProbes(
            String label, String path, Map<String, String> valid, Auth auth, Map<String, Map<String, String>> extra) {
        List<Probe> probes = new ArrayList<>();
        for (String field : valid.keySet()) {
            for (var spoilt : spoilers(field, valid.get(field), extra).entrySet()) {
                Map<String, String> form = new LinkedHashMap<>(valid);
                if (form.containsKey("formToken")) {
                    form.put("formToken", UUID.randomUUID().toString()); // else every probe repeats the first one
                }
                form.put(field, spoilt.getValue());
                probes.add(new Probe(
                        label + " [" + field + ": " + spoilt.getKey() + "]",
                        "POST",
                        path,
                        Map.of("Content-Type", "application/x-www-form-urlencoded"),
                        formBody(form),
                        auth));
            }
        }
        return probes;
    }

    /**
     * A form sent as browsers send forms with files (multipart/form-data): its fields do not pass the parameter
     * filter, so these reach the data binder. The lone surrogates go as the bytes UTF-8 forbids.
     */
    List<Probe> multipartProbes(String label, String path, Map<String, String> valid, Auth auth) {
        List<Probe> probes = new ArrayList<>();
        for (String field : valid.keySet()) {
            for (var spoilt : spoilers(field, valid.get(field), Map.of()).entrySet()) {
                Map<String, String> form = new LinkedHashMap<>(valid);
                form.put("formToken", UUID.randomUUID().toString());
                form.put(field, spoilt.getValue());
                probes.add(new Probe(
                        label + " [" + field + ": " + spoilt.getKey() + "]",
                        "POST",
                        path,
                        Map.of("Content-Type", "multipart/form-data; boundary=" + BOUNDARY),
                        multipart(form, auth),
                        auth));
            }
        }
        return probes;
    }

    private static final String BOUNDARY = "danvan-malformed-input";

    byte[] multipart(Map<String, String> form, Auth auth) {
        var out = new ByteArrayOutputStream();
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.put("_csrf", (auth == Auth.STAFF_SESSION ? staffSession : portalSession).csrfToken());
        for (var field : fields.entrySet()) {
            out.writeBytes(
                    ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n")
                            .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(utf8(field.getValue()));
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    List<Probe> getProbes(
            String label, String path, Map<String, String> valid, Auth auth, Map<String, Map<String, String>> extra) {
        List<Probe> probes = new ArrayList<>();
        for (String field : valid.keySet()) {
            for (var spoilt : spoilers(field, valid.get(field), extra).entrySet()) {
                if (spoilt.getValue() == MEGABYTE) {
                    continue; // a query string of a megabyte is refused by the server before any code of ours
                }
                Map<String, String> query = new LinkedHashMap<>(valid);
                query.put(field, spoilt.getValue());
                probes.add(new Probe(
                        label + " [" + field + ": " + spoilt.getKey() + "]",
                        "GET",
                        path + "?" + new String(formBody(query), StandardCharsets.US_ASCII),
                        Map.of(),
                        null,
                        auth));
            }
        }
        return probes;
    }

    /** The query parameters of an API operation, from its OpenAPI description. */
    List<Probe> queryProbes(String label, String path, JsonNode operation, Auth auth) {
        Map<String, String> valid = new LinkedHashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if (!parameter.path("in").asString().equals("query")) {
                continue;
            }
            JsonNode schema = parameter.path("schema");
            String name = parameter.get("name").asString();
            String type = schema.path("type").isArray()
                    ? schema.path("type").get(0).asString()
                    : schema.path("type").asString();
            String value = schema.has("enum")
                    ? schema.get("enum").get(0).asString()
                    : "date".equals(schema.path("format").asString())
                            ? TODAY.toString()
                            : "integer".equals(type)
                                    ? ("body".equals(name)
                                            ? String.valueOf(setting.province().id())
                                            : "0")
                                    : "boolean".equals(type) ? "false" : "hoa binh";
            valid.put(name, value);
        }
        return valid.isEmpty() ? List.of() : getProbes(label, path, valid, auth, Map.of());
    }

    /** The whole body spoilt: broken, empty, too large, the wrong content type, bytes that are not UTF-8. */
    List<Probe> wholeBodyProbes(String label, String method, String path, Auth auth, String contentType) {
        byte[] notUtf8 = {'{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'};
        byte[] huge = ("{\"title\": \"" + "x".repeat(3 << 20) + "\"}").getBytes(StandardCharsets.UTF_8);
        byte[] hugeForm = ("description=" + "x".repeat(3 << 20)).getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("broken JSON", "{\"title\": ".getBytes(StandardCharsets.UTF_8));
        bodies.put("percent signs", "%%%".getBytes(StandardCharsets.UTF_8));
        bodies.put("empty", new byte[0]);
        bodies.put("null", "null".getBytes(StandardCharsets.UTF_8));
        bodies.put("array", "[1, 2]".getBytes(StandardCharsets.UTF_8));
        bodies.put("not UTF-8", notUtf8);
        bodies.put("3 MB", contentType.startsWith("application/x-www") ? hugeForm : huge);
        List<Probe> probes = new ArrayList<>();
        for (var body : bodies.entrySet()) {
            probes.add(new Probe(
                    label + " {" + body.getKey() + "}",
                    method,
                    path,
                    Map.of("Content-Type", contentType),
                    body.getValue(),
                    auth));
        }
        for (String other : List.of(
                "multipart/form-data; boundary=x",
                "multipart/form-data",
                "text/plain",
                "application/xml",
                "application/x-www-form-urlencoded",
                "application/json; charset=nope")) {
            if (!other.equals(contentType)) {
                probes.add(new Probe(
                        label + " {content type " + other + "}",
                        method,
                        path,
                        Map.of("Content-Type", other),
                        "--x\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n\u0000\r\n--x--\r\n"
                                .getBytes(StandardCharsets.UTF_8),
                        auth));
            }
        }
        return probes;
    }

    Probe jsonProbe(String label, String method, String path, String body) {
        return new Probe(
                label,
                method,
                path,
                Map.of("Content-Type", "application/json"),
                body.replace(LONE_HIGH, "\\ud800").replace(LONE_LOW, "\\udc00").getBytes(StandardCharsets.UTF_8),
                Auth.BASIC);
    }

    private static final String LONE_HIGH = "@@lone-high-surrogate@@";
    private static final String LONE_LOW = "@@lone-low-surrogate@@";

    /** The spoilt JSON values of a field: spoilt text, the wrong JSON types, and those of its schema type. */
    Map<String, JsonNode> jsonValues(String field, JsonNode api, JsonNode schema) {
        JsonNode property = property(api, schema, field);
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (var text : TEXT.entrySet()) {
            String value = text.getValue().replace("\uD800", LONE_HIGH).replace("\uDC00", LONE_LOW);
            values.put(text.getKey(), json.getNodeFactory().stringNode(value));
        }
        values.put("object", json.createObjectNode().put("x", 1));
        values.put("array of text", json.createArrayNode().add("\u0000"));
        String type = property.path("type").isArray()
                ? property.path("type").get(0).asString()
                : property.path("type").asString();
        if ("date".equals(property.path("format").asString())) {
            DATES.forEach(
                    (name, value) -> values.put(name, json.getNodeFactory().stringNode(value)));
        } else if ("integer".equals(type) || "number".equals(type)) {
            values.put("minus one", json.getNodeFactory().numberNode(-1));
            values.put("nine nines", json.getNodeFactory().numberNode(999_999_999));
            values.put("overflow", json.getNodeFactory().numberNode(new java.math.BigInteger("99999999999999999999")));
            values.put("huge decimal", json.getNodeFactory().numberNode(new java.math.BigDecimal("1e400")));
        } else if (property.has("enum")) {
            ENUMS.forEach(
                    (name, value) -> values.put(name, json.getNodeFactory().stringNode(value)));
        } else if ("boolean".equals(type)) {
            values.put("not a boolean", json.getNodeFactory().stringNode("maybe"));
        }
        return values;
    }

    Map<String, String> spoilers(String field, String valid, Map<String, Map<String, String>> extra) {
        Map<String, String> spoilt = new LinkedHashMap<>(TEXT);
        if (extra.containsKey(field)) {
            spoilt.putAll(extra.get(field));
        } else if (valid.matches("\\d{4}-\\d{2}-\\d{2}")) {
            spoilt.putAll(DATES);
        } else if (NUMERIC.contains(field) || field.endsWith("Id") || field.endsWith("Count")) {
            spoilt.putAll(NUMBERS);
        } else if (valid.equals("true") || valid.equals("false")) {
            spoilt.putAll(BOOLEANS);
        } else if (valid.matches("[A-Z][A-Z_]+")) {
            spoilt.putAll(ENUMS);
        }
        return spoilt;
    }

    // ---- JSON schema walking --------------------------------------------------------------------------------

    JsonNode resolve(JsonNode api, JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
            return api.path("components").path("schemas").path(name);
        }
        if (schema.has("oneOf")) {
            return resolve(api, schema.get("oneOf").get(0));
        }
        if (schema.has("anyOf")) {
            for (JsonNode option : schema.get("anyOf")) {
                if (!"null".equals(option.path("type").asString())) {
                    return resolve(api, option);
                }
            }
        }
        return schema;
    }

    /** Every property path of a schema, nested objects included ("petitioner.fullName"). */
    List<String> fields(JsonNode api, JsonNode schema, String prefix) {
        List<String> names = new ArrayList<>();
        for (var property : resolve(api, schema).path("properties").properties()) {
            String name = prefix + property.getKey();
            names.add(name);
            JsonNode nested = resolve(api, property.getValue());
            if (nested.has("properties")) {
                names.addAll(fields(api, nested, name + "."));
            }
        }
        return names;
    }

    JsonNode property(JsonNode api, JsonNode schema, String path) {
        JsonNode current = resolve(api, schema);
        for (String part : path.split("\\.")) {
            current = resolve(api, current.path("properties").path(part));
        }
        return current;
    }

    static void set(ObjectNode body, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        ObjectNode target = body;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode next = target.get(parts[i]);
            target = next instanceof ObjectNode object ? object : target.putObject(parts[i]);
        }
        target.set(parts[parts.length - 1], value);
    }

    // ---- sending ----------------------------------------------------------------------------------------------

    HttpResponse<String> send(Probe probe) throws Exception {
        byte[] body = probe.body();
        boolean multipart = probe.headers()
                .getOrDefault("Content-Type", "")
                .startsWith("multipart/form-data; boundary=" + BOUNDARY);
        if (body != null
                && (probe.auth() == Auth.STAFF_SESSION || probe.auth() == Auth.PORTAL_SESSION)
                && probe.method().equals("POST")
                && !multipart) {
            String token = (probe.auth() == Auth.STAFF_SESSION ? staffSession : portalSession).csrfToken();
            body = concat(
                    body,
                    ("&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII));
        }
        var request = HttpRequest.newBuilder(uri(probe.path()))
                .timeout(Duration.ofSeconds(60))
                .method(
                        probe.method(),
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        probe.headers().forEach(request::header);
        switch (probe.auth()) {
            case BASIC -> request.header("Authorization", basic);
            case STAFF_SESSION -> request.header("Cookie", staffSession.cookieHeader());
            case PORTAL_SESSION -> request.header("Cookie", portalSession.cookieHeader());
            case NONE -> {}
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static byte[] concat(byte[] first, byte[] second) {
        var out = new ByteArrayOutputStream(first.length + second.length);
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }

    /** URL-encoded as a browser would, except that a lone surrogate is sent as the three bytes UTF-8 forbids. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (byte b : utf8(value)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_') {
                out.append((char) c);
            } else {
                out.append("%%%02X".formatted(c));
            }
        }
        return out.toString();
    }

    /** UTF-8, with each lone surrogate written as the three bytes UTF-8 forbids (as CESU-8 would). */
    static byte[] utf8(String value) {
        var out = new ByteArrayOutputStream(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean paired = Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (Character.isSurrogate(c) && !paired) {
                out.write(0xE0 | (c >> 12));
                out.write(0x80 | ((c >> 6) & 0x3F));
                out.write(0x80 | (c & 0x3F));
            } else {
                int end = paired ? i + 2 : i + 1;
                out.writeBytes(value.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        return out.toByteArray();
    }

    static byte[] formBody(Map<String, String> form) {
        StringBuilder out = new StringBuilder();
        for (Iterator<Map.Entry<String, String>> it = form.entrySet().iterator(); it.hasNext(); ) {
            var field = it.next();
            out.append(encode(field.getKey())).append('=').append(encode(field.getValue()));
            if (it.hasNext()) {
                out.append('&');
            }
        }
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : TABLES) {
            counts.put(
                    table,
                    jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }

    /**
     * A province with an administrator who holds every role, a petition accepted there, an Open311 key, and a
     * signed-in staff session and a portal session. The administrator's password is hashed cheaply (bcrypt
     * cost 4) so that the thousands of API requests with HTTP Basic measure the input handling, not bcrypt.
     */
    void prepare() throws Exception {
        setting = fixtures.setting();
        admin = fixtures.staff(
                "dauvao-" + UUID.randomUUID().toString().substring(0, 8),
                setting.province(),
                EnumSet.allOf(Role.class),
                false);
        String password = "mat-khau-du-dai-" + admin.username();
        jdbc.sql("update organization.staff_account set password_hash = ? where id = ?")
                .param("{bcrypt}" + new BCryptPasswordEncoder(4).encode(password))
                .param(admin.id())
                .update();
        basic = "Basic "
                + Base64.getEncoder()
                        .encodeToString((admin.username() + ":" + password).getBytes(StandardCharsets.UTF_8));
        petition = intake.receive(
                PetitionFixtures.petition(
                        setting.province().id(), PetitionType.COMPLAINT, TODAY, "Tranh chấp ranh giới đất"),
                admin,
                null);
        processing.decide(
                petition.id(), new DecidePetition(Decision.ACCEPT, TODAY, false, null, null, null, null), admin);
        staffSession = WebSession.signedIn(port, admin.username(), password);
        staffSession.get("/petitions/new");
        assertThat(staffSession.csrfToken()).isNotEmpty();
        portalSession = new WebSession(port);
        portalSession.get("/portal/submit");
        assertThat(portalSession.csrfToken()).isNotEmpty();
    }
}
