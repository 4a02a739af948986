package vn.danvan.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Path;
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
import vn.danvan.TestImages;
import vn.danvan.TestUnits;
import vn.danvan.portal.CitizenSubmissions.Receipt;

/**
 * A citizen on a phone, in a real headless Chromium: sends feedback with a photo, tracks it, reads the
 * answer the ward gave and rates it; every public page passes axe-core's WCAG 2.1 AA rules and fits a
 * 360 px screen.
 */
@DanvanIntegrationTest
class CitizenPortalJourneyBrowserTests {

    static final byte[] PNG = TestImages.png();

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    PortalFixtures fixtures;

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
    void aCitizenSendsFeedbackWithAPhotoTracksItReadsTheAnswerAndRatesIt() {
        var setting = fixtures.setting();
        Page phone = browser.newPage(360, 780);
        phone.navigate(url("/portal"));
        // On a phone the navigation folds behind a button.
        assertThat(phone.locator("#menu-toggle")).isVisible();
        phone.locator("#menu-toggle").click();
        assertThat(phone.locator("#menu-toggle")).hasAttribute("aria-expanded", "true");
        phone.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Gửi phản ánh").setExact(true))
                .first()
                .click();

        phone.getByLabel("Loại đơn").selectOption("FEEDBACK");
        phone.getByLabel("Lĩnh vực").selectOption("ENVIRONMENT");
        phone.getByLabel("Tiêu đề").fill("Cây xanh đổ trên đường Ngô Quyền");
        phone.getByLabel("Nội dung").fill("Cây đổ chắn nửa đường từ sáng, xe máy phải đi vòng.");
        phone.getByLabel("Tỉnh, thành phố").selectOption(TestUnits.HUE);
        phone.locator("#communeCode option[value='" + TestUnits.THUAN_HOA + "']")
                .waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        phone.getByLabel("Xã, phường, đặc khu").selectOption(TestUnits.THUAN_HOA);
        phone.locator("#files").setInputFiles(new FilePayload("cay-do.png", "image/png", PNG));
        phone.getByLabel("Họ và tên").fill("Phan Thị Cây");
        String email = "cay-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
        phone.getByLabel("Thư điện tử").fill(email);
        phone.locator("#consent1").check();
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi phản ánh, kiến nghị"))
                .click();

        assertThat(phone.locator("h1")).hasText("Giấy biên nhận hồ sơ trực tuyến");
        String code = phone.locator("#tracking-code").textContent().strip();
        assertThat(code).matches("\\d{4}(-[A-Z2-9]{4}){4}");
        String secret = phone.locator("#receipt-secret").textContent().strip();
        assertThat(secret).matches("[A-Z2-9]{5}-[A-Z2-9]{5}");
        assertThat(phone.locator("main")).containsText(setting.ward().name());
        assertThat(fitsTheScreen(phone)).as("no sideways scrolling at 360 px").isTrue();
        long petitionId = jdbc.sql("select id from petition.petition where tracking_code = ?")
                .param(code)
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("select count(*) from petition.attachment where petition_id = ?")
                        .param(petitionId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Theo dõi hồ sơ"))
                .click();
        assertThat(phone.locator("main")).containsText("Chờ xử lý");

        Page office = browser.newPage(1280, 900);
        office.navigate(url("/petitions/" + petitionId));
        office.getByLabel("Tên đăng nhập").fill(setting.wardOfficer().username());
        office.getByLabel("Mật khẩu").fill(setting.wardOfficerPassword());
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
        office.navigate(url("/petitions/" + petitionId));
        assertThat(office.locator("main")).containsText("Cây xanh đổ trên đường Ngô Quyền");
        office.locator("#decide-ACCEPT summary").click();
        office.locator("#decide-ACCEPT button[type=submit]").click();
        office.locator("#conclude summary").click();
        office.locator("#outcome").selectOption("ANSWERED");
        office.locator("#summary").fill("Đội cây xanh đã cưa dọn cây đổ lúc 10 giờ.");
        office.locator("#conclude button[type=submit]").click();
        assertThat(office.locator("main")).containsText("Đã giải quyết");

        phone.navigate(url("/portal/track"));
        phone.getByLabel("Mã tra cứu").fill(code.toLowerCase());
        phone.getByLabel("Mã tra cứu").press("Enter");
        assertThat(phone.locator("#answer")).hasText("Đội cây xanh đã cưa dọn cây đổ lúc 10 giờ.");
        phone.getByLabel("4 — Hài lòng").check();
        phone.getByLabel("Nhận xét (không bắt buộc)").fill("Xử lý nhanh");
        phone.locator("#rating-secret").fill(secret.toLowerCase());
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi đánh giá"))
                .click();
        assertThat(phone.locator("#rating-given")).hasText("Bạn đã đánh giá 4/5. Cảm ơn bạn.");
        phone.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/portal-rated.png"))
                .setFullPage(true));
    }

    @Test
    void everyPublicPagePassesAxeWcag21AaAndFitsAPhone() {
        var setting = fixtures.setting();
        Receipt open =
                fixtures.submit(PortalFixtures.feedback("Đèn đường tắt", "den-" + UUID.randomUUID() + "@example.vn"));
        Receipt answered =
                fixtures.submit(PortalFixtures.feedback("Nắp cống hở", "cong-" + UUID.randomUUID() + "@example.vn"));
        fixtures.answer(answered, setting.wardOfficer(), "Đã thay nắp cống.");
        List<String> pages = List.of(
                "/portal",
                "/portal/submit",
                "/portal/receipt/" + open.trackingCode(),
                "/portal/track",
                "/portal/track?code=" + open.trackingCode(),
                "/portal/track?code=" + answered.trackingCode(),
                "/portal/track?code=2026-XXXX-XXXX",
                "/portal/answers",
                "/portal/login",
                "/portal/register",
                "/portal/privacy",
                "/portal/reception",
                "/portal/commitments",
                "/portal/submit?lang=en",
                "/portal/answers?lang=en");
        Page probe = browser.newPage(1280, 800, true);
        probe.navigate(url("/portal"));
        probe.setContent("<html lang='vi'><body><main><img src='x.png'><label>Tên</label><input></main></body></html>");
        assertThat(Accessibility.violations(probe)).as("the audit can fail").anyMatch(v -> v.startsWith("image-alt"));

        List<String> problems = new ArrayList<>();
        for (int width : new int[] {1280, 360}) {
            Page page = browser.newPage(width, 800, true);
            for (String path : pages) {
                page.navigate(url(path));
                Accessibility.violations(page).forEach(v -> problems.add(width + " " + path + " → " + v));
                if (!fitsTheScreen(page)) {
                    problems.add(width + " " + path + " → wider than the screen");
                }
            }
            page.navigate(url("/portal?lang=vi"));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theFormCanBeFilledAndSentByKeyboardAlone() {
        fixtures.setting();
        Page page = browser.newPage(1280, 900);
        page.navigate(url("/portal/submit"));
        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.activeElement.className")).isEqualTo("skip-link");
        page.keyboard().press("Enter");
        assertThat(page.evaluate("location.hash")).isEqualTo("#main");

        page.locator("#type").focus();
        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("fieldCode");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.activeElement.id"))
                .as("the honeypot is skipped")
                .isEqualTo("title");
        page.locator("#consent1").focus();
        page.keyboard().press("Space");
        assertThat(page.locator("#consent1")).isChecked();

        page.locator("#title").focus();
        page.keyboard().press("Enter");
        // A form sent with errors comes back with its summary focused at the top.
        assertThat(page.locator("#error-summary")).isFocused();
        assertThat(page.locator("#error-summary a[href='#title']")).isVisible();
        assertThat(page.evaluate("location.search"))
                .as("no CSRF token in the address bar")
                .isEqualTo("");
    }

    private static boolean fitsTheScreen(Page page) {
        return (Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
    }
}
