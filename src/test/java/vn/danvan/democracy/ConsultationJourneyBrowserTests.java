package vn.danvan.democracy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danvan.Accessibility;
import vn.danvan.Browser;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.TestUnits;
import vn.danvan.democracy.ConsultationCommands.DraftSection;
import vn.danvan.portal.CitizenAccountManagement;

/**
 * In a real headless Chromium: a ward officer writes a draft and opens it; a citizen on a phone signs in and comments
 * on an article; the officer closes, groups, answers and publishes the synthesis, which the citizen then reads. Every
 * new public page passes axe-core's WCAG 2.1 AA rules and fits a phone.
 */
@DanvanIntegrationTest
class ConsultationJourneyBrowserTests {

    static final String PASSWORD = "mat-khau-cong-dan-dai";

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    DemocracyFixtures fixtures;

    @Autowired
    ConsultationDrafting drafting;

    @Autowired
    CommentIntake intake;

    @Autowired
    ConsultationSynthesis synthesis;

    @Autowired
    CitizenAccountManagement accounts;

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

    String citizen(String name) {
        String email = "duthao-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
        accounts.register(new CitizenAccountManagement.RegisterCitizen(name, email, null, PASSWORD));
        return email;
    }

    void signIn(Page page, String email) {
        page.navigate(url("/portal/login?lang=vi"));
        page.getByLabel("Thư điện tử hoặc số điện thoại").fill(email);
        page.getByLabel("Mật khẩu").fill(PASSWORD);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Đăng nhập").setExact(true))
                .click();
    }

    @Test
    void anOfficerOpensADraftACitizenCommentsAndReadsThePublishedSynthesis() {
        var setting = fixtures.setting();
        String title = "Quy định về chợ đêm " + UUID.randomUUID().toString().substring(0, 6);
        String email = citizen("Võ Thị Hạnh");

        Page office = browser.newPage(1280, 900);
        office.navigate(url("/consultations/new"));
        office.getByLabel("Tên đăng nhập").fill(setting.thuanHoaOfficer().username());
        office.getByLabel("Mật khẩu")
                .fill(DemocracyFixtures.PASSWORD_PREFIX
                        + setting.thuanHoaOfficer().username());
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
        office.navigate(url("/consultations/new"));
        office.getByLabel("Cơ quan")
                .selectOption(String.valueOf(setting.thuanHoa().id()));
        office.getByLabel("Nội dung lấy ý kiến").selectOption("COMMUNE_DECISION");
        office.getByLabel("Tên dự thảo *").fill(title);
        office.getByLabel("Toàn văn dự thảo")
                .fill("Điều 1. Thời gian họp chợ\nChợ đêm họp từ 18 giờ đến 23 giờ.\n"
                        + "Điều 2. Vệ sinh\nMỗi hộ kinh doanh tự thu gom rác.");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu"))
                .click();
        assertThat(office.locator("h1")).hasText(title);
        assertThat(office.locator("#sections .card")).hasCount(2);
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở lấy ý kiến"))
                .click();
        assertThat(office.locator("#status")).hasText("Đang lấy ý kiến");

        Page phone = browser.newPage(390, 844);
        signIn(phone, email);
        phone.navigate(url("/portal/consultations"));
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))
                .click();
        assertThat(phone.locator("h1")).hasText(title);
        phone.getByLabel("Góp ý về Điều 1. Thời gian họp chợ").fill("Nên kết thúc lúc 22 giờ để giữ yên tĩnh.");
        phone.locator("#comment-" + firstSection(title))
                .locator("xpath=..")
                .getByRole(AriaRole.BUTTON)
                .click();
        assertThat(phone.locator(".alert.ok")).containsText("Cảm ơn bạn đã góp ý");

        office.reload();
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kết thúc lấy ý kiến hôm nay"))
                .click();
        assertThat(office.locator("#status")).hasText("Đã kết thúc lấy ý kiến");
        office.locator("input[name=commentIds]").first().check();
        office.getByLabel("Tên nhóm ý kiến").fill("Giờ kết thúc chợ đêm");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gộp các ý kiến đã chọn thành nhóm"))
                .click();
        office.getByLabel("Tiếp thu", new Page.GetByLabelOptions().setExact(true))
                .check();
        office.getByLabel("Nội dung tiếp thu, giải trình").fill("Chợ đêm kết thúc lúc 22 giờ.");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu trả lời"))
                .click();
        office.getByLabel("Lời mở đầu của báo cáo").fill("UBND phường đã nhận 1 ý kiến của Nhân dân.");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Công bố báo cáo tổng hợp"))
                .click();
        assertThat(office.locator("#status")).hasText("Đã công bố kết quả");

        phone.reload();
        assertThat(phone.locator("#synthesis")).containsText("Chợ đêm kết thúc lúc 22 giờ.");
        assertThat(phone.locator("#synthesis-figures")).containsText("1 ý kiến được tiếp thu");
        assertThat(fitsTheScreen(phone)).as("no sideways scrolling at 390 px").isTrue();
        shoot(phone, "public-consultation-390.png");
        Page wide = browser.newPage(1280, 900);
        wide.navigate(phone.url());
        shoot(wide, "public-consultation-1280.png");
        shoot(office, "staff-consultation-1280.png");
    }

    @Test
    void everyNewPublicPagePassesAxeWcag21AaAndFitsAPhone() {
        var setting = fixtures.setting();
        LocalDate today = LocalDate.now(clock);
        long open = drafting.create(
                new ConsultationCommands.SaveDraft(
                        setting.thuanHoa().id(),
                        ConsultationSubject.LAND_USE_PLANNING,
                        "Kế hoạch sử dụng đất 2027",
                        "Dự thảo kế hoạch sử dụng đất năm 2027 của phường.",
                        List.of(new DraftSection("Điều 1. Chỉ tiêu", "Đất ở tăng 3 ha."))),
                setting.thuanHoaOfficer());
        drafting.open(open, new ConsultationCommands.Open(today, today.plusDays(20)), today, setting.thuanHoaOfficer());
        String email = citizen("Người Kiểm Tra");
        long citizenId = accounts.passwordLogin(email).orElseThrow().citizenId();
        long comment = intake.comment(
                TestUnits.THUAN_HOA,
                open,
                new ConsultationCommands.NewComment(
                        drafting.sections(open).getFirst().id(), CommentAuthorKind.CITIZEN, null, "Đồng ý."),
                citizenId,
                today);
        long done = drafting.create(
                new ConsultationCommands.SaveDraft(
                        setting.thuanHoa().id(), ConsultationSubject.OTHER, "Quy chế đã lấy ý kiến", null, List.of()),
                setting.thuanHoaOfficer());
        drafting.open(done, new ConsultationCommands.Open(today, today.plusDays(20)), today, setting.thuanHoaOfficer());
        drafting.close(done, today, setting.thuanHoaOfficer());
        synthesis.publish(
                done, new ConsultationCommands.Synthesis("Không có ý kiến."), today, setting.thuanHoaOfficer());

        String base = "/portal/consultations/" + TestUnits.THUAN_HOA;
        List<String> pages = List.of(
                "/portal/consultations",
                base,
                "/portal/consultations/" + TestUnits.PHU_XUAN,
                base + "/" + open,
                base + "/" + done,
                base + "/" + open + "?lang=en");
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
            signIn(page, email);
            page.navigate(url(base + "/" + open + "?lang=vi"));
            assertThat(page.locator("textarea[name=body]").first()).isVisible();
            Accessibility.violations(page)
                    .forEach(v -> problems.add(width + " signed-in " + base + "/" + open + " → " + v));
            if (!fitsTheScreen(page)) {
                problems.add(width + " signed-in page → wider than the screen");
            }
            shoot(page, "public-consultation-open-" + width + ".png");
            page.context().clearCookies();
        }
        assertThat(comment).isPositive();
        assertThat(problems).isEmpty();
    }

    private long firstSection(String title) {
        return drafting.openOn(LocalDate.now(clock)).stream()
                .filter(c -> c.title().equals(title))
                .findFirst()
                .map(c -> drafting.sections(c.id()).getFirst().id())
                .orElseThrow();
    }

    private static void shoot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", name))
                .setFullPage(true));
    }

    private static boolean fitsTheScreen(Page page) {
        return (Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
    }
}
