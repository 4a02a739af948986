package vn.danvan.democracy;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.Clock;
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
import vn.danvan.democracy.BoardCommands.CreateBoard;
import vn.danvan.democracy.BoardCommands.MemberRole;
import vn.danvan.democracy.SupervisionCommands.Answer;
import vn.danvan.democracy.SupervisionCommands.Outcome;
import vn.danvan.democracy.SupervisionCommands.SendRecommendation;

/**
 * In a real headless Chromium: the new public pages of oversight — a ward's boards, recommendations and answers, and
 * the yearly rating form — pass axe-core's WCAG 2.1 AA rules and fit a phone; screenshots at 1280 and 390 px are
 * kept in target/screenshots for a look.
 */
@DanvanIntegrationTest
class BoardPortalBrowserTests {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    SupervisionFixtures fixtures;

    @Autowired
    BoardRegistry boards;

    @Autowired
    SupervisionRecommendations recommendations;

    @Autowired
    RatingRounds ratings;

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
    void everyNewPublicPagePassesAxeWcag21AaAndFitsAPhone() {
        var oversight = fixtures.oversight();
        var setting = oversight.setting();
        LocalDate today = LocalDate.now(clock);
        long board = boards.create(
                new CreateBoard(
                        BoardKind.PEOPLES_INSPECTION,
                        setting.front().id(),
                        setting.thuanHoa().id(),
                        "Ban Thanh tra nhân dân phường Thuận Hoá",
                        null,
                        today.minusDays(30),
                        today.plusYears(5),
                        List.of(
                                SupervisionFixtures.resident(
                                        "Hồ Văn Một", oversight.households().get(0), MemberRole.HEAD),
                                SupervisionFixtures.resident(
                                        "Lê Thị Hai", oversight.households().get(1), MemberRole.DEPUTY))),
                setting.frontStaff());
        long answered = boards.recommend(
                board,
                new SendRecommendation(
                        setting.thuanHoa().id(),
                        null,
                        "Đề nghị công khai dự toán sửa chữa nhà văn hoá tổ dân phố 5.",
                        today.minusDays(5)),
                today,
                setting.frontStaff());
        recommendations.answer(
                answered,
                new Answer(today, Outcome.ACCEPTED, "Đã niêm yết dự toán tại nhà văn hoá."),
                today,
                setting.thuanHoaHead());
        boards.recommend(
                board,
                new SendRecommendation(
                        setting.thuanHoa().id(),
                        null,
                        "Đề nghị sửa cống thoát nước đường Lê Lợi.",
                        today.minusDays(40)),
                today,
                setting.frontStaff());
        if (ratings.round(TestUnits.THUAN_HOA, today.getYear()).isEmpty()) {
            ratings.open(
                    new RatingCommands.OpenRound(
                            setting.thuanHoa().id(),
                            today.getYear(),
                            today.withDayOfYear(1),
                            today.withMonth(12).withDayOfMonth(31)),
                    setting.thuanHoaHead());
        }

        List<String> pages = List.of(
                "/portal/oversight/" + TestUnits.THUAN_HOA,
                "/portal/oversight/" + TestUnits.PHU_XUAN,
                "/portal/oversight/" + TestUnits.THUAN_HOA + "/rating",
                "/portal/oversight/" + TestUnits.THUAN_HOA + "?lang=en");
        List<String> problems = new ArrayList<>();
        for (int width : new int[] {1280, 390}) {
            Page page = browser.newPage(width, 900, true);
            for (String path : pages) {
                page.navigate(url(path));
                Accessibility.violations(page).forEach(v -> problems.add(width + " " + path + " → " + v));
                if (!(Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")) {
                    problems.add(width + " " + path + " → wider than the screen");
                }
            }
            page.navigate(url("/portal/oversight/" + TestUnits.THUAN_HOA + "?lang=vi"));
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/oversight-" + width + ".png"))
                    .setFullPage(true));
            page.navigate(url("/portal/oversight/" + TestUnits.THUAN_HOA + "/rating"));
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/oversight-rating-" + width + ".png"))
                    .setFullPage(true));
        }
        assertThat(problems).isEmpty();
    }
}
