package vn.danvan.democracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.democracy.domain.ComplianceLine;
import vn.danvan.democracy.domain.DisclosureStatus;
import vn.danvan.shared.DomainException;

/**
 * The compliance figures from a hand-made set on the real working calendar (October 2026 has no holiday): per ward,
 * items due in the period published on time, late, overdue and not yet due; items due outside the period left out;
 * a ward with nothing due shows zeros; each figure's filter lists exactly its items.
 */
@DanvanIntegrationTest
class DisclosureComplianceIntegrationTests {

    @Autowired
    DemocracyFixtures fixtures;

    @Autowired
    DisclosurePublishing publishing;

    @Autowired
    DisclosureCompliance compliance;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    DemocracyFixtures.Setting setting;
    LocalDate today;

    static final LocalDate FROM = LocalDate.of(2026, 10, 1);

    @BeforeEach
    void setUp() {
        setting = fixtures.setting();
        today = LocalDate.now(clock);
    }

    long item(DemocracyFixtures.Setting s, vn.danvan.organization.Body body, String title, LocalDate document) {
        var staff = body.id() == s.thuanHoa().id() ? s.thuanHoaOfficer() : s.phuXuanHead();
        return publishing.create(
                DemocracyFixtures.item(body, DisclosureCategory.SOCIAL_SUPPORT, title, document), today, staff);
    }

    void publish(long id, LocalDate on, vn.danvan.organization.StaffMember staff) {
        publishing.publish(id, DemocracyFixtures.publish(on), today, staff);
    }

    @Test
    void theFiguresCountEachWardsItemsDueInThePeriodByHowTheyWerePublished() {
        LocalDate to = today.plusDays(60);
        var officer = setting.thuanHoaOfficer();
        // Thu 1 Oct → due Thu 8 Oct (Fri 2, Mon 5, Tue 6, Wed 7, Thu 8), published on the 8th: on time.
        long onTime = item(setting, setting.thuanHoa(), "Danh sách hộ nghèo quý IV", LocalDate.of(2026, 10, 1));
        publish(onTime, LocalDate.of(2026, 10, 8), officer);
        // Mon 5 Oct → due Mon 12 Oct, published Wed 14: late.
        long late = item(setting, setting.thuanHoa(), "Mức hỗ trợ người cao tuổi", LocalDate.of(2026, 10, 5));
        publish(late, LocalDate.of(2026, 10, 14), officer);
        // Mon 12 Oct → due Mon 19 Oct, never published: overdue.
        long overdue = item(setting, setting.thuanHoa(), "Danh sách hộ cận nghèo", LocalDate.of(2026, 10, 12));
        // Issued today: not yet due.
        long pending = item(setting, setting.thuanHoa(), "Danh sách nhận quà Tết", today);
        // Mon 14 Sep → due Mon 21 Sep: outside the period, counted nowhere.
        long outside = item(setting, setting.thuanHoa(), "Kế hoạch tháng 9", LocalDate.of(2026, 9, 14));
        // Phú Xuân: Thu 1 Oct → due Thu 8 Oct, published the next day, Fri 2 Oct: on time.
        long phuXuan = item(setting, setting.phuXuan(), "Danh sách hộ nghèo Phú Xuân", LocalDate.of(2026, 10, 1));
        publish(phuXuan, LocalDate.of(2026, 10, 2), setting.phuXuanHead());

        assertThat(publishing.disclosure(onTime, officer).dueOn()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(publishing.disclosure(late, officer).dueOn()).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(publishing.disclosure(overdue, officer).dueOn()).isEqualTo(LocalDate.of(2026, 10, 19));

        List<ComplianceLine> lines = compliance.lines(setting.provinceHead(), FROM, to, today);
        assertThat(lines)
                .extracting(
                        ComplianceLine::bodyId,
                        ComplianceLine::due,
                        ComplianceLine::onTime,
                        ComplianceLine::late,
                        ComplianceLine::overdue,
                        ComplianceLine::pending)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(setting.thuanHoa().id(), 4, 1, 1, 1, 1),
                        org.assertj.core.groups.Tuple.tuple(setting.phuXuan().id(), 1, 1, 0, 0, 0),
                        org.assertj.core.groups.Tuple.tuple(setting.silent().id(), 0, 0, 0, 0, 0));
        ComplianceLine thuanHoa = lines.stream()
                .filter(l -> l.bodyId() == setting.thuanHoa().id())
                .findFirst()
                .orElseThrow();
        assertThat(thuanHoa.onTimePercent()).isEqualTo(33);
        assertThat(DisclosureCompliance.total(lines).due()).isEqualTo(5);

        // Each figure links to a filter listing exactly its items.
        var head = setting.provinceHead();
        assertThat(ids(publishing.list(head, setting.thuanHoa().id(), null, DisclosureStatus.ON_TIME, FROM, to, today)))
                .containsExactly(onTime);
        assertThat(ids(publishing.list(head, setting.thuanHoa().id(), null, DisclosureStatus.LATE, FROM, to, today)))
                .containsExactly(late);
        assertThat(ids(publishing.list(head, setting.thuanHoa().id(), null, DisclosureStatus.OVERDUE, FROM, to, today)))
                .containsExactly(overdue);
        assertThat(ids(publishing.list(head, setting.thuanHoa().id(), null, DisclosureStatus.PENDING, FROM, to, today)))
                .containsExactly(pending);
        assertThat(ids(publishing.list(head, setting.thuanHoa().id(), null, null, FROM, to, today)))
                .containsExactlyInAnyOrder(onTime, late, overdue, pending)
                .doesNotContain(outside);

        // A ward's head sees only the ward.
        assertThat(compliance.lines(setting.phuXuanHead(), FROM, to, today))
                .extracting(ComplianceLine::bodyId)
                .containsExactly(setting.phuXuan().id());
        // An officer without a head's role does not see the figures.
        assertThatThrownBy(() -> compliance.lines(officer, FROM, to, today))
                .isInstanceOf(DomainException.class)
                .hasMessage("democracy.overseer-required");
    }

    @Test
    void everyChangeIsOnTheTimelineAndInTheAuditTrailAndAnEditMovesTheDueDate() {
        var officer = setting.thuanHoaOfficer();
        long id = item(setting, setting.thuanHoa(), "Dự toán ngân sách phường", LocalDate.of(2026, 10, 1));
        publishing.update(
                id,
                DemocracyFixtures.item(
                        setting.thuanHoa(),
                        DisclosureCategory.BUDGET,
                        "Dự toán ngân sách phường năm 2027",
                        LocalDate.of(2026, 10, 5)),
                today,
                officer);
        assertThat(publishing.disclosure(id, officer).dueOn()).isEqualTo(LocalDate.of(2026, 10, 12));
        publish(id, LocalDate.of(2026, 10, 9), officer);
        assertThat(publishing.timeline(id)).extracting(e -> e.kind()).containsExactly("CREATED", "EDITED", "PUBLISHED");
        assertThat(jdbc.sql("""
                        select action from shared.audit_event where subject_type = 'disclosure' and subject_id = ?
                        order by id""").param(String.valueOf(id)).query(String.class).list())
                .containsExactly("disclosure.created", "disclosure.edited", "disclosure.published");
    }

    @Test
    void outsidersAndTheFrontCannotPublishAndNothingIsWritten() {
        int before = count();
        assertThatThrownBy(() -> publishing.create(
                        DemocracyFixtures.item(
                                setting.thuanHoa(), DisclosureCategory.FEES, "Phí chợ", LocalDate.of(2026, 10, 1)),
                        today,
                        setting.phuXuanHead()))
                .hasMessage("democracy.out-of-scope");
        assertThatThrownBy(() -> publishing.create(
                        DemocracyFixtures.item(
                                setting.front(), DisclosureCategory.FEES, "Phí chợ", LocalDate.of(2026, 10, 1)),
                        today,
                        setting.frontStaff()))
                .hasMessage("democracy.not-a-publisher");
        assertThatThrownBy(() -> publishing.create(
                        DemocracyFixtures.item(
                                setting.thuanHoa(), DisclosureCategory.FEES, "Phí chợ", today.plusDays(1)),
                        today,
                        setting.thuanHoaOfficer()))
                .hasMessage("democracy.document-in-future");
        long id = item(setting, setting.thuanHoa(), "Phí vệ sinh", LocalDate.of(2026, 10, 1));
        publish(id, LocalDate.of(2026, 10, 2), setting.thuanHoaOfficer());
        assertThatThrownBy(() -> publish(id, LocalDate.of(2026, 10, 3), setting.thuanHoaOfficer()))
                .hasMessage("democracy.already-published");
        assertThat(count()).isEqualTo(before + 1);
    }

    int count() {
        return jdbc.sql("select count(*) from democracy.disclosure")
                .query(Integer.class)
                .single();
    }

    static List<Long> ids(List<vn.danvan.democracy.domain.Disclosure> items) {
        return items.stream().map(vn.danvan.democracy.domain.Disclosure::id).toList();
    }
}
