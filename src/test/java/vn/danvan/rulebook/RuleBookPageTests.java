package vn.danvan.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.WebSession;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.OrganizationAdministration;
import vn.danvan.organization.Role;
import vn.danvan.organization.UnitLevel;

/** The rule book page for administrators: every table the modules contribute, each row with its source; read-only. */
@DanvanIntegrationTest
class RuleBookPageTests {

    @LocalServerPort
    int port;

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    RuleBook ruleBook;

    String admin;
    String officer;

    @BeforeEach
    void anAdministratorAndAnOfficer() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long body = administration
                .addBody("LUAT-" + suffix, "Văn phòng " + suffix, BodyKind.OTHER, UnitLevel.CENTRAL, null, null, null)
                .id();
        admin = "quydinh-" + suffix;
        officer = "canbo-quydinh-" + suffix;
        administration.addStaff(
                admin, "mat-khau-so-quy-dinh", "Quản trị", null, body, EnumSet.of(Role.ADMINISTRATOR), false);
        administration.addStaff(
                officer, "mat-khau-so-quy-dinh", "Cán bộ", null, body, EnumSet.of(Role.RECEPTION_OFFICER), false);
    }

    @Test
    void theAdministratorReadsEveryTableWithItsValuesDayTypesEffectiveDatesAndSources() throws Exception {
        var page = WebSession.signedIn(port, admin, "mat-khau-so-quy-dinh").get("/admin/rules");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Sổ quy định pháp luật")
                .contains("aria-current=\"page\"")
                .contains(
                        "data-table=\"petition.deadlines\"",
                        "data-table=\"petition.group-representatives\"",
                        "data-table=\"petition.filing-grounds\"",
                        "data-table=\"reception.frequencies\"",
                        "data-table=\"reception.deadlines\"",
                        "data-table=\"reception.refusal-grounds\"")
                .contains("data-rule=\"ACCEPTANCE_COMPLAINT_FROM_2026_07_01\"")
                .contains("7 ngày làm việc")
                .contains("30 ngày; phức tạp 45; vùng sâu, vùng xa 45, phức tạp 60")
                .contains("từ 01/07/2026")
                .contains("đến hết 30/06/2026")
                .contains("NĐ 154/2026/NĐ-CP Đ.10(2)")
                .contains("Luật Tiếp công dân 2013 Đ.28(1)")
                .contains("NĐ 154/2026/NĐ-CP Đ.4(3), Mẫu 01/TCD")
                .contains("Cấu hình được")
                .doesNotContain("??")
                .doesNotContain("action=\"/admin/rules");
    }

    @Test
    void theCommunesPublicationPeriodsStandInTheRuleBookForEveryCategoryWithTheirSource() {
        var table = ruleBook.table("democracy.publication").orElseThrow();
        assertThat(table.rules()).hasSize(14).allSatisfy(rule -> {
            assertThat(rule.source()).contains("Luật THDCCS 2022 Đ.11(").contains("Đ.12(3)");
            assertThat(rule.value()).isEqualTo("5 ngày làm việc kể từ ngày ban hành văn bản");
            assertThat(rule.title()).startsWith("Công khai — ").doesNotContain("democracy.category");
        });
    }

    @Test
    void staffWhoAreNotAdministratorsAreRefused() throws Exception {
        var page = WebSession.signedIn(port, officer, "mat-khau-so-quy-dinh").get("/admin/rules");

        assertThat(page.statusCode()).isEqualTo(403);
    }

    @Test
    void theOtherAdministrationPagesLinkToTheRuleBook() throws Exception {
        var page = WebSession.signedIn(port, admin, "mat-khau-so-quy-dinh").get("/admin/calendar");

        assertThat(page.body()).contains("href=\"/admin/rules\"");
    }
}
