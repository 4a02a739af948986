package vn.danvan.report.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.PetitionQueries;
import vn.danvan.petition.PetitionType;
import vn.danvan.report.persistence.ReportDatabase;

/**
 * Compiles the reception report (Biểu 01/TCD) from the reception log: visits at the regular reception
 * and at receptions led by heads (periodic or ad hoc), with their people, old and new matters and
 * delegations, the content of the visits, and what came of them.
 */
@Service
@Transactional(readOnly = true)
public class ReceptionReports {

    private static final String BREAKDOWN = """
            select count(*) filter (where %1$s)                                         as visits,
                   coalesce(sum(people_count) filter (where %1$s), 0)                     as people,
                   count(*) filter (where %1$s and matter = 'OLD')                        as old_matters,
                   count(*) filter (where %1$s and matter = 'NEW')                        as new_matters,
                   count(*) filter (where %1$s and delegation)                            as delegations,
                   coalesce(sum(people_count) filter (where %1$s and delegation), 0)      as delegation_people,
                   count(*) filter (where %1$s and delegation and matter = 'OLD')         as delegation_old,
                   count(*) filter (where %1$s and delegation and matter = 'NEW')         as delegation_new
            from reception.visit_facts
            where body_id in (:bodies) and visited_on between :from and :to
            """;

    private final ReportDatabase database;
    private final ReportScope scope;
    private final PetitionQueries petitions;
    private final Clock clock;

    public ReceptionReports(ReportDatabase database, ReportScope scope, PetitionQueries petitions, Clock clock) {
        this.clock = clock;
        this.database = database;
        this.scope = scope;
        this.petitions = petitions;
    }

    public ReceptionReport compile(
            @Nullable Long bodyId, LocalDate from, LocalDate to, boolean includeSubordinates, StaffMember staff) {
        ReportScope.Covered covered = scope.cover(bodyId, from, to, includeSubordinates, staff);
        var regular = breakdown("session_kind = 'REGULAR'", covered, from, to);
        var headLed = breakdown("session_kind <> 'REGULAR'", covered, from, to);
        int headDays = database.read(jdbc -> jdbc.sql("""
                select count(distinct (head_id, held_on)) from reception.session_facts
                where body_id in (:bodies) and kind <> 'REGULAR' and state = 'HELD' and held_on between :from and :to
                """)
                .param("bodies", covered.bodyIds())
                .param("from", from)
                .param("to", to)
                .query(Integer.class)
                .single());
        Map<String, PetitionQueries.Field> fields =
                petitions.fields().stream().collect(Collectors.toMap(PetitionQueries.Field::code, Function.identity()));
        List<String> fieldOrder =
                petitions.fields().stream().map(PetitionQueries.Field::code).toList();
        List<ReceptionReport.ContentRow> byContent = database
                .read(jdbc -> jdbc.sql("""
                select content_type, field_code, count(*) as visits, sum(people_count) as people
                from reception.visit_facts
                where body_id in (:bodies) and visited_on between :from and :to
                group by content_type, field_code
                """)
                        .param("bodies", covered.bodyIds())
                        .param("from", from)
                        .param("to", to)
                        .query((rs, n) -> contentRow(rs, fields))
                        .list())
                .stream()
                .sorted(Comparator.comparing(ReceptionReport.ContentRow::type)
                        .thenComparing(row -> fieldOrder.indexOf(row.fieldCode())))
                .toList();
        var results = database.read(jdbc -> jdbc.sql("""
                select count(*) filter (where answered and not refused) as answered,
                       count(*) filter (where petition_id is not null)   as petitions,
                       count(*) filter (where refused)                   as refused
                from reception.visit_facts
                where body_id in (:bodies) and visited_on between :from and :to
                """)
                .param("bodies", covered.bodyIds())
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new ReceptionReport.Results(
                        rs.getInt("answered"), rs.getInt("petitions"), rs.getInt("refused")))
                .single());
        return new ReceptionReport(
                covered.body().id(),
                covered.body().name(),
                includeSubordinates,
                covered.bodyNames(),
                from,
                to,
                LocalDate.now(clock),
                regular,
                headLed,
                headDays,
                byContent,
                results);
    }

    private ReceptionReport.Breakdown breakdown(
            String condition, ReportScope.Covered covered, LocalDate from, LocalDate to) {
        return database.read(jdbc -> jdbc.sql(BREAKDOWN.formatted(condition))
                .param("bodies", covered.bodyIds())
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new ReceptionReport.Breakdown(
                        rs.getInt("visits"),
                        rs.getInt("people"),
                        rs.getInt("old_matters"),
                        rs.getInt("new_matters"),
                        rs.getInt("delegations"),
                        rs.getInt("delegation_people"),
                        rs.getInt("delegation_old"),
                        rs.getInt("delegation_new")))
                .single());
    }

    private static ReceptionReport.ContentRow contentRow(ResultSet rs, Map<String, PetitionQueries.Field> fields)
            throws SQLException {
        String code = rs.getString("field_code");
        PetitionQueries.Field field = fields.get(code);
        return new ReceptionReport.ContentRow(
                PetitionType.valueOf(rs.getString("content_type")),
                code,
                field == null ? code : field.nameVi(),
                field == null ? code : field.nameEn(),
                rs.getInt("visits"),
                rs.getInt("people"));
    }
}
