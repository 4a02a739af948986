package vn.danvan.petition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.danvan.calendar.DayCount;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.PetitionQueries.DeadlineFilter;
import vn.danvan.petition.PetitionQueries.DeadlineFlag;
import vn.danvan.petition.domain.Deadlines;
import vn.danvan.petition.domain.PetitionPolicy;
import vn.danvan.petition.domain.PetitionSettings;
import vn.danvan.shared.DomainException;

/**
 * Figures for the home pages and the map, always over the bodies in the staff member's scope: open cases by
 * deadline and body, cases received by month, a handler's own cases, and where cases are.
 * <p>
 * A denunciation is never given a point: it is counted in its commune only ({@link #communes}), whatever its own
 * point, the staff member's identity permission or the type it had before a reclassification (Luật Tố cáo 2018
 * Đ.47(1): the denouncer's identity is protected, and a point is often their door).
 */
@Service
public class PetitionFigures {

    public record BodyDeadlines(long bodyId, long overdue, long near) {}

    public record MonthFigures(YearMonth month, long received, long resolved, long resolvedOnTime) {}

    public record FieldCount(String fieldCode, long count) {}

    /** Cases received in one month in one field, and how many of them were resolved, on time. */
    public record MonthFieldFigures(
            YearMonth month, String fieldCode, long received, long resolved, long resolvedOnTime) {}

    public record HandlerCase(
            long id,
            String trackingCode,
            String title,
            PetitionType type,
            PetitionState state,
            @Nullable LocalDate due,
            DeadlineFlag flag) {}

    /** The queue's filters that make sense on a map (no text search, no paging). */
    public record MapFilter(
            @Nullable Long bodyId,
            @Nullable PetitionType type,
            @Nullable String fieldCode,
            @Nullable PetitionState state,
            @Nullable DeadlineFilter deadline,
            @Nullable String communeCode) {}

    /** South-west and north-east corners of what the map shows. */
    public record Bounds(double south, double west, double north, double east) {}

    /** Cases with a point in one square of a grid: their mean point; the case itself when it is alone. */
    public record PointCell(
            double latitude,
            double longitude,
            long count,
            @Nullable Long petitionId) {}

    public record CommuneCount(String communeCode, long cases, long overdue, long denunciations) {}

    public record CommuneMean(String communeCode, double latitude, double longitude, long points) {}

    public record CasePoint(BigDecimal latitude, BigDecimal longitude) {}

    /** A photo attached to a case, to be shown on its page rather than only linked. */
    public record CasePhoto(String fileName, String contentType, java.nio.file.Path path) {}

    private final JdbcClient jdbc;
    private final Deadlines deadlines;
    private final PetitionSettings settings;
    private final PetitionPolicy policy;
    private final vn.danvan.petition.persistence.PetitionAttachments attachments;

    PetitionFigures(
            JdbcClient jdbc,
            Deadlines deadlines,
            PetitionSettings settings,
            PetitionPolicy policy,
            vn.danvan.petition.persistence.PetitionAttachments attachments) {
        this.attachments = attachments;
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.settings = settings;
        this.policy = policy;
    }

    public LocalDate today() {
        return deadlines.today();
    }

    /** The last day that counts as "near its deadline" today, as in the queue. */
    public LocalDate nearLimit() {
        return deadlines.plus(today(), settings.nearDeadlineWorkingDays(), DayCount.WORKING_DAYS);
    }

    /** Open cases past their deadline, and near it, by body; only bodies that have any. */
    public List<BodyDeadlines> deadlinesByBody(StaffMember staff) {
        Map<String, Object> params = new HashMap<>();
        String scope = scope(staff, params);
        params.put("today", today());
        params.put("near", nearLimit());
        return jdbc.sql("""
                select p.body_id, count(*) filter (where p.current_due < :today) as overdue,
                       count(*) filter (where p.current_due >= :today) as near
                from petition.petition p
                where p.current_due <= :near %s
                group by p.body_id
                order by overdue desc, near desc, p.body_id
                """.formatted(scope))
                .params(params)
                .query((rs, n) -> new BodyDeadlines(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    /** Cases received in each month from {@code from} to {@code to}, and how many of them were resolved, on time. */
    public List<MonthFigures> monthly(StaffMember staff, YearMonth from, YearMonth to) {
        Map<String, Object> params = new HashMap<>();
        String scope = scope(staff, params);
        params.put("from", from.atDay(1));
        params.put("to", to.atEndOfMonth());
        Map<YearMonth, MonthFigures> found = new HashMap<>();
        jdbc.sql("""
                select date_trunc('month', p.received_on)::date as month, count(*) as received,
                       count(*) filter (where p.resolved_on is not null) as resolved,
                       count(*) filter (where p.resolved_on <= p.resolution_due) as on_time
                from petition.petition p
                where p.received_on between :from and :to %s
                group by 1
                """.formatted(scope))
                .params(params)
                .query((rs, n) -> {
                    YearMonth month = YearMonth.from(rs.getObject(1, LocalDate.class));
                    return found.put(month, new MonthFigures(month, rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                })
                .list();
        List<MonthFigures> months = new java.util.ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(found.getOrDefault(month, new MonthFigures(month, 0, 0, 0)));
        }
        return months;
    }

    /**
     * The trend and the fields of the home page in one pass over the cases received from {@code from} to {@code to}:
     * by month and field. {@link #monthly} and {@link #byField} are its sums (one index range scan instead of two).
     */
    public List<MonthFieldFigures> monthlyByField(StaffMember staff, YearMonth from, YearMonth to) {
        Map<String, Object> params = new HashMap<>();
        String scope = scope(staff, params);
        params.put("from", from.atDay(1));
        params.put("to", to.atEndOfMonth());
        return jdbc.sql("""
                select date_trunc('month', p.received_on)::date as month, p.field_code, count(*) as received,
                       count(*) filter (where p.resolved_on is not null) as resolved,
                       count(*) filter (where p.resolved_on <= p.resolution_due) as on_time
                from petition.petition p
                where p.received_on between :from and :to %s
                group by 1, 2
                """.formatted(scope))
                .params(params)
                .query((rs, n) -> new MonthFieldFigures(
                        YearMonth.from(rs.getObject(1, LocalDate.class)),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5)))
                .list();
    }

    /** Each month from {@code from} to {@code to}, as {@link #monthly} gives it, zero where none. */
    public static List<MonthFigures> months(List<MonthFieldFigures> cells, YearMonth from, YearMonth to) {
        Map<YearMonth, long[]> sums = new HashMap<>();
        for (MonthFieldFigures c : cells) {
            long[] sum = sums.computeIfAbsent(c.month(), m -> new long[3]);
            sum[0] += c.received();
            sum[1] += c.resolved();
            sum[2] += c.resolvedOnTime();
        }
        List<MonthFigures> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            long[] sum = sums.getOrDefault(month, new long[3]);
            months.add(new MonthFigures(month, sum[0], sum[1], sum[2]));
        }
        return months;
    }

    /** Cases by field over all the months, most first, as {@link #byField} gives them. */
    public static List<FieldCount> fields(List<MonthFieldFigures> cells) {
        Map<String, Long> sums = new HashMap<>();
        for (MonthFieldFigures c : cells) {
            sums.merge(c.fieldCode(), c.received(), Long::sum);
        }
        return sums.entrySet().stream()
                .map(e -> new FieldCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(FieldCount::count).reversed().thenComparing(FieldCount::fieldCode))
                .toList();
    }

    /** Cases received between two days by field, most first. */
    public List<FieldCount> byField(StaffMember staff, LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>();
        String scope = scope(staff, params);
        params.put("from", from);
        params.put("to", to);
        return jdbc.sql("""
                select p.field_code, count(*) from petition.petition p
                where p.received_on between :from and :to %s
                group by p.field_code order by 2 desc, 1
                """.formatted(scope))
                .params(params)
                .query((rs, n) -> new FieldCount(rs.getString(1), rs.getLong(2)))
                .list();
    }

    /** The open cases the staff member handles, most urgent first. */
    public List<HandlerCase> handlerCases(StaffMember staff, int limit) {
        LocalDate today = today();
        LocalDate near = nearLimit();
        Map<String, Object> params = new HashMap<>();
        String scope = scope(staff, params);
        return jdbc.sql("""
                select p.id, p.tracking_code, p.title, p.petition_type, p.state, p.current_due from petition.petition p
                where p.handler_id = :me and p.current_due is not null %s
                order by p.current_due, p.id limit :limit
                """.formatted(scope))
                .params(params)
                .param("me", staff.id())
                .param("limit", limit)
                .query((rs, n) -> {
                    LocalDate due = rs.getObject("current_due", LocalDate.class);
                    return new HandlerCase(
                            rs.getLong("id"),
                            rs.getString("tracking_code"),
                            rs.getString("title"),
                            PetitionType.valueOf(rs.getString("petition_type")),
                            PetitionState.valueOf(rs.getString("state")),
                            due,
                            due == null
                                    ? DeadlineFlag.NONE
                                    : due.isBefore(today)
                                            ? DeadlineFlag.OVERDUE
                                            : due.isAfter(near) ? DeadlineFlag.ON_TRACK : DeadlineFlag.NEAR);
                })
                .list();
    }

    /**
     * Cases with a point, other than denunciations, gathered on a grid of {@code cell} degrees inside the bounds:
     * the map clusters on the server, so that a province's hundred thousand points cost a few hundred markers.
     */
    public List<PointCell> cells(MapFilter filter, Bounds bounds, double cell, StaffMember staff) {
        if (!(cell > 0)) {
            throw DomainException.invalid("petition.map-cell-invalid");
        }
        Map<String, Object> params = new HashMap<>();
        String where = filter(filter, staff, params);
        params.put("south", bounds.south());
        params.put("north", bounds.north());
        params.put("west", bounds.west());
        params.put("east", bounds.east());
        params.put("cell", cell);
        return jdbc.sql("""
                select avg(p.latitude)::float8 as lat, avg(p.longitude)::float8 as lon, count(*) as n, min(p.id) as one
                from petition.petition p
                where p.latitude is not null and p.petition_type <> 'DENUNCIATION'
                  and p.latitude between :south and :north and p.longitude between :west and :east %s
                group by floor(p.latitude / :cell), floor(p.longitude / :cell)
                limit 5000
                """.formatted(where))
                .params(params)
                .query((rs, n) -> new PointCell(
                        rs.getDouble("lat"),
                        rs.getDouble("lon"),
                        rs.getLong("n"),
                        rs.getLong("n") == 1 ? rs.getLong("one") : null))
                .list();
    }

    /** Cases by commune (denunciations among them), with how many are past their deadline. */
    public List<CommuneCount> communes(MapFilter filter, StaffMember staff) {
        Map<String, Object> params = new HashMap<>();
        String where = filter(filter, staff, params);
        params.put("today", today());
        return jdbc.sql("""
                select p.commune_code, count(*), count(*) filter (where p.current_due < :today),
                       count(*) filter (where p.petition_type = 'DENUNCIATION')
                from petition.petition p
                where p.commune_code is not null %s
                group by p.commune_code order by 2 desc
                """.formatted(where))
                .params(params)
                .query((rs, n) -> new CommuneCount(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /**
     * The mean point of each commune's cases that have one, denunciations left out so that a commune with a
     * single denunciation does not show its point. Where no boundaries were imported, a commune sits here.
     */
    public List<CommuneMean> communeMeans() {
        return jdbc.sql("""
                select commune_code, avg(latitude)::float8, avg(longitude)::float8, count(*)
                from petition.petition
                where latitude is not null and commune_code is not null and petition_type <> 'DENUNCIATION'
                group by commune_code
                """)
                .query((rs, n) -> new CommuneMean(rs.getString(1), rs.getDouble(2), rs.getDouble(3), rs.getLong(4)))
                .list();
    }

    private record StoredPoint(
            long bodyId,
            PetitionType type,
            @Nullable BigDecimal latitude,
            @Nullable BigDecimal longitude) {}

    private Optional<StoredPoint> storedPoint(long id) {
        return jdbc.sql("select body_id, petition_type, latitude, longitude from petition.petition where id = ?")
                .param(id)
                .query((rs, n) -> new StoredPoint(
                        rs.getLong(1), PetitionType.valueOf(rs.getString(2)), rs.getBigDecimal(3), rs.getBigDecimal(4)))
                .optional();
    }

    private static Optional<CasePoint> shown(StoredPoint stored) {
        BigDecimal lat = stored.latitude();
        BigDecimal lon = stored.longitude();
        return stored.type() == PetitionType.DENUNCIATION || lat == null || lon == null
                ? Optional.empty()
                : Optional.of(new CasePoint(lat, lon));
    }

    /** The case's point for its page: none for a denunciation (its commune is shown instead). */
    public Optional<CasePoint> point(long id, StaffMember staff) {
        StoredPoint stored = storedPoint(id).orElseThrow(() -> DomainException.notFound("petition.not-found", id));
        policy.requireVisible(staff, stored.bodyId(), id);
        return shown(stored);
    }

    /**
     * The point of a case as its tracking page shows it to whoever holds the code: none for a denunciation (Luật
     * Tố cáo 2018 Đ.47(1)), whose page shows no more than its commune.
     */
    public Optional<CasePoint> trackedPoint(long id) {
        return storedPoint(id).flatMap(PetitionFigures::shown);
    }

    /** An attached JPEG or PNG of a case the staff member sees; any other file is not a photo. */
    public CasePhoto photo(long id, long attachmentId, StaffMember staff) {
        var file = attachments.open(id, attachmentId, staff);
        if (!file.contentType().equals("image/jpeg") && !file.contentType().equals("image/png")) {
            throw DomainException.notFound("petition.attachment-not-found", attachmentId);
        }
        return new CasePhoto(file.fileName(), file.contentType(), file.path());
    }

    private static String scope(StaffMember staff, Map<String, Object> params) {
        if (staff.allBodies()) {
            return "";
        }
        params.put("scope", staff.scope().toArray(Long[]::new));
        return " and p.body_id = any(:scope)";
    }

    private String filter(MapFilter filter, StaffMember staff, Map<String, Object> params) {
        if (filter.bodyId() != null && !staff.inScope(filter.bodyId())) {
            throw DomainException.forbidden("petition.body-out-of-scope");
        }
        StringBuilder where = new StringBuilder(scope(staff, params));
        if (filter.bodyId() != null) {
            where.append(" and p.body_id = :body");
            params.put("body", filter.bodyId());
        }
        if (filter.type() != null) {
            where.append(" and p.petition_type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.fieldCode() != null && !filter.fieldCode().isBlank()) {
            where.append(" and p.field_code = :field");
            params.put("field", filter.fieldCode());
        }
        if (filter.state() != null) {
            where.append(" and p.state = :state");
            params.put("state", filter.state().name());
        }
        if (filter.communeCode() != null && !filter.communeCode().isBlank()) {
            where.append(" and p.commune_code = :commune");
            params.put("commune", filter.communeCode());
        }
        if (filter.deadline() != null) {
            params.put("dueToday", today());
            params.put("dueNear", nearLimit());
            switch (filter.deadline()) {
                case OVERDUE -> where.append(" and p.current_due < :dueToday");
                case NEAR -> where.append(" and p.current_due between :dueToday and :dueNear");
                case ON_TRACK -> where.append(" and p.current_due > :dueNear");
            }
        }
        return where.toString();
    }
}
