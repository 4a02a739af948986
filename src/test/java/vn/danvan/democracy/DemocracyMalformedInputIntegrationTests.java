package vn.danvan.democracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.TestUnits;
import vn.danvan.WebSession;

/**
 * Malformed requests to every door of the democracy module — staff pages, portal pages, feeds, the API — are
 * refused (4xx, or the form shown again with its message), never 5xx, and add no row to its tables.
 */
@DanvanIntegrationTest
class DemocracyMalformedInputIntegrationTests {

    static final List<String> TABLES =
            List.of("disclosure", "disclosure_document", "disclosure_event", "follower", "hamlet", "household");

    @LocalServerPort
    int port;

    @Autowired
    DemocracyFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(
                    table,
                    jdbc.sql("select count(*) from democracy." + table)
                            .query(Integer.class)
                            .single());
        }
        return counts;
    }

    @Test
    void malformedRequestsAreRefusedWithoutAServerErrorAndWriteNothing() throws Exception {
        var setting = fixtures.setting();
        var officer = setting.thuanHoaOfficer();
        WebSession staff =
                WebSession.signedIn(port, officer.username(), DemocracyFixtures.PASSWORD_PREFIX + officer.username());
        WebSession citizen = new WebSession(port);
        Map<String, Integer> before = counts();
        List<String> problems = new ArrayList<>();
        String longText = "x".repeat(20_001);

        List<String> staffGets = List.of(
                "/disclosures?status=NOPE",
                "/disclosures?from=2026-13-45",
                "/disclosures?body=abc",
                "/disclosures?category=X",
                "/disclosures/abc",
                "/disclosures/999999999",
                "/disclosures/999999999/edit",
                "/disclosures/999999999/documents/1",
                "/disclosures/compliance?from=x",
                "/disclosures/compliance?from=2026-12-01&to=2026-01-01",
                "/disclosures/compliance?from=1800-01-01",
                "/households?body=abc",
                "/households/999999999",
                "/households/abc");
        for (String path : staffGets) {
            check(problems, "GET " + path, staff.get(path).statusCode());
        }
        staff.get("/disclosures/new");
        List<Map<String, String>> badItems = List.of(
                Map.of("bodyId", String.valueOf(setting.thuanHoa().id()), "category", "NOPE", "title", "A"),
                Map.of("bodyId", "abc", "title", "A", "documentDate", "2026-10-01"),
                Map.of("bodyId", "999999999", "title", "A", "documentDate", "2026-10-01"),
                Map.of("bodyId", String.valueOf(setting.thuanHoa().id()), "title", "A", "documentDate", "31/12/2026"),
                Map.of(
                        "bodyId",
                        String.valueOf(setting.thuanHoa().id()),
                        "title",
                        "A\u0000",
                        "documentDate",
                        "2026-10-01"),
                Map.of(
                        "bodyId",
                        String.valueOf(setting.thuanHoa().id()),
                        "title",
                        longText,
                        "documentDate",
                        "2026-10-01"),
                Map.of("bodyId", String.valueOf(setting.thuanHoa().id()), "title", "A", "documentDate", "1800-01-01"));
        for (Map<String, String> form : badItems) {
            staff.get("/disclosures/new");
            check(
                    problems,
                    "POST /disclosures " + form.keySet(),
                    staff.post("/disclosures", form).statusCode());
        }
        staff.get("/disclosures/new");
        check(
                problems,
                "POST publish unknown",
                staff.post("/disclosures/999999999/publish", Map.of()).statusCode());
        staff.get("/households");
        check(
                problems,
                "POST edit unknown household",
                staff.post("/households/999999999", Map.of("members", "abc")).statusCode());

        List<String> publicGets = List.of(
                "/portal/disclosures?province=ZZ",
                "/portal/disclosures?q=" + longText,
                "/portal/disclosures/12345",
                "/portal/disclosures/" + TestUnits.THUAN_HOA + "/items/abc",
                "/portal/disclosures/" + TestUnits.THUAN_HOA + "/items/999999999",
                "/portal/disclosures/" + TestUnits.THUAN_HOA + "/items/999999999/documents/x",
                "/portal/disclosures/12345/feed.atom",
                "/portal/disclosures/12345/feed.json",
                "/portal/disclosures/follow/confirm",
                "/portal/disclosures/follow/stop?token=nope");
        for (String path : publicGets) {
            check(problems, "GET " + path, citizen.get(path).statusCode());
        }
        citizen.get("/portal/disclosures/" + TestUnits.THUAN_HOA);
        check(
                problems,
                "POST follow long address",
                citizen.post(
                                "/portal/disclosures/" + TestUnits.THUAN_HOA + "/follow",
                                Map.of("email", "a".repeat(300) + "@example.vn"))
                        .statusCode());
        citizen.get("/portal/disclosures/" + TestUnits.THUAN_HOA);
        check(
                problems,
                "POST follow unknown commune",
                citizen.post("/portal/disclosures/12345/follow", Map.of("email", "a@example.vn"))
                        .statusCode());
        citizen.get("/portal/disclosures/" + TestUnits.THUAN_HOA);
        check(
                problems,
                "POST confirm unknown token",
                citizen.post("/portal/disclosures/follow/confirm", Map.of("token", "khong-co"))
                        .statusCode());

        for (String path : List.of(
                "/api/v1/disclosures",
                "/api/v1/disclosures?commune=" + TestUnits.THUAN_HOA + "&status=NOPE",
                "/api/v1/disclosures?commune=" + TestUnits.THUAN_HOA + "&category=NOPE")) {
            check(problems, "API " + path, api(setting.provinceHead(), path).statusCode());
        }

        assertThat(problems).isEmpty();
        assertThat(counts()).isEqualTo(before);
    }

    static void check(List<String> problems, String request, int status) {
        if (status >= 500) {
            problems.add(request + " → " + status);
        }
    }

    HttpResponse<String> api(vn.danvan.organization.StaffMember staff, String path) throws Exception {
        String credentials = staff.username() + ":" + DemocracyFixtures.PASSWORD_PREFIX + staff.username();
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
