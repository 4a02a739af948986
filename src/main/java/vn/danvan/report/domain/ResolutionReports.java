package vn.danvan.report.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.report.persistence.ReportDatabase;

/**
 * Compiles Biểu 03 (complaints) and Biểu 04 (denunciations) from the raw cases: every petition of the type accepted
 * within competence by the end of the period and not resolved before its start, with the figures its decision or
 * conclusion recorded ({@code petition.resolution_facts}). Cases accepted before the period are carried over (kỳ
 * trước chuyển sang); a case resolved after the period still counts as in progress in it.
 */
@Service
@Transactional(readOnly = true)
public class ResolutionReports {

    /** The figures, named as {@link ResolutionColumn#alias()}, over the period's cases (p). */
    private static final String FIGURES = """
            with p as (
                select f.body_id, f.decided_on, f.instance, f.outcome, f.resolved_on, f.resolution_due,
                       coalesce(f.resolved_on <= :to, false)            as resolved,
                       coalesce(r.money_to_state_vnd, 0)                as money_to_state_vnd,
                       coalesce(r.land_to_state_m2, 0)                  as land_to_state_m2,
                       coalesce(r.money_to_citizens_vnd, 0)             as money_to_citizens_vnd,
                       coalesce(r.land_to_citizens_m2, 0)               as land_to_citizens_m2,
                       coalesce(r.people_rights_restored, 0)            as people_rights_restored,
                       coalesce(r.people_recommended_for_sanction, 0)   as people_recommended_for_sanction,
                       coalesce(r.transferred_to_investigation, false)  as transferred_to_investigation,
                       coalesce(r.subjects_transferred, 0)              as subjects_transferred
                from petition.report_facts f
                left join petition.resolution_facts r on r.petition_id = f.petition_id
                where f.body_id = any(:bodies) and f.petition_type = :type and f.decision = 'ACCEPT'
                  and f.received_on <= :to and f.settled_on >= :from and f.decided_on <= :to
            )
            select grouping(body_id) as grouping_level, body_id,
                   count(*)                                                                 as total,
                   count(*) filter (where decided_on < :from)                              as carried_over,
                   count(*) filter (where decided_on >= :from)                             as new_cases,
                   count(*) filter (where resolved)                                        as resolved,
                   count(*) filter (where resolved and outcome = 'WITHDRAWN')              as withdrawn,
                   count(*) filter (where resolved and outcome <> 'WITHDRAWN')             as by_decision,
                   count(*) filter (where resolved and outcome = 'RIGHT')                  as right,
                   count(*) filter (where resolved and outcome = 'WRONG')                  as wrong,
                   count(*) filter (where resolved and outcome = 'PARTLY_RIGHT')           as partly_right,
                   count(*) filter (where resolved and outcome <> 'WITHDRAWN' and instance = 'FIRST')  as first_instance,
                   count(*) filter (where resolved and outcome <> 'WITHDRAWN' and instance = 'SECOND') as second_instance,
                   count(*) filter (where resolved and instance = 'SECOND' and outcome = 'WRONG') as first_decision_upheld,
                   count(*) filter (where resolved and instance = 'SECOND' and outcome in ('RIGHT', 'PARTLY_RIGHT'))
                                                                                            as first_decision_reversed,
                   coalesce(sum(money_to_state_vnd) filter (where resolved), 0)            as money_to_state,
                   coalesce(sum(land_to_state_m2) filter (where resolved), 0)              as land_to_state,
                   coalesce(sum(money_to_citizens_vnd) filter (where resolved), 0)         as money_to_citizens,
                   coalesce(sum(land_to_citizens_m2) filter (where resolved), 0)           as land_to_citizens,
                   coalesce(sum(people_rights_restored) filter (where resolved), 0)        as people_restored,
                   coalesce(sum(people_recommended_for_sanction) filter (where resolved), 0) as people_sanction,
                   count(*) filter (where resolved and transferred_to_investigation)       as investigation_cases,
                   coalesce(sum(subjects_transferred) filter (where resolved), 0)          as investigation_subjects,
                   count(*) filter (where resolved and resolved_on <= resolution_due)      as on_time,
                   count(*) filter (where resolved and resolved_on > resolution_due)       as late,
                   count(*) filter (where not resolved)                                    as in_progress
            from p
            group by grouping sets ((), (body_id))
            """;

    private final ReportDatabase database;
    private final ReportScope scope;
    private final OrganizationDirectory organization;
    private final Clock clock;

    public ResolutionReports(
            ReportDatabase database, ReportScope scope, OrganizationDirectory organization, Clock clock) {
        this.database = database;
        this.scope = scope;
        this.organization = organization;
        this.clock = clock;
    }

    public ResolutionReport compile(
            ResolutionReport.Form form,
            @Nullable Long bodyId,
            LocalDate from,
            LocalDate to,
            boolean includeSubordinates,
            StaffMember staff) {
        ReportScope.Covered covered = scope.cover(bodyId, from, to, includeSubordinates, staff);
        List<ResolutionReport.BodyFigures> bodies = new ArrayList<>();
        Map<ResolutionColumn, BigDecimal> total = database.read(jdbc -> {
            bodies.clear(); // rows of a replica that failed half-way
            List<Map<ResolutionColumn, BigDecimal>> totals = new ArrayList<>();
            jdbc.sql(FIGURES)
                    .param("bodies", covered.bodyIds().toArray(Long[]::new))
                    .param("type", form.type().name())
                    .param("from", from)
                    .param("to", to)
                    .query(rs -> {
                        if (rs.getInt("grouping_level") == 1) {
                            totals.add(figures(rs));
                        } else {
                            long id = rs.getLong("body_id");
                            bodies.add(new ResolutionReport.BodyFigures(id, name(id), figures(rs)));
                        }
                    });
            return totals.getFirst();
        });
        // Every body covered has its row, with zeros when it had no case.
        for (long id : covered.bodyIds()) {
            if (bodies.stream().noneMatch(b -> b.bodyId() == id)) {
                bodies.add(new ResolutionReport.BodyFigures(id, name(id), zeros()));
            }
        }
        bodies.sort(Comparator.comparing((ResolutionReport.BodyFigures b) ->
                        b.bodyId() != covered.body().id())
                .thenComparing(ResolutionReport.BodyFigures::bodyName));
        return new ResolutionReport(
                form,
                covered.body().id(),
                covered.body().name(),
                includeSubordinates,
                from,
                to,
                LocalDate.now(clock),
                total,
                bodies);
    }

    private String name(long bodyId) {
        return organization.body(bodyId).map(vn.danvan.organization.Body::name).orElse(String.valueOf(bodyId));
    }

    private static Map<ResolutionColumn, BigDecimal> zeros() {
        Map<ResolutionColumn, BigDecimal> figures = new EnumMap<>(ResolutionColumn.class);
        for (ResolutionColumn column : ResolutionColumn.values()) {
            figures.put(column, BigDecimal.ZERO);
        }
        return figures;
    }

    private static Map<ResolutionColumn, BigDecimal> figures(ResultSet rs) throws SQLException {
        Map<ResolutionColumn, BigDecimal> figures = new EnumMap<>(ResolutionColumn.class);
        for (ResolutionColumn column : ResolutionColumn.values()) {
            BigDecimal value = rs.getBigDecimal(column.alias());
            figures.put(column, value == null ? BigDecimal.ZERO : value);
        }
        return figures;
    }
}
