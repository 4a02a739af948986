package vn.danvan.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
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
import vn.danvan.petition.Channel;
import vn.danvan.petition.MatterGroups;
import vn.danvan.petition.PetitionIntake;
import vn.danvan.petition.PetitionReference;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.PetitionerIdentity;
import vn.danvan.petition.PetitionerKind;
import vn.danvan.petition.ReceivePetition;
import vn.danvan.report.PetitionHandlingReports;
import vn.danvan.shared.DomainException;

/**
 * Taking a petition out of its confirmed same-matter group (issue 20, un-merge): the officer's reason, the timelines
 * of every member, the group re-keyed or dissolved, the report's petitions / matters, and the decision kept.
 */
@DanvanIntegrationTest
class SameMatterUnmergeIntegrationTests {

    static final LocalDate RECEIVED = LocalDate.of(2026, 11, 24);
    static final String REASON = "Đơn sau nói về thửa đất khác của cùng gia đình, không phải cùng vụ việc.";

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    PetitionIntake intake;

    @Autowired
    MatterGroups groups;

    @Autowired
    SameMatters matters;

    @Autowired
    PetitionHandlingReports reports;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    String suffix;
    Body province;
    Body commune;
    StaffMember head;

    @BeforeEach
    void aProvinceAndOneOfItsCommunes(@Autowired AdministrativeUnitImport units) {
        TestUnits.ensureHue(units);
        suffix = UUID.randomUUID().toString().substring(0, 8);
        province = administration.addBody(
                "BTCD-UM-" + suffix,
                "Ban Tiếp công dân tỉnh " + suffix,
                BodyKind.RECEPTION_OFFICE,
                UnitLevel.PROVINCE,
                TestUnits.HUE,
                null,
                null);
        commune = administration.addBody(
                "UB-UM-" + suffix,
                "UBND phường Phú Xuân " + suffix,
                BodyKind.PEOPLES_COMMITTEE,
                UnitLevel.COMMUNE,
                TestUnits.HUE,
                TestUnits.PHU_XUAN,
                province.id());
        head = staff("truongban-um-" + suffix, province, EnumSet.of(Role.HEAD_OF_BODY, Role.CASE_HANDLER));
    }

    @Test
    void takingTheOldestOfThreeOutLeavesTwoAsOneMatterAndTheReportCountsThreeOverTwoThenThreeOverThree()
            throws Exception {
        PetitionReference first = receive(commune, PetitionType.COMPLAINT, null);
        PetitionReference second = receive(province, PetitionType.COMPLAINT, null);
        PetitionReference third = receive(commune, PetitionType.COMPLAINT, null);
        groups.confirm(second.id(), first.id(), head);
        groups.confirm(third.id(), first.id(), head);
        assertThat(figures()).containsExactly(3, 1);

        // The oldest carries the group's id: the two left must still count as one matter after it leaves.
        WebSession session = WebSession.signedIn(port, head.username(), password(head.username()));
        String block = session.get("/insight/same-matter/" + first.id()).body();
        assertThat(block).contains("Tách đơn này khỏi vụ việc chung", "name=\"reason\"", "name=\"_csrf\"");
        var answer = htmxPost(session, "/insight/same-matter/" + first.id() + "/unmerge", "reason=" + enc(REASON));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body())
                .contains("Đã tách đơn này khỏi vụ việc chung.")
                .doesNotContain("Một vụ việc");

        assertThat(figures()).as("petitions / matters").containsExactly(3, 2);
        assertThat(groups.group(second.id()))
                .extracting(MatterGroups.MatterCase::id)
                .containsExactly(second.id(), third.id());
        assertThat(groups.group(first.id()))
                .extracting(MatterGroups.MatterCase::id)
                .containsExactly(first.id());
        assertThat(timelineNotes(first.id()))
                .containsExactly(second.trackingCode() + ", " + third.trackingCode() + " — " + REASON);
        assertThat(timelineNotes(second.id())).containsExactly(first.trackingCode() + " — " + REASON);
        assertThat(timelineNotes(third.id())).containsExactly(first.trackingCode() + " — " + REASON);
        for (PetitionReference each : List.of(first, second, third)) {
            assertThat(auditLines(each.id()))
                    .as("audited on %s", each.trackingCode())
                    .isEqualTo(1);
        }
        assertThat(session.get("/petitions/" + second.id()).body()).contains("Tách khỏi vụ việc chung với đơn");
        assertThat(matters.board(first.id(), head).suggestions())
                .as("the officer's decision holds: not suggested with its former group again")
                .isEmpty();

        // One of two left: the group dissolves.
        assertThat(groups.unmerge(third.id(), REASON, head)).isTrue();
        assertThat(figures()).containsExactly(3, 3);
        assertThat(groups.group(second.id())).hasSize(1);
        assertThat(jdbc.sql(
                                "select count(*) from petition.petition where id in (?, ?, ?) and matter_group_id is not null")
                        .params(first.id(), second.id(), third.id())
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(groups.unmerge(third.id(), REASON, head))
                .as("no longer in a group")
                .isFalse();
        assertThat(auditLines(third.id())).isEqualTo(2);
    }

    @Test
    void aRejectAfterTheUnmergeDoesNotBringTheLinkBackAndOnlyANewConfirmDoes() {
        PetitionReference first = receive(commune, PetitionType.COMPLAINT, null);
        PetitionReference second = receive(province, PetitionType.COMPLAINT, null);
        groups.confirm(first.id(), second.id(), head);
        assertThat(groups.unmerge(second.id(), REASON, head)).isTrue();

        assertThat(groups.reject(first.id(), second.id(), head)).isFalse();
        assertThat(groups.group(first.id())).hasSize(1);
        assertThat(figures()).containsExactly(2, 2);
        assertThat(jdbc.sql("select same from petition.matter_decision where low_id = ? and high_id = ?")
                        .params(first.id(), second.id())
                        .query(Boolean.class)
                        .single())
                .isFalse();

        assertThat(groups.confirm(second.id(), first.id(), head)).isTrue();
        assertThat(figures()).containsExactly(2, 1);
    }

    @Test
    void aBlankReasonOrAnotherBodysOfficerChangesNothing() throws Exception {
        PetitionReference first = receive(commune, PetitionType.COMPLAINT, null);
        PetitionReference second = receive(commune, PetitionType.COMPLAINT, null);
        groups.confirm(first.id(), second.id(), head);
        WebSession session = WebSession.signedIn(port, head.username(), password(head.username()));
        session.get("/insight/same-matter/" + second.id());

        var blank = htmxPost(session, "/insight/same-matter/" + second.id() + "/unmerge", "reason=+++");
        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.body())
                .contains("Nhập lý do tách đơn khỏi vụ việc chung.", "aria-invalid=\"true\"")
                .contains("Một vụ việc: 2 đơn");
        var withoutHtmx = session.post("/insight/same-matter/" + second.id() + "/unmerge", Map.of("reason", ""));
        assertThat(withoutHtmx.body()).contains("Nhập lý do tách đơn khỏi vụ việc chung.");
        var control = htmxPost(session, "/insight/same-matter/" + second.id() + "/unmerge", "reason=a%07b");
        assertThat(control.statusCode())
                .as("a control character is refused for every form, before the page")
                .isEqualTo(400);
        var tooLong =
                htmxPost(session, "/insight/same-matter/" + second.id() + "/unmerge", "reason=" + "a".repeat(4001));
        assertThat(tooLong.statusCode()).isEqualTo(200);
        assertThat(tooLong.body()).contains("id=\"unmerge-error\"", "open");

        Body elsewhere = administration.addBody(
                "UBX-UM-" + suffix,
                "UBND xã khác " + suffix,
                BodyKind.PEOPLES_COMMITTEE,
                UnitLevel.COMMUNE,
                TestUnits.HUE,
                TestUnits.THUAN_HOA,
                null);
        StaffMember stranger = staff("khac-um-" + suffix, elsewhere, EnumSet.of(Role.HEAD_OF_BODY));
        assertThatThrownBy(() -> groups.unmerge(second.id(), REASON, stranger))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.status().value()).isEqualTo(404));
        StaffMember mobiliser = staff("danvan-um-" + suffix, province, EnumSet.of(Role.MOBILISATION_STAFF));
        assertThatThrownBy(() -> groups.unmerge(second.id(), REASON, mobiliser))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.status().value()).isEqualTo(403));
        assertThat(WebSession.signedIn(port, mobiliser.username(), password(mobiliser.username()))
                        .get("/insight/same-matter/" + second.id())
                        .body())
                .doesNotContain("name=\"reason\"");

        assertThat(groups.group(first.id())).hasSize(2);
        assertThat(timelineNotes(first.id())).isEmpty();
        assertThat(auditLines(first.id()) + auditLines(second.id())).isZero();
    }

    @Test
    void twentyConcurrentUnmergesOfOnePetitionChangeItOnceAndWriteOneAuditLineOnEachCase() throws Exception {
        PetitionReference first = receive(commune, PetitionType.COMPLAINT, null);
        PetitionReference second = receive(province, PetitionType.COMPLAINT, null);
        PetitionReference third = receive(province, PetitionType.COMPLAINT, null);
        groups.confirm(first.id(), second.id(), head);
        groups.confirm(first.id(), third.id(), head);
        List<Callable<Boolean>> unmerges = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            unmerges.add(() -> groups.unmerge(second.id(), REASON, head));
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        int changed = 0;
        try {
            for (Future<Boolean> result : pool.invokeAll(unmerges)) {
                changed += result.get() ? 1 : 0;
            }
        } finally {
            pool.shutdown();
        }
        assertThat(changed).isEqualTo(1);
        for (PetitionReference each : List.of(first, second, third)) {
            assertThat(auditLines(each.id())).isEqualTo(1);
            assertThat(timelineNotes(each.id())).hasSize(1);
        }
        assertThat(groups.group(first.id()))
                .extracting(MatterGroups.MatterCase::id)
                .containsExactly(first.id(), third.id());
    }

    @Test
    void aSealedDenouncerIsNamedInNoTextTheUnmergeWrites() {
        var denouncer = new PetitionerIdentity(
                "Trần Thị Bình " + suffix, "046190009876", "Phường Phú Xuân", "0905987654", null, List.of());
        PetitionReference denunciation = receive(commune, PetitionType.DENUNCIATION, denouncer);
        PetitionReference complaint = receive(province, PetitionType.COMPLAINT, null);
        groups.confirm(complaint.id(), denunciation.id(), head);

        assertThat(groups.unmerge(denunciation.id(), REASON, head)).isTrue();

        String written = String.join(
                "\n",
                jdbc.sql("""
                        select note from petition.petition_event
                        where petition_id in (?, ?) and kind = 'SAME_MATTER_UNMERGED'
                        union all
                        select details::text from shared.audit_event
                        where action = 'petition.same-matter-unmerged' and subject_id in (?, ?)
                        """)
                        .params(
                                denunciation.id(),
                                complaint.id(),
                                String.valueOf(denunciation.id()),
                                String.valueOf(complaint.id()))
                        .query(String.class)
                        .list());
        assertThat(written).contains(REASON).doesNotContain("Bình", "Binh", "046190009876", "0905987654", "905987654");
    }

    List<Integer> figures() {
        var report = reports.compile(province.id(), RECEIVED, RECEIVED, true, head);
        return List.of(report.figures().total(), report.matters().total());
    }

    HttpResponse<String> htmxPost(WebSession session, String path, String form) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Cookie", session.cookieHeader())
                                .header("HX-Request", "true")
                                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + enc(session.csrfToken())))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    PetitionReference receive(Body body, PetitionType type, @org.jspecify.annotations.Nullable PetitionerIdentity who) {
        String content = "Khiếu nại việc thu hồi đất tại thửa " + suffix + " tờ bản đồ 7, tổ dân phố 2, mức bồi thường "
                + "thấp hơn giá thị trường; đề nghị xem xét giải quyết dứt điểm vụ việc " + suffix + ".";
        return intake.receive(
                new ReceivePetition(
                        body.id(),
                        Channel.POST,
                        null,
                        null,
                        null,
                        type,
                        "LAND",
                        null,
                        false,
                        PetitionerKind.INDIVIDUAL,
                        1,
                        0,
                        who != null ? who : SameMatterIntegrationTests.someone(),
                        "Khiếu nại thu hồi đất thửa " + suffix,
                        content,
                        TestUnits.PHU_XUAN,
                        RECEIVED,
                        false,
                        null,
                        null),
                head,
                null);
    }

    StaffMember staff(String username, Body body, Set<Role> roles) {
        long id = administration.addStaff(
                username, password(username), "Cán bộ " + username, null, body.id(), roles, false);
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

    static String password(String username) {
        return "mat-khau-tach-vu-viec-" + username;
    }

    List<String> timelineNotes(long petitionId) {
        return jdbc.sql("select note from petition.petition_event where petition_id = ? and kind = ? order by id")
                .params(petitionId, "SAME_MATTER_UNMERGED")
                .query(String.class)
                .list();
    }

    int auditLines(long petitionId) {
        return jdbc.sql("select count(*) from shared.audit_event where action = ? and subject_id = ?")
                .params("petition.same-matter-unmerged", String.valueOf(petitionId))
                .query(Integer.class)
                .single();
    }
}
