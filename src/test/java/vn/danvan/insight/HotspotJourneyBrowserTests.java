package vn.danvan.insight;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.Accessibility;
import vn.danvan.Browser;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.TestUnits;
import vn.danvan.organization.AdministrativeUnitImport;
import vn.danvan.organization.Body;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.OrganizationAdministration;
import vn.danvan.organization.Role;
import vn.danvan.organization.UnitLevel;
import vn.danvan.shared.VietnamTime;

/**
 * In a real headless Chromium: a leader signs in, sees the planted hot spot in the list, reads why it is hot and
 * opens its cases. Both new pages pass axe-core's WCAG 2.1 AA rules at 1280 and 390 px and fit the screen.
 */
@DanvanIntegrationTest
class HotspotJourneyBrowserTests {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    AdministrativeUnitImport units;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    HotspotWatch watch;

    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String commune = TestUnits.THUAN_HOA;
    int planted;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void petition(long bodyId, LocalDate receivedOn, String kind, int people) {
        planted++;
        jdbc.sql("""
                insert into petition.petition (tracking_code, body_id, channel, petition_type, field_code, petitioner_kind,
                    petitioner_count, title, content, commune_code, received_on, state, processing_due, search_text)
                values (:code, :body, 'POST', 'COMPLAINT', 'ENVIRONMENT', :kind, :people, :title,
                    'Mùi hôi từ trại chăn nuôi lợn ảnh hưởng cả tổ dân phố', :commune, :on, 'RECEIVED', :due, 'mui hoi trai lon')
                """)
                .param("code", "HB" + suffix + "-" + planted)
                .param("body", bodyId)
                .param("kind", kind)
                .param("people", people)
                .param("title", "Ô nhiễm mùi từ trại lợn " + suffix + " số " + planted)
                .param("commune", commune)
                .param("on", receivedOn)
                .param("due", receivedOn.plusDays(10))
                .update();
    }

    @Test
    void aLeaderSeesThePlantedHotSpotReadsWhyAndOpensItsCases() {
        TestUnits.ensureHue(units);
        LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
        Body committee = administration.addBody(
                "HB-UB-" + suffix,
                "UBND phường " + suffix,
                BodyKind.PEOPLES_COMMITTEE,
                UnitLevel.COMMUNE,
                TestUnits.HUE,
                commune,
                null);
        String username = "lanhdao-" + suffix;
        administration.addStaff(
                username,
                "mat-khau-" + username,
                "Lãnh đạo " + suffix,
                null,
                committee.id(),
                EnumSet.of(Role.HEAD_OF_BODY),
                false);
        for (int week = 1; week <= 52; week++) {
            petition(committee.id(), today.minusDays(7 + 7L * week), "INDIVIDUAL", 1);
        }
        for (int n = 0; n < 10; n++) {
            petition(committee.id(), today.minusDays(n % 2), n < 2 ? "GROUP" : "INDIVIDUAL", n < 2 ? 20 : 1);
        }

        watch.evaluate(today);

        Page page = browser.newPage(1280, 900);
        page.navigate(url("/insight/hotspots"));
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill("mat-khau-" + username);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
        page.navigate(url("/home"));
        var onHome = page.locator("#head a[href$='/insight/hotspots/" + commune + "/ENVIRONMENT']");
        assertThat(onHome).isVisible();
        onHome.click();
        assertThat(page.locator("#verdict")).containsText("đây là điểm nóng");
        page.navigate(url("/insight/hotspots"));
        var row = page.locator("#hotspots tr[data-commune='" + commune + "'][data-field='ENVIRONMENT']");
        assertThat(row).containsText("Điểm nóng");
        row.locator("a").click();
        assertThat(page.locator("#verdict")).containsText("đây là điểm nóng");
        assertThat(page.locator("tr[data-part='groups']")).containsText("2");
        String why = "/insight/hotspots/" + commune + "/ENVIRONMENT";
        assertThat(page.locator("#hotspots-computed, #computed-at")).containsText("Điểm tính lúc");
        page.locator("#on-map").click();
        assertThat(page.locator("#case-map")).isVisible();
        page.locator("#commune-table a").first().click();
        assertThat(page.locator("main")).containsText("Ô nhiễm mùi từ trại lợn " + suffix);
        page.navigate(url(why));
        page.locator("#cases").click();
        assertThat(page.locator("main")).containsText("Ô nhiễm mùi từ trại lợn " + suffix);

        List<String> problems = new ArrayList<>();
        for (int width : new int[] {1280, 390}) {
            Page sized = browser.newPage(width, 900, true);
            sized.navigate(url("/login"));
            sized.getByLabel("Tên đăng nhập").fill(username);
            sized.getByLabel("Mật khẩu").fill("mat-khau-" + username);
            sized.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                    .click();
            for (String path : List.of("/insight/hotspots", why)) {
                sized.navigate(url(path));
                audit(sized, width + " " + path, problems);
            }
            sized.navigate(url("/insight/hotspots"));
            sized.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/hotspots-" + width + ".png"))
                    .setFullPage(true));
            sized.navigate(url(why));
            sized.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/hotspot-why-" + width + ".png"))
                    .setFullPage(true));
            sized.navigate(url("/home"));
            sized.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/home-hotspots-" + width + ".png"))
                    .setFullPage(true));
            sized.navigate(url("/reports/petitions?from=" + today.minusDays(400) + "&to=" + today));
            sized.waitForFunction("typeof Chart === 'undefined' || document.querySelector('.chart-canvas canvas')");
            sized.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/report-charts-" + width + ".png"))
                    .setFullPage(true));
            sized.navigate(url(why + "?lang=en"));
            audit(sized, width + " " + why + "?lang=en", problems);
            sized.navigate(url("/insight/hotspots?lang=vi"));
        }
        assertThat(problems).isEmpty();
    }

    private static void audit(Page page, String label, List<String> problems) {
        Accessibility.violations(page).forEach(v -> problems.add(label + " → " + v));
        if (!(Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")) {
            problems.add(label + " → wider than the screen");
        }
    }
}
