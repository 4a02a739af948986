package vn.danvan.petition;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Counts per commune and field that the insight module scores hot spots from: petitions received in a recent window
 * against the same commune's own history, and among the recent ones the group petitions, the repeated ones and the
 * second-instance complaints, with the open cases flagged overdue. Counts only — never a petitioner, so a sealed
 * denouncer stays sealed.
 */
@Service
public class PetitionSignals {

    /**
     * One commune and field.
     *
     * @param recent petitions received in the window
     * @param history petitions received in the history before the window
     * @param groups recent group petitions (đoàn đông người, PetitionerKind.GROUP or 5 people and more)
     * @param repeats recent petitions sent again or re-denounced (đơn trùng, tố cáo tiếp)
     * @param secondInstance recent second-instance complaints (khiếu nại lần hai)
     * @param overdue cases of the history and the window still open and flagged overdue
     * @param bodyIds the bodies holding the recent petitions
     */
    public record CommuneFieldCounts(
            String communeCode,
            String fieldCode,
            int recent,
            int history,
            int groups,
            int repeats,
            int secondInstance,
            int overdue,
            List<Long> bodyIds) {}

    /** The statistical "đoàn đông người": 5 people and more with the same content (rules.md A3, [K]). */
    public static final int GROUP_SIZE = 5;

    private final JdbcClient jdbc;

    PetitionSignals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts for every commune and field with a petition received from {@code historyFrom} to {@code asOf}, the
     * window starting at {@code windowFrom}; only the given bodies' petitions unless {@code bodies} is null (all).
     */
    public List<CommuneFieldCounts> counts(
            LocalDate historyFrom, LocalDate windowFrom, LocalDate asOf, @Nullable Set<Long> bodies) {
        String sql = """
                select commune_code, field_code,
                       count(*) filter (where received_on >= :window) recent,
                       count(*) filter (where received_on < :window) history,
                       count(*) filter (where received_on >= :window
                                        and (petitioner_kind = 'GROUP' or petitioner_count >= :group)) groups,
                       count(*) filter (where received_on >= :window
                                        and relation in ('RESUBMISSION_OF', 'RE_DENUNCIATION_OF', 'REOPENED_FROM')) repeats,
                       count(*) filter (where received_on >= :window and instance = 'SECOND') second_instance,
                       count(*) filter (where overdue_flagged_on is not null and state in ('RECEIVED', 'ACCEPTED')) overdue,
                       coalesce(array_agg(distinct body_id) filter (where received_on >= :window), '{}') bodies
                from petition.petition
                where received_on between :from and :asOf and commune_code is not null
                """ + (bodies == null ? "" : " and body_id = any(:bodies)") + """
                 group by commune_code, field_code
                """;
        var statement = jdbc.sql(sql)
                .param("window", windowFrom)
                .param("group", GROUP_SIZE)
                .param("from", historyFrom)
                .param("asOf", asOf);
        if (bodies != null) {
            statement = statement.param("bodies", bodies.toArray(Long[]::new));
        }
        return statement
                .query((rs, n) -> new CommuneFieldCounts(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getInt(8),
                        List.of((Long[]) rs.getArray(9).getArray())))
                .list();
    }
}
