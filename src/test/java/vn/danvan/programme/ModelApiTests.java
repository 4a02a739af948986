package vn.danvan.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.ApiClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.WebSession;
import vn.danvan.organization.StaffMember;
import vn.danvan.programme.domain.Model;
import vn.danvan.programme.domain.ModelRound;

/**
 * The models' and stories' doors over HTTP: the REST API answers problem+json in Vietnamese for an illegal move, an
 * unknown round or malformed input and writes nothing; the staff's form refuses a registration in Vietnamese; the
 * portal shows recognised models only, and the Atom feed carries published stories with their text escaped.
 */
@DanvanIntegrationTest
class ModelApiTests {

    @LocalServerPort
    int port;

    @Autowired
    ModelFixtures fixtures;

    @Autowired
    ModelRegistry registry;

    @Autowired
    StoryPublishing stories;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    ModelFixtures.Setting setting;
    LocalDate today;
    ModelRound round;
    ApiClient api;

    @BeforeEach
    void setUp() {
        setting = fixtures.setting();
        today = LocalDate.now(clock);
        round = registry.openRound(ModelFixtures.round(setting.board(), today), setting.organiser());
        api = new ApiClient(port);
    }

    HttpResponse<String> call(StaffMember staff, String method, String path, String body) throws Exception {
        return api.call(staff.username(), ModelFixtures.PASSWORD_PREFIX + staff.username(), method, path, body);
    }

    @Test
    void theApiRegistersAModelAndRefusesAnIllegalMoveInVietnamese() throws Exception {
        var created = call(setting.thuanHoaStaff(), "POST", "/api/v1/models", """
                        {"roundId": %d, "bodyId": %d, "kind": "EXEMPLAR", "field": "ECONOMY",
                         "name": "Gia đình tiêu biểu", "ownerName": "Hộ ông Lê Văn Ba", "goals": "Giúp nhau làm kinh tế"}""".formatted(
                        round.id(), setting.thuanHoa().id()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = ApiClient.json(created).path("model").path("id").asLong();
        assertThat(ApiClient.json(created).path("model").path("status").asString())
                .isEqualTo("REGISTERED");

        var refused = call(
                setting.organiser(),
                "POST",
                "/api/v1/models/" + id + "/recognition",
                "{\"decisionNumber\": \"1/QĐ\", \"decidedOn\": \"%s\"}".formatted(today));
        assertThat(ApiClient.isProblem(refused, 409)).as(refused.body()).isTrue();
        assertThat(ApiClient.json(refused).path("detail").asString())
                .isEqualTo("Không thể công nhận khi mô hình đang ở tình trạng \"Đã đăng ký\".");

        var started = call(setting.thuanHoaStaff(), "POST", "/api/v1/models/" + id + "/start", null);
        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(started).path("model").path("status").asString())
                .isEqualTo("IN_PROGRESS");
        assertThat(ApiClient.json(started).path("timeline").size()).isEqualTo(2);
    }

    @Test
    void badInputAnswersAClearProblemAndWritesNothing() throws Exception {
        long before = jdbc.sql("select count(*) from programme.model")
                .query(Long.class)
                .single();
        var missing = call(
                setting.thuanHoaStaff(),
                "POST",
                "/api/v1/models",
                "{\"roundId\": %d, \"bodyId\": %d, \"kind\": \"MODEL\", \"field\": \"ECONOMY\", \"name\": \"\"}"
                        .formatted(round.id(), setting.thuanHoa().id()));
        assertThat(ApiClient.isProblem(missing, 400)).as(missing.body()).isTrue();
        var badEnum = call(setting.thuanHoaStaff(), "POST", "/api/v1/models", """
                        {"roundId": %d, "bodyId": %d, "kind": "MODEL", "field": "SPORT", "name": "Tên",
                         "ownerName": "Chi bộ", "goals": "Mục tiêu"}""".formatted(
                        round.id(), setting.thuanHoa().id()));
        assertThat(ApiClient.isProblem(badEnum, 400)).as(badEnum.body()).isTrue();
        var unknownRound = call(setting.thuanHoaStaff(), "POST", "/api/v1/models", """
                        {"roundId": 999999999, "bodyId": %d, "kind": "MODEL", "field": "ECONOMY", "name": "Tên",
                         "ownerName": "Chi bộ", "goals": "Mục tiêu"}""".formatted(
                        setting.thuanHoa().id()));
        assertThat(ApiClient.isProblem(unknownRound, 404))
                .as(unknownRound.body())
                .isTrue();
        assertThat(ApiClient.json(unknownRound).path("detail").asString()).isEqualTo("Không tìm thấy đợt đăng ký.");
        var stranger = call(setting.outsider(), "POST", "/api/v1/models/rounds", """
                        {"bodyId": %d, "year": %d, "level": "PROVINCE", "title": "Đợt", "opensOn": "%s",
                         "closesOn": "%s"}""".formatted(
                        setting.board().id(), today.getYear(), today, today));
        assertThat(ApiClient.isProblem(stranger, 403)).as(stranger.body()).isTrue();
        assertThat(jdbc.sql("select count(*) from programme.model")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void theRegistrationFormRefusesAClosedRoundInVietnameseAndKeepsTheInput() throws Exception {
        registry.closeRound(round.id(), setting.organiser());
        WebSession session = WebSession.signedIn(
                port,
                setting.thuanHoaStaff().username(),
                ModelFixtures.PASSWORD_PREFIX + setting.thuanHoaStaff().username());
        var page = session.post(
                "/programme/models",
                Map.of(
                        "roundId", String.valueOf(round.id()),
                        "bodyId", String.valueOf(setting.thuanHoa().id()),
                        "kind", "MODEL",
                        "field", "ECONOMY",
                        "name", "Mô hình đăng ký muộn",
                        "ownerName", "Chi bộ",
                        "goals", "Mục tiêu"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page.body()))
                .contains("đã kết thúc nhận đăng ký")
                .contains("Mô hình đăng ký muộn");
        assertThat(registry.list(setting.thuanHoaStaff(), round.id(), null, null))
                .isEmpty();
    }

    @Test
    void thePortalShowsRecognisedModelsOnlyAndTheFeedCarriesPublishedStoriesEscaped() throws Exception {
        Model registered = registry.register(
                ModelFixtures.model(round.id(), setting.thuanHoa(), "Chưa công nhận"), today, setting.thuanHoaStaff());
        HttpClient http = HttpClient.newHttpClient();
        var hidden = http.send(
                HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/portal/programme/models/" + registered.id()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(hidden.statusCode()).isEqualTo(404);

        var draft = stories.write(
                new StoryCommands.SaveStory(
                        setting.thuanHoa().id(), StoryTopic.RESULT, null, "Bản nháp", null, "Chưa đăng."),
                setting.thuanHoaStaff());
        var story = stories.write(
                new StoryCommands.SaveStory(
                        setting.thuanHoa().id(),
                        StoryTopic.CAMPAIGN,
                        null,
                        "Ra quân <b>dọn</b> vệ sinh",
                        "Cả phường cùng làm.",
                        "Đoạn một & đoạn hai <script>x</script>."),
                setting.thuanHoaStaff());
        stories.publish(story.id(), true, setting.thuanHoaStaff());
        var feed = http.send(
                HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/portal/programme/stories/feed.atom?body="
                                        + setting.thuanHoa().id()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        assertThat(feed.body())
                .contains("<title>Ra quân &lt;b&gt;dọn&lt;/b&gt; vệ sinh</title>")
                .contains("Đoạn một &amp; đoạn hai &lt;script&gt;x&lt;/script&gt;.")
                .contains("/portal/programme/stories/" + story.id())
                .doesNotContain("Bản nháp")
                .doesNotContain("<script>");
        var draftPage = http.send(
                HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/portal/programme/stories/" + draft.id()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(draftPage.statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from shared.audit_event where subject_type = 'story' and subject_id = ?")
                        .param(String.valueOf(story.id()))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }
}
