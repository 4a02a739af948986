package vn.danvan.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.danvan.ApiClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.VietnamTime;

/** Dialogues and the ledger of commitments over /api/v1: the same rules and scope as the staff pages. */
@DanvanIntegrationTest
class DialogueApiTests {

    @LocalServerPort
    int port;

    @Autowired
    DialogueFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    DialogueFixtures.Setting setting;
    ApiClient api;
    LocalDate today;

    @BeforeEach
    void setUp() {
        setting = fixtures.setting();
        api = new ApiClient(port);
        today = LocalDate.now(VietnamTime.ZONE);
    }

    HttpResponse<String> call(StaffMember staff, String method, String path, String body) throws Exception {
        return api.call(staff.username(), DialogueFixtures.PASSWORD_PREFIX + staff.username(), method, path, body);
    }

    String dialogue() {
        return """
                {"convenerBodyId": %d, "coConvenerBodyId": %d, "kind": "ANNUAL_GRASSROOTS", "heldOn": "%s",
                 "place": "Hội trường tổ dân phố 5", "topic": "Đối thoại với Nhân dân", "chairName": "Trần Minh Hải",
                 "chairPosition": "Chủ tịch UBND phường", "participants": 120}""".formatted(setting.committee().id(), setting.front().id(), today);
    }

    static final String ISSUE =
            "{\"content\": \"Đường kiệt 12 ngập khi mưa\", \"raisedBy\": \"Ông Lê Văn Tư\", \"fieldCode\": \"LAND\"}";

    String promise(long issueId) {
        return """
                {"issueId": %d, "ownerBodyId": %d, "ownerName": "Trưởng phòng Kinh tế",
                 "description": "Nạo vét cống kiệt 12", "dueOn": "%s"}""".formatted(issueId, setting.department().id(), today.plusDays(30));
    }

    long created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ApiClient.json(response).get("id").asLong();
    }

    long dialogues() {
        return jdbc.sql("select count(*) from dialogue.dialogue")
                .query(Long.class)
                .single();
    }

    @Test
    void aDialogueItsIssueAndAPromiseAreRecordedAndReadBack() throws Exception {
        var held = call(setting.chairmanOffice(), "POST", "/api/v1/dialogues", dialogue());
        long id = created(held);
        assertThat(held.headers().firstValue("Location")).hasValue("/api/v1/dialogues/" + id);
        long issue = created(call(setting.chairmanOffice(), "POST", "/api/v1/dialogues/" + id + "/issues", ISSUE));
        var made = call(setting.chairmanOffice(), "POST", "/api/v1/dialogues/" + id + "/commitments", promise(issue));
        long commitment = created(made);
        assertThat(made.headers().firstValue("Location")).hasValue("/api/v1/commitments/" + commitment);

        // The co-convener (the Front) sees it too.
        var read = call(setting.frontStaff(), "GET", "/api/v1/dialogues/" + id, null);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonNode view = ApiClient.json(read);
        assertThat(view.get("dialogue").get("topic").asString()).isEqualTo("Đối thoại với Nhân dân");
        assertThat(view.get("issues").get(0).get("id").asLong()).isEqualTo(issue);
        assertThat(view.get("commitments").get(0).get("id").asLong()).isEqualTo(commitment);
        assertThat(call(setting.chairmanOffice(), "GET", "/api/v1/dialogues/" + id + "/issues", null)
                        .body())
                .contains("Đường kiệt 12 ngập khi mưa");
        assertThat(call(setting.chairmanOffice(), "GET", "/api/v1/dialogues?year=" + today.getYear(), null)
                        .body())
                .contains("\"id\":" + id);
    }

    @Test
    void aCommitmentMovesAsThePagesAllowAndTheLedgerShowsIt() throws Exception {
        long id = created(call(setting.chairmanOffice(), "POST", "/api/v1/dialogues", dialogue()));
        long issue = created(call(setting.chairmanOffice(), "POST", "/api/v1/dialogues/" + id + "/issues", ISSUE));
        long commitment = created(
                call(setting.chairmanOffice(), "POST", "/api/v1/dialogues/" + id + "/commitments", promise(issue)));
        String path = "/api/v1/commitments/" + commitment;

        var started = call(setting.departmentStaff(), "POST", path + "/start", "{\"note\": \"Đã khảo sát\"}");
        assertThat(ApiClient.json(started).get("state").asString()).isEqualTo("IN_PROGRESS");
        assertThat(ApiClient.isProblem(call(setting.departmentStaff(), "POST", path + "/start", "{}"), 409))
                .isTrue();
        var progress = call(
                setting.departmentStaff(),
                "POST",
                path + "/progress",
                "{\"note\": \"Đã nạo vét 50 m\", \"evidence\": \"Biên bản số 12\"}");
        assertThat(progress.statusCode()).as(progress.body()).isEqualTo(200);
        var done = call(setting.departmentStaff(), "POST", path + "/done", "{\"evidence\": \"Nghiệm thu\"}");
        assertThat(ApiClient.json(done).get("state").asString()).isEqualTo("DONE");
        var dropped = call(setting.departmentStaff(), "POST", path + "/drop", "{\"reason\": \"Hết kinh phí\"}");
        assertThat(ApiClient.isProblem(dropped, 409)).as(dropped.body()).isTrue();
        var confirmed = call(
                setting.chairmanOffice(),
                "POST",
                path + "/confirmation",
                "{\"confirmed\": true, \"confirmedBy\": \"Ông Lê Văn Tư\"}");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);

        var read = call(setting.departmentStaff(), "GET", path, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(read).get("timeline").findValues("kind").stream()
                        .map(JsonNode::asString))
                .contains("MADE", "STARTED", "PROGRESS", "DONE", "CONFIRMED");
        var ledger = call(setting.departmentStaff(), "GET", "/api/v1/commitments?state=DONE", null);
        assertThat(ledger.body()).contains("\"id\":" + commitment);
        var unknownState = call(setting.departmentStaff(), "GET", "/api/v1/commitments?state=FINISHED", null);
        assertThat(ApiClient.isProblem(unknownState, 400))
                .as(unknownState.body())
                .isTrue();
        assertThat(unknownState.body()).contains("IN_PROGRESS");
    }

    @Test
    void everyDialogueEndpointAsksWhoIsCallingAndKeepsToTheCallersBodies() throws Exception {
        long id = created(call(setting.chairmanOffice(), "POST", "/api/v1/dialogues", dialogue()));
        long issue = created(call(setting.chairmanOffice(), "POST", "/api/v1/dialogues/" + id + "/issues", ISSUE));
        long commitment = created(
                call(setting.chairmanOffice(), "POST", "/api/v1/dialogues/" + id + "/commitments", promise(issue)));
        String[][] scoped = {
            {"POST", "/api/v1/dialogues", dialogue()},
            {"GET", "/api/v1/dialogues/" + id, null},
            {"GET", "/api/v1/dialogues/" + id + "/issues", null},
            {"POST", "/api/v1/dialogues/" + id + "/issues", ISSUE},
            {"POST", "/api/v1/dialogues/" + id + "/commitments", promise(issue)},
            {"GET", "/api/v1/commitments/" + commitment, null},
            {"POST", "/api/v1/commitments/" + commitment + "/start", "{}"},
            {"POST", "/api/v1/commitments/" + commitment + "/progress", "{\"note\": \"Tiến độ\"}"},
            {"POST", "/api/v1/commitments/" + commitment + "/done", "{}"},
            {"POST", "/api/v1/commitments/" + commitment + "/drop", "{\"reason\": \"Lý do\"}"},
            {
                "POST",
                "/api/v1/commitments/" + commitment + "/confirmation",
                "{\"confirmed\": true, \"confirmedBy\": \"A\"}"
            },
        };
        long before = dialogues();
        for (String[] endpoint : scoped) {
            var anonymous = api.call(null, "", endpoint[0], endpoint[1], endpoint[2]);
            assertThat(ApiClient.isProblem(anonymous, 401))
                    .as("%s %s", endpoint[0], endpoint[1])
                    .isTrue();
            var outsider = call(setting.outsider(), endpoint[0], endpoint[1], endpoint[2]);
            assertThat(ApiClient.isProblem(outsider, 403))
                    .as("%s %s → %s", endpoint[0], endpoint[1], outsider.body())
                    .isTrue();
        }
        for (String path : new String[] {"/api/v1/dialogues", "/api/v1/commitments"}) {
            assertThat(ApiClient.isProblem(api.call(null, "", "GET", path, null), 401))
                    .isTrue();
            var own = call(setting.outsider(), "GET", path, null);
            assertThat(own.statusCode()).isEqualTo(200);
            assertThat(own.body()).doesNotContain("\"id\":" + id + ",").doesNotContain("\"id\":" + commitment + ",");
        }
        assertThat(dialogues()).isEqualTo(before);
        assertThat(call(setting.chairmanOffice(), "GET", "/api/v1/commitments/" + commitment, null)
                        .body())
                .contains("\"state\":\"OPEN\"");

        for (String[] endpoint : new String[][] {
            {"GET", "/api/v1/dialogues/999999999"},
            {"GET", "/api/v1/dialogues/999999999/issues"},
            {"POST", "/api/v1/dialogues/999999999/issues"},
            {"GET", "/api/v1/commitments/999999999"},
            {"POST", "/api/v1/commitments/999999999/done"},
        }) {
            var unknown =
                    call(setting.chairmanOffice(), endpoint[0], endpoint[1], endpoint[0].equals("GET") ? null : ISSUE);
            assertThat(ApiClient.isProblem(unknown, 404))
                    .as("%s → %s", endpoint[1], unknown.body())
                    .isTrue();
        }
        var otherIssue = call(
                setting.chairmanOffice(), "POST", "/api/v1/dialogues/" + id + "/commitments", promise(999_999_999L));
        assertThat(ApiClient.isProblem(otherIssue, 404)).as(otherIssue.body()).isTrue();
    }

    @Test
    void badInputIsRefusedFieldByFieldAndWritesNothing() throws Exception {
        long before = dialogues();
        var unknownKind = call(
                setting.chairmanOffice(),
                "POST",
                "/api/v1/dialogues",
                dialogue().replace("ANNUAL_GRASSROOTS", "YEARLY"));
        assertThat(ApiClient.isProblem(unknownKind, 400)).as(unknownKind.body()).isTrue();
        JsonNode error = ApiClient.json(unknownKind).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("kind");
        assertThat(error.get("allowed").valueStream().map(JsonNode::asString))
                .containsExactly("ANNUAL_GRASSROOTS", "THEMATIC", "COMPLAINT", "AD_HOC");
        assertThat(ApiClient.json(unknownKind).get("detail").asString()).contains("kind");

        var wrongType = call(
                setting.chairmanOffice(),
                "POST",
                "/api/v1/dialogues",
                dialogue().replace("\"participants\": 120", "\"participants\": \"nhiều\""));
        assertThat(ApiClient.isProblem(wrongType, 400)).as(wrongType.body()).isTrue();
        assertThat(ApiClient.json(wrongType).get("errors").get(0).get("field").asString())
                .isEqualTo("participants");
        assertThat(ApiClient.json(wrongType).get("errors").get(0).get("message").asString())
                .contains("số");

        var future = call(
                setting.chairmanOffice(),
                "POST",
                "/api/v1/dialogues",
                dialogue().replace(today.toString(), today.plusDays(5).toString()));
        assertThat(ApiClient.isProblem(future, 400)).as(future.body()).isTrue();
        var blankTopic = call(
                setting.chairmanOffice(),
                "POST",
                "/api/v1/dialogues",
                dialogue().replace("Đối thoại với Nhân dân", " "));
        assertThat(ApiClient.isProblem(blankTopic, 400)).isTrue();
        assertThat(blankTopic.body()).contains("\"field\":\"topic\"");
        assertThat(dialogues()).isEqualTo(before);
    }
}
