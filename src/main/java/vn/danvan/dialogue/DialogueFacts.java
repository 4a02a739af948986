package vn.danvan.dialogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules (reports) may count of dialogues and commitments. */
@Service
@Transactional(readOnly = true)
public class DialogueFacts {

    public record CommitmentCounts(int made, int done, int open, int overdue) {}

    private final JdbcClient jdbc;

    DialogueFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Dialogues the bodies convened or co-convened between two days. */
    public int dialoguesHeld(Set<Long> bodyIds, LocalDate from, LocalDate to) {
        if (bodyIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                select count(*) from dialogue.dialogue
                where (convener_body_id in (:bodies) or co_convener_body_id in (:bodies)) and held_on between :from and :to
                """)
                .param("bodies", bodyIds)
                .param("from", from)
                .param("to", to)
                .query(Integer.class)
                .single();
    }

    /** Commitments made in the bodies' dialogues between two days, and where they stood on {@code to}. */
    public CommitmentCounts commitmentCounts(Set<Long> bodyIds, LocalDate from, LocalDate to) {
        if (bodyIds.isEmpty()) {
            return new CommitmentCounts(0, 0, 0, 0);
        }
        return jdbc.sql("""
                select count(*) as made,
                       count(*) filter (where c.state = 'DONE' and c.done_on <= :to) as done,
                       count(*) filter (where c.state in ('OPEN', 'IN_PROGRESS')
                                        or (c.state = 'DONE' and c.done_on > :to)) as open,
                       count(*) filter (where (c.state in ('OPEN', 'IN_PROGRESS')
                                        or (c.state = 'DONE' and c.done_on > :to)) and c.due_on < :to) as overdue
                from dialogue.commitment c
                join dialogue.issue i on i.id = c.issue_id
                join dialogue.dialogue d on d.id = i.dialogue_id
                where (d.convener_body_id in (:bodies) or d.co_convener_body_id in (:bodies))
                  and d.held_on between :from and :to
                """)
                .param("bodies", bodyIds)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new CommitmentCounts(
                        rs.getInt("made"), rs.getInt("done"), rs.getInt("open"), rs.getInt("overdue")))
                .single();
    }

    /**
     * Commitments owned by the bodies or made in their dialogues that are unfinished past their due day on
     * {@code today}, the most overdue first, at most {@code limit} (the programme's advice quotes them as evidence).
     */
    public List<CommitmentOverdue> overdueCommitments(Set<Long> bodyIds, LocalDate today, int limit) {
        if (bodyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select c.id, c.owner_body_id, c.owner_name, c.description, c.due_on
                from dialogue.commitment c
                join dialogue.issue i on i.id = c.issue_id
                join dialogue.dialogue d on d.id = i.dialogue_id
                where c.state in ('OPEN', 'IN_PROGRESS') and c.due_on < :today
                  and (c.owner_body_id in (:bodies) or d.convener_body_id in (:bodies)
                       or d.co_convener_body_id in (:bodies))
                order by c.due_on, c.id
                limit :limit
                """)
                .param("bodies", bodyIds)
                .param("today", today)
                .param("limit", limit)
                .query((rs, n) -> new CommitmentOverdue(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class)))
                .list();
    }

    /** Commitments overdue in one commune's dialogues about one field, and the bodies that owe them. */
    public record CommuneFieldCommitments(String communeCode, String fieldCode, int overdue, List<Long> bodyIds) {}

    /**
     * The commitments unmet on {@code asOf} past their due day, per commune (of the dialogue) and field (of the issue),
     * for the hot-spot watch; counts only.
     */
    public List<CommuneFieldCommitments> overdueByCommune(LocalDate asOf) {
        return jdbc.sql("""
                select d.commune_code, i.field_code, count(*), array_agg(distinct c.owner_body_id)
                from dialogue.commitment c
                join dialogue.issue i on i.id = c.issue_id
                join dialogue.dialogue d on d.id = i.dialogue_id
                where d.commune_code is not null and d.held_on <= :asOf and c.due_on < :asOf
                  and (c.state in ('OPEN', 'IN_PROGRESS') or (c.state = 'DONE' and c.done_on > :asOf))
                group by d.commune_code, i.field_code
                """)
                .param("asOf", asOf)
                .query((rs, n) ->
                        new CommuneFieldCommitments(rs.getString(1), rs.getString(2), rs.getInt(3), List.of((Long[])
                                rs.getArray(4).getArray())))
                .list();
    }
}
