package vn.danvan.petition.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.petition.Channel;
import vn.danvan.petition.ComplaintParticulars;
import vn.danvan.petition.ComplaintSubject;
import vn.danvan.petition.Complexity;
import vn.danvan.petition.ComplexityCriterion;
import vn.danvan.petition.Decision;
import vn.danvan.petition.DecisionKind;
import vn.danvan.petition.FilingGround;
import vn.danvan.petition.Instance;
import vn.danvan.petition.Outcome;
import vn.danvan.petition.PetitionState;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.PetitionerKind;
import vn.danvan.petition.Relation;
import vn.danvan.petition.SourceKind;
import vn.danvan.petition.SuspensionGround;
import vn.danvan.petition.TerminationGround;
import vn.danvan.petition.domain.Petition;
import vn.danvan.petition.domain.PetitionPolicy;
import vn.danvan.petition.domain.TrackingCodes;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.ReferenceCache;
import vn.danvan.shared.VietnameseText;

/** The petitions of every body, with their timelines. */
@Repository
public class Petitions {

    private final JdbcClient jdbc;
    private final ReferenceCache cache;
    private final TrackingCodes trackingCodes;

    Petitions(JdbcClient jdbc, ReferenceCache cache, TrackingCodes trackingCodes) {
        this.jdbc = jdbc;
        this.cache = cache;
        this.trackingCodes = trackingCodes;
    }

    public Optional<Petition> find(long id) {
        return jdbc.sql("""
                select p.*, prev.decision as previous_decision
                from petition.petition p
                left join petition.petition prev on prev.id = p.related_petition_id and p.relation = 'RESUBMISSION_OF'
                where p.id = ?
                """).param(id).query(Petitions::map).optional();
    }

    /** By the code as a person typed it: case, spaces and dashes do not matter ({@link TrackingCodes#normalise}). */
    public Optional<Petition> findByTrackingCode(String code) {
        return jdbc.sql("select id from petition.petition where tracking_code = ?")
                .param(TrackingCodes.normalise(code))
                .query(Long.class)
                .optional()
                .flatMap(this::find);
    }

    /** Locks the row for the rest of the transaction, so two officers cannot decide the same petition at once. */
    public Petition lock(long id) {
        jdbc.sql("select id from petition.petition where id = ? for update")
                .param(id)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> DomainException.notFound("petition.not-found", id));
        return find(id).orElseThrow();
    }

    /** A petition to insert, with the commune's name for its search text and who registers it. */
    public record NewPetition(Petition petition, @Nullable String communeName, String actor) {}

    /** Inserts the petition and its first timeline events in one statement: intake's busiest round trip. */
    public Petition add(Petition petition, @Nullable String communeName) {
        addAll(List.of(new NewPetition(petition, communeName, AuditTrail.currentActor())));
        return petition;
    }

    /**
     * Inserts petitions and their first timeline events in one statement, whatever their number (a batch of
     * online submissions written together: {@code GroupCommit}), and sets their ids.
     */
    public void addAll(List<NewPetition> added) {
        // Drained once: a petition whose code was taken is inserted again with the same events.
        Map<Petition, List<Petition.PetitionEvent>> events = added.stream()
                .collect(Collectors.toMap(
                        NewPetition::petition,
                        petition -> petition.petition().drainEvents(),
                        (a, b) -> a,
                        IdentityHashMap::new));
        List<NewPetition> waiting = added;
        while (!waiting.isEmpty()) {
            Map<String, Long> ids = inserted(waiting, events);
            List<NewPetition> collided = new ArrayList<>();
            for (NewPetition petition : waiting) {
                Long id = ids.get(petition.petition().trackingCode());
                if (id == null) {
                    // Another petition of the year drew the same random code: draw again.
                    petition.petition()
                            .redrawTrackingCode(
                                    trackingCodes.next(petition.petition().receivedOn()));
                    collided.add(petition);
                } else {
                    petition.petition().stored(id);
                }
            }
            waiting = collided;
        }
    }

    /** Inserts what it can; a petition whose tracking code is taken is left out (no id for its code). */
    private Map<String, Long> inserted(List<NewPetition> added, Map<Petition, List<Petition.PetitionEvent>> events) {
        List<Petition> rows = added.stream().map(NewPetition::petition).toList();
        List<EventRow> eventRows = added.stream()
                .flatMap(petition -> Objects.requireNonNull(
                                events.get(petition.petition()),
                                "the events of every added petition were drained first")
                        .stream()
                        .map(event -> new EventRow(petition.petition().trackingCode(), petition.actor(), event)))
                .toList();
        Map<String, Long> ids = new HashMap<>();
        events(
                        jdbc.sql("""
                with created as (
                insert into petition.petition (tracking_code, body_id, channel, source_kind, source_name, source_reference,
                    must_report_result, petition_type, field_code, instance, anonymous, petitioner_kind, petitioner_count,
                    representative_count, petitioner_name, identity_ciphertext, identity_sealed, title, content, province_code, commune_code,
                    remote_area, complex, received_on, state, processing_due, related_petition_id, relation, search_text,
                    publish_answer, latitude, longitude)
                select tracking_code, body_id, channel, source_kind, source_name, source_reference, must_report, type, field,
                    instance, anonymous, petitioner_kind, petitioner_count, representative_count, petitioner_name,
                    decode(identity, 'base64'), sealed, title, content, province, commune, remote, complex, received_on, state,
                    processing_due, related, relation, search_text, publish_answer, latitude, longitude
                from unnest(cast(:trackingCode as text[]), cast(:bodyId as bigint[]), cast(:channel as text[]),
                    cast(:sourceKind as text[]), cast(:sourceName as text[]), cast(:sourceReference as text[]),
                    cast(:mustReport as boolean[]), cast(:type as text[]), cast(:field as text[]), cast(:instance as text[]),
                    cast(:anonymous as boolean[]), cast(:petitionerKind as text[]), cast(:petitionerCount as int[]),
                    cast(:representativeCount as int[]), cast(:petitionerName as text[]), cast(:identity as text[]),
                    cast(:sealed as boolean[]),
                    cast(:title as text[]), cast(:content as text[]), cast(:province as text[]), cast(:commune as text[]),
                    cast(:remote as boolean[]), cast(:complex as boolean[]), cast(:receivedOn as date[]),
                    cast(:state as text[]), cast(:processingDue as date[]), cast(:related as bigint[]),
                    cast(:relation as text[]), cast(:searchText as text[]), cast(:publishAnswer as boolean[]),
                    cast(:latitude as numeric[]), cast(:longitude as numeric[]))
                    as row(tracking_code, body_id, channel, source_kind, source_name, source_reference, must_report, type,
                        field, instance, anonymous, petitioner_kind, petitioner_count, representative_count,
                        petitioner_name, identity, sealed, title, content, province, commune, remote, complex, received_on, state,
                        processing_due, related, relation, search_text, publish_answer, latitude, longitude)
                on conflict (tracking_code) do nothing
                returning id, tracking_code),
                timeline as (%s)
                select id, tracking_code from created
                """.formatted(INSERT_EVENTS.formatted(
                                "created.id", "join created on created.tracking_code = event.petition_key"))),
                        eventRows)
                .param("trackingCode", column(rows, p -> p.trackingCode()))
                .param("bodyId", rows.stream().map(p -> p.bodyId()).toArray(Long[]::new))
                .param("channel", column(rows, p -> p.channel().name()))
                .param("sourceKind", column(rows, p -> name(p.sourceKind())))
                .param("sourceName", column(rows, p -> p.sourceName()))
                .param("sourceReference", column(rows, p -> p.sourceReference()))
                .param("mustReport", flags(rows, p -> p.mustReportResult()))
                .param("type", column(rows, p -> p.type().name()))
                .param("field", column(rows, p -> p.fieldCode()))
                .param("instance", column(rows, p -> p.instance().name()))
                .param("anonymous", flags(rows, p -> p.anonymous()))
                .param("petitionerKind", column(rows, p -> p.petitionerKind().name()))
                .param(
                        "petitionerCount",
                        rows.stream().map(p -> p.petitionerCount()).toArray(Integer[]::new))
                .param(
                        "representativeCount",
                        rows.stream().map(p -> p.representativeCount()).toArray(Integer[]::new))
                .param("petitionerName", column(rows, p -> p.petitionerName()))
                .param(
                        "identity",
                        column(
                                rows,
                                p -> p.identityCiphertext() == null
                                        ? null
                                        : Base64.getEncoder().encodeToString(p.identityCiphertext())))
                .param("sealed", flags(rows, PetitionPolicy::sealed))
                .param("title", column(rows, p -> p.title()))
                .param("content", column(rows, p -> p.content()))
                .param("province", column(rows, p -> p.provinceCode()))
                .param("commune", column(rows, p -> p.communeCode()))
                .param("remote", flags(rows, p -> p.remoteArea()))
                .param("complex", flags(rows, p -> p.complex()))
                .param("receivedOn", column(rows, p -> p.receivedOn().toString()))
                .param("state", column(rows, p -> p.state().name()))
                .param("processingDue", column(rows, p -> p.processingDue().toString()))
                .param("related", rows.stream().map(p -> p.relatedPetitionId()).toArray(Long[]::new))
                .param("relation", column(rows, p -> name(p.relation())))
                .param(
                        "searchText",
                        added.stream()
                                .map(p -> searchText(p.petition(), p.communeName()))
                                .toArray(String[]::new))
                .param("publishAnswer", flags(rows, p -> p.publishAnswer()))
                .param(
                        "latitude",
                        column(
                                rows,
                                p -> p.latitude() == null ? null : p.latitude().toPlainString()))
                .param(
                        "longitude",
                        column(
                                rows,
                                p -> p.longitude() == null
                                        ? null
                                        : p.longitude().toPlainString()))
                .query(rs -> {
                    ids.put(rs.getString(2), rs.getLong(1));
                });
        return ids;
    }

    private static String[] column(List<Petition> rows, Function<Petition, @Nullable String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }

    private static Boolean[] flags(List<Petition> rows, Function<Petition, Boolean> value) {
        return rows.stream().map(value).toArray(Boolean[]::new);
    }

    /**
     * Seals every petition that carries the same identity as this sealed one: those it derives from and those
     * derived from it (parts, transferred copies, reopened cases, later instances, followed both ways) and those
     * holding the same sealed value. Their names leave the clear columns and the search text, and their answers
     * are no longer published. Returns those it sealed (none when they were sealed already).
     */
    public List<Long> sealLinked(long petitionId) {
        List<Long> sealed =
                jdbc.sql("""
                with recursive linked(id) as (
                    select cast(:id as bigint)
                    union
                    select p.id from linked l
                    join petition.petition self on self.id = l.id
                    join petition.petition p on p.related_petition_id = l.id or p.id = self.related_petition_id
                )
                update petition.petition p set identity_sealed = true, petitioner_name = null,
                    search_text = regexp_replace(p.search_text, ' \\| .*$', '')
                where not p.identity_sealed
                  and (p.id in (select id from linked)
                       or (p.identity_ciphertext is not null and p.identity_ciphertext
                           = (select identity_ciphertext from petition.petition where id = :id)))
                returning p.id
                """).param("id", petitionId).query(Long.class).list();
        if (!sealed.isEmpty()) {
            jdbc.sql("delete from petition.published_answer where petition_id = any(:ids)")
                    .param("ids", sealed.toArray(Long[]::new))
                    .update();
        }
        return sealed;
    }

    public void update(Petition petition) {
        int updated = jdbc.sql("""
                update petition.petition set petition_type = :type, field_code = :field, instance = :instance,
                    anonymous = :anonymous, petitioner_name = :petitionerName,
                    identity_sealed = identity_sealed or :sealed, complex = :complex, state = :state,
                    handler_id = :handler, processing_due = :processingDue, decision = :decision, decided_on = :decidedOn,
                    filing_ground = :ground, transferred_to_body_id = :toBody, transferred_to_name = :toName,
                    resolution_due = :resolutionDue, extension_count = :extensions, outcome = :outcome,
                    resolved_on = :resolvedOn, closed_on = :closedOn, overdue_flagged_on = :overdueFlaggedOn,
                    search_text = case when :denunciation then regexp_replace(search_text, ' \\| .*$', '') else search_text end,
                    version = version + 1
                where id = :id and version = :version
                """)
                .param("type", petition.type().name())
                .param("field", petition.fieldCode())
                .param("instance", petition.instance().name())
                .param("anonymous", petition.anonymous())
                .param("petitionerName", petition.petitionerName())
                .param("complex", petition.complex())
                .param("state", petition.state().name())
                .param("handler", petition.handlerId())
                .param("processingDue", petition.processingDue())
                .param("decision", name(petition.decision()))
                .param("decidedOn", petition.decidedOn())
                .param("ground", name(petition.filingGround()))
                .param("toBody", petition.transferredToBodyId())
                .param("toName", petition.transferredToName())
                .param("resolutionDue", petition.resolutionDue())
                .param("extensions", petition.extensionCount())
                .param("outcome", name(petition.outcome()))
                .param("resolvedOn", petition.resolvedOn())
                .param("closedOn", petition.closedOn())
                .param("overdueFlaggedOn", petition.overdueFlaggedOn())
                .param("sealed", PetitionPolicy.sealed(petition))
                .param("denunciation", PetitionPolicy.sealed(petition) || petition.anonymous())
                .param("id", petition.id())
                .param("version", petition.version())
                .update();
        if (updated != 1) {
            throw DomainException.conflict("petition.changed-concurrently");
        }
        petition.versionWritten();
        updateComplaintRecord(petition);
        appendEvents(petition);
    }

    /** The columns of a complaint's legal paths, written beside the core ones (same locked row, same transaction). */
    private void updateComplaintRecord(Petition petition) {
        Petition.ComplaintRecord c = petition.complaintRecord();
        jdbc.sql("""
                update petition.petition set complexity = :complexity, complexity_criteria = cast(:criteria as text[]),
                    complexity_reason = :complexityReason, complexity_declared_on = :complexityDeclaredOn,
                    complaint_subject = :subject, dismissal = :dismissal, learned_on = :learnedOn,
                    first_decision_received_on = :firstDecisionReceivedOn,
                    obstacle_from = cast(:obstacleFrom as date[]), obstacle_to = cast(:obstacleTo as date[]),
                    obstacle_reason = cast(:obstacleReason as text[]), signature_count = :signatureCount,
                    representatives_appointed = :appointed, suspended_on = :suspendedOn,
                    suspension_ground = :suspensionGround, resumed_on = :resumedOn,
                    termination_ground = :terminationGround, withdrawn_count = :withdrawnCount,
                    withdrawn_content = :withdrawnContent, withdrawal_coerced = :coerced,
                    pending_decision = :pendingDecision, decision_issued_on = :decisionIssuedOn,
                    decision_sending_due = :decisionSendingDue, decision_sent_on = :decisionSentOn
                where id = :id
                """)
                .param("complexity", c.complexity().name())
                .param(
                        "criteria",
                        c.complexityCriteria().stream().map(Enum::name).toArray(String[]::new))
                .param("complexityReason", c.complexityReason())
                .param("complexityDeclaredOn", c.complexityDeclaredOn())
                .param("subject", c.subject().name())
                .param("dismissal", c.dismissal())
                .param("learnedOn", c.learnedOn())
                .param("firstDecisionReceivedOn", c.firstDecisionReceivedOn())
                .param(
                        "obstacleFrom",
                        c.obstacles().stream().map(o -> o.from().toString()).toArray(String[]::new))
                .param(
                        "obstacleTo",
                        c.obstacles().stream().map(o -> o.to().toString()).toArray(String[]::new))
                .param(
                        "obstacleReason",
                        c.obstacles().stream().map(o -> o.reason()).toArray(String[]::new))
                .param("signatureCount", c.signatureCount())
                .param("appointed", c.representativesAppointedInWriting())
                .param("suspendedOn", c.suspendedOn())
                .param("suspensionGround", name(c.suspensionGround()))
                .param("resumedOn", c.resumedOn())
                .param("terminationGround", name(c.terminationGround()))
                .param("withdrawnCount", c.withdrawnCount())
                .param("withdrawnContent", c.withdrawnContent())
                .param("coerced", c.withdrawalCoerced())
                .param("pendingDecision", name(c.pendingDecision()))
                .param("decisionIssuedOn", c.decisionIssuedOn())
                .param("decisionSendingDue", c.decisionSendingDue())
                .param("decisionSentOn", c.decisionSentOn())
                .param("id", petition.storedId())
                .update();
    }

    private static Petition.ComplaintRecord complaintRecord(ResultSet rs) throws SQLException {
        Set<ComplexityCriterion> criteria = EnumSet.noneOf(ComplexityCriterion.class);
        for (String criterion : strings(rs, "complexity_criteria")) {
            criteria.add(ComplexityCriterion.valueOf(criterion));
        }
        String[] from = strings(rs, "obstacle_from");
        String[] to = strings(rs, "obstacle_to");
        String[] reason = strings(rs, "obstacle_reason");
        List<ComplaintParticulars.Obstacle> obstacles = new ArrayList<>();
        for (int i = 0; i < from.length; i++) {
            obstacles.add(
                    new ComplaintParticulars.Obstacle(LocalDate.parse(from[i]), LocalDate.parse(to[i]), reason[i]));
        }
        return new Petition.ComplaintRecord(
                Complexity.valueOf(rs.getString("complexity")),
                criteria,
                rs.getString("complexity_reason"),
                rs.getObject("complexity_declared_on", LocalDate.class),
                ComplaintSubject.valueOf(rs.getString("complaint_subject")),
                rs.getBoolean("dismissal"),
                rs.getObject("learned_on", LocalDate.class),
                rs.getObject("first_decision_received_on", LocalDate.class),
                obstacles,
                rs.getObject("signature_count", Integer.class),
                rs.getBoolean("representatives_appointed"),
                rs.getObject("suspended_on", LocalDate.class),
                enumOrNull(SuspensionGround.class, rs.getString("suspension_ground")),
                rs.getObject("resumed_on", LocalDate.class),
                enumOrNull(TerminationGround.class, rs.getString("termination_ground")),
                rs.getInt("withdrawn_count"),
                rs.getString("withdrawn_content"),
                rs.getBoolean("withdrawal_coerced"),
                enumOrNull(DecisionKind.class, rs.getString("pending_decision")),
                rs.getObject("decision_issued_on", LocalDate.class),
                rs.getObject("decision_sending_due", LocalDate.class),
                rs.getObject("decision_sent_on", LocalDate.class));
    }

    /** A text or date array column as strings (dates in ISO form). */
    private static String[] strings(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        if (array == null) {
            return new String[0];
        }
        Object[] values = (Object[]) array.getArray();
        String[] result = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            result[i] = value instanceof java.sql.Date date ? date.toLocalDate().toString() : String.valueOf(value);
        }
        return result;
    }

    /**
     * Timeline events from arrays bound by {@link #events}, each with the key of its petition; formatted with
     * the petition id taken from that key and what the key is joined to.
     */
    private static final String INSERT_EVENTS = """
            insert into petition.petition_event (petition_id, occurred_on, kind, actor, from_state, to_state, note, public)
            select %s, cast(event.occurred_on as date), event.kind, event.actor, event.from_state, event.to_state,
                   event.note, event.public
            from unnest(cast(:eventKey as text[]), cast(:eventActor as text[]), cast(:eventOn as text[]),
                        cast(:eventKind as text[]), cast(:eventFrom as text[]), cast(:eventTo as text[]),
                        cast(:eventNote as text[]), cast(:eventPublic as boolean[]))
                 as event(petition_key, actor, occurred_on, kind, from_state, to_state, note, public)
            %s""";

    /** A timeline event to insert, with the key of its petition (id or tracking code) and who acted. */
    private record EventRow(String petitionKey, String actor, Petition.PetitionEvent event) {}

    private void appendEvents(Petition petition) {
        String actor = AuditTrail.currentActor();
        List<EventRow> events = petition.drainEvents().stream()
                .map(event -> new EventRow(String.valueOf(petition.id()), actor, event))
                .toList();
        if (!events.isEmpty()) {
            events(jdbc.sql(INSERT_EVENTS.formatted("cast(event.petition_key as bigint)", "")), events)
                    .update();
        }
    }

    /** Binds the events' columns as arrays for {@link #INSERT_EVENTS}. */
    private static JdbcClient.StatementSpec events(JdbcClient.StatementSpec statement, List<EventRow> rows) {
        return statement
                .param("eventKey", rows.stream().map(EventRow::petitionKey).toArray(String[]::new))
                .param("eventActor", rows.stream().map(EventRow::actor).toArray(String[]::new))
                .param(
                        "eventOn",
                        rows.stream().map(row -> row.event().on().toString()).toArray(String[]::new))
                .param(
                        "eventKind",
                        rows.stream().map(row -> row.event().kind().name()).toArray(String[]::new))
                .param(
                        "eventFrom",
                        rows.stream().map(row -> name(row.event().from())).toArray(String[]::new))
                .param(
                        "eventTo",
                        rows.stream().map(row -> name(row.event().to())).toArray(String[]::new))
                .param("eventNote", rows.stream().map(row -> row.event().note()).toArray(String[]::new))
                .param(
                        "eventPublic",
                        rows.stream().map(row -> row.event().visibleToCitizen()).toArray(Boolean[]::new));
    }

    /** Writes on the original petition that the body it was transferred to reported its result. */
    public void resultReported(long originId, LocalDate on, String note) {
        jdbc.sql("""
                insert into petition.petition_event (petition_id, occurred_on, kind, actor, note, public)
                values (?, ?, 'RESULT_REPORTED', ?, ?, true)
                """).params(originId, on, AuditTrail.currentActor(), note).update();
    }

    public List<Long> withDeadlineBefore(LocalDate today) {
        return jdbc.sql("""
                select id from petition.petition
                where (state = 'RECEIVED' and processing_due < :today and (overdue_flagged_on is null or overdue_flagged_on < processing_due))
                   or (state = 'ACCEPTED' and suspended_on is null and resolution_due < :today and (overdue_flagged_on is null or overdue_flagged_on < resolution_due))
                order by id
                """).param("today", today).query(Long.class).list();
    }

    /** The petition an actor's idempotency key made and the hash of the request that made it. */
    public record IdempotentCreate(long petitionId, byte @Nullable [] requestHash) {}

    /**
     * Waits for a request with the same actor and key in another transaction to finish, then reads what the key
     * made: repeats racing each other run one after another, the first creates, the others find it.
     */
    public Optional<IdempotentCreate> lockIdempotencyKey(String actor, String key) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('petition.idempotency|' || ? || '|' || ?, 0))")
                .params(actor, key)
                .query(Object.class)
                .single();
        return jdbc.sql("select petition_id, request_hash from petition.idempotency_key where actor = ? and key = ?")
                .params(actor, key)
                .query((rs, n) -> new IdempotentCreate(rs.getLong(1), rs.getBytes(2)))
                .optional();
    }

    public void rememberIdempotencyKey(String actor, String key, byte[] requestHash, long petitionId) {
        jdbc.sql("insert into petition.idempotency_key (actor, key, request_hash, petition_id) values (?, ?, ?, ?)")
                .params(actor, key, requestHash, petitionId)
                .update();
    }

    public Map<String, Object> fieldNames(String code) {
        return jdbc.sql("select name_vi, name_en from petition.field where code = ?")
                .param(code)
                .query()
                .singleRow();
    }

    public boolean fieldExists(String code) {
        return cache.get(
                        "petition.field",
                        "active|" + code,
                        () -> Optional.of(true)
                                .filter(yes -> jdbc.sql("select count(*) from petition.field where code = ? and active")
                                                .param(code)
                                                .query(Integer.class)
                                                .single()
                                        > 0))
                .isPresent();
    }

    /**
     * The folded text the queue search runs over. Personal names come last, after " | ", and never for
     * a sealed identity (a denouncer's, whatever the type now) or an anonymous petition, so search cannot reach it.
     */
    public static String searchText(Petition petition, @Nullable String communeName) {
        StringBuilder text = new StringBuilder()
                .append(petition.trackingCode())
                .append(' ')
                .append(petition.title())
                .append(' ')
                .append(petition.content());
        if (communeName != null) {
            text.append(' ').append(communeName);
        }
        String name = PetitionPolicy.sealed(petition) ? null : petition.visibleName();
        if (name != null) {
            text.append(" | ").append(name);
        }
        return VietnameseText.fold(text.toString());
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Petition map(ResultSet rs, int row) throws SQLException {
        Petition petition = Petition.restore(new Petition.Stored(
                rs.getLong("id"),
                rs.getString("tracking_code"),
                rs.getLong("body_id"),
                Channel.valueOf(rs.getString("channel")),
                enumOrNull(SourceKind.class, rs.getString("source_kind")),
                rs.getString("source_name"),
                rs.getString("source_reference"),
                rs.getBoolean("must_report_result"),
                PetitionType.valueOf(rs.getString("petition_type")),
                rs.getString("field_code"),
                Instance.valueOf(rs.getString("instance")),
                rs.getBoolean("anonymous"),
                PetitionerKind.valueOf(rs.getString("petitioner_kind")),
                rs.getInt("petitioner_count"),
                rs.getInt("representative_count"),
                rs.getString("petitioner_name"),
                rs.getBytes("identity_ciphertext"),
                rs.getBoolean("identity_sealed"),
                rs.getString("title"),
                rs.getString("content"),
                rs.getString("province_code"),
                rs.getString("commune_code"),
                rs.getBoolean("remote_area"),
                rs.getBoolean("complex"),
                rs.getObject("received_on", LocalDate.class),
                rs.getObject("related_petition_id", Long.class),
                enumOrNull(Relation.class, rs.getString("relation")),
                false,
                null,
                null, // read by the views, never changed after intake
                PetitionState.valueOf(rs.getString("state")),
                rs.getObject("handler_id", Long.class),
                rs.getObject("processing_due", LocalDate.class),
                enumOrNull(Decision.class, rs.getString("decision")),
                rs.getObject("decided_on", LocalDate.class),
                enumOrNull(FilingGround.class, rs.getString("filing_ground")),
                rs.getObject("transferred_to_body_id", Long.class),
                rs.getString("transferred_to_name"),
                rs.getObject("resolution_due", LocalDate.class),
                rs.getInt("extension_count"),
                enumOrNull(Outcome.class, rs.getString("outcome")),
                rs.getObject("resolved_on", LocalDate.class),
                rs.getObject("closed_on", LocalDate.class),
                rs.getObject("overdue_flagged_on", LocalDate.class),
                rs.getInt("version"),
                enumOrNull(Decision.class, rs.getString("previous_decision"))));
        petition.restoreComplaintRecord(complaintRecord(rs));
        return petition;
    }

    private static <E extends Enum<E>> @Nullable E enumOrNull(Class<E> type, @Nullable String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}
