package vn.danvan.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.TestUnits;
import vn.danvan.insight.CommunePlaces;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.OrganizationAdministration;
import vn.danvan.organization.UnitLevel;
import vn.danvan.portal.PortalFixtures;

/**
 * GeoReport v2 lets a client locate a request by {@code lat}/{@code long} alone or by {@code address_string}
 * alone: the commune is found from the point (the imported boundary, else the nearest placed commune) or from
 * the address text; what neither places goes to the province's reception office, never refused. A request with no
 * location at all is refused with 400.
 */
@DanvanIntegrationTest
class Open311LocationApiTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** A square around the centre of Thuận Hoá ward (Huế), longitude first as GeoJSON orders positions. */
    static final String THUAN_HOA_SQUARE = """
            {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"code": "19789"},
              "geometry": {"type": "Polygon", "coordinates": [[[107.57, 16.44], [107.62, 16.44], [107.62, 16.48],
                [107.57, 16.48], [107.57, 16.44]]]}}]}
            """;

    @LocalServerPort
    int port;

    @Autowired
    ApiClientManagement clients;

    @Autowired
    PortalFixtures portal;

    @Autowired
    CommunePlaces places;

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();
    String key;

    @BeforeEach
    void aClientWithAKeyAndTheWardsBoundary() {
        portal.setting();
        places.importGeoJson(THUAN_HOA_SQUARE);
        administration.addBody(
                "BTCD-" + UUID.randomUUID().toString().substring(0, 8),
                "Ban Tiếp công dân tỉnh",
                BodyKind.RECEPTION_OFFICE,
                UnitLevel.PROVINCE,
                TestUnits.HUE,
                null,
                null);
        key = clients.issue("Ứng dụng bản đồ " + UUID.randomUUID(), "map@example.vn")
                .key();
    }

    @Test
    void aRequestLocatedByLatAndLongAloneIsPlacedInTheCommuneWhoseBoundaryHoldsThePoint() throws Exception {
        var created = post(Map.of("lat", "16.4637", "long", "107.5909"));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(caseOf(created))
                .containsEntry("commune_code", TestUnits.THUAN_HOA)
                .containsEntry("kind", "PEOPLES_COMMITTEE");
    }

    @Test
    void aPointOutsideEveryBoundaryGoesToTheNearestPlacedCommuneWithinReach() throws Exception {
        var created = post(Map.of("lat", "16.4300", "long", "107.6300"));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(caseOf(created)).containsEntry("commune_code", TestUnits.THUAN_HOA);
    }

    @Test
    void aRequestLocatedByAddressStringAloneIsPlacedByTheCommuneItNamesWithoutDiacritics() throws Exception {
        var created = post(Map.of("address_string", "Kiet 45 Nguyen Hue, P. Thuan Hoa, TP Hue"));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(caseOf(created)).containsEntry("commune_code", TestUnits.THUAN_HOA);
    }

    @Test
    void aPointOrAddressThatNamesNoCommuneGoesToTheProvincesReceptionOfficeToBeLocatedByHand() throws Exception {
        var far = post(Map.of("lat", "10.0", "long", "100.0"));
        assertThat(far.statusCode()).isEqualTo(201);
        assertThat(caseOf(far)).containsEntry("kind", "RECEPTION_OFFICE").containsEntry("level", "PROVINCE");
        assertThat(caseOf(far).get("commune_code")).isNull();

        var vague = post(Map.of("address_string", "gần chợ, đầu ngõ nhà văn hoá"));
        assertThat(vague.statusCode()).isEqualTo(201);
        assertThat(caseOf(vague)).containsEntry("kind", "RECEPTION_OFFICE");
    }

    @Test
    void aRequestWithNeitherAPointNorAnAddressIsRefusedWith400AndWritesNothing() throws Exception {
        long before = jdbc.sql("select count(*) from petition.petition")
                .query(Long.class)
                .single();
        var refused = post(Map.of());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).get(0).get("description").asString())
                .contains("address_id")
                .contains("address_string");
        var halfAPoint = post(Map.of("lat", "16.46"));
        assertThat(halfAPoint.statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from petition.petition")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    private Map<String, Object> caseOf(HttpResponse<String> created) {
        String code =
                JSON.readTree(created.body()).get(0).get("service_request_id").asString();
        return jdbc.sql("""
                select p.commune_code, b.kind, b.level from petition.petition p
                join organization.body b on b.id = p.body_id where p.tracking_code = ?
                """).param(code).query().singleRow();
    }

    private HttpResponse<String> post(Map<String, String> location) throws Exception {
        Map<String, String> form = new java.util.HashMap<>(location);
        form.put("api_key", key);
        form.put("service_code", "FEEDBACK-ENVIRONMENT");
        form.put("description", "Cây đổ chắn ngang đường " + UUID.randomUUID());
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/open311/v2/requests.json"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
