package vn.danvan.democracy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.shared.ContactSecrets;

/**
 * In a real headless Chromium: a ward officer records an item and publishes it; a citizen on a phone picks the
 * province and the ward by name and reads it. Every new public page passes axe-core's WCAG 2.1 AA rules and fits a
 * 360 px screen.
 */
@DanvanIntegrationTest
class DisclosureJourneyBrowserTests {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    DemocracyFixtures fixtures;

    @Autowired
    DisclosurePublishing publishing;

    @Autowired
    DisclosureFollowing following;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    ContactSecrets secrets;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

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
    void anOfficerPublishesAnItemAndACitizenFindsItOnThePortalByTheWardsName() {
        var setting = fixtures.setting();
        String title = "Kế hoạch phát triển kinh tế – xã hội năm 2027 "
                + UUID.randomUUID().toString().substring(0, 6);
        String wardName =
                organization.commune(TestUnits.THUAN_HOA).orElseThrow().fullName();
        String provinceName = organization.province(TestUnits.HUE).orElseThrow().fullName();

        Page office = browser.newPage(1280, 900);
        office.navigate(url("/disclosures/new"));
        office.getByLabel("Tên đăng nhập").fill(setting.thuanHoaOfficer().username());
        office.getByLabel("Mật khẩu")
                .fill(DemocracyFixtures.PASSWORD_PREFIX
                        + setting.thuanHoaOfficer().username());
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
        office.navigate(url("/disclosures/new"));
        office.getByLabel("Cơ quan")
                .selectOption(String.valueOf(setting.thuanHoa().id()));
        office.getByLabel("Nhóm nội dung").selectOption("SOCIO_ECONOMIC_PLAN");
        office.getByLabel("Tiêu đề *").fill(title);
        office.getByLabel("Số, ký hiệu văn bản").fill("88/NQ-HĐND");
        office.getByLabel("Tóm tắt nội dung").fill("Các chỉ tiêu chủ yếu năm 2027 của phường.");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu"))
                .click();
        assertThat(office.locator("h1")).hasText(title);
        assertThat(office.locator("#status")).hasText("Chưa đến hạn");
        office.getByLabel("Niêm yết tại trụ sở Ủy ban nhân dân xã").check();
        office.getByLabel("Cổng thông tin điện tử").check();
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi nhận đã công khai"))
                .click();
        assertThat(office.locator("#status")).hasText("Đúng hạn");

        Page phone = browser.newPage(360, 780);
        phone.navigate(url("/portal"));
        // On a phone the navigation sits behind the menu button (issue 20).
        phone.locator("#menu-toggle").click();
        phone.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Công khai ở xã").setExact(true))
                .first()
                .click();
        phone.getByLabel("Tỉnh, thành phố")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(provinceName));
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem các xã, phường"))
                .click();
        phone.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName(wardName).setExact(true))
                .click();
        assertThat(phone.locator("h1")).hasText("Công khai thông tin – " + wardName);
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))
                .click();
        assertThat(phone.locator("h1")).hasText(title);
        assertThat(phone.locator("#published-on"))
                .hasText(LocalDate.now(clock).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(phone.locator("main")).containsText("Cổng thông tin điện tử");
        assertThat(fitsTheScreen(phone)).as("no sideways scrolling at 360 px").isTrue();
    }

    @Test
    void everyNewPublicPagePassesAxeWcag21AaAndFitsAPhone() {
        var setting = fixtures.setting();
        LocalDate today = LocalDate.now(clock);
        long id = publishing.create(
                DemocracyFixtures.item(setting.thuanHoa(), DisclosureCategory.FEES, "Mức thu phí chợ", today),
                today,
                setting.thuanHoaOfficer());
        publishing.publish(id, DemocracyFixtures.publish(today), today, setting.thuanHoaOfficer());
        String email = "axe-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
        following.follow(TestUnits.THUAN_HOA, email);
        String body = jdbc.sql(
                        "select body from notification.message where recipient_digest = ? order by id desc limit 1")
                .param(secrets.digest("recipient", email))
                .query(String.class)
                .single();
        Matcher token = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(body);
        assertThat(token.find()).isTrue();

        List<String> pages = List.of(
                "/portal/disclosures",
                "/portal/disclosures?province=" + TestUnits.HUE,
                "/portal/disclosures?q=thuan",
                "/portal/disclosures?q=khong-co-xa-nay",
                "/portal/disclosures/" + TestUnits.THUAN_HOA,
                "/portal/disclosures/" + TestUnits.PHU_XUAN,
                "/portal/disclosures/" + TestUnits.THUAN_HOA + "/items/" + id,
                "/portal/disclosures/follow/confirm?token=" + token.group(1),
                "/portal/disclosures/follow/stop?token=" + token.group(1),
                "/portal/disclosures/" + TestUnits.THUAN_HOA + "?lang=en");
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

    private static boolean fitsTheScreen(Page page) {
        return (Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
    }
}
