package vn.danvan.petition;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.danvan.calendar.DayCount;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.domain.DeadlineRule;
import vn.danvan.petition.domain.Deadlines;
import vn.danvan.petition.domain.Petition;
import vn.danvan.petition.domain.PetitionPolicy;
import vn.danvan.petition.domain.PetitionSettings;
import vn.danvan.petition.persistence.Petitions;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.ReferenceCache;
import vn.danvan.shared.VietnameseText;

/**
 * Read models: the work queue with filters, search and paging; a petition's page; its timeline.
 * <p>
 * Not transactional: at read committed every statement takes its own snapshot inside a transaction too, so a
 * read-only transaction only added its BEGIN and COMMIT round trips to the API's busiest reads.
 */
@Service
public class PetitionQueries {

    public enum DeadlineFilter {
        NEAR,
        OVERDUE,
        ON_TRACK
    }

    public enum DeadlineFlag {
        NONE,
        ON_TRACK,
        NEAR,
        OVERDUE
    }

    public record QueueFilter(
            @Nullable Long bodyId,
            @Nullable PetitionType type,
            @Nullable String fieldCode,
            @Nullable PetitionState state,
            @Nullable DeadlineFilter deadline,
            @Nullable String communeCode,
            @Nullable String query,
            int page,
            int size) {

        public QueueFilter {
            page = Math.max(page, 0);
            size = size <= 0 ? 20 : Math.min(size, 100);
        }
    }

    public record QueueRow(
            long id,
            String trackingCode,
            String title,
            PetitionType type,
            String fieldCode,
            PetitionState state,
            LocalDate receivedOn,
            @Nullable LocalDate due,
            DeadlineFlag deadlineFlag,
            @Nullable String petitionerName,
            @Nullable String communeCode,
            long bodyId) {}

    /**
     * A page of the queue. When counted, {@code total} is exact up to {@code countedUpTo}; above it the count
     * stopped at {@code countedUpTo + 1} and {@link #totalCapped()} says so ("more than 1,000"). The count goes at
     * least as far as the end of the page. Uncounted ({@code total} null), the page knows only whether another
     * follows: the API counts on request, since a count is most of the database's work for a page.
     */
    public record QueuePage(
            List<QueueRow> rows,
            int page,
            int size,
            @Nullable Long total,
            long countedUpTo,
            boolean hasNext) {
        /** How far a queue is counted: beyond it an officer narrows the list rather than reads a figure. */
        public static final int COUNT_CAP = 1_000;

        static long countedUpTo(int page, int size) {
            return Math.max(COUNT_CAP, (long) (page + 1) * size);
        }

        public boolean totalCapped() {
            return total != null && total > countedUpTo;
        }

        public int pages() {
            long known = total == null ? (long) (page + 1) * size : Math.min(total, countedUpTo);
            return (int) Math.max(1, (known + size - 1) / size);
        }
    }

    /** Whether a page of the queue counts the queue too (the staff page shows it; API clients ask for it). */
    public enum Counting {
        COUNTED,
        UNCOUNTED
    }

    public record PetitionView(
            long id,
            String trackingCode,
            long bodyId,
            Channel channel,
            @Nullable SourceKind sourceKind,
            @Nullable String sourceName,
            @Nullable String sourceReference,
            PetitionType type,
            String fieldCode,
            Instance instance,
            boolean anonymous,
            PetitionerKind petitionerKind,
            int petitionerCount,
            int representativeCount,
            @Nullable String petitionerName,
            boolean hasIdentity,
            String title,
            String content,
            @Nullable String communeCode,
            boolean remoteArea,
            boolean complex,
            LocalDate receivedOn,
            PetitionState state,
            @Nullable Long handlerId,
            LocalDate processingDue,
            @Nullable Decision decision,
            @Nullable LocalDate decidedOn,
            @Nullable FilingGround filingGround,
            @Nullable String transferredToName,
            @Nullable LocalDate resolutionDue,
            int extensionCount,
            @Nullable Outcome outcome,
            @Nullable LocalDate resolvedOn,
            @Nullable LocalDate closedOn,
            @Nullable String relatedTrackingCode,
            @Nullable Relation relation,
            @Nullable LocalDate due,
            DeadlineFlag deadlineFlag,
            List<Decision> allowedDecisions,
            boolean mayExtend) {}

    public record TimelineEntry(
            OffsetDateTime occurredAt,
            LocalDate occurredOn,
            String kind,
            String actor,
            @Nullable String fromState,
            @Nullable String toState,
            @Nullable String note,
            boolean visibleToCitizen) {}

    public record Field(String code, String nameVi, String nameEn) {}

    private final JdbcClient jdbc;
    private final Petitions petitions;
    private final PetitionPolicy policy;
    private final Deadlines deadlines;
    private final PetitionSettings settings;
    private final ReferenceCache cache;

    PetitionQueries(
            JdbcClient jdbc,
            Petitions petitions,
            PetitionPolicy policy,
            Deadlines deadlines,
            PetitionSettings settings,
            ReferenceCache cache) {
        this.cache = cache;
        this.jdbc = jdbc;
        this.petitions = petitions;
        this.policy = policy;
        this.deadlines = deadlines;
        this.settings = settings;
    }

    public QueuePage queue(QueueFilter filter, StaffMember staff) {
        return queue(filter, staff, Counting.COUNTED);
    }

    public QueuePage queue(QueueFilter filter, StaffMember staff, Counting counting) {
        if (filter.bodyId() != null && !staff.inScope(filter.bodyId())) {
            throw DomainException.forbidden("petition.body-out-of-scope");
        }
        LocalDate today = deadlines.today();
        LocalDate nearLimit = deadlines.plus(today, settings.nearDeadlineWorkingDays(), DayCount.WORKING_DAYS);
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new java.util.HashMap<>();
        // A body asked for was checked in scope above: its condition alone then bounds the rows, and the planner
        // need not weigh a scope of a hundred bodies at every page (planning took longer than the scan).
        if (!staff.allBodies() && filter.bodyId() == null) {
            where.append(" and p.body_id = any(:scope)");
            params.put("scope", staff.scope().toArray(Long[]::new));
        }
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
        String due = "p.current_due";
        if (filter.deadline() != null) {
            switch (filter.deadline()) {
                case OVERDUE -> where.append(" and ").append(due).append(" < :today");
                case NEAR -> where.append(" and ").append(due).append(" between :today and :nearLimit");
                case ON_TRACK -> where.append(" and ").append(due).append(" > :nearLimit");
            }
        }
        if (filter.query() != null && !filter.query().isBlank()) {
            String folded = VietnameseText.fold(filter.query());
            // In one body, the body-keyed trigram index finds the candidates; across every body, the trigram
            // index of search_text; over a staff member's several bodies, those bodies' rows are filtered
            // (the national index would return millions of candidates for short syllables like "dat").
            boolean acrossEverything = filter.bodyId() == null && staff.allBodies();
            String searched = acrossEverything ? "p.search_text" : "(p.search_text || '')";
            List<String> trigrams = filter.bodyId() == null ? List.of() : bodyTrigrams(filter.bodyId(), folded);
            if (!trigrams.isEmpty()) {
                where.append(" and petition.body_trigrams(p.body_id, p.search_text) @> cast(:trigrams as text[])");
                params.put("trigrams", trigrams.toArray(String[]::new));
            }
            int i = 0;
            for (String word : folded.split(" ")) {
                where.append(" and ").append(searched).append(" like :q").append(i);
                params.put(
                        "q" + i,
                        "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                i++;
            }
        }
        params.put("today", today);
        params.put("nearLimit", nearLimit);
        // Counted up to a cap: an exact count of millions of rows costs seconds and helps nobody, and even ten
        // thousand index entries counted at every page were most of the database's work for the queue.
        long countedUpTo = QueuePage.countedUpTo(filter.page(), filter.size());
        Long total = null;
        if (counting == Counting.COUNTED) {
            total = jdbc.sql("select count(*) from (select 1 from petition.petition p" + where + " limit "
                            + (countedUpTo + 1) + ") counted")
                    .params(params)
                    .query(Long.class)
                    .single();
        }
        // The page's ids first, from the ordering index alone (it carries the filtered columns), then only
        // those rows: rows skipped by the offset are never read from the table.
        List<QueueRow> rows = jdbc.sql("""
                select p.id, p.tracking_code, p.title, p.petition_type, p.field_code, p.state, p.received_on,
                       p.current_due as due, p.petitioner_name, p.identity_sealed, p.commune_code, p.body_id
                from petition.petition p
                join (select p.id from petition.petition p %s
                      order by p.current_due asc nulls last, p.received_on desc, p.id desc
                      limit :limit offset :offset) page on page.id = p.id
                order by p.current_due asc nulls last, p.received_on desc, p.id desc
                """.formatted(where))
                .params(params)
                .param("limit", filter.size() + 1)
                .param("offset", (long) filter.page() * filter.size())
                .query((rs, n) -> {
                    LocalDate dueDate = rs.getObject("due", LocalDate.class);
                    PetitionType type = PetitionType.valueOf(rs.getString("petition_type"));
                    return new QueueRow(
                            rs.getLong("id"),
                            rs.getString("tracking_code"),
                            rs.getString("title"),
                            type,
                            rs.getString("field_code"),
                            PetitionState.valueOf(rs.getString("state")),
                            rs.getObject("received_on", LocalDate.class),
                            dueDate,
                            flag(dueDate, today, nearLimit),
                            type == PetitionType.DENUNCIATION || rs.getBoolean("identity_sealed")
                                    ? null
                                    : rs.getString("petitioner_name"),
                            rs.getString("commune_code"),
                            rs.getLong("body_id"));
                })
                .list();
        boolean hasNext = rows.size() > filter.size();
        return new QueuePage(
                hasNext ? rows.subList(0, filter.size()) : rows,
                filter.page(),
                filter.size(),
                total,
                countedUpTo,
                hasNext);
    }

    /**
     * The keys of {@code petition.body_trigrams} that every petition of the body containing each word of the
     * folded query must have: the three-letter runs inside the words' letters and digits, as pg_trgm cuts them.
     */
    static List<String> bodyTrigrams(long bodyId, String folded) {
        Set<String> keys = new LinkedHashSet<>();
        for (String part : folded.split("[^a-z0-9]+")) {
            for (int at = 0; at + 3 <= part.length(); at++) {
                keys.add(bodyId + ":" + part.substring(at, at + 3));
            }
        }
        return List.copyOf(keys);
    }

    public PetitionView petition(long id, StaffMember staff) {
        Petition p = petitions.find(id).orElseThrow(() -> DomainException.notFound("petition.not-found", id));
        policy.requireVisible(staff, p.bodyId(), id);
        LocalDate today = deadlines.today();
        LocalDate nearLimit = deadlines.plus(today, settings.nearDeadlineWorkingDays(), DayCount.WORKING_DAYS);
        String relatedCode = p.relatedPetitionId() == null
                ? null
                : jdbc.sql("select tracking_code from petition.petition where id = ?")
                        .param(p.relatedPetitionId())
                        .query(String.class)
                        .optional()
                        .orElse(null);
        List<Decision> allowed = new ArrayList<>();
        if (p.state() == PetitionState.RECEIVED && policy.may(staff, PetitionPolicy.Action.PROCESS, p.bodyId())) {
            if (!(p.anonymous() && p.type() == PetitionType.DENUNCIATION)) {
                allowed.add(Decision.ACCEPT);
            }
            if (p.previousDecisionOnSameContent() != Decision.GUIDE) {
                allowed.add(Decision.GUIDE);
            }
            if (!p.arrivedByTransfer() && p.previousDecisionOnSameContent() != Decision.TRANSFER) {
                allowed.add(Decision.TRANSFER);
            }
            allowed.add(Decision.FILE);
            allowed.add(Decision.RETURN);
        }
        LocalDate resolutionDue = p.resolutionDue();
        boolean mayExtend = p.state() == PetitionState.ACCEPTED
                && p.type() != PetitionType.COMPLAINT // a complaint is lengthened by declaring it complex
                && p.extensionCount() < DeadlineRule.maxExtensions(p.type(), p.complexity())
                && (resolutionDue == null || !today.isAfter(resolutionDue))
                && policy.may(staff, PetitionPolicy.Action.RESOLVE, p.bodyId());
        LocalDate due = p.currentDue();
        return new PetitionView(
                p.storedId(),
                p.trackingCode(),
                p.bodyId(),
                p.channel(),
                p.sourceKind(),
                p.sourceName(),
                p.sourceReference(),
                p.type(),
                p.fieldCode(),
                p.instance(),
                p.anonymous(),
                p.petitionerKind(),
                p.petitionerCount(),
                p.representativeCount(),
                PetitionPolicy.sealed(p) ? null : p.visibleName(),
                p.identityCiphertext() != null,
                p.title(),
                p.content(),
                p.communeCode(),
                p.remoteArea(),
                p.complex(),
                p.receivedOn(),
                p.state(),
                p.handlerId(),
                p.processingDue(),
                p.decision(),
                p.decidedOn(),
                p.filingGround(),
                p.transferredToName(),
                p.resolutionDue(),
                p.extensionCount(),
                p.outcome(),
                p.resolvedOn(),
                p.closedOn(),
                relatedCode,
                p.relation(),
                due,
                flag(due, today, nearLimit),
                List.copyOf(allowed),
                mayExtend);
    }

    public List<TimelineEntry> timeline(long id, StaffMember staff) {
        Petition p = petitions.find(id).orElseThrow(() -> DomainException.notFound("petition.not-found", id));
        policy.requireVisible(staff, p.bodyId(), id);
        return jdbc.sql("""
                select occurred_at, occurred_on, kind, actor, from_state, to_state, note, public
                from petition.petition_event where petition_id = ? order by occurred_at, id
                """)
                .param(id)
                .query((rs, n) -> new TimelineEntry(
                        rs.getObject("occurred_at", OffsetDateTime.class),
                        rs.getObject("occurred_on", LocalDate.class),
                        rs.getString("kind"),
                        rs.getString("actor"),
                        rs.getString("from_state"),
                        rs.getString("to_state"),
                        rs.getString("note"),
                        rs.getBoolean("public")))
                .list();
    }

    public Optional<Long> idByTrackingCode(String code, StaffMember staff) {
        return petitions
                .findByTrackingCode(code)
                .filter(p -> staff.inScope(p.bodyId()))
                .map(p -> p.id());
    }

    public List<Field> fields() {
        return cache.value(
                "petition.field",
                "active",
                () -> jdbc.sql("select code, name_vi, name_en from petition.field where active order by position, code")
                        .query((rs, n) -> new Field(rs.getString(1), rs.getString(2), rs.getString(3)))
                        .list());
    }

    private static DeadlineFlag flag(@Nullable LocalDate due, LocalDate today, LocalDate nearLimit) {
        if (due == null) {
            return DeadlineFlag.NONE;
        }
        if (due.isBefore(today)) {
            return DeadlineFlag.OVERDUE;
        }
        return due.isAfter(nearLimit) ? DeadlineFlag.ON_TRACK : DeadlineFlag.NEAR;
    }
}
