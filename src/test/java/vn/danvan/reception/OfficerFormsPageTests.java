package vn.danvan.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.TestUnits;
import vn.danvan.WebSession;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.organization.web.ActorNames;
import vn.danvan.portal.RoutingTable;

/**
 * Issue 20, the officers' forms as people use them: communes picked by name, names instead of codes, required
 * fields marked, the walk-in citizen's printed receipt, petition titles from visits, no CSRF token in a filter's
 * address, robots.txt, numbers in the reader's format.
 */
@DanvanIntegrationTest
class OfficerFormsPageTests {

    @LocalServerPort
    int port;

    @Autowired
    ReceptionFixtures fixtures;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    RoutingTable routing;

    @Autowired
    ActorNames actorNames;

    @Autowired
    JdbcClient jdbc;

    ReceptionFixtures.Setting setting;

    @BeforeEach
    void setUp() {
        setting = fixtures.setting();
    }

    WebSession signedIn(StaffMember staff) throws Exception {
        return WebSession.signedIn(port, staff.username(), "mat-khau-tiep-dan-" + staff.username());
    }

    String thuanHoa() {
        return directory.commune(TestUnits.THUAN_HOA).orElseThrow().fullName();
    }

    @Test
    void theCommunePickerFindsACommuneByNameWithoutDiacriticsAndByTheNameOfACommuneMergedIntoIt() throws Exception {
        var session = signedIn(setting.receptionOfficer());
        var found = session.get("/units/communes?provinceCode=" + TestUnits.HUE + "&communeQuery=thuan+hoa");
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body())
                .contains("value=\"" + TestUnits.THUAN_HOA + "\"", thuanHoa())
                .doesNotContain("value=\"" + TestUnits.PHU_XUAN + "\"");
        var wholeProvince = session.get("/units/communes?provinceCode=" + TestUnits.HUE);
        assertThat(wholeProvince.body())
                .contains("value=\"" + TestUnits.THUAN_HOA + "\"", "value=\"" + TestUnits.PHU_XUAN + "\"");

        String former = "Xã Thử Ngày Xưa " + UUID.randomUUID().toString().substring(0, 6);
        long formerId = jdbc.sql("""
                insert into organization.administrative_unit
                    (level, code, name, full_name, unit_type, type_name, province_code, valid_from, valid_to, search_text)
                values ('COMMUNE', ?, ?, ?, 'xa', 'Xã', ?, date '2008-01-01', date '2025-06-30', ?) returning id
                """)
                .param(String.valueOf(90000 + (int) (Math.random() * 9999)))
                .param(former.substring(3))
                .param(former)
                .param(TestUnits.HUE)
                .param(vn.danvan.shared.VietnameseText.fold(former))
                .query(Long.class)
                .single();
        jdbc.sql("""
                insert into organization.unit_succession (predecessor_id, successor_id, effective_on)
                select ?, id, date '2025-07-01' from organization.administrative_unit
                where level = 'COMMUNE' and code = ? and valid_to is null
                """).param(formerId).param(TestUnits.THUAN_HOA).update();
        var byFormerName = session.get("/units/communes?provinceCode=" + TestUnits.HUE + "&communeQuery="
                + java.net.URLEncoder.encode("thu ngay xua", "UTF-8"));
        assertThat(byFormerName.body())
                .as("a commune merged on 1/7/2025 leads to the one it became")
                .contains("value=\"" + TestUnits.THUAN_HOA + "\"", former);

        var noProvince = session.get("/units/communes?communeQuery=a");
        assertThat(noProvince.body())
                .as("one letter over the whole country finds nothing")
                .doesNotContain("value=\"0");
    }

    @Test
    void theVisitFormPicksTheCommuneByNameAndMarksItsRequiredFields() throws Exception {
        var page = signedIn(setting.receptionOfficer()).get("/reception/visits/new");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .as("no five-digit code typed any more")
                .doesNotContain("maxlength=\"5\"")
                .contains("id=\"visit-area-province\"", "id=\"visit-area-commune\"", "name=\"communeCode\"")
                .contains("<label for=\"visit-area-query\"", "id=\"visit-area-query\"")
                .contains(">" + thuanHoa() + "<")
                .as("the officer's own province opens the picker, so it works without JavaScript")
                .containsPattern("<option value=\"" + TestUnits.HUE + "\" selected=\"selected\">");
        assertThat(page.body())
                .contains("class=\"required-mark\" aria-hidden=\"true\">*</span>")
                .contains("<span class=\"visually-hidden\"> bắt buộc</span>");
        Matcher summaryLabel = Pattern.compile("<label for=\"summary\">(.*?)</label>", Pattern.DOTALL)
                .matcher(page.body());
        assertThat(summaryLabel.find()).isTrue();
        assertThat(summaryLabel.group(1)).contains("required-mark");
    }

    @Test
    void aWalkInCitizenGetsAPrintableReceiptAndThePetitionIsTitledNotTheWholeContent() throws Exception {
        var session = signedIn(setting.receptionOfficer());
        session.get("/reception/visits/new");
        String summary =
                "Bà Lê Thị Hồng phản ánh việc đường kiệt 45 bị ngập sâu sau mỗi trận mưa lớn. Nước tràn vào nhà"
                        + " nhiều hộ, đề nghị nạo vét cống thoát nước.";
        Map<String, String> form = new HashMap<>();
        form.put("bodyId", String.valueOf(setting.peoplesCommittee().id()));
        form.put("visitedOn", "2026-11-27");
        form.put("visitorKind", "INDIVIDUAL");
        form.put("peopleCount", "1");
        form.put("representativeCount", "0");
        form.put("visitorName", "Lê Thị Hồng");
        form.put("provinceCode", TestUnits.HUE);
        form.put("communeCode", TestUnits.THUAN_HOA);
        form.put("matter", "NEW");
        form.put("contentType", "FEEDBACK");
        form.put("fieldCode", "LAND");
        form.put("summary", summary);
        var visit = session.post("/reception/visits", form);
        assertThat(visit.uri().getPath()).matches("/reception/visits/\\d+");
        assertThat(visit.body()).contains("id=\"open-receipt\"");

        var petition = session.post(visit.uri().getPath() + "/petition", Map.of("title", ""));
        assertThat(petition.uri().getPath()).matches("/petitions/\\d+");
        long petitionId = Long.parseLong(petition.uri().getPath().replaceAll("\\D", ""));
        assertThat(jdbc.sql("select title from petition.petition where id = ?")
                        .param(petitionId)
                        .query(String.class)
                        .single())
                .as("the first sentence, not the whole content")
                .isEqualTo("Bà Lê Thị Hồng phản ánh việc đường kiệt 45 bị ngập sâu sau mỗi trận mưa lớn");
        assertThat(petition.body())
                .as("the timeline shows the officer's name, not the account name")
                .contains("Cán bộ " + setting.receptionOfficer().username());
        String trackingCode = jdbc.sql("select tracking_code from petition.petition where id = ?")
                .param(petitionId)
                .query(String.class)
                .single();

        var receipt = session.get(visit.uri().getPath() + "/receipt");
        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(receipt.body())
                .contains("PHIẾU TIẾP NHẬN", "Lê Thị Hồng", "27/11/2026", "Nước tràn vào nhà nhiều hộ")
                .contains("id=\"receipt-code\">" + trackingCode + "<")
                .contains(setting.peoplesCommittee().name())
                .contains("id=\"receipt-officer\">Cán bộ "
                        + setting.receptionOfficer().username() + "<")
                .contains("id=\"print\"", "/css/danvan.css");
        assertThat(signedIn(setting.outsider())
                        .get(visit.uri().getPath() + "/receipt")
                        .statusCode())
                .as("another ward's officer")
                .isEqualTo(403);

        session.get("/reception/visits/new");
        form.put("summary", "Ông Trần Văn Bình đề nghị cấp lại giấy chứng nhận quyền sử dụng đất bị mất.");
        var second = session.post("/reception/visits", form);
        var titled = session.post(second.uri().getPath() + "/petition", Map.of("title", "Cấp lại sổ đỏ bị mất"));
        long titledId = Long.parseLong(titled.uri().getPath().replaceAll("\\D", ""));
        assertThat(jdbc.sql("select title from petition.petition where id = ?")
                        .param(titledId)
                        .query(String.class)
                        .single())
                .isEqualTo("Cấp lại sổ đỏ bị mất");
    }

    @Test
    void theQueueFilterPicksTheCommuneByNameAndItsAddressNeverCarriesTheCsrfToken() throws Exception {
        var session = signedIn(setting.receptionOfficer());
        var queue = session.get("/petitions?province=" + TestUnits.HUE + "&commune=" + TestUnits.THUAN_HOA);
        assertThat(queue.statusCode()).isEqualTo(200);
        String filter = queue.body().substring(queue.body().indexOf("<form class=\"card filters\""));
        filter = filter.substring(0, filter.indexOf("</form>"));
        assertThat(filter)
                .as("a GET form carries no CSRF field, so submitting it puts none in the address")
                .doesNotContain("_csrf")
                .contains("method=\"get\"", "name=\"commune\"", "name=\"province\"")
                .containsPattern("<option value=\"" + TestUnits.THUAN_HOA + "\" selected=\"selected\">")
                .doesNotContain("maxlength=\"5\"");
        var filtered = session.get("/petitions?q=&province=" + TestUnits.HUE + "&commune=" + TestUnits.THUAN_HOA);
        assertThat(filtered.uri().toString()).doesNotContain("_csrf");
        assertThat(filtered.body()).doesNotContainPattern("href=\"[^\"]*_csrf");
    }

    @Test
    void theRoutingTableShowsTheNamesOfTheFieldProvinceAndCommuneNotTheirCodes() throws Exception {
        StaffMember admin = fixtures.staff(
                "quantri-" + UUID.randomUUID().toString().substring(0, 8),
                setting.peoplesCommittee(),
                EnumSet.of(Role.ADMINISTRATOR));
        long provinceRule = routing.add(new RoutingTable.NewRule(
                "01", null, "CORRUPTION", null, setting.peoplesCommittee().id()));
        long communeRule = routing.add(new RoutingTable.NewRule(
                "01", "00004", "LAND", null, setting.peoplesCommittee().id()));
        try {
            var page = signedIn(admin).get("/admin/routing");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .contains(">" + directory.province("01").orElseThrow().fullName() + "<")
                    .contains(">" + directory.commune("00004").orElseThrow().fullName() + "<")
                    .contains(">Tham nhũng, tiêu cực<")
                    .doesNotContain(">CORRUPTION<", ">01<", ">00004<", ">LAND<")
                    .contains("id=\"routing-area-province\"", "id=\"routing-area-commune\"");
        } finally {
            routing.remove(provinceRule);
            routing.remove(communeRule);
        }
    }

    @Test
    void timelinesNameTheSystemTheCitizenOnThePortalAndStaffByFullName() {
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("vi"));
        assertThat(actorNames.name("system")).isEqualTo("Hệ thống");
        assertThat(actorNames.name("anonymousUser")).isEqualTo("Công dân (qua cổng)");
        assertThat(actorNames.name("tran.hoa@example.vn"))
                .as("a signed-in citizen's login is personal data")
                .isEqualTo("Công dân (tài khoản)");
        assertThat(actorNames.name(setting.receptionOfficer().username()))
                .isEqualTo("Cán bộ " + setting.receptionOfficer().username());
        org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void numbersReadTheVietnameseWayOnAReportAndTheEnglishWayInEnglish() throws Exception {
        var session = signedIn(setting.partyOffice());
        session.get("/reception/visits/new");
        Map<String, String> form = new HashMap<>();
        form.put("bodyId", String.valueOf(setting.partyCommittee().id()));
        form.put("visitedOn", "2026-11-20");
        form.put("visitorKind", "GROUP");
        form.put("peopleCount", "1234");
        form.put("representativeCount", "5");
        form.put("representativesInWriting", "true");
        form.put("representativesAmongGroup", "true");
        form.put("visitorName", "Đoàn hộ dân tổ 7");
        form.put("matter", "NEW");
        form.put("contentType", "COMPLAINT");
        form.put("fieldCode", "LAND");
        form.put("summary", "Đoàn đông người khiếu nại việc bồi thường giải phóng mặt bằng.");
        var visit = session.post("/reception/visits", form);
        assertThat(visit.uri().getPath()).matches("/reception/visits/\\d+");

        String query = "/reports/reception?body=" + setting.partyCommittee().id() + "&from=2026-11-01&to=2026-11-30";
        var vietnamese = session.get(query + "&lang=vi");
        assertThat(vietnamese.statusCode()).isEqualTo(200);
        assertThat(vietnamese.body()).contains(">1.234<").doesNotContain(">1234<", ">1,234<");
        var english = session.get(query + "&lang=en");
        assertThat(english.body()).contains(">1,234<").doesNotContain(">1.234<");
        session.get(query + "&lang=vi");
    }

    @Test
    void robotsTxtKeepsCrawlersToThePortalAndEveryPageNamesItsIconAndDescription() throws Exception {
        var stranger = new WebSession(port);
        var robots = stranger.get("/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.body())
                .contains("User-agent: *", "Allow: /portal/", "Disallow: /api/", "Disallow: /login")
                .contains("Disallow: /petitions", "Disallow: /admin/");
        var portal = stranger.get("/portal");
        assertThat(portal.body())
                .contains("<link rel=\"icon\" href=\"/images/favicon.svg\" type=\"image/svg+xml\">")
                .containsPattern("<meta name=\"description\" content=\"[^\"]{40,}\">");
        assertThat(stranger.get("/images/favicon.svg").statusCode()).isEqualTo(200);
    }
}
