package vn.danvan.programme;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danvan.Accessibility;
import vn.danvan.Browser;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.programme.PlanCommands.AddTask;
import vn.danvan.programme.PlanCommands.DraftPlan;
import vn.danvan.programme.ReviewCommands.OpenReview;
import vn.danvan.shared.VietnamTime;

/**
 * In a real headless Chromium, on a desktop and on a phone: the review with its figures, a plan and the report by
 * level read well and pass axe-core's WCAG 2.1 AA rules; screenshots land in target/screenshots/programme.
 */
@DanvanIntegrationTest
class PlanScreensBrowserTests {

    private static final LocalDate TODAY = LocalDate.now(VietnamTime.ZONE);

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    PlanFixtures fixtures;

    @Autowired
    PlanBook plans;

    @Autowired
    ReviewBook reviews;

    @Autowired
    InspectionBook inspections;

    @Autowired
    AdviceBook advices;

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
    void theReviewThePlanAndTheReportReadWellOnADesktopAndAPhoneAndPassAxe() {
        var setting = fixtures.setting();
        var plan = plans.draft(
                new DraftPlan(
                        setting.board().id(),
                        TODAY.getYear(),
                        PlanSector.STATE,
                        "Kế hoạch công tác dân vận chính quyền năm " + TODAY.getYear(),
                        "Nâng cao chất lượng tiếp công dân, đối thoại và thực hiện cam kết với Nhân dân."),
                setting.boardStaff());
        plans.addTask(
                plan.id(),
                new AddTask(
                        "Tổ chức hội nghị đối thoại với Nhân dân ở các phường",
                        setting.commune().id(),
                        TODAY,
                        "Số hội nghị",
                        4),
                setting.boardStaff());
        var review = reviews.open(
                new OpenReview(
                        setting.board().id(),
                        ReviewKind.YEAR_END,
                        TODAY.withDayOfYear(1),
                        TODAY,
                        "Tổng kết công tác dân vận năm " + TODAY.getYear(),
                        "Huế"),
                TODAY,
                setting.boardStaff());

        var inspection = inspections.plan(
                new InspectionCommands.PlanInspection(
                        setting.board().id(),
                        setting.commune().id(),
                        TODAY.minusDays(30),
                        "Đồng chí Phó Trưởng ban (trưởng đoàn) và 2 cán bộ",
                        "Kiểm tra việc thực hiện dân vận chính quyền và Quy chế dân chủ ở cơ sở"),
                setting.boardStaff());
        inspections.recordFindings(
                inspection.id(),
                new InspectionCommands.RecordFindings(
                        TODAY.minusDays(30), "Tiếp công dân đúng lịch; chưa công khai kết quả hội nghị đối thoại."),
                TODAY,
                setting.boardStaff());
        inspections.recommend(
                inspection.id(),
                new InspectionCommands.AddRecommendation(
                        "Niêm yết kết quả hội nghị đối thoại tại trụ sở và nhà văn hóa tổ dân phố",
                        setting.commune().id(),
                        TODAY.minusDays(5)),
                setting.boardStaff());
        var advice = advices.draft(
                new AdviceCommands.DraftAdvice(
                        setting.board().id(),
                        setting.commune().id(),
                        "Đề xuất chỉ đạo giải quyết dứt điểm các vụ việc đất đai kéo dài",
                        "Ban Dân vận đề xuất cấp ủy chỉ đạo tổ chức đối thoại chuyên đề về bồi thường, hỗ trợ.",
                        TODAY.withDayOfYear(1),
                        TODAY),
                setting.boardStaff());
        advices.send(advice.id(), new AdviceCommands.SendAdvice(TODAY), TODAY, setting.boardStaff());

        for (int width : new int[] {1280, 390}) {
            Page page = browser.newPage(width, 900, true);
            page.navigate(url("/programme/plans"));
            page.getByLabel("Tên đăng nhập").fill(setting.boardStaff().username());
            page.getByLabel("Mật khẩu")
                    .fill(PlanFixtures.PASSWORD_PREFIX + setting.boardStaff().username());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                    .click();
            for (String path : List.of(
                    "/programme/reviews/" + review.id(),
                    "/programme/plans/" + plan.id(),
                    "/programme/reports",
                    "/programme/inspections",
                    "/programme/inspections/" + inspection.id(),
                    "/programme/advice",
                    "/programme/advice/" + advice.id())) {
                page.navigate(url(path));
                assertThat(page.locator("h1")).isVisible();
                page.screenshot(new Page.ScreenshotOptions()
                        .setFullPage(true)
                        .setPath(Path.of(
                                "target/screenshots/programme",
                                path.replaceAll("[^a-z0-9]+", "-") + "-" + width + ".png")));
                assertThat(Accessibility.violations(page))
                        .as(path + " at " + width)
                        .isEmpty();
                Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
                assertThat(overflow).as(path + " fits " + width).isEqualTo(false);
            }
            page.context().close();
        }
    }
}
