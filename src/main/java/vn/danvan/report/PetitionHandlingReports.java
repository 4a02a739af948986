package vn.danvan.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.PetitionQueries;
import vn.danvan.petition.PetitionType;
import vn.danvan.report.domain.ReportScope;
import vn.danvan.report.persistence.ReportDatabase;

/**
 * Compiles the petition-handling report from the petitions' facts. A petition belongs to a period
 * when it was received before its end and was not finished before its start — a petition is
 * finished when it was guided, transferred, filed or returned, or, once accepted, when it was resolved.
 * Those received before the start are carried over (kỳ trước chuyển sang).
 */
@Service
@Transactional(readOnly = true)
public class PetitionHandlingReports {

    /** Twenty years: enough for any statutory report, and a bound on what one request may scan. */
    static final long LONGEST_PERIOD_DAYS = 366L * 20;

    /**
     * The petitions whose span, received to settled, overlaps the period, in three disjoint parts that B-tree
     * indexes answer alone: those received in the period; those received in the 180 days before it and
     * settled in it or later; and older ones still unsettled at its start, which all took more than 180 days
     * and so sit in the small partial index of long cases (migration V2026_11_23_1300 names the same 180).
     */
    private static final String IN_PERIOD = """
            from (
                select * from petition.report_facts r
                where r.body_id = any(:bodies) and r.received_on between :from and :to
                union all
                select * from petition.report_facts r
                where r.body_id = any(:bodies) and r.received_on >= cast(:from as date) - 180 and r.received_on < :from
                  and r.settled_on >= :from
                union all
                select * from petition.report_facts r
                where r.body_id = any(:bodies) and r.received_on < cast(:from as date) - 180 and r.settled_on >= :from
                  and (r.settled_on = 'infinity' or r.settled_on > r.received_on + 180)
            ) f
            """;

    /** The report's counts over the period's petitions (p); their names are the figures' column names. */
    private static final String COUNTS = """
            count(*) filter (where received_on < :from)                                   as carried_over,
            count(*) filter (where received_on >= :from)                                  as received,
            count(*)                                                                      as total,
            count(*) filter (where processed)                                             as processed,
            count(*) filter (where processed is not true)                                 as awaiting,
            count(*) filter (where processed and decided_on > processing_due)             as processed_late,
            count(*) filter (where processed is not true and processing_due < :to)        as awaiting_overdue,
            count(*) filter (where processed and decision in ('ACCEPT', 'GUIDE', 'TRANSFER')) as eligible,
            count(*) filter (where accepted)                                              as within,
            count(*) filter (where processed and decision in ('GUIDE', 'TRANSFER'))        as outside,
            count(*) filter (where processed and decision = 'GUIDE')                      as guided,
            count(*) filter (where processed and decision = 'TRANSFER')                   as transferred,
            count(*) filter (where processed and decision in ('FILE', 'RETURN'))          as ineligible,
            count(*) filter (where processed and decision = 'FILE')                       as filed,
            count(*) filter (where processed and decision = 'RETURN')                     as returned,
            count(*) filter (where accepted and petition_type = 'COMPLAINT')              as accepted_complaints,
            count(*) filter (where accepted and petition_type = 'DENUNCIATION')           as accepted_denunciations,
            count(*) filter (where accepted and petition_type in ('RECOMMENDATION', 'FEEDBACK')) as accepted_recommendations,
            count(*) filter (where petition_type = 'COMPLAINT' and instance = 'FIRST')    as complaints_first,
            count(*) filter (where petition_type = 'COMPLAINT' and instance = 'SECOND')   as complaints_second,
            count(*) filter (where resolved)                                              as resolved,
            count(*) filter (where accepted and resolved is not true)                     as in_progress,
            count(*) filter (where resolved and resolved_on <= resolution_due)            as resolved_on_time,
            count(*) filter (where resolved and resolved_on > resolution_due)             as resolved_late,
            count(*) filter (where accepted and resolved is not true and resolution_due < :to) as in_progress_overdue,
            count(*) filter (where resolved and outcome = 'RIGHT')                        as outcome_right,
            count(*) filter (where resolved and outcome = 'WRONG')                        as outcome_wrong,
            count(*) filter (where resolved and outcome = 'PARTLY_RIGHT')                 as outcome_partly_right,
            count(*) filter (where resolved and outcome = 'WITHDRAWN')                    as outcome_withdrawn,
            count(*) filter (where resolved and outcome = 'ANSWERED')                     as outcome_answered
            """;

    private static final List<String> FIGURE_NAMES = Pattern.compile("\\bas (\\w+)")
            .matcher(COUNTS)
            .results()
            .map(match -> match.group(1))
            .toList();

    /**
     * The counts by type and field, then the totals as their sums (the empty grouping set): each petition
     * passes the thirty counts once, and the totals cost a pass over a few dozen rows.
     */
    private static final String FIGURES = """
            with p as (
                select f.*,
                       f.decided_on <= :to as processed,
                       f.decided_on <= :to and f.decision = 'ACCEPT' as accepted,
                       f.decided_on <= :to and f.decision = 'ACCEPT' and f.resolved_on <= :to as resolved
            """ + IN_PERIOD + """
            ),
            by_content as (
                select petition_type, field_code,
            """ + COUNTS + """
                from p group by petition_type, field_code
            )
            select grouping(petition_type, field_code) as grouping_level, petition_type, field_code,
            """
            + FIGURE_NAMES.stream()
                    .map(name -> "sum(" + name + ") as " + name)
                    .collect(Collectors.joining(",\n       "))
            + """

            from by_content
            group by grouping sets ((), (petition_type, field_code))
            """;

    /** The matters (vụ việc) of the period's petitions: a confirmed same-matter group counts once (issue 20). */
    private static final String MATTERS = """
            select count(distinct matter_id) as matters,
                   count(distinct matter_id) filter (where received_on >= :from) as matters_received
            """ + IN_PERIOD;

    private final ReportDatabase database;
    private final ReportScope scope;
    private final PetitionQueries petitions;
    private final vn.danvan.organization.OrganizationDirectory organization;
    private final Clock clock;

    PetitionHandlingReports(
            ReportDatabase database,
            ReportScope scope,
            PetitionQueries petitions,
            vn.danvan.organization.OrganizationDirectory organization,
            Clock clock) {
        this.clock = clock;
        this.organization = organization;
        this.database = database;
        this.scope = scope;
        this.petitions = petitions;
    }

    /**
     * The report of {@code bodyId} (the staff member's own body when null) for {@code from}–{@code to};
     * with {@code includeSubordinates}, of that body and every body under it that the staff member may see.
     */
    public PetitionHandlingReport compile(
            @Nullable Long bodyId, LocalDate from, LocalDate to, boolean includeSubordinates, StaffMember staff) {
        ReportScope.Covered covered = scope.cover(bodyId, from, to, includeSubordinates, staff);
        Set<Long> bodies = covered.bodyIds();
        Map<String, PetitionQueries.Field> fields = petitions.fields().stream()
                .collect(Collectors.toMap(
                        PetitionQueries.Field::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<String> fieldOrder = List.copyOf(fields.keySet());
        // One pass over the period's petitions gives both the totals (the empty grouping set) and the rows by
        // type and field.
        PetitionHandlingFigures[] totals = new PetitionHandlingFigures[1];
        List<PetitionHandlingReport.ContentRow> byContent = new java.util.ArrayList<>();
        PetitionHandlingFigures figures = database.read(jdbc -> {
            byContent.clear(); // rows of a replica that failed half-way
            jdbc.sql(FIGURES)
                    .param("bodies", bodies.toArray(Long[]::new))
                    .param("from", from)
                    .param("to", to)
                    .query(rs -> {
                        if (rs.getInt("grouping_level") == 3) {
                            totals[0] = figures(rs);
                        } else {
                            byContent.add(contentRow(rs, fields));
                        }
                    });
            return totals[0];
        });
        byContent.sort(Comparator.comparing(PetitionHandlingReport.ContentRow::type)
                .thenComparing(row -> fieldPosition(row.fieldCode(), fieldOrder)));
        List<PetitionHandlingReport.Satisfaction> satisfaction = database.read(jdbc -> jdbc.sql("""
                select r.body_id, count(*) as ratings, avg(r.score) as average,
                       avg(case when r.score >= 4 then 1.0 else 0.0 end) as satisfied
                from portal.rating_facts r
                where r.body_id in (:bodies) and r.rated_on between :from and :to
                group by r.body_id order by avg(r.score) desc, r.body_id
                """)
                .param("bodies", bodies)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new PetitionHandlingReport.Satisfaction(
                        rs.getLong("body_id"),
                        organization
                                .body(rs.getLong("body_id"))
                                .map(vn.danvan.organization.Body::name)
                                .orElse(""),
                        rs.getInt("ratings"),
                        Math.round(rs.getDouble("average") * 10) / 10.0,
                        Math.round(rs.getDouble("satisfied") * 1000) / 10.0))
                .list());
        return new PetitionHandlingReport(
                covered.body().id(),
                covered.body().name(),
                includeSubordinates,
                covered.bodyNames(),
                from,
                to,
                LocalDate.now(clock),
                figures,
                List.copyOf(byContent),
                satisfaction,
                matters(bodies, from, to));
    }

    /**
     * The report's totals for a set of bodies already decided by the caller (a dân vận review covers its body and
     * those under it), without a staff member's scope: the same counts as {@link #compile}.
     */
    public PetitionHandlingFigures totals(Set<Long> bodyIds, LocalDate from, LocalDate to) {
        PetitionHandlingFigures[] totals = new PetitionHandlingFigures[1];
        return database.read(jdbc -> {
            jdbc.sql(FIGURES)
                    .param("bodies", bodyIds.toArray(Long[]::new))
                    .param("from", from)
                    .param("to", to)
                    .query(rs -> {
                        if (rs.getInt("grouping_level") == 3) {
                            totals[0] = figures(rs);
                        }
                    });
            return totals[0];
        });
    }

    private PetitionHandlingReport.Matters matters(Set<Long> bodies, LocalDate from, LocalDate to) {
        return database.read(jdbc -> jdbc.sql(MATTERS)
                .param("bodies", bodies.toArray(Long[]::new))
                .param("from", from)
                .param("to", to)
                .query((rs, n) ->
                        new PetitionHandlingReport.Matters(rs.getInt("matters"), rs.getInt("matters_received")))
                .single());
    }

    private static int fieldPosition(String code, List<String> fieldOrder) {
        int index = fieldOrder.indexOf(code);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private static PetitionHandlingReport.ContentRow contentRow(ResultSet rs, Map<String, PetitionQueries.Field> fields)
            throws SQLException {
        String code = rs.getString("field_code");
        PetitionQueries.Field field = fields.get(code);
        return new PetitionHandlingReport.ContentRow(
                PetitionType.valueOf(rs.getString("petition_type")),
                code,
                field == null ? code : field.nameVi(),
                field == null ? code : field.nameEn(),
                rs.getInt("total"),
                rs.getInt("within"),
                rs.getInt("resolved"),
                rs.getInt("in_progress"));
    }

    private static PetitionHandlingFigures figures(ResultSet rs) throws SQLException {
        return new PetitionHandlingFigures(
                rs.getInt("carried_over"),
                rs.getInt("received"),
                rs.getInt("total"),
                rs.getInt("processed"),
                rs.getInt("awaiting"),
                rs.getInt("processed_late"),
                rs.getInt("awaiting_overdue"),
                rs.getInt("eligible"),
                rs.getInt("within"),
                rs.getInt("outside"),
                rs.getInt("guided"),
                rs.getInt("transferred"),
                rs.getInt("ineligible"),
                rs.getInt("filed"),
                rs.getInt("returned"),
                rs.getInt("accepted_complaints"),
                rs.getInt("accepted_denunciations"),
                rs.getInt("accepted_recommendations"),
                rs.getInt("complaints_first"),
                rs.getInt("complaints_second"),
                rs.getInt("resolved"),
                rs.getInt("in_progress"),
                rs.getInt("resolved_on_time"),
                rs.getInt("resolved_late"),
                rs.getInt("in_progress_overdue"),
                rs.getInt("outcome_right"),
                rs.getInt("outcome_wrong"),
                rs.getInt("outcome_partly_right"),
                rs.getInt("outcome_withdrawn"),
                rs.getInt("outcome_answered"));
    }
}
