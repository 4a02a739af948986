package vn.danvan.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.danvan.ApiClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.organization.OrganizationAdministration;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.VietnamTime;

/** Citizen reception over /api/v1/reception: the same rules and scope as the reception desk's pages. */
@DanvanIntegrationTest
class ReceptionApiTests {

    @LocalServerPort
    int port;

    @Autowired
    ReceptionFixtures fixtures;

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    JdbcClient jdbc;

    ReceptionFixtures.Setting setting;
    ApiClient api;
    String confidant;
    LocalDate today;

    @BeforeEach
    void setUp() {
        setting = fixtures.setting();
        api = new ApiClient(port);
        today = LocalDate.now(VietnamTime.ZONE);
        confidant = "bimat-" + setting.receptionOfficer().username();
        administration.addStaff(
                confidant,
                "mat-khau-tiep-dan-" + confidant,
                "Lãnh đạo được phép",
                null,
                setting.peoplesCommittee().id(),
                EnumSet.of(Role.HEAD_OF_BODY),
                true);
    }

    HttpResponse<String> call(StaffMember staff, String method, String path, String body) throws Exception {
        return as(staff.username(), method, path, body);
    }

    HttpResponse<String> as(String username, String method, String path, String body) throws Exception {
        return api.call(username, "mat-khau-tiep-dan-" + username, method, path, body);
    }

    HttpResponse<String> anonymous(String method, String path, String body) throws Exception {
        return api.call(null, "", method, path, body);
    }

    String regularSession(long bodyId, LocalDate day) {
        return """
                {"bodyId": %d, "kind": "REGULAR", "heldOn": "%s", "startsAt": "08:00", "endsAt": "11:00",
                 "place": "Phòng tiếp công dân", "online": false, "published": true}""".formatted(bodyId, day);
    }

    String visit(long bodyId, String type) {
        return """
                {"bodyId": %d, "visitedOn": "%s", "visitorKind": "INDIVIDUAL", "peopleCount": 1,
                 "representativeCount": 0, "visitorName": "Hồ Thị Mai", "visitorPhone": "0905111222",
                 "visitorAddress": "Tổ 7, phường Thuận Hoá", "matter": "NEW", "contentType": "%s",
                 "fieldCode": "LAND", "summary": "Tranh chấp ranh giới đất", "response": "Đã hướng dẫn"}""".formatted(bodyId, today, type);
    }

    long sessionsOf(long bodyId) {
        return jdbc.sql("select count(*) from reception.session where body_id = ?")
                .param(bodyId)
                .query(Long.class)
                .single();
    }

    @Test
    void aSessionScheduledOverTheApiIsListedHeldOnceAndAnsweredWithItsAddress() throws Exception {
        long body = setting.peoplesCommittee().id();
        var created =
                call(setting.receptionOfficer(), "POST", "/api/v1/reception/sessions", regularSession(body, today));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = ApiClient.json(created).get("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/reception/sessions/" + id);
        assertThat(ApiClient.json(created).get("state").asString()).isEqualTo("SCHEDULED");

        var listed = call(
                setting.receptionOfficer(),
                "GET",
                "/api/v1/reception/sessions?body=" + body + "&from=" + today + "&to=" + today,
                null);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(listed).findValues("id").stream().map(JsonNode::asLong))
                .contains(id);
        assertThat(call(setting.receptionOfficer(), "GET", "/api/v1/reception/sessions/" + id, null)
                        .statusCode())
                .isEqualTo(200);

        var held = call(setting.receptionOfficer(), "POST", "/api/v1/reception/sessions/" + id + "/held", null);
        assertThat(held.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(held).get("state").asString()).isEqualTo("HELD");
        var again = call(setting.receptionOfficer(), "POST", "/api/v1/reception/sessions/" + id + "/held", null);
        assertThat(ApiClient.isProblem(again, 409)).as(again.body()).isTrue();
        assertThat(jdbc.sql("select count(*) from shared.audit_event where subject_type = 'reception-session'"
                                + " and subject_id = ?")
                        .param(String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aSessionIsCancelledOnlyWithAReason() throws Exception {
        long body = setting.peoplesCommittee().id();
        var created = call(
                setting.receptionOfficer(),
                "POST",
                "/api/v1/reception/sessions",
                regularSession(body, today.plusDays(3)));
        long id = ApiClient.json(created).get("id").asLong();

        var noReason =
                call(setting.receptionOfficer(), "POST", "/api/v1/reception/sessions/" + id + "/cancellation", "{}");
        assertThat(ApiClient.isProblem(noReason, 400)).as(noReason.body()).isTrue();
        var cancelled = call(
                setting.receptionOfficer(),
                "POST",
                "/api/v1/reception/sessions/" + id + "/cancellation",
                "{\"reason\": \"Lãnh đạo đi công tác\"}");
        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(cancelled).get("state").asString()).isEqualTo("CANCELLED");
        var held = call(setting.receptionOfficer(), "POST", "/api/v1/reception/sessions/" + id + "/held", null);
        assertThat(ApiClient.isProblem(held, 409)).as(held.body()).isTrue();
    }

    @Test
    void everyReceptionEndpointAsksWhoIsCallingAndKeepsToTheCallersBodies() throws Exception {
        long body = setting.peoplesCommittee().id();
        long session = ApiClient.json(call(
                        setting.receptionOfficer(), "POST", "/api/v1/reception/sessions", regularSession(body, today)))
                .get("id")
                .asLong();
        long visit = ApiClient.json(
                        call(setting.receptionOfficer(), "POST", "/api/v1/reception/visits", visit(body, "FEEDBACK")))
                .get("id")
                .asLong();
        String[][] endpoints = {
            {"GET", "/api/v1/reception/sessions", null},
            {"POST", "/api/v1/reception/sessions", regularSession(body, today)},
            {"GET", "/api/v1/reception/sessions/" + session, null},
            {"POST", "/api/v1/reception/sessions/" + session + "/held", null},
            {"POST", "/api/v1/reception/sessions/" + session + "/cancellation", "{\"reason\": \"Bận\"}"},
            {"GET", "/api/v1/reception/heads", null},
            {"POST", "/api/v1/reception/heads", head(body)},
            {"GET", "/api/v1/reception/obligations", null},
            {"GET", "/api/v1/reception/visits", null},
            {"POST", "/api/v1/reception/visits", visit(body, "FEEDBACK")},
            {"GET", "/api/v1/reception/visits/" + visit, null},
            {"GET", "/api/v1/reception/visits/" + visit + "/identity", null},
            {"POST", "/api/v1/reception/visits/" + visit + "/petition", null},
        };
        long before = sessionsOf(body);
        for (String[] endpoint : endpoints) {
            var refused = anonymous(endpoint[0], endpoint[1], endpoint[2]);
            assertThat(ApiClient.isProblem(refused, 401))
                    .as("%s %s", endpoint[0], endpoint[1])
                    .isTrue();
        }
        // Staff of another ward: writes and reads of this ward's sessions and visits are refused.
        for (String[] endpoint : endpoints) {
            if (endpoint[1].endsWith("/sessions")
                    || endpoint[1].endsWith("/heads")
                    || endpoint[1].endsWith("/obligations")
                    || endpoint[1].endsWith("/visits")) {
                if (endpoint[0].equals("GET")) {
                    var own = call(setting.outsider(), "GET", endpoint[1], null);
                    assertThat(own.statusCode()).as(endpoint[1]).isEqualTo(200);
                    assertThat(own.body()).as(endpoint[1]).doesNotContain("\"bodyId\":" + body + ",");
                    var other = call(setting.outsider(), "GET", endpoint[1] + "?body=" + body, null);
                    assertThat(ApiClient.isProblem(other, 404)).as(endpoint[1]).isTrue();
                    continue;
                }
            }
            var refused = call(setting.outsider(), endpoint[0], endpoint[1], endpoint[2]);
            int expected = endpoint[1].matches(".*/sessions/\\d+$") ? 404 : 403;
            assertThat(ApiClient.isProblem(refused, expected))
                    .as("%s %s → %s", endpoint[0], endpoint[1], refused.body())
                    .isTrue();
        }
        assertThat(sessionsOf(body)).isEqualTo(before);
        // Unknown sessions and visits.
        for (String path : new String[] {
            "/api/v1/reception/sessions/999999999",
            "/api/v1/reception/visits/999999999",
            "/api/v1/reception/visits/999999999/identity"
        }) {
            assertThat(ApiClient.isProblem(call(setting.receptionOfficer(), "GET", path, null), 404))
                    .as(path)
                    .isTrue();
        }
        for (String path :
                new String[] {"/api/v1/reception/sessions/999999999/held", "/api/v1/reception/visits/999999999/petition"
                }) {
            assertThat(ApiClient.isProblem(call(setting.receptionOfficer(), "POST", path, null), 404))
                    .as(path)
                    .isTrue();
        }
    }

    String head(long bodyId) {
        return """
                {"bodyId": %d, "position": "COMMUNE_PEOPLES_COMMITTEE_CHAIR", "fullName": "Phó Chủ tịch Lê Văn Tâm",
                 "activeFrom": "2025-07-01"}""".formatted(bodyId);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndWritesNothing() throws Exception {
        long body = setting.peoplesCommittee().id();
        long before = sessionsOf(body);

        var unknownKind = call(
                setting.receptionOfficer(),
                "POST",
                "/api/v1/reception/sessions",
                regularSession(body, today).replace("REGULAR", "WEEKLY"));
        assertThat(ApiClient.isProblem(unknownKind, 400)).as(unknownKind.body()).isTrue();
        JsonNode error = ApiClient.json(unknownKind).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("kind");
        assertThat(error.get("message").asString()).contains("WEEKLY").contains("PERIODIC");
        assertThat(error.get("allowed").valueStream().map(JsonNode::asString))
                .containsExactly("REGULAR", "PERIODIC", "AD_HOC");

        var wrongType = call(
                setting.receptionOfficer(),
                "POST",
                "/api/v1/reception/sessions",
                regularSession(body, today).replace("\"online\": false", "\"online\": \"có\""));
        assertThat(ApiClient.isProblem(wrongType, 400)).as(wrongType.body()).isTrue();
        assertThat(ApiClient.json(wrongType).get("errors").get(0).get("field").asString())
                .isEqualTo("online");

        var missing = call(
                setting.receptionOfficer(),
                "POST",
                "/api/v1/reception/sessions",
                regularSession(body, today).replace("\"place\": \"Phòng tiếp công dân\",", ""));
        assertThat(ApiClient.isProblem(missing, 400)).as(missing.body()).isTrue();
        assertThat(missing.body()).contains("\"field\":\"place\"");

        var endsFirst = call(
                setting.receptionOfficer(),
                "POST",
                "/api/v1/reception/sessions",
                regularSession(body, today).replace("\"endsAt\": \"11:00\"", "\"endsAt\": \"07:00\""));
        assertThat(ApiClient.isProblem(endsFirst, 400)).as(endsFirst.body()).isTrue();

        var backwards = call(
                setting.receptionOfficer(),
                "GET",
                "/api/v1/reception/visits?from=" + today + "&to=" + today.minusDays(1),
                null);
        assertThat(ApiClient.isProblem(backwards, 400)).as(backwards.body()).isTrue();

        var futureVisit = call(
                setting.receptionOfficer(),
                "POST",
                "/api/v1/reception/visits",
                visit(body, "FEEDBACK")
                        .replace(today.toString(), today.plusDays(2).toString()));
        assertThat(ApiClient.isProblem(futureVisit, 400)).as(futureVisit.body()).isTrue();
        assertThat(sessionsOf(body)).isEqualTo(before);
    }

    @Test
    void aDenouncersVisitShowsNoIdentityButToStaffHoldingThePermission() throws Exception {
        long body = setting.peoplesCommittee().id();
        var plain = call(setting.receptionOfficer(), "POST", "/api/v1/reception/visits", visit(body, "FEEDBACK"));
        assertThat(plain.statusCode()).as(plain.body()).isEqualTo(201);
        long plainId = ApiClient.json(plain).get("id").asLong();
        assertThat(call(setting.receptionOfficer(), "GET", "/api/v1/reception/visits/" + plainId, null)
                        .body())
                .contains("Hồ Thị Mai");

        var sealed = call(setting.receptionOfficer(), "POST", "/api/v1/reception/visits", visit(body, "DENUNCIATION"));
        assertThat(sealed.statusCode()).as(sealed.body()).isEqualTo(201);
        long id = ApiClient.json(sealed).get("id").asLong();
        assertThat(sealed.body()).doesNotContain("Hồ Thị Mai").doesNotContain("0905111222");
        var read = call(setting.receptionOfficer(), "GET", "/api/v1/reception/visits/" + id, null);
        assertThat(ApiClient.json(read).get("visitorSealed").asBoolean()).isTrue();
        assertThat(read.body()).doesNotContain("Hồ Thị Mai").doesNotContain("0905111222");
        var list = call(setting.receptionOfficer(), "GET", "/api/v1/reception/visits?body=" + body, null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"id\":" + id).contains("Hồ Thị Mai"); // the plain visit's only
        assertThat(ApiClient.json(list)
                        .valueStream()
                        .filter(v -> v.get("id").asLong() == id)
                        .findFirst()
                        .orElseThrow()
                        .get("visitorName")
                        .isNull())
                .isTrue();

        var refused = call(setting.receptionOfficer(), "GET", "/api/v1/reception/visits/" + id + "/identity", null);
        assertThat(ApiClient.isProblem(refused, 403)).as(refused.body()).isTrue();
        assertThat(refused.body()).doesNotContain("Hồ Thị Mai");
        var revealed = as(confidant, "GET", "/api/v1/reception/visits/" + id + "/identity", null);
        assertThat(revealed.statusCode()).as(revealed.body()).isEqualTo(200);
        assertThat(revealed.body()).contains("Hồ Thị Mai");
        assertThat(jdbc.sql("select count(*) from shared.audit_event where action = 'reception.identity-viewed'"
                                + " and subject_id = ?")
                        .param(String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aVisitBecomesAPetitionOnce() throws Exception {
        long body = setting.peoplesCommittee().id();
        long id = ApiClient.json(
                        call(setting.receptionOfficer(), "POST", "/api/v1/reception/visits", visit(body, "COMPLAINT")))
                .get("id")
                .asLong();
        var petition = call(setting.receptionOfficer(), "POST", "/api/v1/reception/visits/" + id + "/petition", null);
        assertThat(petition.statusCode()).as(petition.body()).isEqualTo(201);
        long petitionId = ApiClient.json(petition).get("id").asLong();
        assertThat(petition.headers().firstValue("Location")).hasValue("/api/v1/petitions/" + petitionId);
        assertThat(ApiClient.json(call(setting.receptionOfficer(), "GET", "/api/v1/reception/visits/" + id, null))
                        .get("petitionId")
                        .asLong())
                .isEqualTo(petitionId);
        var again = call(setting.receptionOfficer(), "POST", "/api/v1/reception/visits/" + id + "/petition", null);
        assertThat(ApiClient.isProblem(again, 409)).as(again.body()).isTrue();
    }

    @Test
    void headsAndTheirObligationsAreReadAndAppointedAsOnTheDesk() throws Exception {
        long body = setting.partyCommittee().id();
        var heads = call(setting.partyOffice(), "GET", "/api/v1/reception/heads?body=" + body, null);
        assertThat(heads.statusCode()).isEqualTo(200);
        assertThat(heads.body()).contains("Bí thư Lê Văn Hùng");

        var standings = call(
                setting.partyOffice(), "GET", "/api/v1/reception/obligations?body=" + body + "&day=" + today, null);
        assertThat(standings.statusCode()).as(standings.body()).isEqualTo(200);
        JsonNode standing = ApiClient.json(standings).get(0);
        assertThat(standing.get("headId").asLong())
                .isEqualTo(setting.secretary().id());
        assertThat(standing.get("status").asString()).isIn("MET", "SCHEDULED", "AT_RISK", "MISSED");
        assertThat(standing.get("source").asString()).isNotBlank();

        var appointed = call(
                setting.receptionOfficer(),
                "POST",
                "/api/v1/reception/heads",
                head(setting.peoplesCommittee().id()));
        assertThat(appointed.statusCode()).as(appointed.body()).isEqualTo(201);
        assertThat(call(
                                setting.receptionOfficer(),
                                "GET",
                                "/api/v1/reception/heads?body="
                                        + setting.peoplesCommittee().id(),
                                null)
                        .body())
                .contains("Phó Chủ tịch Lê Văn Tâm");
        var unknownPosition = call(
                setting.receptionOfficer(),
                "POST",
                "/api/v1/reception/heads",
                head(setting.peoplesCommittee().id()).replace("COMMUNE_PEOPLES_COMMITTEE_CHAIR", "MAYOR"));
        assertThat(ApiClient.isProblem(unknownPosition, 400)).isTrue();
        assertThat(ApiClient.json(unknownPosition)
                        .get("errors")
                        .get(0)
                        .get("allowed")
                        .toString())
                .contains("AGENCY_HEAD");
    }
}
