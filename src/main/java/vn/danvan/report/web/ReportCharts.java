package vn.danvan.report.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.PetitionQueries;
import vn.danvan.reception.ReceptionObligations;
import vn.danvan.reception.ReceptionSchedule;
import vn.danvan.report.domain.ReportScope;
import vn.danvan.report.persistence.ReportDatabase;

/**
 * The figures behind the report pages' charts, over the same bodies and period as the report: petitions received and
 * resolved by month with the on-time share, received by field and by state, and the reception days the heads held
 * against those their rule required. Each chart's table on the page is these figures; the chart only draws them.
 */
@Component
public class ReportCharts {

    /** A month of the period: petitions received, resolved, and resolved by their deadline. */
    public record Month(YearMonth month, long received, long resolved, long resolvedOnTime) {

        /** The share resolved on time, in whole percent; null when none was resolved. */
        public @Nullable Long onTimePercent() {
            return resolved == 0 ? null : Math.round(100.0 * resolvedOnTime / resolved);
        }
    }

    /** A count under a key (a field or a state), with the field's names when the key is a field. */
    public record Count(String key, String nameVi, String nameEn, long count) {}

    public record PetitionCharts(List<Month> months, List<Count> byField, List<Count> byState) {}

    /** A head's reception days over the period: required by their rule and held. */
    public record Attendance(String headName, long bodyId, int required, int held) {

        public boolean met() {
            return held >= required;
        }
    }

    /** The longest period whose reception days the page tallies per head. */
    static final long LONGEST_RECEPTION_DAYS = 366;

    private final ReportDatabase database;
    private final ReportScope scope;
    private final ReceptionSchedule schedule;
    private final ReceptionObligations obligations;
    private final PetitionQueries petitions;

    ReportCharts(
            PetitionQueries petitions,
            ReportDatabase database,
            ReportScope scope,
            ReceptionSchedule schedule,
            ReceptionObligations obligations) {
        this.petitions = petitions;
        this.database = database;
        this.scope = scope;
        this.schedule = schedule;
        this.obligations = obligations;
    }

    public PetitionCharts petitions(
            @Nullable Long body, LocalDate from, LocalDate to, boolean subordinates, StaffMember staff) {
        Long[] bodies =
                scope.cover(body, from, to, subordinates, staff).bodyIds().toArray(Long[]::new);
        Map<YearMonth, long[]> months = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.put(m, new long[3]);
        }
        database.read(jdbc -> {
            jdbc.sql("""
                    select extract(year from received_on)::int, extract(month from received_on)::int, count(*)
                    from petition.report_facts
                    where body_id = any(:bodies) and received_on between :from and :to
                    group by 1, 2
                    """)
                    .param("bodies", bodies)
                    .param("from", from)
                    .param("to", to)
                    .query(rs -> {
                        months.computeIfAbsent(YearMonth.of(rs.getInt(1), rs.getInt(2)), m -> new long[3])[0] =
                                rs.getLong(3);
                    });
            jdbc.sql("""
                    select extract(year from resolved_on)::int, extract(month from resolved_on)::int, count(*),
                           count(*) filter (where resolved_on <= resolution_due)
                    from petition.report_facts
                    where body_id = any(:bodies) and resolved_on between :from and :to
                    group by 1, 2
                    """)
                    .param("bodies", bodies)
                    .param("from", from)
                    .param("to", to)
                    .query(rs -> {
                        long[] month =
                                months.computeIfAbsent(YearMonth.of(rs.getInt(1), rs.getInt(2)), m -> new long[3]);
                        month[1] = rs.getLong(3);
                        month[2] = rs.getLong(4);
                    });
            return months;
        });
        List<Month> byMonth = new ArrayList<>();
        months.forEach((month, counts) -> byMonth.add(new Month(month, counts[0], counts[1], counts[2])));
        return new PetitionCharts(byMonth, grouped("field_code", bodies, from, to), grouped("state", bodies, from, to));
    }

    /** The heads of the report's bodies with their reception days required and held over the period. */
    public List<Attendance> reception(
            @Nullable Long body,
            LocalDate from,
            LocalDate to,
            boolean subordinates,
            StaffMember staff,
            LocalDate today) {
        Set<Long> bodies = scope.cover(body, from, to, subordinates, staff).bodyIds();
        List<Attendance> heads = new ArrayList<>();
        if (from.plusDays(LONGEST_RECEPTION_DAYS).isBefore(to)) {
            return heads; // the tally walks the obligation periods one by one: a year at most on a page.
        }
        for (var head : schedule.heads(bodies)) {
            var tally = obligations.tally(head, from, to, today);
            if (tally.required() > 0 || tally.held() > 0) {
                heads.add(new Attendance(head.fullName(), head.bodyId(), tally.required(), tally.held()));
            }
        }
        return heads;
    }

    private List<Count> grouped(String column, Long[] bodies, LocalDate from, LocalDate to) {
        Map<String, PetitionQueries.Field> fields = new LinkedHashMap<>();
        petitions.fields().forEach(field -> fields.put(field.code(), field));
        // column is one of two names fixed above, never input.
        return database.read(jdbc -> jdbc.sql("select " + column + ", count(*) from petition.report_facts"
                        + " where body_id = any(:bodies) and received_on between :from and :to and " + column
                        + " is not null group by 1 order by 2 desc, 1")
                .param("bodies", bodies)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> {
                    String key = rs.getString(1);
                    var field = fields.get(key);
                    return new Count(
                            key,
                            field == null ? key : field.nameVi(),
                            field == null ? key : field.nameEn(),
                            rs.getLong(2));
                })
                .list());
    }
}
