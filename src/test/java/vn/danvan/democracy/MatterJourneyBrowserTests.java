package vn.danvan.democracy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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
import vn.danvan.TestUnits;
import vn.danvan.democracy.domain.Household;
import vn.danvan.portal.CitizenAccountManagement;

/**
 * In a real headless Chromium: a ward officer opens an online vote of a hamlet; two representatives vote on their
 * phones; the ballot team enters the third household's paper ballot; at the deadline the officer closes the vote and
 * the result with its minutes appears on the portal. Every new public page passes axe-core's WCAG 2.1 AA rules and
 * fits a phone; screenshots of the main page at 1280 and 390 px land in target/screenshots.
 */
@DanvanIntegrationTest
class MatterJourneyBrowserTests {

    static final String PASSWORD = "mat-khau-cong-dan-dai-3";

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    DemocracyFixtures fixtures;

    @Autowired
    HouseholdRegister register;

    @Autowired
    CommunityDecisions decisions;

    @Autowired
    CitizenAccountManagement accounts;

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

    List<Household> register(DemocracyFixtures.Setting setting) {
        register.importFile(
                setting.thuanHoa().id(),
                HouseholdRegisterIntegrationTests.HEADER
                        + "Thôn Thượng Thôn,thôn,T01,Ngô Văn Lợi,Ngô Văn Lợi,,4\n"
                        + "Thôn Thượng Thôn,thôn,T02,Phan Thị Mai,Phan Thị Mai,,3\n"
                        + "Thôn Thượng Thôn,thôn,T03,Tôn Văn Nam,Tôn Văn Nam,,5\n",
                setting.thuanHoaOfficer());
        return register.register(setting.thuanHoa().id(), setting.thuanHoaOfficer());
    }

    String representative(DemocracyFixtures.Setting setting, Household household) {
        String email = household.code().toLowerCase() + "-"
                + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
        long citizen = accounts.register(new CitizenAccountManagement.RegisterCitizen(
                        household.representativeName(), email, null, PASSWORD))
                .id();
        decisions.linkAccount(decisions.issueLinkCode(household.id(), setting.thuanHoaOfficer()), citizen);
        return email;
    }

    void vote(String email, String page, String choice) {
        Page phone = browser.newPage(390, 844);
        phone.navigate(url("/portal/login"));
        phone.getByLabel("Thư điện tử hoặc số điện thoại").fill(email);
        phone.getByLabel("Mật khẩu").fill(PASSWORD);
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
        phone.navigate(url(page));
        phone.getByLabel(choice, new Page.GetByLabelOptions().setExact(true)).check();
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi biểu quyết"))
                .click();
        assertThat(phone.locator(".alert.ok")).hasText("Đã ghi biểu quyết của hộ.");
        screenshot(phone, "matter-vote-390");
        phone.setViewportSize(1280, 900);
        screenshot(phone, "matter-vote-1280");
        phone.context().close();
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/" + name + ".png"))
                .setFullPage(true));
    }

    @Test
    void anOfficerOpensAVoteTwoCitizensVoteOnlineTheTeamEntersAPaperBallotAndTheResultIsPublic() {
        var setting = fixtures.setting();
        List<Household> households = register(setting);
        String title =
                "Giờ tắt loa truyền thanh " + UUID.randomUUID().toString().substring(0, 6);

        Page office = browser.newPage(1280, 900);
        office.navigate(url("/matters"));
        office.getByLabel("Tên đăng nhập").fill(setting.thuanHoaOfficer().username());
        office.getByLabel("Mật khẩu")
                .fill(DemocracyFixtures.PASSWORD_PREFIX
                        + setting.thuanHoaOfficer().username());
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
        office.navigate(url("/matters?body=" + setting.thuanHoa().id()));
        office.getByLabel("Tiêu đề").fill(title);
        office.getByLabel("Vấn đề đưa ra biểu quyết").fill("Tắt loa truyền thanh thôn sau 21 giờ?");
        office.getByLabel("Nội dung (Điều 15)").selectOption("K6");
        office.getByLabel("Hình thức").selectOption("ONLINE");
        office.getByLabel("Phạm vi")
                .selectOption(String.valueOf(households.getFirst().hamletId()));
        office.getByLabel("Kết thúc lúc")
                .fill(LocalDateTime.now()
                        .plusDays(2)
                        .withSecond(0)
                        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        office.getByLabel("Số hộ đã đồng ý biểu quyết trực tuyến").fill("2");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở biểu quyết"))
                .click();
        assertThat(office.locator("h1")).hasText(title);
        assertThat(office.locator("#status")).hasText("Đang lấy biểu quyết");
        long matter = Long.parseLong(office.url().replaceAll(".*/matters/(\\d+).*", "$1"));
        String page = "/portal/matters/" + TestUnits.THUAN_HOA + "/" + matter;

        vote(representative(setting, households.get(0)), page, "Đồng ý");
        vote(representative(setting, households.get(1)), page, "Không đồng ý");

        office.reload();
        office.getByLabel("Các phiếu đã thu").fill("T03, đồng ý");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi phiếu"))
                .click();
        assertThat(office.locator(".alert.ok")).hasText("Đã ghi 1 phiếu.");
        screenshot(office, "matter-officer-1280");
        // The register of who took part: each household and how, never what it chose.
        office.locator("#participants summary").click();
        assertThat(office.locator("#participants")).containsText("T03");
        assertThat(office.locator("#participants")).containsText("Phiếu giấy");
        assertThat(office.locator("#participants")).containsText("Trực tuyến");
        assertThat(office.locator("#participants")).not().containsText("Đồng ý");
        office.setViewportSize(390, 844);
        screenshot(office, "matter-officer-participants-390");
        office.setViewportSize(1280, 900);
        screenshot(office, "matter-officer-participants-1280");

        jdbc.sql("update democracy.matter set closes_at = now() - interval '1 second' where id = ?")
                .param(matter)
                .update();
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kết thúc và công bố kết quả"))
                .click();
        assertThat(office.locator("#status")).hasText("Đã có kết quả");

        Page phone = browser.newPage(390, 844);
        phone.navigate(url("/portal/disclosures/" + TestUnits.THUAN_HOA));
        phone.locator("#matters-link").click();
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))
                .click();
        assertThat(phone.locator("h1")).hasText(title);
        assertThat(phone.locator("#outcome")).containsText("Thông qua");
        assertThat(phone.locator("#result")).containsText("3");
        assertThat(phone.locator("#minutes-link")).isVisible();
        screenshot(phone, "matter-portal-390");
        Page wide = browser.newPage(1280, 900);
        wide.navigate(url(page));
        screenshot(wide, "matter-portal-1280");
        assertThat(fitsTheScreen(phone)).as("no sideways scrolling at 390 px").isTrue();
    }

    @Test
    void everyNewPublicPagePassesAxeWcag21AaAndFitsAPhone() {
        var setting = fixtures.setting();
        List<Household> households = register(setting);
        long open = decisions.open(
                new MatterCommands.OpenMatter(
                        setting.thuanHoa().id(),
                        households.getFirst().hamletId(),
                        MatterCategory.K6,
                        DecisionForm.ONLINE,
                        false,
                        "Sân chơi thiếu nhi",
                        "Dành khoảng đất trống làm sân chơi thiếu nhi?",
                        null,
                        2,
                        LocalDateTime.now().plusDays(2)),
                setting.thuanHoaOfficer());
        long decided = decisions.open(
                new MatterCommands.OpenMatter(
                        setting.thuanHoa().id(),
                        null,
                        MatterCategory.K1,
                        DecisionForm.HOUSEHOLD_BALLOT,
                        false,
                        "Đèn đường",
                        "Góp tiền lắp đèn đường?",
                        null,
                        null,
                        LocalDateTime.now().plusDays(2)),
                setting.thuanHoaOfficer());
        decisions.enterBallots(
                decided,
                new MatterCommands.PaperBallots(households.getFirst().hamletId(), "T01,1\nT02,1\nT03,2"),
                setting.thuanHoaOfficer());
        decisions.close(decided, setting.thuanHoaOfficer());
        String email = representative(setting, households.getFirst());

        String c = TestUnits.THUAN_HOA;
        List<String> pages = List.of(
                "/portal/matters/" + c,
                "/portal/matters/" + TestUnits.PHU_XUAN,
                "/portal/matters/" + c + "/" + open,
                "/portal/matters/" + c + "/" + decided,
                "/portal/matters/link",
                "/portal/matters/" + c + "/" + decided + "?lang=en");
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
            page.navigate(url("/portal/matters/" + c + "?lang=vi"));
            // Signed in: the vote form and the link form.
            page.navigate(url("/portal/login"));
            page.getByLabel("Thư điện tử hoặc số điện thoại").fill(email);
            page.getByLabel("Mật khẩu").fill(PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                    .click();
            for (String path : List.of("/portal/matters/" + c + "/" + open, "/portal/matters/link")) {
                page.navigate(url(path));
                Accessibility.violations(page).forEach(v -> problems.add(width + " signed-in " + path + " → " + v));
                if (!fitsTheScreen(page)) {
                    problems.add(width + " signed-in " + path + " → wider than the screen");
                }
            }
            page.context().close();
        }
        assertThat(problems).isEmpty();
    }

    private static boolean fitsTheScreen(Page page) {
        return (Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
    }
}
