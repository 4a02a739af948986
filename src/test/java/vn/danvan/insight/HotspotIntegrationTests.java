package vn.danvan.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.TestUnits;
import vn.danvan.WebSession;
import vn.danvan.organization.AdministrativeUnitImport;
import vn.danvan.organization.Body;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.OrganizationAdministration;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.organization.UnitLevel;
import vn.danvan.shared.VietnamTime;

/**
 * Hot spots on the real database: petitions planted in a commune of their own (a code no other test uses), scored by
 * the petition module's counts, alerted once per crossing to the heads of the bodies holding the cases.
 */
@DanvanIntegrationTest
class HotspotIntegrationTests {

    /** Today: the board scores as of today, the watch as of any day it is given. */
    LocalDate asOf;

    @LocalServerPort
    int port;

    @Autowired
    HotspotWatch watch;

    @Autowired
    HotspotBoard board;

    @Autowired
    vn.danvan.petition.MatterGroups matterGroups;

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AdministrativeUnitImport units;

    @Autowired
    Clock clock;

    String suffix;
    String commune;
    Body committee;
    StaffMember head;
    String headEmail;
    long planted;

    @BeforeEach
    void aCommuneOfItsOwn() {
        TestUnits.ensureHue(units);
        asOf = LocalDate.now(clock.withZone(VietnamTime.ZONE));
        suffix = UUID.randomUUID().toString().substring(0, 8);
        commune = "HS" + suffix;
        committee = administration.addBody(
                "HS-UB-" + suffix,
                "UBND xã " + suffix,
                BodyKind.PEOPLES_COMMITTEE,
                UnitLevel.COMMUNE,
                TestUnits.HUE,
                null,
                null);
        headEmail = "chu-tich-" + suffix + "@example.vn";
        head = staff("chutich-" + suffix, committee, headEmail, EnumSet.of(Role.HEAD_OF_BODY));
    }

    StaffMember staff(String username, Body body, String email, EnumSet<Role> roles) {
        long id = administration.addStaff(
                username, "mat-khau-diem-nong-" + username, "Cán bộ " + username, email, body.id(), roles, false);
        return new StaffMember(
                id,
                username,
                "Cán bộ " + username,
                body.id(),
                roles,
                directory.bodyWithSubordinates(body.id()),
                false,
                false);
    }

    /** A steady year (one land petition a week) and then {@code surge} land petitions in the last three days. */
    void plant(String communeCode, long bodyId, int surge, int groups) {
        for (int week = 1; week <= 52; week++) {
            petition(communeCode, bodyId, asOf.minusDays(7 + 7L * week), "INDIVIDUAL", 1);
        }
        for (int n = 0; n < surge; n++) {
            petition(
                    communeCode,
                    bodyId,
                    asOf.minusDays(n % 3),
                    n < groups ? "GROUP" : "INDIVIDUAL",
                    n < groups ? 12 : 1);
        }
    }

    void petition(String communeCode, long bodyId, LocalDate receivedOn, String kind, int people) {
        planted++;
        jdbc.sql("""
                insert into petition.petition (tracking_code, body_id, channel, petition_type, field_code, petitioner_kind,
                    petitioner_count, title, content, commune_code, received_on, state, processing_due, search_text)
                values (:code, :body, 'POST', 'COMPLAINT', 'LAND', :kind, :people, 'Khiếu nại thu hồi đất',
                    'Khiếu nại quyết định thu hồi đất làm khu công nghiệp', :commune, :on, 'RECEIVED', :due, 'khieu nai thu hoi dat')
                """)
                .param("code", "HS" + suffix + "-" + planted)
                .param("body", bodyId)
                .param("kind", kind)
                .param("people", people)
                .param("commune", communeCode)
                .param("on", receivedOn)
                .param("due", receivedOn.plusDays(10))
                .update();
    }

    List<HotspotWatch.Alert> mine(List<HotspotWatch.Alert> alerts, String communeCode) {
        return alerts.stream().filter(a -> a.communeCode().equals(communeCode)).toList();
    }

    int alertRows(String communeCode) {
        return jdbc.sql("select count(*) from insight.hotspot_alert where commune_code = ?")
                .param(communeCode)
                .query(Integer.class)
                .single();
    }

    @Test
    void aSurgeWithGroupPetitionsIsHotAndItsHeadIsAlertedOnceWithTheEvidence() {
        plant(commune, committee.id(), 12, 2);

        var first = mine(watch.evaluate(asOf), commune);
        var again = mine(watch.evaluate(asOf), commune);
        var nextDay = mine(watch.evaluate(asOf.plusDays(1)), commune);

        assertThat(first).singleElement().satisfies(alert -> {
            assertThat(alert.fieldCode()).isEqualTo("LAND");
            assertThat(alert.mailed()).isEqualTo(1);
            assertThat(alert.score()).isGreaterThanOrEqualTo(board.settings().threshold());
        });
        assertThat(again).as("the same crossing computed again").isEmpty();
        assertThat(nextDay).as("still hot the next day: no new crossing").isEmpty();
        assertThat(alertRows(commune)).isEqualTo(1);
        long id = first.getFirst().id();
        assertThat(jdbc.sql("select subject, body from notification.message where event_key = ? and recipient = ?")
                        .param("hotspot-alert:" + id)
                        .param(headEmail)
                        .query((rs, n) -> rs.getString(1) + "\n" + rs.getString(2))
                        .list())
                .singleElement()
                .satisfies(mail -> assertThat(mail)
                        .contains(
                                "Cảnh báo điểm nóng",
                                "Đất đai",
                                "Đoàn đông người",
                                "/insight/hotspots/" + commune + "/LAND"));
        assertThat(jdbc.sql("select evidence->>'recent' from insight.hotspot_alert where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("12");
        assertThat(jdbc.sql(
                                "select count(*) from shared.audit_event where action = 'hotspot.alerted' and subject_id = ?")
                        .param(String.valueOf(id))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aHotSpotThatCooledAlertsAgainOnItsNextCrossing() {
        plant(commune, committee.id(), 12, 0);
        assertThat(mine(watch.evaluate(asOf), commune)).hasSize(1);

        assertThat(mine(watch.evaluate(asOf.plusDays(30)), commune))
                .as("cooled")
                .isEmpty();
        for (int n = 0; n < 12; n++) {
            petition(commune, committee.id(), asOf.plusDays(60 - n % 2), "INDIVIDUAL", 1);
        }

        assertThat(mine(watch.evaluate(asOf.plusDays(60)), commune))
                .as("a new crossing")
                .hasSize(1);
        assertThat(alertRows(commune)).isEqualTo(2);
    }

    @Test
    void aCommuneThatAlwaysSendsManyPetitionsIsNotHotForThat() {
        for (int day = 0; day < 371; day++) {
            petition(commune, committee.id(), asOf.minusDays(day), "INDIVIDUAL", 1);
        }

        assertThat(mine(watch.evaluate(asOf), commune)).isEmpty();
        assertThat(board.line(head, commune, "LAND")).hasValueSatisfying(line -> {
            assertThat(line.recent()).isEqualTo(7);
            assertThat(line.hot()).isFalse();
        });
    }

    @Test
    void twoInstancesComputingAtOnceRaiseOneAlert() throws Exception {
        plant(commune, committee.id(), 15, 3);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<HotspotWatch.Alert>>> runs = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return watch.evaluate(asOf);
                }));
            }
            start.countDown();
            int raised = 0;
            for (var run : runs) {
                raised += mine(run.get(), commune).size();
            }
            assertThat(raised).isEqualTo(1);
        }
        assertThat(alertRows(commune)).isEqualTo(1);
        assertThat(jdbc.sql(
                                "select count(*) from notification.message where event_key like 'hotspot-alert:%' and recipient = ?")
                        .param(headEmail)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aStaffMemberSeesOnlyTheHotSpotsOfTheCasesInTheirScope() {
        plant(commune, committee.id(), 12, 2);
        watch.evaluate(asOf);
        Body elsewhere = administration.addBody(
                "HS-PX-" + suffix,
                "UBND xã khác " + suffix,
                BodyKind.PEOPLES_COMMITTEE,
                UnitLevel.COMMUNE,
                TestUnits.HUE,
                null,
                null);
        StaffMember outsider = staff("khac-" + suffix, elsewhere, null, EnumSet.of(Role.HEAD_OF_BODY));

        assertThat(board.top(head, 50)).anySatisfy(line -> {
            assertThat(line.communeCode()).isEqualTo(commune);
            assertThat(line.hot()).isTrue();
        });
        assertThat(board.top(outsider, 50)).noneMatch(line -> line.communeCode().equals(commune));
        assertThat(board.line(outsider, commune, "LAND")).isEmpty();
    }

    double points(HotspotLine line, String part) {
        return line.score().parts().stream()
                .filter(p -> p.key().equals(part))
                .findFirst()
                .orElseThrow()
                .points();
    }

    double value(HotspotLine line, String part) {
        return line.score().parts().stream()
                .filter(p -> p.key().equals(part))
                .findFirst()
                .orElseThrow()
                .value();
    }

    @Test
    void thePagesShowTheStoredScoreAndARawChangeShowsOnlyAfterTheWatchRuns() throws Exception {
        plant(commune, committee.id(), 12, 2);
        watch.evaluate(asOf);
        double stored = board.line(head, commune, "LAND").orElseThrow().score().total();
        var session = new WebSession(port);
        session.login(head.username(), "mat-khau-diem-nong-" + head.username());
        String why = "/insight/hotspots/" + commune + "/LAND";

        for (int n = 0; n < 6; n++) {
            petition(commune, committee.id(), asOf, "GROUP", 8);
        }
        String before = session.get(why).body();
        String home = session.get("/home").body();

        assertThat(board.line(head, commune, "LAND").orElseThrow().score().total())
                .as("not recomputed on view")
                .isEqualTo(stored);
        assertThat(before).contains(decimal(stored), "Điểm tính lúc");
        assertThat(home).contains("/insight/hotspots/" + commune + "/LAND", "Điểm tính lúc");

        watch.evaluate(asOf);

        double after = board.line(head, commune, "LAND").orElseThrow().score().total();
        assertThat(after).isGreaterThan(stored);
        assertThat(session.get(why).body()).contains(decimal(after));
        assertThat(jdbc.sql("select computed_at is not null and scored_on = ? from insight.hotspot_state"
                                + " where commune_code = ? and field_code = 'LAND'")
                        .param(asOf)
                        .param(commune)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    static String decimal(double value) {
        return String.format(java.util.Locale.of("vi"), "%.2f", value);
    }

    void delegation(String communeCode, long bodyId, LocalDate on) {
        jdbc.sql("""
                insert into reception.visit (body_id, visited_on, visitor_kind, people_count, delegation, commune_code,
                    matter, content_type, field_code, summary, recorded_by)
                values (:body, :on, 'GROUP', 15, true, :commune, 'NEW', 'COMPLAINT', 'LAND',
                    'Đoàn đông người khiếu nại bồi thường', 'tiepdan')
                """)
                .param("body", bodyId)
                .param("on", on)
                .param("commune", communeCode)
                .update();
    }

    @Test
    void delegationsReceivedAtReceptionRaiseTheScoreOfTheirCommune() {
        // 4 recent petitions, 3 of them group petitions: about 5.1 points, and under the minimum of 5 recent.
        plant(commune, committee.id(), 4, 3);
        watch.evaluate(asOf);
        var without = board.line(head, commune, "LAND").orElseThrow();
        delegation(commune, committee.id(), asOf.minusDays(1));
        delegation(commune, committee.id(), asOf.minusDays(2));
        delegation(commune, committee.id(), asOf.minusDays(30));

        var raised = mine(watch.evaluate(asOf), commune);

        var with = board.line(head, commune, "LAND").orElseThrow();
        assertThat(value(with, "delegations")).as("the two in the window").isEqualTo(2);
        assertThat(with.score().total() - without.score().total())
                .isCloseTo(2 * board.settings().delegation(), within(0.001));
        assertThat(without.hot()).isFalse();
        assertThat(with.hot())
                .as("4 petitions and 2 delegations reach the minimum")
                .isTrue();
        assertThat(raised)
                .singleElement()
                .satisfies(alert -> assertThat(alert.mailed()).isEqualTo(1));
    }

    @Test
    void dialogueCommitmentsOverduePastTheirDueDayCountInTheCommune() {
        plant(commune, committee.id(), 3, 0);
        long dialogue = jdbc.sql("""
                insert into dialogue.dialogue (convener_body_id, kind, held_on, place, topic, chair_name, participants,
                    commune_code, created_by)
                values (?, 'THEMATIC', ?, 'Nhà văn hóa', 'Đối thoại thu hồi đất', 'Chủ tịch', 40, ?, 'test')
                returning id
                """)
                .params(committee.id(), asOf.minusDays(90), commune)
                .query(Long.class)
                .single();
        long issue = jdbc.sql("""
                insert into dialogue.issue (dialogue_id, content, field_code) values (?, 'Bồi thường chậm', 'LAND')
                returning id
                """).params(dialogue).query(Long.class).single();
        for (var due : List.of(asOf.minusDays(10), asOf.minusDays(5), asOf.plusDays(20))) {
            jdbc.sql("""
                    insert into dialogue.commitment (issue_id, owner_body_id, owner_name, description, due_on, state)
                    values (?, ?, 'Chủ tịch', 'Chi trả bồi thường', ?, 'OPEN')
                    """).params(issue, committee.id(), due).update();
        }

        watch.evaluate(asOf);

        var line = board.line(head, commune, "LAND").orElseThrow();
        assertThat(value(line, "commitments"))
                .as("the two past due, not the one still in time")
                .isEqualTo(2);
        assertThat(points(line, "commitments")).isEqualTo(2 * board.settings().commitment());
    }

    @Test
    void secondInstanceComplaintsAreAPartOfTheirOwnAndTheSameTitleAtAnotherBodyIsNoSameMatter() {
        plant(commune, committee.id(), 3, 0);
        Body district = administration.addBody(
                "HS-TT-" + suffix,
                "Thanh tra " + suffix,
                BodyKind.INSPECTORATE,
                UnitLevel.COMMUNE,
                TestUnits.HUE,
                null,
                null);
        petition(commune, district.id(), asOf, "INDIVIDUAL", 1);
        jdbc.sql("update petition.petition set instance = 'SECOND' where tracking_code like ? and received_on >= ?")
                .param("HS" + suffix + "-%")
                .param(asOf.minusDays(2))
                .update();

        watch.evaluate(asOf);

        var line = board.line(head, commune, "LAND").orElseThrow();
        int recent = line.recent();
        assertThat(value(line, "second-instance")).isEqualTo(recent);
        assertThat(points(line, "second-instance"))
                .isEqualTo(recent * board.settings().secondInstance());
        assertThat(value(line, "repeats")).isZero();
        assertThat(value(line, "same-matter"))
                .as("the same title at another body is no officer's confirmed group")
                .isZero();
    }

    @Test
    void aConfirmedGroupAcrossThreeBodiesHeatsItsCommuneAndTheWhyPageNamesItUntilItIsTakenApart() throws Exception {
        Body province = administration.addBody(
                "HS-T-" + suffix,
                "Ban Tiếp công dân " + suffix,
                BodyKind.RECEPTION_OFFICE,
                UnitLevel.PROVINCE,
                TestUnits.HUE,
                null,
                null);
        Body people = administration.addBody(
                "HS-UB3-" + suffix,
                "UBND xã " + suffix + " (3)",
                BodyKind.PEOPLES_COMMITTEE,
                UnitLevel.COMMUNE,
                TestUnits.HUE,
                null,
                province.id());
        Body inspectorate = administration.addBody(
                "HS-TT3-" + suffix,
                "Thanh tra " + suffix,
                BodyKind.INSPECTORATE,
                UnitLevel.COMMUNE,
                TestUnits.HUE,
                null,
                province.id());
        StaffMember officer = staff(
                "tiepdan-" + suffix,
                province,
                "tiep-dan-" + suffix + "@example.vn",
                EnumSet.of(Role.HEAD_OF_BODY, Role.CASE_HANDLER));
        plant(commune, people.id(), 3, 0);
        long atCommittee = recentAt(people.id());
        petition(commune, people.id(), asOf, "INDIVIDUAL", 1);
        petition(commune, inspectorate.id(), asOf, "INDIVIDUAL", 1);
        petition(commune, province.id(), asOf.minusDays(1), "INDIVIDUAL", 1);
        long again = jdbc.sql("select max(id) from petition.petition where body_id = ?")
                .param(people.id())
                .query(Long.class)
                .single();
        long atInspectorate = recentAt(inspectorate.id());
        long atProvince = recentAt(province.id());
        watch.evaluate(asOf);
        double before =
                board.line(officer, commune, "LAND").orElseThrow().score().total();

        for (long other : List.of(again, atInspectorate, atProvince)) {
            matterGroups.confirm(atCommittee, other, officer);
        }
        watch.evaluate(asOf);

        var line = board.line(officer, commune, "LAND").orElseThrow();
        assertThat(value(line, "same-matter")).as("one group, counted once").isEqualTo(1);
        assertThat(points(line, "same-matter"))
                .isEqualTo(board.settings().sameMatter())
                .isPositive();
        assertThat(line.score().total()).isCloseTo(before + board.settings().sameMatter(), within(0.011));
        var session = new WebSession(port);
        session.login(officer.username(), "mat-khau-diem-nong-" + officer.username());
        String why = session.get("/insight/hotspots/" + commune + "/LAND").body();
        assertThat(why)
                .contains("data-part=\"same-matter\"", "Cùng vụ việc gửi nhiều cơ quan")
                .contains("đã gửi đến hai cơ quan trở lên");

        // Taken apart until the two left are at one body: no longer a matter carried across bodies.
        matterGroups.unmerge(atInspectorate, "Thanh tra xử lý việc khác của cùng thửa đất.", officer);
        matterGroups.unmerge(atProvince, "Đơn gửi Ban về chế độ khác.", officer);
        watch.evaluate(asOf);
        var apart = board.line(officer, commune, "LAND").orElseThrow();
        assertThat(value(apart, "same-matter")).isZero();
        assertThat(apart.score().total()).isCloseTo(before, within(0.011));
    }

    long recentAt(long bodyId) {
        return jdbc.sql("select min(id) from petition.petition where body_id = ? and received_on >= ?")
                .param(bodyId)
                .param(asOf.minusDays(2))
                .query(Long.class)
                .single();
    }
}
