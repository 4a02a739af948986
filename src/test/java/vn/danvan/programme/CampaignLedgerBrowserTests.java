package vn.danvan.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danvan.Accessibility;
import vn.danvan.Browser;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.TestUnits;
import vn.danvan.programme.CampaignCommands.RecordContribution;
import vn.danvan.programme.CampaignCommands.RecordPublication;
import vn.danvan.shared.VietnamTime;

/**
 * In a real headless Chromium: the public ledger pages pass axe-core's WCAG 2.1 AA rules and fit a phone's screen;
 * an officer records a contribution on the campaign's page and a citizen sees it on the ledger. Screenshots of the
 * main pages at 1280 and 390 px go to target/screenshots/.
 */
@DanvanIntegrationTest
class CampaignLedgerBrowserTests {

    static final LocalDate TODAY = LocalDate.now(VietnamTime.ZONE);
    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    CampaignFixtures fixtures;

    @Autowired
    CampaignLedger ledger;

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
    void anOfficerRecordsAGiftAndTheEveryPublicLedgerPagePassesAxeOnAPhoneAndADesk() {
        var setting = fixtures.setting();
        var staff = setting.wardStaff();
        String title = "Ủng hộ đồng bào bị ảnh hưởng bão số 5 " + setting.suffix();
        long id = ledger.create(
                CampaignFixtures.relief(
                        setting.wardFront(),
                        title,
                        setting.account("11"),
                        TODAY.minusDays(10),
                        TODAY.plusDays(20),
                        TODAY.plusDays(30)),
                TODAY,
                staff);
        ledger.publish(
                id, new RecordPublication(PublicationDuty.CALL, TODAY.minusDays(10), "Cổng thông tin"), TODAY, staff);
        ledger.contribute(
                id,
                CampaignFixtures.money(
                        "Công ty Cổ phần Dệt may Huế",
                        "25.000.000",
                        TODAY.minusDays(9),
                        ContributionChannel.BANK,
                        "FT-1"),
                staff);
        ledger.contribute(
                id,
                new RecordContribution(
                        ContributionKind.IN_KIND,
                        ContributionChannel.GOODS,
                        "Hợp tác xã Hương Trà",
                        false,
                        null,
                        null,
                        "Gạo",
                        "tấn",
                        "3,5",
                        TODAY.minusDays(8),
                        null),
                staff);
        long force = ledger.create(
                new CampaignCommands.CreateCampaign(
                        setting.wardFront().id(),
                        CampaignKind.TASK_FORCE,
                        "Tổ COVID cộng đồng " + setting.suffix(),
                        "Hỗ trợ người dân cách ly tại nhà",
                        null,
                        null,
                        null,
                        TODAY.minusDays(5),
                        null,
                        null,
                        null,
                        "Mỗi tổ dân phố một tổ"),
                TODAY,
                staff);
        ledger.publish(force, new RecordPublication(PublicationDuty.CALL, TODAY, "Loa phường"), TODAY, staff);

        Page office = browser.newPage(1280, 900);
        office.navigate(url("/programme/campaigns/" + id));
        office.getByLabel("Tên đăng nhập").fill(staff.username());
        office.getByLabel("Mật khẩu").fill(CampaignFixtures.PASSWORD_PREFIX + staff.username());
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
        office.navigate(url("/programme/campaigns/" + id));
        office.locator("#c-amount").fill("1.500.000");
        office.locator("#c-donor").fill("Bà Nguyễn Thị Hoa");
        office.locator("#c-channel").selectOption("CASH");
        office.locator("#contribution-form button[type=submit]").click();
        assertThat(office.locator("#received").textContent()).isEqualTo("26.500.000 ₫");
        office.locator("#c-amount").fill("1.000,5");
        office.locator("#c-donor").fill("Ông Lê");
        office.locator("#contribution-form button[type=submit]").click();
        assertThat(office.locator("#refusal").textContent()).contains("1.000,5");
        assertThat(office.locator("#received").textContent()).isEqualTo("26.500.000 ₫");
        office.navigate(url("/programme/campaigns"));
        shoot(office, "campaigns-staff-list-1280");
        office.navigate(url("/programme/campaigns/" + id));
        shoot(office, "campaigns-staff-item-1280");

        List<String> pages = List.of(
                "/portal/programme/campaigns",
                "/portal/programme/campaigns?province=" + TestUnits.HUE,
                "/portal/programme/campaigns?province=" + TestUnits.HUE + "&commune=" + TestUnits.THUAN_HOA,
                "/portal/programme/campaigns?province=" + TestUnits.HUE + "&commune=" + TestUnits.PHU_XUAN,
                "/portal/programme/campaigns/" + id,
                "/portal/programme/campaigns/" + force,
                "/portal/programme/campaigns/" + id + "?lang=en");
        List<String> problems = new ArrayList<>();
        for (int width : new int[] {1280, 390, 360}) {
            Page page = browser.newPage(width, 800, true);
            for (String path : pages) {
                page.navigate(url(path));
                Accessibility.violations(page).forEach(v -> problems.add(width + " " + path + " → " + v));
                if (!fitsTheScreen(page)) {
                    problems.add(width + " " + path + " → wider than the screen");
                }
            }
            page.navigate(url("/portal/programme/campaigns/" + id + "?lang=vi"));
            assertThat(page.locator("#received").textContent()).isEqualTo("26.500.000 ₫");
            assertThat(page.content()).contains("Bà Nguyễn Thị Hoa", "Gạo");
            if (width != 360) {
                shoot(page, "campaigns-ledger-" + width);
                page.navigate(url("/portal/programme/campaigns?province=" + TestUnits.HUE));
                shoot(page, "campaigns-index-" + width);
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void shoot(Page page, String name) {
        page.screenshot(
                new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/screenshots/" + name + ".png")));
    }

    private static boolean fitsTheScreen(Page page) {
        return (Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
    }
}
