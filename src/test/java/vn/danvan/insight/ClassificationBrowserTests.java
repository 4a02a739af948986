package vn.danvan.insight;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.Accessibility;
import vn.danvan.Browser;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.organization.OrganizationAdministration;
import vn.danvan.organization.Role;
import vn.danvan.petition.Channel;
import vn.danvan.petition.DecidePetition;
import vn.danvan.petition.Decision;
import vn.danvan.petition.PetitionIntake;
import vn.danvan.petition.PetitionProcessing;
import vn.danvan.petition.PetitionerIdentity;
import vn.danvan.petition.PetitionerKind;
import vn.danvan.petition.ReceivePetition;
import vn.danvan.portal.PortalFixtures;
import vn.danvan.shared.VietnamTime;

/**
 * In a real headless Chromium: the administrator retrains the classification help and reads its figures; a citizen
 * typing on the portal's form and an officer typing on the intake form see the suggestion, and the officer's "Dùng
 * gợi ý" fills the type and field. The administrator's page and the portal's form with its suggestion pass axe-core's
 * WCAG 2.1 AA rules at 1280 and 390 px; screenshots land in target/screenshots.
 */
@DanvanIntegrationTest
class ClassificationBrowserTests {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    PortalFixtures portal;

    @Autowired
    PetitionIntake intake;

    @Autowired
    PetitionProcessing processing;

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    ClassificationHelp help;

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
    void theAdministratorRetrainsAndCitizensAndOfficersSeeTheSuggestionAsTheyType() throws Exception {
        jdbc.sql("delete from shared.rate_bucket where id like 'classifier-suggestion:%'")
                .update();
        var setting = portal.setting();
        LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
        for (int i = 0; i < 8; i++) {
            for (var entry : ClassificationIntegrationTests.PHRASES.entrySet()) {
                String[] phrases = entry.getValue();
                String phrase = phrases[1 + i % (phrases.length - 1)];
                var received = intake.receive(
                        new ReceivePetition(
                                setting.ward().id(),
                                Channel.IN_PERSON,
                                null,
                                null,
                                null,
                                entry.getKey(),
                                phrases[0],
                                null,
                                false,
                                PetitionerKind.INDIVIDUAL,
                                1,
                                0,
                                new PetitionerIdentity("Lê Thị Hoa", null, null, null, null, List.of()),
                                "Đơn " + phrase,
                                "Tôi " + phrase + " ở " + ClassificationIntegrationTests.PLACES[i % 5],
                                null,
                                today,
                                false,
                                null,
                                null),
                        setting.wardOfficer(),
                        null);
                processing.decide(
                        received.id(),
                        new DecidePetition(Decision.GUIDE, today, false, null, null, null, "Hướng dẫn"),
                        setting.wardOfficer());
            }
        }
        String admin = "quantri-trinh-duyet-" + UUID.randomUUID().toString().substring(0, 8);
        administration.addStaff(
                admin,
                "mat-khau-quan-tri-duyet",
                "Quản trị hệ thống",
                admin + "@example.vn",
                setting.ward().id(),
                EnumSet.of(Role.ADMINISTRATOR),
                false);

        List<String> problems = new ArrayList<>();
        for (int width : new int[] {1280, 390}) {
            Page page = browser.newPage(width, 900, true);
            signIn(page, admin, "mat-khau-quan-tri-duyet");
            page.navigate(url("/admin/classifier"));
            if (width == 1280) {
                long before = help.modelVersion().orElse(0L);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Huấn luyện lại"))
                        .click();
                // The page follows the run and reloads itself with the new model once it is done.
                page.waitForCondition(
                        () -> help.modelVersion().orElse(0L) > before,
                        new Page.WaitForConditionOptions().setTimeout(TimeUnit.MINUTES.toMillis(2)));
                page.locator("#classifier-version").waitFor();
                page.navigate(url("/admin/classifier"));
            }
            assertThat(page.locator("#classifier-version strong"))
                    .hasText(String.valueOf(help.modelVersion().orElseThrow()));
            assertThat(page.locator("#classifier-confusion-TYPE")).isVisible();
            Accessibility.violations(page).forEach(v -> problems.add(width + " /admin/classifier → " + v));
            if (!fitsTheScreen(page)) {
                problems.add(width + " /admin/classifier → wider than the screen");
            }
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("classifier-" + width + ".png"))
                    .setFullPage(true));

            Page citizen = offline(browser.newPage(width, 900, true));
            citizen.navigate(url("/portal/submit"));
            citizen.locator("#title").fill("Rác thải ven sông");
            citizen.locator("#content").fill("Tôi phản ánh rác thải đổ trộm ven sông, mùi hôi khó chịu");
            citizen.locator("#content").press("End");
            assertThat(citizen.locator("#classifier-suggestion [data-suggested-type]"))
                    .containsText("Phản ánh");
            assertThat(citizen.locator("#classifier-suggestion [data-classifier-fill]"))
                    .hasCount(0);
            Accessibility.violations(citizen).forEach(v -> problems.add(width + " /portal/submit → " + v));
            if (!fitsTheScreen(citizen)) {
                problems.add(width + " /portal/submit → wider than the screen");
            }
            citizen.locator("#classifier-suggestion").scrollIntoViewIfNeeded();
            citizen.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("classifier-portal-" + width + ".png"))
                    .setFullPage(false));
        }

        Page officer = browser.newPage(1280, 900, true);
        signIn(officer, setting.wardOfficer().username(), setting.wardOfficerPassword());
        officer.navigate(url("/petitions/new"));
        officer.locator("#title").fill("Tố cáo cán bộ");
        officer.locator("#content").fill("Tôi tố cáo cán bộ địa chính nhận hối lộ khi làm hồ sơ");
        officer.locator("#content").press("End");
        assertThat(officer.locator("#classifier-suggestion [data-suggested-type]"))
                .containsText("Tố cáo");
        assertThat(officer.locator("#type")).not().hasValue("DENUNCIATION");
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dùng gợi ý"))
                .click();
        assertThat(officer.locator("#type")).hasValue("DENUNCIATION");
        assertThat(officer.locator("#fieldCode")).hasValue("CORRUPTION");
        officer.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("classifier-intake-1280.png"))
                .setFullPage(true));

        assertThat(problems).isEmpty();
    }

    private void signIn(Page page, String username, String password) {
        page.navigate(url("/login"));
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
    }

    /** The machines reach no tile server: refused at once, as a browser offline would be. */
    private static Page offline(Page page) {
        page.context().route(u -> !u.contains("localhost"), route -> route.abort());
        return page;
    }

    private static boolean fitsTheScreen(Page page) {
        return (Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
    }
}
