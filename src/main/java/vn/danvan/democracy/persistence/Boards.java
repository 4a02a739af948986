package vn.danvan.democracy.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.democracy.BoardCommands;
import vn.danvan.democracy.BoardCommands.MemberRole;
import vn.danvan.democracy.BoardCommands.PlanPeriod;
import vn.danvan.democracy.BoardKind;
import vn.danvan.democracy.domain.Board;

/** The people's boards with their members, plans, findings and milestones ({@code democracy} schema). */
@Repository
public class Boards {

    private static final String SELECT = """
            select id, kind, front_body_id, addressee_body_id, province_code, commune_code, name, project, term_from,
                term_to, version from democracy.board
            """;

    private final JdbcClient jdbc;

    Boards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(BoardCommands.CreateBoard command, String provinceCode, String communeCode, String actor) {
        return jdbc.sql("""
                insert into democracy.board (kind, front_body_id, addressee_body_id, province_code, commune_code, name,
                    project, term_from, term_to, created_by)
                values (:kind, :front, :addressee, :province, :commune, :name, :project, :from, :to, :actor)
                returning id
                """)
                .param("kind", command.kind().name())
                .param("front", command.frontBodyId())
                .param("addressee", command.addresseeBodyId())
                .param("province", provinceCode)
                .param("commune", communeCode)
                .param("name", command.name())
                .param("project", command.project())
                .param("from", command.termFrom())
                .param("to", command.termTo())
                .param("actor", actor)
                .query(Long.class)
                .single();
    }

    public Optional<Board> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(Boards::board).optional();
    }

    /** The board, its row locked: members are added one at a time. */
    public Optional<Board> lock(long id) {
        return jdbc.sql(SELECT + " where id = ? for update")
                .param(id)
                .query(Boards::board)
                .optional();
    }

    public List<Board> ofFronts(Collection<Long> frontBodyIds) {
        if (frontBodyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where front_body_id in (:fronts) order by commune_code, kind, term_from desc, id")
                .param("fronts", frontBodyIds)
                .query(Boards::board)
                .list();
    }

    public List<Board> inCommune(String communeCode, BoardKind kind) {
        return jdbc.sql(SELECT + " where commune_code = ? and kind = ? order by term_from desc, id desc")
                .param(communeCode)
                .param(kind.name())
                .query(Boards::board)
                .list();
    }

    public long addMember(
            long boardId, BoardCommands.AddMember member, @Nullable String hamletName, String residence, String actor) {
        return jdbc.sql("""
                insert into democracy.board_member (board_id, full_name, role, household_id, hamlet_name, residence,
                    declared_position, joined_on, added_by)
                values (:board, :name, :role, :household, :hamlet, :residence, :position, :joined, :actor)
                returning id
                """)
                .param("board", boardId)
                .param("name", member.fullName())
                .param("role", member.role().name())
                .param("household", member.householdId())
                .param("hamlet", hamletName)
                .param("residence", residence)
                .param("position", member.position().name())
                .param("joined", member.joinedOn())
                .param("actor", actor)
                .query(Long.class)
                .single();
    }

    /** The current members, head first. */
    public List<Board.Member> members(long boardId) {
        return jdbc.sql("""
                select id, board_id, full_name, role, household_id, hamlet_name, residence, joined_on, left_on
                from democracy.board_member where board_id = ? and left_on is null
                order by case role when 'HEAD' then 0 when 'DEPUTY' then 1 else 2 end, full_name, id
                """)
                .param(boardId)
                .query((rs, n) -> new Board.Member(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        MemberRole.valueOf(rs.getString(4)),
                        rs.getObject(5, Long.class),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getObject(8, java.time.LocalDate.class),
                        rs.getObject(9, java.time.LocalDate.class)))
                .list();
    }

    /** The commune of a household of the register, if it exists. */
    public Optional<HouseholdPlace> householdPlace(long householdId) {
        return jdbc.sql("""
                select t.commune_code, t.name from democracy.household h join democracy.hamlet t on t.id = h.hamlet_id
                where h.id = ?
                """)
                .param(householdId)
                .query((rs, n) -> new HouseholdPlace(rs.getString(1), rs.getString(2)))
                .optional();
    }

    public record HouseholdPlace(String communeCode, String hamletName) {}

    public record Hamlet(long id, String name) {}

    /** The hamlets and residential groups of the commune's register, by name. */
    public List<Hamlet> hamletsOf(String communeCode) {
        return jdbc.sql("select id, name from democracy.hamlet where commune_code = ? order by name")
                .param(communeCode)
                .query((rs, n) -> new Hamlet(rs.getLong(1), rs.getString(2)))
                .list();
    }

    public record HouseholdChoice(long id, String label) {}

    /** The commune's households as "hamlet · code · representative", to choose a member's household from. */
    public List<HouseholdChoice> households(String communeCode) {
        return jdbc.sql("""
                select h.id, t.name || ' · ' || h.code || ' · ' || h.representative_name
                from democracy.household h join democracy.hamlet t on t.id = h.hamlet_id
                where t.commune_code = ? order by t.name, h.code limit 2000
                """)
                .param(communeCode)
                .query((rs, n) -> new HouseholdChoice(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** How many hamlets and residential groups the commune's register holds. */
    public int hamlets(String communeCode) {
        return jdbc.sql("select count(*) from democracy.hamlet where commune_code = ?")
                .param(communeCode)
                .query(Integer.class)
                .single();
    }

    public long addPlan(long boardId, BoardCommands.AddPlan plan, String actor) {
        return jdbc.sql("""
                insert into democracy.board_plan (board_id, period, year, part, content, created_by)
                values (:board, :period, :year, :part, :content, :actor) returning id
                """)
                .param("board", boardId)
                .param("period", plan.period().name())
                .param("year", plan.year())
                .param("part", plan.part())
                .param("content", plan.content())
                .param("actor", actor)
                .query(Long.class)
                .single();
    }

    public boolean hasPlan(long boardId, PlanPeriod period, int year, int part) {
        return jdbc.sql("""
                select exists (select 1 from democracy.board_plan where board_id = ? and period = ? and year = ? and part = ?)
                """)
                .param(boardId)
                .param(period.name())
                .param(year)
                .param(part)
                .query(Boolean.class)
                .single();
    }

    public List<Board.Plan> plans(long boardId) {
        return jdbc.sql("""
                select id, period, year, part, content from democracy.board_plan where board_id = ?
                order by year desc, case period when 'YEAR' then 0 when 'HALF_YEAR' then 1 else 2 end, part
                """)
                .param(boardId)
                .query((rs, n) -> new Board.Plan(
                        rs.getLong(1),
                        PlanPeriod.valueOf(rs.getString(2)),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getString(5)))
                .list();
    }

    public long addFinding(long boardId, BoardCommands.AddFinding finding, String actor) {
        return jdbc.sql("""
                insert into democracy.board_finding (board_id, found_on, content, created_by)
                values (:board, :on, :content, :actor) returning id
                """)
                .param("board", boardId)
                .param("on", finding.foundOn())
                .param("content", finding.content())
                .param("actor", actor)
                .query(Long.class)
                .single();
    }

    public List<Board.Finding> findings(long boardId) {
        return jdbc.sql("""
                select id, found_on, content, created_by from democracy.board_finding where board_id = ?
                order by found_on desc, id desc
                """)
                .param(boardId)
                .query((rs, n) -> new Board.Finding(
                        rs.getLong(1), rs.getObject(2, java.time.LocalDate.class), rs.getString(3), rs.getString(4)))
                .list();
    }

    public long addMilestone(long boardId, BoardCommands.AddMilestone milestone) {
        return jdbc.sql("""
                insert into democracy.board_milestone (board_id, title, planned_on, done_on)
                values (:board, :title, :planned, :done) returning id
                """)
                .param("board", boardId)
                .param("title", milestone.title())
                .param("planned", milestone.plannedOn())
                .param("done", milestone.doneOn())
                .query(Long.class)
                .single();
    }

    public List<Board.Milestone> milestones(long boardId) {
        return jdbc.sql("""
                select id, title, planned_on, done_on from democracy.board_milestone where board_id = ?
                order by planned_on, id
                """)
                .param(boardId)
                .query((rs, n) -> new Board.Milestone(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, java.time.LocalDate.class),
                        rs.getObject(4, java.time.LocalDate.class)))
                .list();
    }

    private static Board board(ResultSet rs, int row) throws SQLException {
        return new Board(
                rs.getLong("id"),
                BoardKind.valueOf(rs.getString("kind")),
                rs.getLong("front_body_id"),
                rs.getLong("addressee_body_id"),
                rs.getString("province_code"),
                rs.getString("commune_code"),
                rs.getString("name"),
                rs.getString("project"),
                rs.getObject("term_from", java.time.LocalDate.class),
                rs.getObject("term_to", java.time.LocalDate.class),
                rs.getInt("version"));
    }
}
