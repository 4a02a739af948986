package vn.danvan.democracy;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.democracy.BoardCommands.AddFinding;
import vn.danvan.democracy.BoardCommands.AddMember;
import vn.danvan.democracy.BoardCommands.AddMilestone;
import vn.danvan.democracy.BoardCommands.AddPlan;
import vn.danvan.democracy.BoardCommands.CreateBoard;
import vn.danvan.democracy.SupervisionCommands.SendRecommendation;
import vn.danvan.democracy.domain.Board;
import vn.danvan.democracy.domain.BoardEligibility;
import vn.danvan.democracy.domain.SupervisionEvent;
import vn.danvan.democracy.domain.SupervisionPolicy;
import vn.danvan.democracy.domain.SupervisionRules;
import vn.danvan.democracy.persistence.Boards;
import vn.danvan.democracy.persistence.SupervisionRecords;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.LawfulDates;

/**
 * The people's boards of a commune (Luật THDCCS 2022 Đ.36–45), set up by its Fatherland Front: the Ban Thanh tra
 * nhân dân with members checked one by one (resident, not an official) and flagged while fewer than the law asks;
 * a community investment-supervision board per project, refused with fewer than 5 members; their plans, findings,
 * project milestones and recommendations. Every change is on the board's timeline and in the audit trail.
 */
@Service
@Transactional
public class BoardRegistry {

    static final String SUBJECT = "BOARD";

    /** A board with how many members it has and how many the law asks. */
    public record Composition(int members, int required) {
        public boolean shortOfMembers() {
            return members < required;
        }
    }

    private final Boards boards;
    private final SupervisionRecords records;
    private final SupervisionRecommendations recommendations;
    private final SupervisionRules rules;
    private final SupervisionPolicy policy;
    private final OrganizationDirectory organization;
    private final AuditTrail audit;

    BoardRegistry(
            Boards boards,
            SupervisionRecords records,
            SupervisionRecommendations recommendations,
            SupervisionRules rules,
            SupervisionPolicy policy,
            OrganizationDirectory organization,
            AuditTrail audit) {
        this.boards = boards;
        this.records = records;
        this.recommendations = recommendations;
        this.rules = rules;
        this.policy = policy;
        this.organization = organization;
        this.audit = audit;
    }

    public long create(CreateBoard command, StaffMember staff) {
        Body front = SupervisionPolicy.requireCommuneFront(organization
                .body(command.frontBodyId())
                .orElseThrow(() -> DomainException.invalid("oversight.body-unknown")));
        policy.requireScope(staff, front.id(), "body", front.id());
        organization
                .body(command.addresseeBodyId())
                .orElseThrow(() -> DomainException.invalid("oversight.body-unknown"));
        LawfulDates.check(command.termFrom());
        LawfulDates.check(command.termTo());
        Board.checkTerm(command.termFrom(), command.termTo());
        boolean investment = command.kind() == BoardKind.INVESTMENT_SUPERVISION;
        if (investment && (command.project() == null || command.project().isBlank())) {
            throw DomainException.invalid("oversight.project-required");
        }
        if (!investment && command.project() != null) {
            throw DomainException.invalid("oversight.project-only-investment");
        }
        if (investment && command.members().size() < rules.investmentMembersRequired()) {
            throw DomainException.invalid(
                    "oversight.investment-too-few", command.members().size(), rules.investmentMembersRequired());
        }
        String commune = Objects.requireNonNull(front.communeCode());
        long id;
        try {
            id = boards.add(command, Objects.requireNonNull(front.provinceCode()), commune, staff.username());
        } catch (DataIntegrityViolationException overlapping) {
            if (overlapping.getMostSpecificCause() instanceof SQLException sql && "23P01".equals(sql.getSQLState())) {
                throw DomainException.conflict("oversight.inspection-term-overlaps");
            }
            throw overlapping;
        }
        records.recordEvent(SUBJECT, id, "CREATED", staff.username(), command.name());
        audit.record(
                "oversight.board-created",
                "board",
                id,
                Map.of(
                        "kind",
                        command.kind().name(),
                        "front",
                        front.id(),
                        "members",
                        command.members().size()));
        Board board = boards.find(id).orElseThrow();
        List<String> staffNames = investment ? List.of() : organization.staffNamesAt(commune);
        for (AddMember member : command.members()) {
            addChecked(board, member, staffNames, staff);
        }
        return id;
    }

    public long addMember(long boardId, AddMember member, StaffMember staff) {
        Board board = locked(boardId, staff);
        List<String> staffNames = board.kind() == BoardKind.PEOPLES_INSPECTION
                ? organization.staffNamesAt(board.communeCode())
                : List.of();
        return addChecked(board, member, staffNames, staff);
    }

    public void addPlan(long boardId, AddPlan plan, StaffMember staff) {
        Board board = locked(boardId, staff);
        LawfulDates.checkYear(plan.year());
        Board.checkPlan(plan.period(), plan.part());
        if (boards.hasPlan(board.id(), plan.period(), plan.year(), plan.part())) {
            throw DomainException.conflict("oversight.plan-exists");
        }
        long id = boards.addPlan(board.id(), plan, staff.username());
        records.recordEvent(
                SUBJECT,
                boardId,
                "PLAN_ADDED",
                staff.username(),
                plan.period() + " " + plan.part() + "/" + plan.year());
        audit.record(
                "oversight.board-plan-added",
                "board",
                boardId,
                Map.of("plan", id, "period", plan.period().name()));
    }

    public void addFinding(long boardId, AddFinding finding, LocalDate today, StaffMember staff) {
        Board board = locked(boardId, staff);
        LawfulDates.check(finding.foundOn());
        if (finding.foundOn().isAfter(today)) {
            throw DomainException.invalid("oversight.date-future");
        }
        long id = boards.addFinding(board.id(), finding, staff.username());
        records.recordEvent(
                SUBJECT,
                boardId,
                "FINDING_ADDED",
                staff.username(),
                finding.foundOn().toString());
        audit.record("oversight.board-finding-added", "board", boardId, Map.of("finding", id));
    }

    public void addMilestone(long boardId, AddMilestone milestone, StaffMember staff) {
        Board board = locked(boardId, staff);
        if (board.kind() != BoardKind.INVESTMENT_SUPERVISION) {
            throw DomainException.invalid("oversight.milestone-only-investment");
        }
        LawfulDates.check(milestone.plannedOn());
        if (milestone.doneOn() != null) {
            LawfulDates.check(milestone.doneOn());
        }
        long id = boards.addMilestone(board.id(), milestone);
        records.recordEvent(SUBJECT, boardId, "MILESTONE_ADDED", staff.username(), milestone.title());
        audit.record("oversight.board-milestone-added", "board", boardId, Map.of("milestone", id));
    }

    /** The board's recommendation to its addressee (or another body named), due by the rule table. */
    public long recommend(long boardId, SendRecommendation command, LocalDate today, StaffMember staff) {
        Board board = locked(boardId, staff);
        long id = recommendations.send(
                board.kind().name(), board.id(), null, board.communeCode(), command, today, staff.username());
        records.recordEvent(SUBJECT, boardId, "RECOMMENDATION_SENT", staff.username(), "#" + id);
        return id;
    }

    // ---- reads --------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Board board(long id, StaffMember staff) {
        Board board = boards.find(id).orElseThrow(() -> DomainException.notFound("oversight.unknown"));
        if (!SupervisionPolicy.mayAct(staff, board.frontBodyId(), board.addresseeBodyId())) {
            throw DomainException.forbidden("oversight.out-of-scope");
        }
        return board;
    }

    /** The boards of the Fronts in the staff member's scope. */
    @Transactional(readOnly = true)
    public List<Board> boardsInScope(StaffMember staff) {
        return boards.ofFronts(frontsInScope(staff).stream().map(Body::id).toList());
    }

    @Transactional(readOnly = true)
    public List<Body> frontsInScope(StaffMember staff) {
        return organization.bodies().stream()
                .filter(b -> b.kind() == vn.danvan.organization.BodyKind.FATHERLAND_FRONT)
                .filter(b -> staff.inScope(b.id()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Composition composition(Board board) {
        int members = boards.members(board.id()).size();
        int required = board.kind() == BoardKind.PEOPLES_INSPECTION
                ? rules.inspectionMembersRequired(boards.hamlets(board.communeCode()))
                : rules.investmentMembersRequired();
        return new Composition(members, required);
    }

    @Transactional(readOnly = true)
    public List<Board.Member> members(long boardId) {
        return boards.members(boardId);
    }

    @Transactional(readOnly = true)
    public List<Board.Plan> plans(long boardId) {
        return boards.plans(boardId);
    }

    @Transactional(readOnly = true)
    public List<Board.Finding> findings(long boardId) {
        return boards.findings(boardId);
    }

    @Transactional(readOnly = true)
    public List<Board.Milestone> milestones(long boardId) {
        return boards.milestones(boardId);
    }

    @Transactional(readOnly = true)
    public List<SupervisionEvent> timeline(long boardId) {
        return records.timeline(SUBJECT, boardId);
    }

    /** The commune's current Ban Thanh tra nhân dân, for the portal: the one whose term holds today. */
    @Transactional(readOnly = true)
    public @Nullable Board currentInspection(String communeCode, LocalDate today) {
        return boards.inCommune(communeCode, BoardKind.PEOPLES_INSPECTION).stream()
                .filter(b -> !today.isBefore(b.termFrom()) && !today.isAfter(b.termTo()))
                .findFirst()
                .orElse(null);
    }

    @Transactional(readOnly = true)
    public List<Board> investmentBoards(String communeCode) {
        return boards.inCommune(communeCode, BoardKind.INVESTMENT_SUPERVISION);
    }

    @Transactional(readOnly = true)
    public List<Boards.HouseholdChoice> households(String communeCode) {
        return boards.households(communeCode);
    }

    private long addChecked(Board board, AddMember member, List<String> staffNames, StaffMember staff) {
        LawfulDates.check(member.joinedOn());
        String hamlet = null;
        String residence = "DECLARED";
        String householdCommune = null;
        if (member.householdId() != null) {
            var place = boards.householdPlace(member.householdId());
            householdCommune = place.map(Boards.HouseholdPlace::communeCode).orElse(null);
            hamlet = place.map(Boards.HouseholdPlace::hamletName).orElse(null);
            residence = "REGISTER";
        }
        if (board.kind() == BoardKind.PEOPLES_INSPECTION) {
            try {
                BoardEligibility.check(member, board.communeCode(), householdCommune, staffNames);
            } catch (DomainException refused) {
                AuditTrail.afterTransaction(() -> audit.recordRefusal(
                        "oversight.member-refused", "board", board.id(), Map.of("reason", refused.code())));
                throw refused;
            }
        }
        long id = boards.addMember(board.id(), member, hamlet, residence, staff.username());
        records.recordEvent(
                SUBJECT,
                board.id(),
                "MEMBER_ADDED",
                staff.username(),
                member.role().name());
        audit.record(
                "oversight.board-member-added",
                "board",
                board.id(),
                Map.of("member", id, "role", member.role().name(), "residence", residence));
        return id;
    }

    private Board locked(long id, StaffMember staff) {
        Board board = boards.lock(id).orElseThrow(() -> DomainException.notFound("oversight.unknown"));
        policy.requireScope(staff, board.frontBodyId(), "board", id);
        return board;
    }
}
