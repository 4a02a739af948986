package vn.danvan.reception.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.PetitionReference;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.PetitionerIdentity;
import vn.danvan.petition.PetitionerKind;
import vn.danvan.reception.Matter;
import vn.danvan.reception.ReceptionCommands.AppointHead;
import vn.danvan.reception.ReceptionCommands.RecordVisit;
import vn.danvan.reception.ReceptionCommands.ScheduleSession;
import vn.danvan.reception.ReceptionLog;
import vn.danvan.reception.ReceptionObligations;
import vn.danvan.reception.ReceptionSchedule;
import vn.danvan.reception.RefusalGround;
import vn.danvan.reception.SessionKind;
import vn.danvan.reception.domain.ReceptionSession;
import vn.danvan.reception.domain.ReceptionVisit;
import vn.danvan.reception.domain.Standing;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InputText;

/**
 * Citizen reception over REST, with the rules of the reception desk's pages: the schedule of heads' sessions,
 * the heads and their obligations, the reception log. A denouncer's identity stays sealed: a visit shows it only
 * through {@code /identity}, to staff holding the identity permission, audited.
 */
@RestController
@RequestMapping(path = "/api/v1/reception", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Reception", description = "Tiếp công dân: lịch tiếp, người đứng đầu, sổ tiếp công dân")
class ReceptionApi {

    /** The longest period a list covers, so that one request cannot read years of a province's log. */
    static final int LONGEST_PERIOD_DAYS = 366;

    static final int MOST_VISITS = 500;

    record SessionView(
            long id,
            long bodyId,
            @Nullable Long headId,
            @Nullable String headName,
            SessionKind kind,
            LocalDate heldOn,
            LocalTime startsAt,
            LocalTime endsAt,
            String place,
            boolean online,
            @Nullable String delegateName,
            String state,
            boolean published,
            @Nullable String note) {

        static SessionView of(ReceptionSession s) {
            return new SessionView(
                    s.id(),
                    s.bodyId(),
                    s.headId(),
                    s.headName(),
                    s.kind(),
                    s.heldOn(),
                    s.startsAt(),
                    s.endsAt(),
                    s.place(),
                    s.online(),
                    s.delegateName(),
                    s.state().name(),
                    s.published(),
                    s.note());
        }
    }

    /** A visit as the log shows it: a denouncer's name, phone and address are absent ({@code visitorSealed}). */
    record VisitView(
            long id,
            long bodyId,
            @Nullable Long sessionId,
            LocalDate visitedOn,
            PetitionerKind visitorKind,
            int peopleCount,
            int representativeCount,
            boolean delegation,
            boolean visitorSealed,
            @Nullable String visitorName,
            @Nullable String visitorPhone,
            @Nullable String visitorAddress,
            @Nullable String communeCode,
            Matter matter,
            PetitionType contentType,
            String fieldCode,
            String summary,
            @Nullable String response,
            @Nullable RefusalGround refusalGround,
            @Nullable Long petitionId,
            String recordedBy,
            OffsetDateTime recordedAt) {

        static VisitView of(ReceptionVisit v) {
            boolean sealed = v.visitorSealed();
            return new VisitView(
                    v.id(),
                    v.bodyId(),
                    v.sessionId(),
                    v.visitedOn(),
                    v.visitorKind(),
                    v.peopleCount(),
                    v.representativeCount(),
                    v.delegation(),
                    sealed,
                    sealed ? null : v.visitorName(),
                    sealed ? null : v.visitorPhone(),
                    sealed ? null : v.visitorAddress(),
                    v.communeCode(),
                    v.matter(),
                    v.contentType(),
                    v.fieldCode(),
                    v.summary(),
                    v.response(),
                    v.refusalGround(),
                    v.petitionId(),
                    v.recordedBy(),
                    v.recordedAt());
        }
    }

    record Cancellation(
            @Nullable @Size(max = InputText.LONGEST) String reason) {}

    private final ReceptionSchedule schedule;
    private final ReceptionObligations obligations;
    private final ReceptionLog log;
    private final OrganizationDirectory organization;
    private final Clock clock;

    ReceptionApi(
            ReceptionSchedule schedule,
            ReceptionObligations obligations,
            ReceptionLog log,
            OrganizationDirectory organization,
            Clock clock) {
        this.schedule = schedule;
        this.obligations = obligations;
        this.log = log;
        this.organization = organization;
        this.clock = clock;
    }

    // ---- the schedule -------------------------------------------------------------------------------

    @Operation(summary = "Sessions of the schedule between two days (default: this month), of the bodies in scope")
    @GetMapping("/sessions")
    List<SessionView> sessions(
            @Parameter(description = "Only this body (in the caller's scope)") @RequestParam(required = false) @Nullable
                    Long body,
            @Parameter(description = "First day, ISO date")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate from,
            @Parameter(description = "Last day, ISO date, inclusive")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate to,
            StaffMember staff) {
        LocalDate first = from != null ? from : today().withDayOfMonth(1);
        LocalDate last = to != null ? to : first.withDayOfMonth(first.lengthOfMonth());
        checkPeriod(first, last);
        return schedule.sessions(bodies(body, staff), first, last).stream()
                .map(SessionView::of)
                .toList();
    }

    @Operation(summary = "Put a session on the schedule (lên lịch tiếp)")
    @PostMapping(path = "/sessions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<SessionView> schedule(@Valid @RequestBody ScheduleSession command, StaffMember staff) {
        long id = schedule.schedule(command, staff).id();
        return ResponseEntity.created(URI.create("/api/v1/reception/sessions/" + id))
                .body(SessionView.of(schedule.session(id).orElseThrow()));
    }

    @GetMapping("/sessions/{id}")
    SessionView session(@PathVariable long id, StaffMember staff) {
        return schedule.session(id)
                .filter(s -> staff.inScope(s.bodyId()))
                .map(SessionView::of)
                .orElseThrow(() -> DomainException.notFound("reception.session-unknown"));
    }

    @Operation(summary = "The session took place (đã tiếp): it counts towards its head's obligation")
    @PostMapping("/sessions/{id}/held")
    SessionView markHeld(@PathVariable long id, StaffMember staff) {
        return SessionView.of(schedule.markHeld(id, today(), staff));
    }

    @Operation(summary = "Cancel a scheduled session, with the reason")
    @PostMapping(path = "/sessions/{id}/cancellation", consumes = MediaType.APPLICATION_JSON_VALUE)
    SessionView cancel(@PathVariable long id, @Valid @RequestBody Cancellation command, StaffMember staff) {
        return SessionView.of(schedule.cancel(id, command.reason() == null ? "" : command.reason(), staff));
    }

    // ---- heads and their obligations ------------------------------------------------------------------

    @Operation(summary = "Heads with a reception obligation, of the bodies in scope")
    @GetMapping("/heads")
    List<ReceptionSchedule.Head> heads(@RequestParam(required = false) @Nullable Long body, StaffMember staff) {
        return schedule.heads(bodies(body, staff));
    }

    @Operation(summary = "Record that a person holds a position with a reception obligation")
    @PostMapping(path = "/heads", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ReceptionSchedule.Head> appoint(@Valid @RequestBody AppointHead command, StaffMember staff) {
        ReceptionSchedule.Head head = schedule.appoint(command, staff);
        return ResponseEntity.created(URI.create("/api/v1/reception/heads?body=" + head.bodyId()))
                .body(head);
    }

    @Operation(
            summary =
                    "Each head's standing against the reception rule in force, for the week or month containing a day",
            description = "status: MET, SCHEDULED, AT_RISK (cảnh báo trước khi hết kỳ) or MISSED")
    @GetMapping("/obligations")
    List<Standing> obligations(
            @RequestParam(required = false) @Nullable Long body,
            @Parameter(description = "A day of the period, ISO date; today when absent")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate day,
            StaffMember staff) {
        LocalDate today = today();
        return obligations.standings(bodies(body, staff), day == null ? today : day, today, staff);
    }

    // ---- the reception log ----------------------------------------------------------------------------

    @Operation(summary = "Record a visit (lượt tiếp): answered, or refused on a ground of the closed list")
    @PostMapping(path = "/visits", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<VisitView> recordVisit(@Valid @RequestBody RecordVisit command, StaffMember staff) {
        long id = log.record(command, today(), staff).id();
        return ResponseEntity.created(URI.create("/api/v1/reception/visits/" + id))
                .body(VisitView.of(log.visit(id, staff).orElseThrow()));
    }

    @Operation(summary = "The visits of the bodies in scope between two days (default: this month), latest first")
    @GetMapping("/visits")
    List<VisitView> visits(
            @RequestParam(required = false) @Nullable Long body,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @Parameter(description = "At most this many, up to 500") @RequestParam(defaultValue = "200") int limit,
            StaffMember staff) {
        LocalDate first = from != null ? from : today().withDayOfMonth(1);
        LocalDate last = to != null ? to : first.withDayOfMonth(first.lengthOfMonth());
        checkPeriod(first, last);
        return log.visits(bodies(body, staff), first, last, Math.clamp(limit, 1, MOST_VISITS)).stream()
                .map(VisitView::of)
                .toList();
    }

    @GetMapping("/visits/{id}")
    VisitView visit(@PathVariable long id, StaffMember staff) {
        return VisitView.of(
                log.visit(id, staff).orElseThrow(() -> DomainException.notFound("reception.visit-unknown")));
    }

    @Operation(
            summary = "The visitor's identity (audited); a denouncer's only with the identity permission",
            description = "Luật Tố cáo 2018 Đ.9(1)(b), Đ.47: the identity of a denouncer is kept secret")
    @GetMapping("/visits/{id}/identity")
    PetitionerIdentity visitor(@PathVariable long id, StaffMember staff) {
        return log.revealVisitor(id, staff);
    }

    @Operation(summary = "Register the visit's matter as a petition (channel: in person), once")
    @PostMapping("/visits/{id}/petition")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PetitionReference> createPetition(@PathVariable long id, StaffMember staff) {
        PetitionReference petition = log.createPetition(id, staff);
        return ResponseEntity.created(URI.create("/api/v1/petitions/" + petition.id()))
                .body(petition);
    }

    // ---- helpers ------------------------------------------------------------------------------------

    /** The bodies in the caller's scope, or the one asked for if it is. */
    private Set<Long> bodies(@Nullable Long body, StaffMember staff) {
        if (body != null) {
            if (!staff.inScope(body) || organization.body(body).isEmpty()) {
                throw DomainException.notFound("reception.body-unknown");
            }
            return Set.of(body);
        }
        return organization.bodies().stream()
                .map(Body::id)
                .filter(staff::inScope)
                .collect(Collectors.toSet());
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= LONGEST_PERIOD_DAYS) {
            throw DomainException.invalid("api.period-invalid", LONGEST_PERIOD_DAYS);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
