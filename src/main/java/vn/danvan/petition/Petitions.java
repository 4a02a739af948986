package vn.danvan.petition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.ReferenceCache;
import vn.danvan.shared.VietnameseText;

/** The petitions of every body, with their timelines. */
@Repository
class Petitions {

    private final JdbcClient jdbc;
    private final ReferenceCache cache;

    Petitions(JdbcClient jdbc, ReferenceCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    Optional<Petition> find(long id) {
        return jdbc.sql("""
                select p.*, prev.decision as previous_decision
                from petition.petition p
                left join petition.petition prev on prev.id = p.related_petition_id and p.relation = 'RESUBMISSION_OF'
                where p.id = ?
                """).param(id).query(Petitions::map).optional();
    }

    Optional<Petition> findByTrackingCode(String code) {
        return jdbc.sql("select id from petition.petition where tracking_code = ?").param(code).query(Long.class)
                .optional().flatMap(this::find);
    }

    /** Locks the row for the rest of the transaction, so two officers cannot decide the same petition at once. */
    Petition lock(long id) {
        jdbc.sql("select id from petition.petition where id = ? for update").param(id).query(Long.class).optional()
                .orElseThrow(() -> DomainException.notFound("petition.not-found", id));
        return find(id).orElseThrow();
    }

    /** Inserts the petition and its first timeline events in one statement: intake's busiest round trip. */
    Petition add(Petition petition, @Nullable String communeName) {
        List<Petition.PetitionEvent> events = petition.drainEvents();
        var statement = events(jdbc.sql("""
                with created as (
                insert into petition.petition (tracking_code, body_id, channel, source_kind, source_name, source_reference,
                    must_report_result, petition_type, field_code, instance, anonymous, petitioner_kind, petitioner_count,
                    representative_count, petitioner_name, identity_ciphertext, title, content, province_code, commune_code,
                    remote_area, complex, received_on, state, processing_due, related_petition_id, relation, search_text)
                values (:trackingCode, :bodyId, :channel, :sourceKind, :sourceName, :sourceReference, :mustReport, :type,
                    :field, :instance, :anonymous, :petitionerKind, :petitionerCount, :representativeCount, :petitionerName,
                    :identity, :title, :content, :province, :commune, :remote, :complex, :receivedOn, :state,
                    :processingDue, :related, :relation, :searchText)
                returning id),
                timeline as (%s)
                select id from created
                """.formatted(INSERT_EVENTS.formatted("created.id", "created, "))), events)
                .param("trackingCode", petition.trackingCode).param("bodyId", petition.bodyId)
                .param("channel", petition.channel.name()).param("sourceKind", name(petition.sourceKind))
                .param("sourceName", petition.sourceName).param("sourceReference", petition.sourceReference)
                .param("mustReport", petition.mustReportResult).param("type", petition.type.name())
                .param("field", petition.fieldCode).param("instance", petition.instance.name())
                .param("anonymous", petition.anonymous).param("petitionerKind", petition.petitionerKind.name())
                .param("petitionerCount", petition.petitionerCount)
                .param("representativeCount", petition.representativeCount)
                .param("petitionerName", petition.petitionerName).param("identity", petition.identityCiphertext)
                .param("title", petition.title).param("content", petition.content)
                .param("province", petition.provinceCode).param("commune", petition.communeCode)
                .param("remote", petition.remoteArea).param("complex", petition.complex)
                .param("receivedOn", petition.receivedOn).param("state", petition.state.name())
                .param("processingDue", petition.processingDue).param("related", petition.relatedPetitionId)
                .param("relation", name(petition.relation))
                .param("searchText", searchText(petition, communeName));
        petition.id = statement.query(Long.class).single();
        return petition;
    }

    void update(Petition petition) {
        int updated = jdbc.sql("""
                update petition.petition set petition_type = :type, field_code = :field, instance = :instance,
                    anonymous = :anonymous, petitioner_name = :petitionerName, complex = :complex, state = :state,
                    handler_id = :handler, processing_due = :processingDue, decision = :decision, decided_on = :decidedOn,
                    filing_ground = :ground, transferred_to_body_id = :toBody, transferred_to_name = :toName,
                    resolution_due = :resolutionDue, extension_count = :extensions, outcome = :outcome,
                    resolved_on = :resolvedOn, closed_on = :closedOn, overdue_flagged_on = :overdueFlaggedOn,
                    search_text = case when :denunciation then regexp_replace(search_text, ' \\| .*$', '') else search_text end,
                    version = version + 1
                where id = :id and version = :version
                """)
                .param("type", petition.type.name()).param("field", petition.fieldCode)
                .param("instance", petition.instance.name()).param("anonymous", petition.anonymous)
                .param("petitionerName", petition.petitionerName).param("complex", petition.complex)
                .param("state", petition.state.name()).param("handler", petition.handlerId)
                .param("processingDue", petition.processingDue).param("decision", name(petition.decision))
                .param("decidedOn", petition.decidedOn).param("ground", name(petition.filingGround))
                .param("toBody", petition.transferredToBodyId).param("toName", petition.transferredToName)
                .param("resolutionDue", petition.resolutionDue).param("extensions", petition.extensionCount)
                .param("outcome", name(petition.outcome)).param("resolvedOn", petition.resolvedOn)
                .param("closedOn", petition.closedOn).param("overdueFlaggedOn", petition.overdueFlaggedOn)
                .param("denunciation", petition.type == PetitionType.DENUNCIATION || petition.anonymous)
                .param("id", petition.id).param("version", petition.version)
                .update();
        if (updated != 1) {
            throw DomainException.conflict("petition.changed-concurrently");
        }
        petition.version++;
        appendEvents(petition);
    }

    /** Timeline events from arrays bound by {@link #events}; formatted with the petition id and a FROM item. */
    private static final String INSERT_EVENTS = """
            insert into petition.petition_event (petition_id, occurred_on, kind, actor, from_state, to_state, note, public)
            select %s, cast(event.occurred_on as date), event.kind, :actor, event.from_state, event.to_state,
                   event.note, event.public
            from %sunnest(cast(:eventOn as text[]), cast(:eventKind as text[]), cast(:eventFrom as text[]),
                          cast(:eventTo as text[]), cast(:eventNote as text[]), cast(:eventPublic as boolean[]))
                 as event(occurred_on, kind, from_state, to_state, note, public)
            """;

    private void appendEvents(Petition petition) {
        List<Petition.PetitionEvent> events = petition.drainEvents();
        if (!events.isEmpty()) {
            events(jdbc.sql(INSERT_EVENTS.formatted(":petitionId", "")), events).param("petitionId", petition.id).update();
        }
    }

    /** Binds the events' columns as arrays, and the acting user, for {@link #INSERT_EVENTS}. */
    private static JdbcClient.StatementSpec events(JdbcClient.StatementSpec statement, List<Petition.PetitionEvent> events) {
        return statement.param("actor", AuditTrail.currentActor())
                .param("eventOn", events.stream().map(event -> event.on().toString()).toArray(String[]::new))
                .param("eventKind", events.stream().map(event -> event.kind().name()).toArray(String[]::new))
                .param("eventFrom", events.stream().map(event -> name(event.from())).toArray(String[]::new))
                .param("eventTo", events.stream().map(event -> name(event.to())).toArray(String[]::new))
                .param("eventNote", events.stream().map(Petition.PetitionEvent::note).toArray(String[]::new))
                .param("eventPublic", events.stream().map(Petition.PetitionEvent::visibleToCitizen).toArray(Boolean[]::new));
    }

    /** Writes on the original petition that the body it was transferred to reported its result. */
    void resultReported(long originId, LocalDate on, String note) {
        jdbc.sql("""
                insert into petition.petition_event (petition_id, occurred_on, kind, actor, note, public)
                values (?, ?, 'RESULT_REPORTED', ?, ?, true)
                """).params(originId, on, AuditTrail.currentActor(), note).update();
    }

    List<Long> withDeadlineBefore(LocalDate today) {
        return jdbc.sql("""
                select id from petition.petition
                where (state = 'RECEIVED' and processing_due < :today and (overdue_flagged_on is null or overdue_flagged_on < processing_due))
                   or (state = 'ACCEPTED' and resolution_due < :today and (overdue_flagged_on is null or overdue_flagged_on < resolution_due))
                order by id
                """).param("today", today).query(Long.class).list();
    }

    Optional<Long> idempotentCreate(String actor, String key) {
        return jdbc.sql("select petition_id from petition.idempotency_key where actor = ? and key = ?")
                .params(actor, key).query(Long.class).optional();
    }

    void rememberIdempotencyKey(String actor, String key, long petitionId) {
        jdbc.sql("insert into petition.idempotency_key (actor, key, petition_id) values (?, ?, ?)")
                .params(actor, key, petitionId).update();
    }

    Map<String, Object> fieldNames(String code) {
        return jdbc.sql("select name_vi, name_en from petition.field where code = ?").param(code).query().singleRow();
    }

    boolean fieldExists(String code) {
        return cache.get("petition.field", "active|" + code, () -> Optional.of(true).filter(yes -> jdbc
                .sql("select count(*) from petition.field where code = ? and active").param(code)
                .query(Integer.class).single() > 0)).isPresent();
    }

    /**
     * The folded text the queue search runs over. Personal names come last, after " | ", and never for
     * a denunciation or an anonymous petition, so search cannot reach a denouncer's identity.
     */
    static String searchText(Petition petition, @Nullable String communeName) {
        StringBuilder text = new StringBuilder()
                .append(petition.trackingCode).append(' ').append(petition.title).append(' ').append(petition.content);
        if (communeName != null) {
            text.append(' ').append(communeName);
        }
        if (petition.petitionerName != null && petition.type != PetitionType.DENUNCIATION && !petition.anonymous) {
            text.append(" | ").append(petition.petitionerName);
        }
        return VietnameseText.fold(text.toString());
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Petition map(ResultSet rs, int row) throws SQLException {
        var petition = new Petition(rs.getString("tracking_code"), rs.getLong("body_id"),
                Channel.valueOf(rs.getString("channel")), PetitionType.valueOf(rs.getString("petition_type")),
                rs.getString("field_code"), Instance.valueOf(rs.getString("instance")),
                PetitionerKind.valueOf(rs.getString("petitioner_kind")), rs.getString("title"), rs.getString("content"),
                rs.getObject("received_on", LocalDate.class), rs.getObject("processing_due", LocalDate.class));
        petition.id = rs.getLong("id");
        petition.sourceKind = enumOrNull(SourceKind.class, rs.getString("source_kind"));
        petition.sourceName = rs.getString("source_name");
        petition.sourceReference = rs.getString("source_reference");
        petition.mustReportResult = rs.getBoolean("must_report_result");
        petition.anonymous = rs.getBoolean("anonymous");
        petition.petitionerCount = rs.getInt("petitioner_count");
        petition.representativeCount = rs.getInt("representative_count");
        petition.petitionerName = rs.getString("petitioner_name");
        petition.identityCiphertext = rs.getBytes("identity_ciphertext");
        petition.provinceCode = rs.getString("province_code");
        petition.communeCode = rs.getString("commune_code");
        petition.remoteArea = rs.getBoolean("remote_area");
        petition.complex = rs.getBoolean("complex");
        petition.relatedPetitionId = rs.getObject("related_petition_id", Long.class);
        petition.relation = enumOrNull(Relation.class, rs.getString("relation"));
        petition.state = PetitionState.valueOf(rs.getString("state"));
        petition.handlerId = rs.getObject("handler_id", Long.class);
        petition.decision = enumOrNull(Decision.class, rs.getString("decision"));
        petition.decidedOn = rs.getObject("decided_on", LocalDate.class);
        petition.filingGround = enumOrNull(FilingGround.class, rs.getString("filing_ground"));
        petition.transferredToBodyId = rs.getObject("transferred_to_body_id", Long.class);
        petition.transferredToName = rs.getString("transferred_to_name");
        petition.resolutionDue = rs.getObject("resolution_due", LocalDate.class);
        petition.extensionCount = rs.getInt("extension_count");
        petition.outcome = enumOrNull(Outcome.class, rs.getString("outcome"));
        petition.resolvedOn = rs.getObject("resolved_on", LocalDate.class);
        petition.closedOn = rs.getObject("closed_on", LocalDate.class);
        petition.overdueFlaggedOn = rs.getObject("overdue_flagged_on", LocalDate.class);
        petition.version = rs.getInt("version");
        petition.previousDecisionOnSameContent = enumOrNull(Decision.class, rs.getString("previous_decision"));
        return petition;
    }

    private static <E extends Enum<E>> @Nullable E enumOrNull(Class<E> type, @Nullable String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}
