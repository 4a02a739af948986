package vn.danvan.reception;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.Channel;
import vn.danvan.petition.GroupRepresentation;
import vn.danvan.petition.PetitionIntake;
import vn.danvan.petition.PetitionQueries;
import vn.danvan.petition.PetitionReference;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.PetitionerIdentity;
import vn.danvan.petition.PetitionerKind;
import vn.danvan.petition.ReceivePetition;
import vn.danvan.petition.SealedIdentities;
import vn.danvan.reception.ReceptionCommands.RecordVisit;
import vn.danvan.reception.ReceptionSchedule.Session;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;

/** The reception log (sổ tiếp công dân): every visit, its people, its matter, what the person was told. */
@Service
@Transactional
public class ReceptionLog {

    public record Visit(long id, long bodyId, @Nullable Long sessionId, LocalDate visitedOn, PetitionerKind visitorKind,
            int peopleCount, int representativeCount, boolean delegation, @Nullable String visitorName,
            @Nullable String visitorPhone, @Nullable String visitorAddress, @Nullable String communeCode, Matter matter,
            PetitionType contentType, String fieldCode, String summary, @Nullable String response,
            @Nullable RefusalGround refusalGround, @Nullable Long petitionId, String recordedBy,
            OffsetDateTime recordedAt, boolean visitorSealed) {

        public boolean refused() {
            return refusalGround != null;
        }
    }

    /** A denouncer's name, phone and address are sealed: staff read them only with the identity permission. */
    static boolean sealedVisitor(PetitionType contentType) {
        return contentType == PetitionType.DENUNCIATION;
    }

    static PetitionerIdentity visitorIdentity(@Nullable String name, @Nullable String phone, @Nullable String address) {
        return new PetitionerIdentity(name, null, address, phone, null, List.of());
    }

    private final JdbcClient jdbc;
    private final ReceptionPolicy policy;
    private final ReceptionSchedule schedule;
    private final OrganizationDirectory organization;
    private final PetitionIntake intake;
    private final PetitionQueries petitions;
    private final AuditTrail audit;
    private final SealedIdentities sealedIdentities;

    ReceptionLog(JdbcClient jdbc, ReceptionPolicy policy, ReceptionSchedule schedule, OrganizationDirectory organization,
            PetitionIntake intake, PetitionQueries petitions, AuditTrail audit, SealedIdentities sealedIdentities) {
        this.sealedIdentities = sealedIdentities;
        this.jdbc = jdbc;
        this.policy = policy;
        this.schedule = schedule;
        this.organization = organization;
        this.intake = intake;
        this.petitions = petitions;
        this.audit = audit;
    }

    public Visit record(RecordVisit command, LocalDate today, StaffMember staff) {
        organization.body(command.bodyId()).orElseThrow(() -> DomainException.notFound("reception.body-unknown"));
        policy.requireReceptionWork(staff, command.bodyId());
        if (command.visitedOn().isAfter(today)) {
            throw DomainException.invalid("reception.visit-in-future");
        }
        GroupRepresentation.check(command.visitorKind(), command.peopleCount(), command.representativeCount());
        if (petitions.fields().stream().noneMatch(f -> f.code().equals(command.fieldCode()))) {
            throw DomainException.invalid("reception.field-unknown", command.fieldCode());
        }
        if (command.communeCode() != null && organization.commune(command.communeCode()).isEmpty()) {
            throw DomainException.invalid("reception.commune-unknown", command.communeCode());
        }
        if (command.sessionId() != null) {
            Session session = schedule.session(command.sessionId())
                    .filter(s -> s.bodyId() == command.bodyId())
                    .orElseThrow(() -> DomainException.invalid("reception.session-not-of-body"));
            if (session.state() == SessionState.CANCELLED || !session.heldOn().equals(command.visitedOn())) {
                throw DomainException.invalid("reception.visit-outside-session");
            }
        }
        String name = ReceptionSchedule.blankToNull(command.visitorName());
        String phone = ReceptionSchedule.blankToNull(command.visitorPhone());
        String address = ReceptionSchedule.blankToNull(command.visitorAddress());
        boolean sealed = sealedVisitor(command.contentType());
        byte[] identity = sealed && (name != null || phone != null || address != null)
                ? sealedIdentities.seal(visitorIdentity(name, phone, address)) : null;
        long id = jdbc.sql("""
                insert into reception.visit (body_id, session_id, visited_on, visitor_kind, people_count,
                    representative_count, delegation, visitor_name, visitor_phone, visitor_address, commune_code, matter,
                    content_type, field_code, summary, response, refused, refusal_ground, recorded_by, visitor_identity,
                    visitor_sealed)
                values (:body, :session, :day, :kind, :people, :representatives, :delegation, :name, :phone, :address,
                    :commune, :matter, :type, :field, :summary, :response, :refused, :ground, :by, :identity, :sealed)
                returning id
                """).param("body", command.bodyId()).param("session", command.sessionId())
                .param("day", command.visitedOn()).param("kind", command.visitorKind().name())
                .param("people", command.peopleCount()).param("representatives", command.representativeCount())
                .param("delegation", command.visitorKind() == PetitionerKind.GROUP)
                .param("name", sealed ? null : name).param("phone", sealed ? null : phone)
                .param("address", sealed ? null : address)
                .param("identity", identity).param("sealed", sealed)
                .param("commune", ReceptionSchedule.blankToNull(command.communeCode()))
                .param("matter", command.matter().name()).param("type", command.contentType().name())
                .param("field", command.fieldCode()).param("summary", command.summary().strip())
                .param("response", ReceptionSchedule.blankToNull(command.response()))
                .param("refused", command.refusalGround() != null)
                .param("ground", command.refusalGround() == null ? null : command.refusalGround().name())
                .param("by", staff.username()).query(Long.class).single();
        Map<String, Object> details = new HashMap<>();
        details.put("body", command.bodyId());
        details.put("people", command.peopleCount());
        details.put("delegation", command.visitorKind() == PetitionerKind.GROUP);
        if (command.refusalGround() != null) {
            details.put("refusalGround", command.refusalGround().name());
        }
        audit.record(command.refusalGround() == null ? "reception.visit-recorded" : "reception.visit-refused",
                "reception-visit", id, details);
        return visit(id).orElseThrow();
    }

    /**
     * Registers the visit's matter as a petition of the body in one step (channel: in person), and links
     * the two. A refused visit has no petition; a visit has at most one.
     */
    public PetitionReference createPetition(long visitId, StaffMember staff) {
        jdbc.sql("select id from reception.visit where id = ? for update").param(visitId).query(Long.class).optional()
                .orElseThrow(() -> DomainException.notFound("reception.visit-unknown"));
        Visit visit = visit(visitId).orElseThrow();
        policy.requireReceptionWork(staff, visit.bodyId());
        if (visit.refused()) {
            throw DomainException.conflict("reception.refused-visit-has-no-petition");
        }
        if (visit.petitionId() != null) {
            throw DomainException.conflict("reception.petition-already-created");
        }
        String summary = visit.summary();
        String title = summary.length() <= 120 ? summary : summary.substring(0, 117).strip() + "…";
        // A sealed visitor's identity moves into the petition, which is a denunciation and so sealed too.
        byte[] sealed = visit.visitorSealed() ? sealedIdentity(visitId) : null;
        PetitionerIdentity identity = sealed != null ? sealedIdentities.open(sealed)
                : visitorIdentity(visit.visitorName(), visit.visitorPhone(), visit.visitorAddress());
        PetitionReference petition = intake.receive(new ReceivePetition(visit.bodyId(), Channel.IN_PERSON, null, null,
                "Lượt tiếp số " + visit.id(), visit.contentType(), visit.fieldCode(), null, false, visit.visitorKind(),
                visit.peopleCount(), visit.representativeCount(), identity,
                title, summary, visit.communeCode(), visit.visitedOn(), false, null, null), staff, null);
        jdbc.sql("update reception.visit set petition_id = :petition where id = :id")
                .param("petition", petition.id()).param("id", visitId).update();
        audit.record("reception.petition-created", "reception-visit", visitId,
                Map.of("petition", petition.id(), "trackingCode", petition.trackingCode()));
        return petition;
    }

    /**
     * A sealed visitor's name, phone and address for a staff member holding the identity permission; the view
     * is audited, and so is a refusal.
     */
    public PetitionerIdentity revealVisitor(long visitId, StaffMember staff) {
        Visit visit = visit(visitId, staff).orElseThrow(() -> DomainException.notFound("reception.visit-unknown"));
        if (!visit.visitorSealed()) {
            return visitorIdentity(visit.visitorName(), visit.visitorPhone(), visit.visitorAddress());
        }
        byte[] sealed = sealedIdentity(visitId);
        if (sealed == null) {
            throw DomainException.notFound("petition.no-identity");
        }
        return sealedIdentities.reveal(sealed, staff, "reception", "reception-visit", visitId);
    }

    /** Whether the page offers to show the sealed visitor's identity to this staff member. */
    @Transactional(readOnly = true)
    public boolean mayRevealVisitor(Visit visit, StaffMember staff) {
        return visit.visitorSealed() && staff.inScope(visit.bodyId()) && sealedIdentities.mayReveal(staff);
    }

    private byte @Nullable [] sealedIdentity(long visitId) {
        return jdbc.sql("select visitor_identity from reception.visit where id = ?").param(visitId)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getBytes(1))).list().stream().findFirst()
                .flatMap(found -> found).orElse(null);
    }

    @Transactional(readOnly = true)
    public Optional<Visit> visit(long id) {
        return jdbc.sql("select * from reception.visit where id = ?").param(id).query((rs, n) -> visit(rs)).optional();
    }

    @Transactional(readOnly = true)
    public Optional<Visit> visit(long id, StaffMember staff) {
        Optional<Visit> visit = visit(id);
        visit.ifPresent(v -> policy.requireVisible(staff, v.bodyId()));
        return visit;
    }

    /** The visits of the bodies between two days, latest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Visit> visits(java.util.Collection<Long> bodyIds, LocalDate from, LocalDate to, int limit) {
        if (bodyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from reception.visit where body_id in (:bodies) and visited_on between :from and :to
                order by visited_on desc, id desc limit :limit
                """).param("bodies", bodyIds).param("from", from).param("to", to).param("limit", limit)
                .query((rs, n) -> visit(rs)).list();
    }

    private static Visit visit(java.sql.ResultSet rs) throws java.sql.SQLException {
        String ground = rs.getString("refusal_ground");
        return new Visit(rs.getLong("id"), rs.getLong("body_id"), (Long) rs.getObject("session_id"),
                rs.getObject("visited_on", LocalDate.class), PetitionerKind.valueOf(rs.getString("visitor_kind")),
                rs.getInt("people_count"), rs.getInt("representative_count"), rs.getBoolean("delegation"),
                rs.getString("visitor_name"), rs.getString("visitor_phone"), rs.getString("visitor_address"),
                rs.getString("commune_code"), Matter.valueOf(rs.getString("matter")),
                PetitionType.valueOf(rs.getString("content_type")), rs.getString("field_code"), rs.getString("summary"),
                rs.getString("response"), ground == null ? null : RefusalGround.valueOf(ground),
                (Long) rs.getObject("petition_id"), rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class), rs.getBoolean("visitor_sealed"));
    }
}
