package vn.danvan.programme;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.io.ByteArrayInputStream;
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
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.programme.domain.Model;
import vn.danvan.programme.domain.ModelCriterion;
import vn.danvan.programme.domain.ModelRound;

/**
 * In a real headless Chromium: the provincial Ban Dân vận registers a ward's model, scores it with its council,
 * recognises and commends it; a citizen on a phone finds it on the portal by province and reads it with its story.
 * Every new public page passes axe-core's WCAG 2.1 AA rules and fits a 360 px screen.
 */
@DanvanIntegrationTest
class ModelJourneyBrowserTests {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    ModelFixtures fixtures;

    @Autowired
    ModelRegistry registry;

    @Autowired
    StoryPublishing stories;

    @Autowired
    OrganizationDirectory organization;

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
    void aModelIsRegisteredEvaluatedCommendedAndFoundOnThePortal() {
        var setting = fixtures.setting();
        LocalDate today = LocalDate.now(clock);
        ModelRound round = registry.openRound(ModelFixtures.round(setting.board(), today), setting.organiser());
        registry.addCouncilMember(
                round.id(), new ModelCommands.AddCouncilMember("Nguyễn Thị Lan", "Trưởng ban"), setting.organiser());
        registry.addCouncilMember(
                round.id(), new ModelCommands.AddCouncilMember("Trần Văn Hùng", "Ủy viên"), setting.organiser());
        String name =
                "Dân vận khéo giữ gìn kiệt hẻm " + UUID.randomUUID().toString().substring(0, 6);

        Page office = browser.newPage(1280, 900);
        office.navigate(url("/programme/models/new"));
        office.getByLabel("Tên đăng nhập").fill(setting.organiser().username());
        office.getByLabel("Mật khẩu")
                .fill(ModelFixtures.PASSWORD_PREFIX + setting.organiser().username());
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
        office.navigate(url("/programme/models/new?round=" + round.id()));
        office.getByLabel("Đợt đăng ký").selectOption(String.valueOf(round.id()));
        office.getByLabel("Cơ quan, đơn vị")
                .selectOption(String.valueOf(setting.thuanHoa().id()));
        office.getByLabel("Lĩnh vực").selectOption("NEW_RURAL");
        office.getByLabel("Tên mô hình, điển hình *").fill(name);
        office.getByLabel("Tập thể, cá nhân thực hiện *").fill("Chi bộ tổ dân phố 5");
        office.getByLabel("Mục tiêu *").fill("Vận động Nhân dân giữ kiệt hẻm sáng, xanh, sạch.");
        office.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Đăng ký").setExact(true))
                .click();
        assertThat(office.locator("h1")).hasText(name);
        assertThat(office.locator("#status")).hasText("Đã đăng ký");
        long id = Long.parseLong(office.url().replaceAll(".*/programme/models/(\\d+).*", "$1"));
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bắt đầu thực hiện"))
                .click();
        assertThat(office.locator("#status")).hasText("Đang thực hiện");
        office.getByLabel("Kết quả đạt được").fill("620 m đường được thắp sáng; 46 hộ tham gia.");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu kết quả"))
                .click();

        List<ModelCriterion> criteria = registry.criteria(round.id());
        for (String member : List.of("Nguyễn Thị Lan", "Trần Văn Hùng")) {
            office.getByLabel("Thành viên hội đồng").selectOption(new SelectOption().setLabel(member));
            for (ModelCriterion criterion : criteria) {
                office.locator("#score-" + criterion.id()).fill("9");
            }
            office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu phiếu chấm"))
                    .click();
            assertThat(office.locator(".alert.ok")).hasText("Đã lưu phiếu chấm điểm.");
        }
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tổng hợp kết quả đánh giá"))
                .click();
        assertThat(office.locator("#status")).hasText("Đã đánh giá, đạt");
        assertThat(office.locator("#score")).hasText("90.00");
        office.getByLabel("Số quyết định *").fill("125/QĐ-BDVTU");
        office.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Công nhận").setExact(true))
                .click();
        assertThat(office.locator("#status")).hasText("Được công nhận");
        office.getByLabel("Hình thức khen thưởng").selectOption("CERTIFICATE_OF_MERIT");
        office.getByLabel("Cấp khen (người, cơ quan ký) *").fill("Chủ tịch UBND thành phố Huế");
        office.getByLabel("Số quyết định *").fill("3456/QĐ-UBND");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi nhận khen thưởng"))
                .click();
        assertThat(office.locator("#status")).hasText("Được khen thưởng");
        assertThat(office.locator("#timeline")).containsText("Khen thưởng");
        office.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(Path.of("target", "screenshots", "programme-staff-model-1280.png")));

        var story = stories.write(
                new StoryCommands.SaveStory(
                        setting.thuanHoa().id(),
                        StoryTopic.MODEL,
                        id,
                        "Kiệt hẻm sáng đèn nhờ dân vận khéo",
                        "Người dân tổ 5 cùng góp công thắp sáng kiệt hẻm.",
                        "Đoạn thứ nhất.\n\nĐoạn thứ hai <script>alert(1)</script>."),
                setting.thuanHoaStaff());
        stories.publish(story.id(), true, setting.thuanHoaStaff());

        Page phone = browser.newPage(360, 780);
        String provinceName = organization.province(TestUnits.HUE).orElseThrow().fullName();
        phone.navigate(url("/portal/programme/models"));
        phone.getByLabel("Tỉnh, thành phố").selectOption(new SelectOption().setLabel(provinceName));
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem"))
                .click();
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name))
                .click();
        assertThat(phone.locator("h1")).hasText(name);
        assertThat(phone.locator("#commendations")).containsText("Bằng khen — Chủ tịch UBND thành phố Huế");
        assertThat(phone.locator("main")).containsText("620 m đường được thắp sáng");
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kiệt hẻm sáng đèn nhờ dân vận khéo"))
                .click();
        assertThat(phone.locator("#story-body p")).hasCount(2);
        assertThat(phone.locator("#story-body")).containsText("<script>alert(1)</script>");
        assertThat(fitsTheScreen(phone)).as("no sideways scrolling at 360 px").isTrue();
    }

    @Test
    void everyNewPublicPagePassesAxeWcag21AaAndFitsAPhone() throws Exception {
        var setting = fixtures.setting();
        LocalDate today = LocalDate.now(clock);
        Model model = recognisedModel(setting, today);
        byte[] png = java.util.Base64.getDecoder()
                .decode(
                        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        registry.addPhoto(model.id(), "Lễ ra quân", "anh.png", new ByteArrayInputStream(png), setting.organiser());
        var story = stories.write(
                new StoryCommands.SaveStory(
                        setting.thuanHoa().id(),
                        StoryTopic.MODEL,
                        model.id(),
                        "Một cách làm hay ở phường Thuận Hoá",
                        "Tóm tắt bài viết.",
                        "Đoạn một của bài.\n\nĐoạn hai của bài."),
                setting.thuanHoaStaff());
        stories.addPhoto(story.id(), null, "anh.png", new ByteArrayInputStream(png), setting.thuanHoaStaff());
        stories.publish(story.id(), true, setting.thuanHoaStaff());

        List<String> pages = List.of(
                "/portal/programme/models",
                "/portal/programme/models?province=" + TestUnits.HUE,
                "/portal/programme/models?province=" + TestUnits.HUE + "&commune=" + TestUnits.THUAN_HOA
                        + "&field=NEW_RURAL",
                "/portal/programme/models?province=" + TestUnits.HUE + "&field=ECONOMY",
                "/portal/programme/models/" + model.id(),
                "/portal/programme/stories",
                "/portal/programme/stories?province=" + TestUnits.HUE + "&commune=" + TestUnits.THUAN_HOA,
                "/portal/programme/stories?body=" + setting.thuanHoa().id(),
                "/portal/programme/stories/" + story.id(),
                "/portal/programme/models/" + model.id() + "?lang=en");
        List<String> problems = new ArrayList<>();
        Path shots = Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(shots);
        for (int width : new int[] {1280, 390, 360}) {
            Page page = browser.newPage(width, 800, true);
            for (String path : pages) {
                page.navigate(url(path));
                Accessibility.violations(page).forEach(v -> problems.add(width + " " + path + " → " + v));
                if (!fitsTheScreen(page)) {
                    problems.add(width + " " + path + " → wider than the screen");
                }
            }
            for (String path : List.of(
                    "/portal/programme/models?province=" + TestUnits.HUE,
                    "/portal/programme/models/" + model.id(),
                    "/portal/programme/stories/" + story.id())) {
                page.navigate(url(path));
                page.screenshot(new Page.ScreenshotOptions()
                        .setFullPage(true)
                        .setPath(shots.resolve(
                                "programme-" + path.replaceAll("[^a-z0-9]+", "-") + "-" + width + ".png")));
            }
            page.navigate(url("/portal?lang=vi"));
        }
        assertThat(problems).isEmpty();
    }

    private Model recognisedModel(ModelFixtures.Setting setting, LocalDate today) {
        ModelRound round = registry.openRound(ModelFixtures.round(setting.board(), today), setting.organiser());
        long member = registry.addCouncilMember(
                        round.id(), new ModelCommands.AddCouncilMember("Lê Thị Hoa", null), setting.organiser())
                .id();
        Model model = registry.register(
                ModelFixtures.model(round.id(), setting.thuanHoa(), "Mô hình \"Kiệt hẻm sáng – xanh – sạch\""),
                today,
                setting.thuanHoaStaff());
        registry.start(model.id(), setting.thuanHoaStaff());
        registry.reportResults(
                model.id(), new ModelCommands.Results("620 m đường; 46 hộ hiến đất."), setting.thuanHoaStaff());
        registry.score(
                model.id(), ModelFixtures.sheet(member, registry.criteria(round.id()), "9"), setting.organiser());
        registry.evaluate(model.id(), today, setting.organiser());
        registry.recognise(model.id(), new ModelCommands.Recognise("12/QĐ-BDVTU", today), today, setting.organiser());
        return registry.commend(
                model.id(),
                new ModelCommands.Commend(
                        CommendationForm.CERTIFICATE_OF_MERIT, "Chủ tịch UBND thành phố Huế", "34/QĐ-UBND", today),
                today,
                setting.organiser());
    }

    private static boolean fitsTheScreen(Page page) {
        return (Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
    }
}
