package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.TestServers;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.notification.domain.Dispatcher;
import vn.danvan.organization.Body;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.organization.UnitLevel;
import vn.danvan.petition.domain.OverdueWatch;
import vn.danvan.shared.VietnamTime;

/** The escalation ladder of overdue cases, walked day by day with the watch's own date, on the real database. */
@DanvanIntegrationTest
class EscalationIntegrationTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);

    @Autowired
    PetitionFixtures fixtures;

    @Autowired
    PetitionIntake intake;

    @Autowired
    PetitionProcessing processing;

    @Autowired
    PetitionQueries queries;

    @Autowired
    CaseNotices notices;

    @Autowired
    OverdueWatch watch;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOverdueCaseClimbsEachStepOnceToTheSuperiorsInspectorateAndACaseDecidedMeanwhileStops() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Body province = fixtures.administration.addBody(
                "UBT-" + suffix,
                "UBND tỉnh " + suffix,
                BodyKind.PEOPLES_COMMITTEE,
                UnitLevel.PROVINCE,
                "46",
                null,
                null);
        Body inspectorate = fixtures.administration.addBody(
                "TTT-" + suffix,
                "Thanh tra tỉnh " + suffix,
                BodyKind.INSPECTORATE,
                UnitLevel.PROVINCE,
                "46",
                null,
                province.id());
        Body commune = fixtures.administration.addBody(
                "UBX-" + suffix,
                "UBND xã " + suffix,
                BodyKind.PEOPLES_COMMITTEE,
                UnitLevel.COMMUNE,
                "46",
                PetitionFixtures.COMMUNE_HOA,
                province.id());
        String handlerMail = "xu-ly-" + suffix + "@example.vn";
        String headMail = "chu-tich-xa-" + suffix + "@example.vn";
        String inspectorMail = "thanh-tra-" + suffix + "@example.vn";
        String provinceHeadMail = "chu-tich-tinh-" + suffix + "@example.vn";
        StaffMember handler =
                staff("xl-" + suffix, commune, EnumSet.of(Role.CASE_HANDLER, Role.RECEPTION_OFFICER), handlerMail);
        staff("ct-" + suffix, commune, EnumSet.of(Role.HEAD_OF_BODY), headMail);
        staff("tt-" + suffix, inspectorate, EnumSet.of(Role.CASE_HANDLER), inspectorMail);
        staff("ctt-" + suffix, province, EnumSet.of(Role.HEAD_OF_BODY), provinceHeadMail);
        settleTheSharedDatabasesBacklog();

        var late = receive(commune, handler, "Phản ánh đường hỏng " + suffix);
        var decidedMeanwhile = receive(commune, handler, "Phản ánh cống tắc " + suffix);
        for (var reference : List.of(late, decidedMeanwhile)) {
            processing.assign(reference.id(), handler.id(), handler.fullName(), handler);
        }
        LocalDate due = late.due();
        LocalDate firstDayLate = due.plusDays(1);
        LocalDate threeLate = calendar.plusWorkingDays(due, 3);
        LocalDate tenLate = calendar.plusWorkingDays(due, 10);

        watch.watch(firstDayLate);
        watch.watch(firstDayLate);
        assertThat(steps(late.id())).containsExactly(1);
        assertThat(steps(decidedMeanwhile.id())).containsExactly(1);

        processing.decide(
                decidedMeanwhile.id(),
                new DecidePetition(Decision.GUIDE, firstDayLate, false, null, null, null, "Gửi Sở Giao thông vận tải."),
                handler);

        watch.watch(calendar.plusWorkingDays(due, 2));
        assertThat(steps(late.id())).as("not before its working days").containsExactly(1);
        // Instances racing on the same day take the step once.
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 4; i++) {
                pool.submit(() -> watch.watch(threeLate));
            }
        }
        assertThat(steps(late.id())).containsExactly(1, 2);

        watch.watch(tenLate);
        watch.watch(tenLate.plusDays(7));
        assertThat(steps(late.id())).containsExactly(1, 2, 3);
        assertThat(steps(decidedMeanwhile.id()))
                .as("a decided case climbs no further")
                .containsExactly(1);

        assertThat(queries.timeline(late.id(), handler))
                .filteredOn(entry -> entry.kind().equals("ESCALATED"))
                .extracting(PetitionQueries.TimelineEntry::note)
                .hasSize(3)
                .anyMatch(note -> note.startsWith("Bước 3") && note.contains(inspectorate.name()));
        assertThat(jdbc.sql(
                                "select count(*) from shared.audit_event where subject_type = 'petition' and subject_id = ? and action = 'petition.escalated'")
                        .param(String.valueOf(late.id()))
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
        assertThat(notices.escalations(late.id(), handler))
                .extracting(CaseNotices.EscalationStep::inspectorateId)
                .containsExactly(null, null, inspectorate.id());

        String code = "[" + late.trackingCode() + "]";
        int firstLate = calendar.workingDaysBetween(due, firstDayLate);
        assertThat(escalationSubjects(handlerMail, code, 1))
                .containsExactly(code + " Quá hạn " + firstLate + " ngày làm việc — báo cáo bước 1");
        assertThat(escalationSubjects(headMail, code, 2))
                .containsExactlyInAnyOrder(
                        code + " Quá hạn " + firstLate + " ngày làm việc — báo cáo bước 1",
                        code + " Quá hạn 3 ngày làm việc — báo cáo bước 2");
        assertThat(escalationSubjects(inspectorMail, code, 1))
                .containsExactly(code + " Quá hạn 10 ngày làm việc — báo cáo bước 3");
        assertThat(escalationSubjects(inspectorMail, "[" + decidedMeanwhile.trackingCode() + "]", 0))
                .isEmpty();
        assertThat(escalationSubjects(provinceHeadMail, code, 0)).isEmpty();
    }

    /**
     * The watch takes every overdue case in the database, and the suite's other tests leave a thousand or more: let
     * them climb all their steps now and put their mails off, so that this test's mails are not queued behind
     * thousands of others (the dispatcher sends the oldest due first).
     */
    private void settleTheSharedDatabasesBacklog() {
        LocalDate far = LocalDate.now(VietnamTime.ZONE).plusYears(2);
        watch.watch(far);
        watch.watch(far.plusMonths(1));
        watch.watch(far.plusMonths(2));
        jdbc.sql("update notification.message set next_attempt_at = now() + interval '1 day' where status = 'PENDING'")
                .update();
    }

    private PetitionReference receive(Body commune, StaffMember handler, String title) {
        var base = PetitionFixtures.petition(commune.id(), PetitionType.FEEDBACK, MONDAY, title);
        return intake.receive(base, handler, null);
    }

    private List<Integer> steps(long petitionId) {
        return jdbc.sql("select step from petition.escalation where petition_id = ? order by step")
                .param(petitionId)
                .query(Integer.class)
                .list();
    }

    private StaffMember staff(String username, Body body, Set<Role> roles, String email) {
        long id = fixtures.administration.addStaff(
                username, "mat-khau-du-dai-" + username, "Cán bộ " + username, email, body.id(), roles, false);
        return new StaffMember(
                id,
                username,
                "Cán bộ " + username,
                body.id(),
                roles,
                fixtures.directory.bodyWithSubordinates(body.id()),
                false,
                false);
    }

    private List<String> escalationSubjects(String recipient, String code, int atLeast) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            dispatcher.dispatchDue();
            return subjects(recipient, code).size() >= atLeast;
        });
        dispatcher.dispatchDue();
        return subjects(recipient, code);
    }

    private static List<String> subjects(String recipient, String code) {
        return Arrays.stream(TestServers.mail().getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .map(m -> {
                    try {
                        return m.getSubject();
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .filter(subject -> subject.startsWith(code) && subject.contains("báo cáo bước"))
                .toList();
    }
}
