package vn.danvan.insight;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.TestUnits;
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

    @Autowired
    HotspotWatch watch;

    @Autowired
    HotspotBoard board;

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
}
