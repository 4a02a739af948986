package vn.danvan.petition;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.petition.domain.Deadlines;
import vn.danvan.petition.domain.IdentityVault;
import vn.danvan.petition.domain.PersonalDataMask;
import vn.danvan.petition.domain.Petition;
import vn.danvan.petition.domain.PetitionHandling;
import vn.danvan.petition.domain.TrackingCodes;
import vn.danvan.petition.persistence.PetitionAttachments;
import vn.danvan.petition.persistence.Petitions;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.VietnameseText;

/**
 * The citizens' side of the petition module: petitions sent online (portal, Open311 clients) without a
 * staff login, tracking by code, published answers and reopening. Who may do this (rate limits, consent,
 * API keys, accounts) is the portal's concern; this class keeps the petition's own rules.
 */
@Service
@Transactional
public class CitizenDesk {

    /** A petition as a citizen sends it; the portal has already chosen the competent body. */
    public record OnlineSubmission(
            long bodyId,
            Channel channel,
            PetitionType type,
            String fieldCode,
            String title,
            String content,
            @Nullable String communeCode,
            @Nullable BigDecimal latitude,
            @Nullable BigDecimal longitude,
            boolean anonymous,
            @Nullable PetitionerIdentity petitioner,
            boolean publishAnswer) {}

    /** What anyone holding the tracking code may see: no personal data, no internal notes. */
    public record PublicCase(
            long id,
            String trackingCode,
            PetitionType type,
            String fieldCode,
            PetitionState state,
            LocalDate receivedOn,
            long bodyId,
            @Nullable LocalDate expectedOn,
            @Nullable Outcome outcome,
            @Nullable LocalDate resolvedOn,
            @Nullable LocalDate closedOn,
            @Nullable String answer,
            @Nullable String communeCode,
            @Nullable BigDecimal latitude,
            @Nullable BigDecimal longitude,
            String title,
            List<PublicEvent> events,
            boolean identitySealed) {

        public boolean finished() {
            return state == PetitionState.RESOLVED || state == PetitionState.CLOSED;
        }

        public @Nullable LocalDate finishedOn() {
            return resolvedOn != null ? resolvedOn : closedOn;
        }
    }

    public record PublicEvent(
            LocalDate on, String kind, @Nullable String note) {}

    public record AnswerFilter(
            @Nullable String provinceCode,
            @Nullable String communeCode,
            @Nullable String fieldCode,
            @Nullable String query,
            int page,
            int size) {
        public AnswerFilter {
            page = Math.max(page, 0);
            size = size <= 0 ? 20 : Math.min(size, 50);
        }
    }

    public record PublishedAnswer(
            String trackingCode,
            PetitionType type,
            String fieldCode,
            @Nullable String communeCode,
            long bodyId,
            String title,
            String content,
            String answer,
            LocalDate receivedOn,
            LocalDate answeredOn) {}

    public record AnswerPage(List<PublishedAnswer> rows, int page, int size, long total) {
        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    /**
     * A selection of feedback and recommendations for API clients (Open311): by codes, or by type × field,
     * period and open/closed. Complaints and denunciations never leave through this door, nor any case that
     * was not sent online by an author who agreed to publication (received at a desk, by post, or without
     * consent): whatever the filter, such a case is not found.
     */
    public record RequestFilter(
            List<String> trackingCodes,
            @Nullable PetitionType type,
            @Nullable String fieldCode,
            java.time.OffsetDateTime start,
            java.time.OffsetDateTime end,
            @Nullable Boolean open,
            int limit) {}

    /** A case as API clients see it: dates, state, body, place; the content only as published (masked). */
    public record ServiceRequest(
            String trackingCode,
            PetitionType type,
            String fieldCode,
            PetitionState state,
            long bodyId,
            java.time.OffsetDateTime registeredAt,
            java.time.OffsetDateTime updatedAt,
            @Nullable LocalDate due,
            @Nullable String communeCode,
            @Nullable BigDecimal latitude,
            @Nullable BigDecimal longitude,
            @Nullable String publishedContent,
            @Nullable String publishedAnswer) {

        public boolean open() {
            return state == PetitionState.RECEIVED || state == PetitionState.ACCEPTED;
        }
    }

    private final PetitionIntake intake;
    private final Petitions petitions;
    private final PetitionAttachments attachments;
    private final Deadlines deadlines;
    private final TrackingCodes trackingCodes;
    private final IdentityVault vault;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    CitizenDesk(
            PetitionIntake intake,
            Petitions petitions,
            PetitionAttachments attachments,
            Deadlines deadlines,
            TrackingCodes trackingCodes,
            JdbcClient jdbc,
            AuditTrail audit,
            ApplicationEventPublisher events,
            IdentityVault vault) {
        this.intake = intake;
        this.petitions = petitions;
        this.attachments = attachments;
        this.deadlines = deadlines;
        this.trackingCodes = trackingCodes;
        this.vault = vault;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    /** Registers an online petition in the body's queue with its statutory deadline running. */
    public PetitionReference receive(OnlineSubmission submission) {
        return receiveAll(List.of(prepare(submission))).getFirst();
    }

    /** An online petition checked and built, to be written by {@link #receiveAll}, maybe by another thread. */
    public static final class PreparedPetition {
        private final PetitionIntake.Prepared prepared;

        private PreparedPetition(PetitionIntake.Prepared prepared) {
            this.prepared = prepared;
        }
    }

    /** Checks an online petition and builds it, reading only reference data; nothing is written yet. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public PreparedPetition prepare(OnlineSubmission submission) {
        if ((submission.latitude() == null) != (submission.longitude() == null)) {
            throw DomainException.invalid("petition.point-incomplete");
        }
        BigDecimal latitude = submission.latitude();
        BigDecimal longitude = submission.longitude();
        if (latitude != null
                && longitude != null
                && (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
                        || longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
            throw DomainException.invalid("petition.point-invalid");
        }
        var command = new ReceivePetition(
                submission.bodyId(),
                submission.channel(),
                null,
                null,
                null,
                submission.type(),
                submission.fieldCode(),
                Instance.FIRST,
                submission.anonymous(),
                PetitionerKind.INDIVIDUAL,
                1,
                0,
                submission.anonymous() ? null : submission.petitioner(),
                submission.title(),
                submission.content(),
                submission.communeCode(),
                deadlines.today(),
                false,
                null,
                null);
        PetitionIntake.Prepared prepared = intake.prepare(command);
        prepared.petition()
                .sentOnline(
                        submission.publishAnswer() && submission.type().answerable(),
                        submission.latitude(),
                        submission.longitude());
        return new PreparedPetition(prepared);
    }

    /**
     * Registers prepared online petitions in their bodies' queues, with one statement whatever their number;
     * their references in the same order.
     */
    public List<PetitionReference> receiveAll(List<PreparedPetition> petitions) {
        List<PetitionIntake.Prepared> prepared =
                petitions.stream().map(petition -> petition.prepared).toList();
        intake.persist(prepared);
        return prepared.stream()
                .map(each -> PetitionIntake.reference(each.petition()))
                .toList();
    }

    /** A photo or document sent with an online petition, checked like any other attachment. */
    public PetitionAttachments.Attachment attach(long petitionId, String originalName, InputStream content) {
        return attachments.attachOnline(petitionId, originalName, content);
    }

    @Transactional(readOnly = true)
    public Optional<PublicCase> track(String trackingCode) {
        String code = trackingCode.strip().toUpperCase(java.util.Locale.ROOT);
        return petitions.findByTrackingCode(code).map(p -> {
            // A code travels (links, e-mails, Open311 lists of published cases): what it shows is masked.
            List<String> personal = p.identityCiphertext() == null
                    ? List.of()
                    : PersonalDataMask.personalStrings(vault.open(p.identityCiphertext()));
            List<PublicEvent> timeline = jdbc.sql("""
                    select occurred_on, kind, note from petition.petition_event
                    where petition_id = ? and public order by occurred_at, id
                    """)
                    .param(p.id())
                    .query((rs, n) -> new PublicEvent(
                            rs.getObject(1, LocalDate.class),
                            rs.getString(2),
                            masked(publicNote(rs.getString(2), rs.getString(3)), personal)))
                    .list();
            String answer = timeline.stream()
                    .filter(e -> e.kind().equals("RESOLVED"))
                    .reduce((a, b) -> b)
                    .map(PublicEvent::note)
                    .orElse(null);
            var point = jdbc.sql("select latitude, longitude from petition.petition where id = ?")
                    .param(p.id())
                    .query((rs, n) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)})
                    .single();
            LocalDate expected = p.currentDue();
            return new PublicCase(
                    p.storedId(),
                    p.trackingCode(),
                    p.type(),
                    p.fieldCode(),
                    p.state(),
                    p.receivedOn(),
                    p.bodyId(),
                    expected,
                    p.outcome(),
                    p.resolvedOn(),
                    p.closedOn(),
                    answer,
                    p.communeCode(),
                    point[0],
                    point[1],
                    PersonalDataMask.mask(p.title(), personal),
                    timeline,
                    p.identitySealed());
        });
    }

    private static @Nullable String masked(@Nullable String text, List<String> personal) {
        return text == null ? null : PersonalDataMask.mask(text, personal);
    }

    /** Notes written for the record that a citizen must not read verbatim stay out of the public timeline. */
    private static @Nullable String publicNote(String kind, @Nullable String note) {
        return switch (kind) {
            case "GUIDED", "TRANSFERRED", "RETURNED", "EXTENDED", "RESOLVED" -> note;
            default -> null;
        };
    }

    /** Answers published with the author's permission, masked, newest first; searchable without diacritics. */
    @Transactional(readOnly = true)
    public AnswerPage answers(AnswerFilter filter) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (filter.provinceCode() != null && !filter.provinceCode().isBlank()) {
            where.append(" and a.province_code = :province");
            params.put("province", filter.provinceCode());
        }
        if (filter.communeCode() != null && !filter.communeCode().isBlank()) {
            where.append(" and a.commune_code = :commune");
            params.put("commune", filter.communeCode());
        }
        if (filter.fieldCode() != null && !filter.fieldCode().isBlank()) {
            where.append(" and a.field_code = :field");
            params.put("field", filter.fieldCode());
        }
        if (filter.query() != null && !filter.query().isBlank()) {
            int i = 0;
            for (String word : VietnameseText.fold(filter.query()).split(" ")) {
                where.append(" and a.search_text like :q").append(i);
                params.put("q" + i++, "%" + word.replace("%", "").replace("_", "") + "%");
            }
        }
        long total = jdbc.sql("select count(*) from petition.published_answer a" + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", filter.size());
        params.put("offset", (long) filter.page() * filter.size());
        List<PublishedAnswer> rows = jdbc.sql(
                        """
                select p.tracking_code, a.petition_type, a.field_code, a.commune_code, a.body_id, a.title, a.content,
                       a.answer, a.received_on, a.answered_on
                from petition.published_answer a join petition.petition p on p.id = a.petition_id
                """ + where + " order by a.answered_on desc, a.petition_id desc limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new PublishedAnswer(
                        rs.getString(1),
                        PetitionType.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getObject(9, LocalDate.class),
                        rs.getObject(10, LocalDate.class)))
                .list();
        return new AnswerPage(rows, filter.page(), filter.size(), total);
    }

    /**
     * The author reopens a finished case (the portal checks the window): a new petition in the same body's
     * queue, linked to the first, with a fresh statutory deadline.
     */
    public PetitionReference reopen(String trackingCode, String reason) {
        Petition original = petitions
                .findByTrackingCode(trackingCode.strip())
                .orElseThrow(() -> DomainException.notFound("petition.not-found", trackingCode));
        original.requireFinished();
        // Concurrent reopenings of one case queue here, so that only the first makes a new case.
        jdbc.sql("select id from petition.petition where id = ? for update")
                .param(original.id())
                .query(Long.class)
                .single();
        boolean reopenedBefore =
                jdbc.sql("""
                select count(*) from petition.petition where related_petition_id = ? and relation = 'REOPENED_FROM'
                """).param(original.id()).query(Long.class).single() > 0;
        if (reopenedBefore) {
            throw DomainException.conflict("petition.already-reopened");
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("petition.reopen-reason-required");
        }
        LocalDate today = deadlines.today();
        Petition reopened = original.reopenedAs(
                trackingCodes.next(today),
                reason,
                today,
                deadlines.processingDue(original.type(), false, false, today));
        petitions.add(reopened, null);
        audit.record(
                "petition.reopened", "petition", original.storedId(), Map.of("reopenedAs", reopened.trackingCode()));
        audit.record(
                "petition.received", "petition", reopened.storedId(), Map.of("reopenedFrom", original.trackingCode()));
        events.publishEvent(PetitionHandling.Change.RECEIVED.event(reopened, today));
        return PetitionIntake.reference(reopened);
    }

    @Transactional(readOnly = true)
    public List<ServiceRequest> serviceRequests(RequestFilter filter) {
        // Only cases sent online whose author agreed to publication; a sealed identity's case never leaves through
        // this door, whatever its type has become: its content could point to the denouncer.
        StringBuilder where = new StringBuilder(" where p.petition_type in ('FEEDBACK', 'RECOMMENDATION')"
                + " and p.channel = 'ONLINE' and p.publish_answer and not p.identity_sealed");
        Map<String, Object> params = new HashMap<>();
        if (!filter.trackingCodes().isEmpty()) {
            where.append(" and p.tracking_code = any(:codes)");
            params.put(
                    "codes",
                    filter.trackingCodes().stream()
                            .map(vn.danvan.petition.domain.TrackingCodes::normalise)
                            .toArray(String[]::new));
        } else {
            where.append(" and p.registered_at >= :start and p.registered_at <= :end");
            params.put("start", filter.start());
            params.put("end", filter.end());
        }
        if (filter.type() != null) {
            where.append(" and p.petition_type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.fieldCode() != null) {
            where.append(" and p.field_code = :field");
            params.put("field", filter.fieldCode());
        }
        if (filter.open() != null) {
            where.append(
                    filter.open()
                            ? " and p.state in ('RECEIVED', 'ACCEPTED')"
                            : " and p.state not in ('RECEIVED', 'ACCEPTED')");
        }
        params.put("limit", Math.max(1, Math.min(filter.limit(), 1000)));
        return jdbc.sql("""
                select p.tracking_code, p.petition_type, p.field_code, p.state, p.body_id, p.registered_at,
                       coalesce((select max(e.occurred_at) from petition.petition_event e where e.petition_id = p.id
                                 and e.public), p.registered_at) as updated_at,
                       case p.state when 'RECEIVED' then p.processing_due when 'ACCEPTED' then p.resolution_due end as due,
                       p.commune_code, p.latitude, p.longitude, a.content, a.answer
                from petition.petition p left join petition.published_answer a on a.petition_id = p.id
                """ + where + " order by p.registered_at desc, p.id desc limit :limit")
                .params(params)
                .query((rs, n) -> new ServiceRequest(
                        rs.getString(1),
                        PetitionType.valueOf(rs.getString(2)),
                        rs.getString(3),
                        PetitionState.valueOf(rs.getString(4)),
                        rs.getLong(5),
                        rs.getObject(6, java.time.OffsetDateTime.class),
                        rs.getObject(7, java.time.OffsetDateTime.class),
                        rs.getObject(8, LocalDate.class),
                        rs.getString(9),
                        rs.getBigDecimal(10),
                        rs.getBigDecimal(11),
                        rs.getString(12),
                        rs.getString(13)))
                .list();
    }
}
