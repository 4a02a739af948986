package vn.danvan.insight;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
import vn.danvan.portal.CitizenSubmissions.CitizenSubmission;
import vn.danvan.portal.CitizenSubmissions.Receipt;
import vn.danvan.portal.PortalFixtures;

/**
 * In a real headless Chromium: a leader signs in and lands on the home page, opens the overdue cases behind its
 * figure, looks at the map (markers drawn without any tile server reachable) and at the communes' view, and opens
 * the cases of a commune. The home page, the map, the case page with its point and the portal's form and tracking
 * page pass axe-core's WCAG 2.1 AA rules at 1280 and 390 px; screenshots land in target/screenshots.
 */
@DanvanIntegrationTest
class InsightJourneyBrowserTests {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    PortalFixtures portal;

    @Autowired
    CommunePlaces places;

    @Autowired
    JdbcClient jdbc;

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

    @Test
    void aLeaderSignsInSeesTheHomePageAndTheMapAndOpensItsCases() {
        var setting = portal.setting();
        places.importGeoJson("""
                {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"code": "19789"},
                  "geometry": {"type": "Point", "coordinates": [107.5850, 16.4580]}}]}
                """);
        Receipt late = portal.submit(withPoint("Nước thải tràn ra đường Lê Lợi", "16.463700", "107.590900"));
        Receipt other = portal.submit(withPoint("Đèn đường hỏng kiệt 45", "16.466000", "107.594000"));
        jdbc.sql("update petition.petition set processing_due = ? where id = ?")
                .param(LocalDate.now().minusDays(2))
                .param(late.petitionId())
                .update();

        Page page = offline(browser.newPage(1280, 900, true));
        page.navigate(url("/login"));
        page.getByLabel("Tên đăng nhập").fill(setting.wardOfficer().username());
        page.getByLabel("Mật khẩu").fill(setting.wardOfficerPassword());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
        assertThat(page).hasURL(url("/home"));
        assertThat(page.locator("h1")).hasText("Tổng quan công việc");
        assertThat(page.locator("#kpi-overdue strong")).hasText("1");
        assertThat(page.locator("#months + canvas, .chart-canvas canvas").first())
                .isVisible();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("home-1280.png"))
                .setFullPage(true));

        page.locator("#kpi-overdue").click();
        assertThat(page.getByText(late.trackingCode())).isVisible();
        assertThat(page.getByText(other.trackingCode())).hasCount(0);

        page.navigate(url("/map"));
        assertThat(page.locator("#case-map .map-cluster").first()).isVisible();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("map-1280.png"))
                .setFullPage(true));
        page.getByLabel("Theo xã, phường").check();
        assertThat(page.locator("#case-map .map-cluster.commune").first()).isVisible();
        page.locator("#commune-table a").first().click();
        assertThat(page.getByText(late.trackingCode())).isVisible();
        assertThat(page.getByText(other.trackingCode())).isVisible();

        page.navigate(url("/petitions/" + late.petitionId()));
        assertThat(page.locator("#case-place .point-map")).isVisible();

        List<String> problems = new ArrayList<>();
        List<String> paths =
                List.of("/home", "/map", "/map?deadline=OVERDUE", "/petitions/" + late.petitionId(), "/home?lang=en");
        for (int width : new int[] {1280, 390}) {
            Page audited = width == 1280 ? page : signedIn(width, setting);
            for (String path : paths) {
                audited.navigate(url(path));
                audited.waitForTimeout(300);
                Accessibility.violations(audited).forEach(v -> problems.add(width + " " + path + " → " + v));
                if (!fitsTheScreen(audited)) {
                    problems.add(width + " " + path + " → wider than the screen");
                }
            }
            audited.navigate(url("/home?lang=vi"));
            audited.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("home-" + width + ".png"))
                    .setFullPage(true));
            audited.navigate(url("/map"));
            audited.locator("#case-map .map-cluster").first().waitFor();
            audited.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("map-" + width + ".png"))
                    .setFullPage(true));
        }
        for (int width : new int[] {1280, 390}) {
            Page citizen = offline(browser.newPage(width, 800, true));
            for (String path : List.of("/portal/submit", "/portal/track?code=" + late.trackingCode())) {
                citizen.navigate(url(path));
                Accessibility.violations(citizen).forEach(v -> problems.add(width + " " + path + " → " + v));
                if (!fitsTheScreen(citizen)) {
                    problems.add(width + " " + path + " → wider than the screen");
                }
            }
            assertThat(citizen.locator("#case-place .point-map")).isVisible();
            citizen.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("track-" + width + ".png"))
                    .setFullPage(true));
        }
        assertThat(problems).isEmpty();
    }

    private Page signedIn(int width, PortalFixtures.Setting setting) {
        Page page = offline(browser.newPage(width, 844, true));
        page.navigate(url("/login"));
        page.getByLabel("Tên đăng nhập").fill(setting.wardOfficer().username());
        page.getByLabel("Mật khẩu").fill(setting.wardOfficerPassword());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
        return page;
    }

    /** The machines reach no tile server: refused at once, as a browser offline would be, the maps draw without. */
    private static Page offline(Page page) {
        page.context().route(url -> !url.contains("localhost"), route -> route.abort());
        return page;
    }

    private static boolean fitsTheScreen(Page page) {
        return (Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
    }

    private static CitizenSubmission withPoint(String title, String lat, String lon) {
        var base = PortalFixtures.feedback(title, "cong-dan-" + UUID.randomUUID() + "@example.vn");
        return new CitizenSubmission(
                base.type(),
                base.fieldCode(),
                base.title(),
                base.content(),
                base.communeCode(),
                new BigDecimal(lat),
                new BigDecimal(lon),
                base.anonymous(),
                base.fullName(),
                base.phone(),
                base.email(),
                base.address(),
                base.publishAnswer());
    }
}
