package vn.danvan.reception;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules (a dân vận review) may count of the reception log, over the view reports read. */
@Service
@Transactional(readOnly = true)
public class ReceptionFacts {

    /** Visits received, the people who came, delegations among them, and reception sessions held. */
    public record ReceptionCounts(int visits, int people, int delegations, int sessionsHeld) {}

    private final JdbcClient jdbc;

    ReceptionFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ReceptionCounts counts(Set<Long> bodyIds, LocalDate from, LocalDate to) {
        if (bodyIds.isEmpty()) {
            return new ReceptionCounts(0, 0, 0, 0);
        }
        Long[] bodies = bodyIds.toArray(Long[]::new);
        ReceptionCounts visits = jdbc.sql("""
                select count(*) as visits, coalesce(sum(people_count), 0) as people,
                       count(*) filter (where delegation) as delegations
                from reception.visit_facts where body_id = any(:bodies) and visited_on between :from and :to
                """)
                .param("bodies", bodies)
                .param("from", from)
                .param("to", to)
                .query((rs, n) ->
                        new ReceptionCounts(rs.getInt("visits"), rs.getInt("people"), rs.getInt("delegations"), 0))
                .single();
        int sessions = jdbc.sql("""
                select count(*) from reception.session_facts
                where body_id = any(:bodies) and state = 'HELD' and held_on between :from and :to
                """)
                .param("bodies", bodies)
                .param("from", from)
                .param("to", to)
                .query(Integer.class)
                .single();
        return new ReceptionCounts(visits.visits(), visits.people(), visits.delegations(), sessions);
    }

    /** Delegations (đoàn đông người) received from one commune about one field, and the bodies that received them. */
    public record CommuneFieldDelegations(String communeCode, String fieldCode, int delegations, List<Long> bodyIds) {}

    /** The delegations received between two days, per commune and field (for the hot-spot watch; counts only). */
    public List<CommuneFieldDelegations> delegationsByCommune(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select commune_code, field_code, count(*), array_agg(distinct body_id)
                from reception.visit
                where delegation and visited_on between :from and :to and commune_code is not null
                group by commune_code, field_code
                """)
                .param("from", from)
                .param("to", to)
                .query((rs, n) ->
                        new CommuneFieldDelegations(rs.getString(1), rs.getString(2), rs.getInt(3), List.of((Long[])
                                rs.getArray(4).getArray())))
                .list();
    }
}
