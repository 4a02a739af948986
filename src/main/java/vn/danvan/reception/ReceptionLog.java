package vn.danvan.reception;

import static vn.danvan.shared.InputText.blankToNull;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.Channel;
import vn.danvan.petition.IdentitySealing;
import vn.danvan.petition.PetitionIntake;
import vn.danvan.petition.PetitionQueries;
import vn.danvan.petition.PetitionReference;
import vn.danvan.petition.PetitionerIdentity;
import vn.danvan.petition.PetitionerKind;
import vn.danvan.petition.ReceivePetition;
import vn.danvan.reception.ReceptionCommands.AnswerVisit;
import vn.danvan.reception.ReceptionCommands.RecordVisit;
import vn.danvan.reception.domain.ReceptionDeadline;
import vn.danvan.reception.domain.ReceptionPolicy;
import vn.danvan.reception.domain.ReceptionVisit;
import vn.danvan.reception.domain.VisitDeadlines;
import vn.danvan.reception.domain.Visitor;
import vn.danvan.reception.persistence.ReceptionSessions;
import vn.danvan.reception.persistence.ReceptionVisits;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;

/** The reception log (sổ tiếp công dân): every visit, its people, its matter, what the person was told. */
@Service
@Transactional
public class ReceptionLog {

    private final ReceptionVisits visits;
    private final ReceptionSessions sessions;
    private final ReceptionPolicy policy;
    private final OrganizationDirectory organization;
    private final PetitionIntake intake;
    private final PetitionQueries petitions;
    private final AuditTrail audit;
    private final IdentitySealing sealedIdentities;
    private final WorkingCalendar calendar;

    ReceptionLog(
            ReceptionVisits visits,
            ReceptionSessions sessions,
            ReceptionPolicy policy,
            OrganizationDirectory organization,
            PetitionIntake intake,
            PetitionQueries petitions,
            AuditTrail audit,
            IdentitySealing sealedIdentities,
            WorkingCalendar calendar) {
        this.visits = visits;
        this.sessions = sessions;
        this.policy = policy;
        this.organization = organization;
        this.intake = intake;
        this.petitions = petitions;
        this.audit = audit;
        this.sealedIdentities = sealedIdentities;
        this.calendar = calendar;
    }

    public VisitId record(RecordVisit command, LocalDate today, StaffMember staff) {
        organization.body(command.bodyId()).orElseThrow(() -> DomainException.notFound("reception.body-unknown"));
        policy.requireReceptionWork(staff, command.bodyId());
        ReceptionVisit.checkVisitedOn(command.visitedOn(), today);
        ReceptionVisit.checkRepresentation(
                command.visitorKind(),
                command.peopleCount(),
                command.representativeCount(),
                command.representativesInWriting(),
                command.representativesAmongGroup());
        ReceptionVisit.checkRefusal(
                command.refusalGround(),
                command.visitedOn(),
                command.refusalGroundsOn(),
                command.refusalNoticeOn(),
                today);
        if (petitions.fields().stream().noneMatch(f -> f.code().equals(command.fieldCode()))) {
            throw DomainException.invalid("reception.field-unknown", command.fieldCode());
        }
        if (command.communeCode() != null
                && organization.commune(command.communeCode()).isEmpty()) {
            throw DomainException.invalid("reception.commune-unknown", command.communeCode());
        }
        if (command.sessionId() != null) {
            sessions.find(command.sessionId())
                    .filter(s -> s.bodyId() == command.bodyId())
                    .orElseThrow(() -> DomainException.invalid("reception.session-not-of-body"))
                    .checkAdmits(command.bodyId(), command.visitedOn());
        }
        Visitor visitor = Visitor.of(
                blankToNull(command.visitorName()),
                blankToNull(command.visitorPhone()),
                blankToNull(command.visitorAddress()),
                command.contentType(),
                sealedIdentities::seal);
        long id = visits.add(
                command,
                visitor,
                blankToNull(command.communeCode()),
                blankToNull(command.response()),
                command.refusalGround() == null
                        ? null
                        : command.refusalGroundsOn() == null ? command.visitedOn() : command.refusalGroundsOn(),
                staff.username());
        Map<String, Object> details = new HashMap<>();
        details.put("body", command.bodyId());
        details.put("people", command.peopleCount());
        details.put("delegation", command.visitorKind() == PetitionerKind.GROUP);
        if (command.refusalGround() != null) {
            details.put("refusalGround", command.refusalGround().name());
            if (command.refusalNoticeOn() != null) {
                details.put("refusalNoticeOn", command.refusalNoticeOn().toString());
            }
        } else if (command.visitorKind() == PetitionerKind.GROUP) {
            details.put("representatives", command.representativeCount());
            details.put("representativesInWriting", true);
        }
        audit.record(
                command.refusalGround() == null ? "reception.visit-recorded" : "reception.visit-refused",
                "reception-visit",
                id,
                details);
        return new VisitId(id);
    }

    /** Records the answer given to the person received and its day (Luật Tiếp công dân 2013 Đ.28(1)); audited. */
    public void answer(long visitId, AnswerVisit command, LocalDate today, StaffMember staff) {
        ReceptionVisit visit =
                visits.lock(visitId).orElseThrow(() -> DomainException.notFound("reception.visit-unknown"));
        policy.requireReceptionWork(staff, visit.bodyId());
        visit.checkMayBeAnswered(command.answeredOn(), today);
        visits.answer(visitId, command.answer(), command.answeredOn());
        LocalDate due = ReceptionDeadline.ANSWER_TO_PERSON_RECEIVED.dueOn(visit.visitedOn(), calendar);
        audit.record(
                "reception.visit-answered",
                "reception-visit",
                visitId,
                Map.of(
                        "answer", command.answer().name(),
                        "answeredOn", command.answeredOn().toString(),
                        "dueOn", due.toString(),
                        "late", command.answeredOn().isAfter(due)));
    }

    /** Records the day the written notice of a refusal (Mẫu 01/TCD) was issued (NĐ 154/2026 Đ.4(3)); audited. */
    public void recordRefusalNotice(long visitId, LocalDate noticeOn, LocalDate today, StaffMember staff) {
        ReceptionVisit visit =
                visits.lock(visitId).orElseThrow(() -> DomainException.notFound("reception.visit-unknown"));
        policy.requireReceptionWork(staff, visit.bodyId());
        visit.checkRefusalNoticeMayBeRecorded(noticeOn, today);
        visits.recordRefusalNotice(visitId, noticeOn);
        Map<String, Object> details = new HashMap<>();
        details.put("noticeOn", noticeOn.toString());
        LocalDate due = VisitDeadlines.of(visit, today, calendar).refusalNoticeDueOn();
        if (due != null) {
            details.put("dueOn", due.toString());
            details.put("late", noticeOn.isAfter(due));
        }
        audit.record("reception.refusal-notice-recorded", "reception-visit", visitId, details);
    }

    /** What the visit owes the person on {@code today}: its answer and refusal-notice deadlines. */
    @Transactional(readOnly = true)
    public VisitDeadlines deadlines(ReceptionVisit visit, LocalDate today) {
        return VisitDeadlines.of(visit, today, calendar);
    }

    /** The visits of the bodies whose answer or refusal notice is late on {@code today}, oldest first. */
    @Transactional(readOnly = true)
    public List<ReceptionVisit> overdue(Collection<Long> bodyIds, LocalDate today, int limit) {
        return visits
                .awaiting(
                        bodyIds,
                        Arrays.stream(RefusalGround.values())
                                .filter(RefusalGround::writtenNotice)
                                .map(RefusalGround::name)
                                .toList(),
                        Objects.requireNonNull(ReceptionDeadline.REFUSAL_NOTICE.effectiveFrom()),
                        limit)
                .stream()
                .filter(visit -> VisitDeadlines.of(visit, today, calendar).overdue())
                .toList();
    }

    /**
     * Registers the visit's matter as a petition of the body in one step (channel: in person), and links
     * the two. A refused visit has no petition; a visit has at most one.
     */
    public PetitionReference createPetition(long visitId, StaffMember staff) {
        return createPetition(visitId, null, staff);
    }

    /** As {@link #createPetition(long, StaffMember)}, with the officer's short title for the petition. */
    public PetitionReference createPetition(long visitId, @Nullable String title, StaffMember staff) {
        ReceptionVisit visit =
                visits.lock(visitId).orElseThrow(() -> DomainException.notFound("reception.visit-unknown"));
        policy.requireReceptionWork(staff, visit.bodyId());
        visit.checkPetitionMayBeMade();
        // A sealed visitor's identity moves into the petition, which is a denunciation and so sealed too.
        byte[] sealed = visit.visitorSealed() ? visits.sealedIdentity(visitId) : null;
        PetitionerIdentity identity = sealed != null ? sealedIdentities.open(sealed) : visit.clearIdentity();
        PetitionReference petition = intake.receive(
                new ReceivePetition(
                        visit.bodyId(),
                        Channel.IN_PERSON,
                        null,
                        null,
                        "Lượt tiếp số " + visit.id(),
                        visit.contentType(),
                        visit.fieldCode(),
                        null,
                        false,
                        visit.visitorKind(),
                        visit.peopleCount(),
                        visit.representativeCount(),
                        identity,
                        visit.petitionTitle(title),
                        visit.summary(),
                        visit.communeCode(),
                        visit.visitedOn(),
                        false,
                        null,
                        null),
                staff,
                null);
        visits.linkPetition(visitId, petition.id());
        audit.record(
                "reception.petition-created",
                "reception-visit",
                visitId,
                Map.of("petition", petition.id(), "trackingCode", petition.trackingCode()));
        return petition;
    }

    /**
     * A sealed visitor's name, phone and address for a staff member holding the identity permission; the view
     * is audited, and so is a refusal.
     */
    public PetitionerIdentity revealVisitor(long visitId, StaffMember staff) {
        ReceptionVisit visit =
                visit(visitId, staff).orElseThrow(() -> DomainException.notFound("reception.visit-unknown"));
        if (!visit.visitorSealed()) {
            return visit.clearIdentity();
        }
        byte[] sealed = visits.sealedIdentity(visitId);
        if (sealed == null) {
            throw DomainException.notFound("petition.no-identity");
        }
        return sealedIdentities.reveal(sealed, staff, "reception", "reception-visit", visitId);
    }

    /** Whether the page offers to show the sealed visitor's identity to this staff member. */
    @Transactional(readOnly = true)
    public boolean mayRevealVisitor(ReceptionVisit visit, StaffMember staff) {
        return visit.visitorSealed() && staff.inScope(visit.bodyId()) && sealedIdentities.mayReveal(staff);
    }

    @Transactional(readOnly = true)
    public Optional<ReceptionVisit> visit(long id) {
        return visits.find(id);
    }

    @Transactional(readOnly = true)
    public Optional<ReceptionVisit> visit(long id, StaffMember staff) {
        Optional<ReceptionVisit> visit = visits.find(id);
        visit.ifPresent(v -> policy.requireVisible(staff, v.bodyId()));
        return visit;
    }

    /** The visits of the bodies between two days, latest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<ReceptionVisit> visits(Collection<Long> bodyIds, LocalDate from, LocalDate to, int limit) {
        return visits.ofBodies(bodyIds, from, to, limit);
    }
}
