package vn.danvan.petition;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danvan.Browser;
import vn.danvan.DanvanIntegrationTest;

/**
 * An officer's day in a real headless Chromium: sign in, register a petition, accept it, resolve it,
 * and see the body's report count it.
 */
@DanvanIntegrationTest
class PetitionJourneyBrowserTests {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    PetitionFixtures fixtures;

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

    void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/" + name + ".png"))
                .setFullPage(true));
    }

    @Test
    void anOfficerRegistersAcceptsAndResolvesAPetitionAndSeesTheReportChange() {
        var setting = fixtures.setting();
        Page page = browser.newPage(1280, 900);
        page.navigate(url("/petitions"));
        page.getByLabel("Tên đăng nhập").fill(setting.provinceHandler().username());
        page.getByLabel("Mật khẩu")
                .fill("mat-khau-du-dai-" + setting.provinceHandler().username());
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
        assertThat(page.locator("h1")).hasText("Hồ sơ đơn");

        page.locator(".main-nav").getByText("Báo cáo").click();
        assertThat(page.locator("h1")).hasText("Báo cáo kết quả xử lý đơn");
        assertThat(page.locator("tr[data-line=TOTAL] td.num")).hasText("0");
        assertThat(page.locator("tr[data-line=RESOLVED] td.num")).hasText("0");

        page.navigate(url("/petitions/new"));
        page.locator("#receivedOn").fill("2026-10-05");
        page.locator("#fullName").fill("Châu Thị Ngọc");
        page.locator("#phone").fill("0935111222");
        page.locator("#type").selectOption("RECOMMENDATION");
        page.locator("#provinceCode").selectOption("46");
        page.locator("#communeCode").selectOption("19789");
        page.locator("#title").fill("Kiến nghị lắp đèn chiếu sáng ngõ 7");
        page.locator("#content").fill("Ngõ 7 thôn Đông tối, nhiều vụ mất trộm xe máy.");
        screenshot(page, "petition-intake");
        page.locator("form.form button[type=submit].primary").click();
        assertThat(page.locator(".alert.ok")).containsText("Đã ghi nhận đơn");
        assertThat(page.locator("#state")).hasText("Chờ xử lý");
        screenshot(page, "petition-received");

        page.locator("#decide-ACCEPT summary").click();
        page.locator("#decide-ACCEPT button[type=submit]").click();
        assertThat(page.locator("#state")).hasText("Đang giải quyết");

        page.locator("#conclude summary").click();
        page.locator("#outcome").selectOption("ANSWERED");
        page.locator("#summary").fill("Đã lắp 4 bóng đèn LED trong ngõ 7.");
        page.locator("#conclude button[type=submit]").click();
        assertThat(page.locator("#state")).hasText("Đã giải quyết");
        assertThat(page.locator(".timeline")).containsText("Gửi thông báo");
        screenshot(page, "petition-resolved");

        page.locator(".main-nav").getByText("Báo cáo").click();
        assertThat(page.locator("tr[data-line=TOTAL] td.num")).hasText("1");
        assertThat(page.locator("tr[data-line=WITHIN_JURISDICTION] td.num")).hasText("1");
        assertThat(page.locator("tr[data-line=RESOLVED] td.num")).hasText("1");
        assertThat(page.locator("tr[data-line=OUTCOME_ANSWERED] td.num")).hasText("1");
        assertThat(page.locator("#content")).containsText("Kiến nghị");
        screenshot(page, "report-petition-handling");

        Page phone = browser.newPage(360, 780);
        phone.context().addCookies(page.context().cookies());
        phone.navigate(url("/petitions"));
        assertThat(phone.locator("h1")).hasText("Hồ sơ đơn");
        screenshot(phone, "petition-queue-phone");
    }
}
