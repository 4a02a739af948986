package vn.danvan.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.TestUnits;
import vn.danvan.WebSession;
import vn.danvan.organization.Body;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.OrganizationAdministration;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.UnitLevel;
import vn.danvan.petition.ClassifyPetition;
import vn.danvan.petition.PetitionFigures;
import vn.danvan.petition.PetitionProcessing;
import vn.danvan.petition.PetitionType;
import vn.danvan.portal.CitizenSubmissions.CitizenSubmission;
import vn.danvan.portal.CitizenSubmissions.Receipt;
import vn.danvan.portal.PortalFixtures;

/**
 * The home page and the map through the real sign-in: a head lands on the home page, whose figures link to the
 * queue filtered to the cases behind them; the map clusters points on the server and never pins a denunciation
 * closer than its commune, on the page's data and on the API alike, also after a reclassification.
 */
@DanvanIntegrationTest
class InsightPageTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final BigDecimal LAT = new BigDecimal("16.463700");
    static final BigDecimal LON = new BigDecimal("107.590900");
    static final BigDecimal DENOUNCER_LAT = new BigDecimal("16.471234");
    static final BigDecimal DENOUNCER_LON = new BigDecimal("107.601234");

    @LocalServerPort
    int port;

    @Autowired
    PortalFixtures portal;

    @Autowired
    PetitionProcessing processing;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PetitionFigures figures;

    @Autowired
    CommunePlaces places;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    OrganizationAdministration administration;

    PortalFixtures.Setting setting;
    WebSession session;

    @BeforeEach
    void aWardWithItsHead() throws Exception {
        setting = portal.setting();
        places.importGeoJson("""
                {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"code": "19789"},
                  "geometry": {"type": "Point", "coordinates": [107.5850, 16.4580]}}]}
                """);
        session = new WebSession(port);
    }

    @Test
    void aHeadLandsOnTheHomePageWhereEachFigureLinksToTheCasesBehindIt() throws Exception {
        Receipt late = portal.submit(feedback("Rác thải tồn đọng kiệt 12", null, null));
        portal.submit(feedback("Đèn đường hỏng", null, null));
        // Received long ago: its processing deadline has passed.
        jdbc.sql("update petition.petition set processing_due = ? where id = ?")
                .param(LocalDate.now().minusDays(3))
                .param(late.petitionId())
                .update();

        var landed = session.login(setting.wardOfficer().username(), setting.wardOfficerPassword());
        assertThat(landed.uri().getPath()).isEqualTo("/home");
        String home = landed.body();
        long ward = setting.ward().id();
        assertThat(home)
                .contains("Tổng quan công việc")
                .contains("href=\"/petitions?body=" + ward + "&amp;deadline=OVERDUE\">1</a>")
                .contains("href=\"/petitions?deadline=OVERDUE\"")
                .contains("id=\"months\"")
                .contains("Hồ sơ tôi đang xử lý")
                .contains("Tiếp công dân hôm nay")
                // the ward was added just before: its name comes from the cached list of bodies, evicted on add
                .contains(setting.ward().name());
        var queue = session.get("/petitions?body=" + ward + "&deadline=OVERDUE");
        assertThat(queue.body()).contains(late.trackingCode());
    }

    @Test
    void theHomePagesTrendAndFieldsReadInOnePassEqualTheSeparateCountsAfterStateChangesAndTransfers() {
        Receipt older = portal.submit(feedback("Cống thoát nước tắc", null, null));
        Receipt resolved = portal.submit(feedback("Vỉa hè bị lấn chiếm", null, null));
        Receipt moved = portal.submit(feedback("Tiếng ồn karaoke", null, null));
        LocalDate today = figures.today();
        jdbc.sql("update petition.petition set received_on = ?, field_code = 'LAND' where id = ?")
                .param(today.minusMonths(2))
                .param(older.petitionId())
                .update();
        jdbc.sql("update petition.petition set resolved_on = ?, resolution_due = ? where id = ?")
                .param(today)
                .param(today.plusDays(5))
                .param(resolved.petitionId())
                .update();
        jdbc.sql("update petition.petition set body_id = ? where id = ?")
                .param(setting.province().id())
                .param(moved.petitionId())
                .update();
        YearMonth to = YearMonth.from(today);
        YearMonth from = to.minusMonths(11);
        var staff = setting.wardOfficer();

        var cells = figures.monthlyByField(staff, from, to);

        assertThat(PetitionFigures.months(cells, from, to)).isEqualTo(figures.monthly(staff, from, to));
        assertThat(PetitionFigures.fields(cells)).isEqualTo(figures.byField(staff, from.atDay(1), today));
        assertThat(PetitionFigures.months(cells, from, to))
                .filteredOn(m -> m.month().equals(to))
                .singleElement()
                .satisfies(m -> assertThat(m.resolvedOnTime()).isGreaterThanOrEqualTo(1));
    }

    @Test
    void aBodyAddedAfterTheListOfBodiesWasReadIsInTheNextReadAndOnTheHomePage() throws Exception {
        var landed = session.login(setting.wardOfficer().username(), setting.wardOfficerPassword());
        assertThat(organization.bodies())
                .extracting(Body::id)
                .contains(setting.ward().id());
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Body added = administration.addBody(
                "UBP-" + suffix,
                "UBND phường Mới " + suffix,
                BodyKind.PEOPLES_COMMITTEE,
                UnitLevel.COMMUNE,
                setting.ward().provinceCode(),
                setting.ward().communeCode(),
                setting.province().id());
        assertThat(organization.bodies()).extracting(Body::id).contains(added.id());
        assertThat(organization.bodyNames()).containsEntry(added.id(), added.name());
        assertThat(landed.uri().getPath()).isEqualTo("/home");
    }

    @Test
    void denunciationsAreNeverPinnedCloserThanTheirCommuneEvenAfterReclassification() throws Exception {
        Receipt pinned = portal.submit(feedback("Nước thải tràn ra đường", LAT, LON));
        Receipt denunciation = portal.submit(new CitizenSubmission(
                PetitionType.DENUNCIATION,
                "ENVIRONMENT",
                "Tố cáo cán bộ nhận tiền",
                "Cán bộ phường nhận tiền để bỏ qua vi phạm.",
                TestUnits.THUAN_HOA,
                DENOUNCER_LAT,
                DENOUNCER_LON,
                false,
                "Trần Văn Tố",
                "0912345678",
                null,
                "45 Nguyễn Huệ",
                false));
        Receipt becomes = portal.submit(feedback("Lấn chiếm vỉa hè", DENOUNCER_LAT, DENOUNCER_LON));
        session.login(setting.wardOfficer().username(), setting.wardOfficerPassword());

        JsonNode before = cells();
        assertThat(singles(before)).doesNotContain(denunciation.petitionId()).contains(becomes.petitionId());
        JsonNode commune = onlyCommune(before);
        assertThat(commune.get("denunciations").asLong()).isEqualTo(1);
        assertThat(commune.get("latitude").asDouble())
                .as("the commune's place, never the denouncer's point")
                .isEqualTo(16.4580);

        processing.classify(
                becomes.petitionId(),
                new ClassifyPetition(PetitionType.DENUNCIATION, "ENVIRONMENT", null, false),
                setting.wardOfficer());
        JsonNode after = cells();
        assertThat(singles(after)).doesNotContain(becomes.petitionId(), denunciation.petitionId());
        assertThat(points(after))
                .noneMatch(point -> point.startsWith(DENOUNCER_LAT.doubleValue() + "," + DENOUNCER_LON.doubleValue()));
        assertThat(onlyCommune(after).get("denunciations").asLong()).isEqualTo(2);

        assertThat(session.get("/petitions/" + pinned.petitionId()).body())
                .contains("class=\"point-map\"")
                .contains("data-lat=\"16.463700\"");
        assertThat(session.get("/petitions/" + becomes.petitionId()).body())
                .as("a denunciation's page shows its commune, not its point")
                .doesNotContain("point-map")
                .doesNotContain("16.471234");
        assertThat(new WebSession(port)
                        .get("/portal/track?code=" + pinned.trackingCode())
                        .body())
                .contains("data-lon=\"107.590900\"");
        assertThat(new WebSession(port)
                        .get("/portal/track?code=" + becomes.trackingCode())
                        .body())
                .doesNotContain("point-map");

        var page = session.get("/map");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"case-map\"").contains("id=\"commune-table\"");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("img-src 'self' data: https://tile.openstreetmap.org");
    }

    @Test
    void aMapWindowOutsideTheGlobeIsRefusedWithAVietnameseProblemNotA500() throws Exception {
        session.login(setting.wardOfficer().username(), setting.wardOfficerPassword());
        var refused = session.get("/map/cells?south=-100&west=0&north=10&east=10&zoom=5");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Vùng bản đồ không hợp lệ");
        assertThat(session.get("/map/cells?south=a&west=0&north=10&east=10&zoom=5")
                        .statusCode())
                .isEqualTo(400);
    }

    private JsonNode cells() throws Exception {
        var response = session.get("/map/cells?south=16.3&west=107.5&north=16.6&east=107.7&zoom=19");
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<String> points(JsonNode data) {
        List<String> points = new ArrayList<>();
        data.get("cells")
                .forEach(cell -> points.add(cell.get("latitude").asDouble() + ","
                        + cell.get("longitude").asDouble()));
        return points;
    }

    private static List<Long> singles(JsonNode data) {
        List<Long> ids = new ArrayList<>();
        data.get("cells").forEach(cell -> {
            if (!cell.get("petitionId").isNull()) {
                ids.add(cell.get("petitionId").asLong());
            }
        });
        return ids;
    }

    private static JsonNode onlyCommune(JsonNode data) {
        for (JsonNode commune : data.get("denunciations")) {
            if (commune.get("code").asString().equals(TestUnits.THUAN_HOA)) {
                return commune;
            }
        }
        throw new AssertionError("Thuận Hoá has no denunciation marker: " + data);
    }

    private static CitizenSubmission feedback(String title, BigDecimal lat, BigDecimal lon) {
        var base = PortalFixtures.feedback(title, "cong-dan-" + java.util.UUID.randomUUID() + "@example.vn");
        return new CitizenSubmission(
                base.type(),
                base.fieldCode(),
                base.title(),
                base.content(),
                base.communeCode(),
                lat,
                lon,
                base.anonymous(),
                base.fullName(),
                base.phone(),
                base.email(),
                base.address(),
                base.publishAnswer());
    }
}
