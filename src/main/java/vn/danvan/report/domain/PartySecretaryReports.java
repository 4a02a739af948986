package vn.danvan.report.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.dialogue.DialogueFacts;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.reception.ReceptionObligations;
import vn.danvan.reception.ReceptionSchedule;
import vn.danvan.report.PetitionHandlingReports;
import vn.danvan.report.persistence.ReportDatabase;
import vn.danvan.shared.DomainException;

/**
 * Compiles the QĐ 11 report of a Party committee's head from the raw records: reception days against the
 * obligation, the visits and delegations the head received (in person or through a delegate), the
 * dialogues the committee held and the promises made there, and the petitions the committee received,
 * directed, resolved and still has.
 */
@Service
@Transactional(readOnly = true)
public class PartySecretaryReports {

    private final ReceptionSchedule schedule;
    private final ReceptionObligations obligations;
    private final DialogueFacts dialogues;
    private final PetitionHandlingReports petitions;
    private final OrganizationDirectory organization;
    private final ReportDatabase database;
    private final Clock clock;

    public PartySecretaryReports(
            ReceptionSchedule schedule,
            ReceptionObligations obligations,
            DialogueFacts dialogues,
            PetitionHandlingReports petitions,
            OrganizationDirectory organization,
            ReportDatabase database,
            Clock clock) {
        this.clock = clock;
        this.schedule = schedule;
        this.obligations = obligations;
        this.dialogues = dialogues;
        this.petitions = petitions;
        this.organization = organization;
        this.database = database;
    }

    /** The heads of Party committees the staff member may report on. */
    public List<ReceptionSchedule.Head> secretaries(StaffMember staff) {
        return schedule
                .heads(organization.bodies().stream()
                        .map(Body::id)
                        .filter(staff::inScope)
                        .toList())
                .stream()
                .filter(head -> head.position().isPartySecretary())
                .toList();
    }

    public PartySecretaryReport compile(
            long headId, PartySecretaryReport.Period period, int year, int month, StaffMember staff) {
        if (year < 2000 || year > 2100 || month < 1 || month > 12) {
            throw DomainException.invalid("report.qd11.period-invalid");
        }
        return compile(headId, period, year, month, period.first(year, month), period.last(year, month), staff);
    }

    /** The report for free dates, {@code from} to {@code to} inclusive (the API's and the official forms' period). */
    public PartySecretaryReport compile(long headId, LocalDate from, LocalDate to, StaffMember staff) {
        if (to.isBefore(from)) {
            throw DomainException.invalid("report.period.reversed");
        }
        if (java.time.temporal.ChronoUnit.DAYS.between(from, to) >= ReportScope.LONGEST_PERIOD_DAYS) {
            throw DomainException.invalid("report.period.too-long");
        }
        return compile(headId, null, to.getYear(), to.getMonthValue(), from, to, staff);
    }

    /** The Party secretary the staff member may report on at {@code bodyId}, if the body has one. */
    public java.util.Optional<ReceptionSchedule.Head> secretaryOf(long bodyId, StaffMember staff) {
        return secretaries(staff).stream().filter(h -> h.bodyId() == bodyId).findFirst();
    }

    private PartySecretaryReport compile(
            long headId,
            PartySecretaryReport.@org.jspecify.annotations.Nullable Period period,
            int year,
            int month,
            LocalDate from,
            LocalDate to,
            StaffMember staff) {
        ReceptionSchedule.Head head = schedule.head(headId)
                .filter(h -> h.position().isPartySecretary())
                .orElseThrow(() -> DomainException.notFound("report.qd11.head-unknown"));
        Body body = organization.body(head.bodyId()).orElseThrow();
        if (!staff.inScope(body.id())) {
            throw DomainException.forbidden("report.body.out-of-scope", body.name());
        }
        LocalDate today = LocalDate.now(clock);
        var tally = obligations.tally(head, from, to, today);
        var visits = database.read(jdbc -> jdbc.sql("""
                select count(*) as visits, coalesce(sum(people_count), 0) as people,
                       count(*) filter (where delegation) as delegations,
                       coalesce(sum(people_count) filter (where delegation), 0) as delegation_people
                from reception.visit_facts where head_id = :head and visited_on between :from and :to
                """)
                .param("head", head.id())
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new int[] {
                    rs.getInt("visits"), rs.getInt("people"), rs.getInt("delegations"), rs.getInt("delegation_people")
                })
                .single());
        Set<Long> committee = Set.of(body.id());
        var commitments = dialogues.commitmentCounts(committee, from, to);
        var figures = petitions.compile(body.id(), from, to, false, staff).figures();
        return new PartySecretaryReport(
                head.id(),
                head.fullName(),
                head.position().name(),
                body.name(),
                period,
                year,
                month,
                from,
                to,
                today,
                tally.required(),
                tally.held(),
                visits[0],
                visits[1],
                visits[2],
                visits[3],
                dialogues.dialoguesHeld(committee, from, to),
                commitments.made(),
                commitments.done(),
                commitments.overdue(),
                figures.receivedInPeriod(),
                figures.processed(),
                figures.resolved(),
                figures.awaitingProcessing() + figures.inProgress());
    }
}
