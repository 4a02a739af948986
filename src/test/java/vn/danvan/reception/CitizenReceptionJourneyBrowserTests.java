package vn.danvan.reception;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danvan.Browser;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.shared.VietnamTime;

/**
 * A ward's reception day in a real headless Chromium: schedule the chairman's reception, log a group
 * visit, make its petition, hold a dialogue, record a promise, report it done — and see it on the
 * public accountability page.
 */
@DanvanIntegrationTest
class CitizenReceptionJourneyBrowserTests {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    ReceptionFixtures fixtures;

    @Autowired
    WorkingCalendar calendar;

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
    void aReceptionDayEndsWithAKeptPromiseOnThePublicPage() {
        var setting = fixtures.setting();
        LocalDate day = LocalDate.now(VietnamTime.ZONE);
        while (!calendar.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        String place = "Hội trường UBND phường " + setting.chairman().id();
        Page page = browser.newPage(1280, 900);
        page.navigate(url("/reception"));
        page.getByLabel("Tên đăng nhập").fill(setting.receptionOfficer().username());
        page.getByLabel("Mật khẩu")
                .fill("mat-khau-tiep-dan-" + setting.receptionOfficer().username());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
        assertThat(page.locator("h1")).hasText("Tiếp công dân");

        var form = page.locator("#schedule-form");
        form.locator("#kind").selectOption("PERIODIC");
        form.locator("#headId").selectOption(String.valueOf(setting.chairman().id()));
        form.locator("#sessionBody")
                .selectOption(String.valueOf(setting.peoplesCommittee().id()));
        form.locator("#heldOn").fill(day.toString());
        form.locator("#place").fill(place);
        form.locator("button[type=submit]").click();
        assertThat(page.locator(".alert.ok")).containsText("Đã xếp lịch tiếp công dân");
        var session = page.locator("#sessions tr", new Page.LocatorOptions().setHasText(place));
        session.getByText("Ghi nhận đã tiếp").click();
        assertThat(page.locator(".alert.ok")).containsText("Đã ghi nhận buổi tiếp đã diễn ra");
        screenshot(page, "reception-desk");

        page.locator("#sessions tr", new Page.LocatorOptions().setHasText(place))
                .getByText("Ghi lượt tiếp")
                .click();
        page.locator("#visitorKind").selectOption("GROUP");
        page.locator("#peopleCount").fill("8");
        page.locator("#representativeCount").fill("2");
        page.locator("#representativesInWriting").check();
        page.locator("#representativesAmongGroup").check();
        page.locator("#visitorName").fill("Phan Văn Tâm");
        page.locator("#summary").fill("Đoàn 8 hộ tổ 12 kiến nghị làm đường kiệt 45");
        page.locator("#response").fill("Chủ tịch tiếp thu, sẽ trả lời tại hội nghị đối thoại");
        page.locator("form.form button[type=submit].primary").click();
        assertThat(page.locator(".alert.ok")).containsText("Đã ghi lượt tiếp vào sổ");
        page.locator("#create-petition").click();
        assertThat(page.locator("#state")).hasText("Chờ xử lý");
        screenshot(page, "reception-petition");

        page.navigate(url("/dialogues/new"));
        page.locator("#convenerBodyId")
                .selectOption(String.valueOf(setting.peoplesCommittee().id()));
        page.locator("#kind").selectOption("THEMATIC");
        page.locator("#heldOn").fill(day.toString());
        page.locator("#place").fill("Nhà văn hoá tổ 12");
        page.locator("#topic").fill("Đối thoại về làm đường kiệt 45");
        page.locator("#chairName").fill("Trần Quốc Bảo");
        page.locator("#participants").fill("60");
        page.locator("form.form button[type=submit]").click();
        assertThat(page.locator(".alert.ok")).containsText("Đã ghi nhận cuộc đối thoại");
        page.locator("#issue-form #content").fill("Kiệt 45 lầy lội mỗi khi mưa");
        page.locator("#issue-form #answer").fill("Phường bê tông hoá kiệt 45 trong năm");
        page.locator("#issue-form button[type=submit]").click();
        page.locator("#commit-form #description").fill("Bê tông hoá kiệt 45");
        page.locator("#commit-form #ownerBodyId")
                .selectOption(String.valueOf(setting.peoplesCommittee().id()));
        page.locator("#commit-form #ownerName").fill("Trần Quốc Bảo");
        page.locator("#commit-form #ownerPosition").fill("Chủ tịch UBND phường");
        page.locator("#commit-form #dueOn").fill(day.plusDays(60).toString());
        page.locator("#commit-form button[type=submit]").click();
        assertThat(page.locator(".alert.ok")).containsText("Đã ghi cam kết");
        page.locator("details.action summary", new Page.LocatorOptions().setHasText("Báo cáo hoàn thành"))
                .click();
        page.locator("details[open] button.primary").click();
        assertThat(page.locator(".alert.ok")).containsText("Đã ghi nhận hoàn thành cam kết");
        screenshot(page, "dialogue-commitment-done");

        Page citizen = browser.newPage(360, 780);
        citizen.navigate(
                url("/portal/commitments?body=" + setting.peoplesCommittee().id()));
        var row = citizen.locator("#commitments tr", new Page.LocatorOptions().setHasText("Bê tông hoá kiệt 45"));
        assertThat(row).containsText("Trần Quốc Bảo");
        assertThat(row).containsText("Đã hoàn thành");
        screenshot(citizen, "portal-commitments-phone");
    }
}
