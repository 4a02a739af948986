package vn.danvan.petition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.domain.IdentityVault;
import vn.danvan.petition.domain.PetitionPolicy;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InputText;
import vn.danvan.shared.VietnamTime;

/**
 * Which petitions are one matter (cùng vụ việc, issue 20): the groups officers confirmed, whichever body, channel or
 * year took their petitions, and the pairs they rejected. The petition module owns the groups because the reports
 * count them ("vụ việc" beside "đơn"); how candidates are found is not its business — another module suggests, an
 * officer decides here, and each decision is audited and written on both cases' timelines.
 */
@Service
public class MatterGroups {

    /**
     * What a matcher reads of a petition to remember it: its text, its commune, and who sent it. The identity is
     * opened for the system to digest it, never to show it ({@link PetitionConfidentiality}-like rules hold for every
     * screen); null when the petition is anonymous or has none.
     */
    public record MatchSource(
            long petitionId,
            String title,
            String content,
            @Nullable String communeCode,
            @Nullable PetitionerIdentity identity) {}

    /** A case as a same-matter suggestion or a group's history shows it: no personal data. */
    public record MatterCase(
            long id,
            String trackingCode,
            long bodyId,
            Channel channel,
            PetitionType type,
            String fieldCode,
            @Nullable String communeCode,
            LocalDate receivedOn,
            PetitionState state,
            boolean identitySealed,
            long matterId) {}

    private static final String CASE_COLUMNS = """
            select id, tracking_code, body_id, channel, petition_type, field_code, commune_code, received_on, state,
                   (identity_sealed or petition_type = 'DENUNCIATION') as sealed,
                   coalesce(matter_group_id, id) as matter_id
            from petition.petition
            """;

    /** Confirmations are rare and merge whole groups: one at a time across instances (transaction lock). */
    private static final long MERGE_LOCK = 0x4d41545445524752L;

    private final JdbcClient jdbc;
    private final PetitionPolicy policy;
    private final IdentityVault vault;
    private final AuditTrail audit;
    private final Clock clock;

    MatterGroups(JdbcClient jdbc, PetitionPolicy policy, IdentityVault vault, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.vault = vault;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<MatchSource> source(long petitionId) {
        return jdbc.sql("""
                select id, title, content, commune_code, anonymous, identity_ciphertext
                from petition.petition where id = :id
                """).param("id", petitionId).query(this::matchSource).optional();
    }

    /** The petitions after {@code afterId}, in id order: for a matcher remembering those taken in before it. */
    @Transactional(readOnly = true)
    public List<MatchSource> sourcesAfter(long afterId, int limit) {
        return jdbc.sql("""
                select id, title, content, commune_code, anonymous, identity_ciphertext
                from petition.petition where id > :after order by id limit :limit
                """)
                .param("after", afterId)
                .param("limit", limit)
                .query(this::matchSource)
                .list();
    }

    private MatchSource matchSource(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        byte[] sealed = rs.getBytes("identity_ciphertext");
        PetitionerIdentity identity = rs.getBoolean("anonymous") || sealed == null ? null : vault.open(sealed);
        return new MatchSource(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("content"),
                rs.getString("commune_code"),
                identity);
    }

    /** The cases of these ids that exist, in no particular order; the caller decides what a viewer may see. */
    public List<MatterCase> cases(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(CASE_COLUMNS + " where id = any(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .query(MatterGroups::matterCase)
                .list();
    }

    /** A case the staff member may see; a case outside their scope does not exist for them. */
    public MatterCase visibleCase(long petitionId, StaffMember staff) {
        MatterCase found = cases(List.of(petitionId)).stream()
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("petition.not-found", petitionId));
        policy.requireVisible(staff, found.bodyId(), petitionId);
        return found;
    }

    /** Every case of the petition's matter group, itself included, oldest first. */
    public List<MatterCase> group(long petitionId) {
        return jdbc.sql(CASE_COLUMNS + """
                 where id = :id
                    or matter_group_id = (select matter_group_id from petition.petition where id = :id)
                 order by received_on, id
                """)
                .param("id", petitionId)
                .query(MatterGroups::matterCase)
                .list();
    }

    /** The petitions an officer already decided about together with this one, either way. */
    public Set<Long> decidedWith(long petitionId) {
        return new HashSet<>(
                jdbc.sql("""
                select high_id from petition.matter_decision where low_id = :id
                union all
                select low_id from petition.matter_decision where high_id = :id
                """).param("id", petitionId).query(Long.class).list());
    }

    /** Whether the staff member may see who sent this case (scope, and the denouncer's seal). */
    public boolean mayViewIdentity(MatterCase matterCase, StaffMember staff) {
        return staff.inScope(matterCase.bodyId())
                && (!matterCase.identitySealed() || policy.holdsIdentityPermission(staff));
    }

    /** Whether the staff member may confirm or reject suggestions on this case. */
    public boolean mayDecide(MatterCase matterCase, StaffMember staff) {
        return policy.may(staff, PetitionPolicy.Action.PROCESS, matterCase.bodyId());
    }

    /**
     * Confirms that two petitions are the same matter: their groups become one. Idempotent — a pair already in one
     * group changes nothing and writes nothing; the first confirmation alone is audited and written on both
     * timelines. Returns whether this call joined them.
     */
    @Transactional
    public boolean confirm(long petitionId, long otherId, StaffMember staff) {
        Pair pair = pair(petitionId, otherId, staff);
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(:key)) l")
                .param("key", MERGE_LOCK)
                .query(Integer.class)
                .single();
        Map<Long, Long> groups = jdbc
                .sql("select id, coalesce(matter_group_id, id) as g from petition.petition where id in (:a, :b)")
                .param("a", pair.low().id())
                .param("b", pair.high().id())
                .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getLong("g")))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        long lowGroup = java.util.Objects.requireNonNull(groups.get(pair.low().id()));
        long highGroup = java.util.Objects.requireNonNull(groups.get(pair.high().id()));
        if (lowGroup == highGroup) {
            return false;
        }
        jdbc.sql("""
                insert into petition.matter_decision as d (low_id, high_id, same, decided_by)
                values (:low, :high, true, :actor)
                on conflict (low_id, high_id) do update set same = true, decided_at = now(), decided_by = :actor
                where not d.same
                """)
                .param("low", pair.low().id())
                .param("high", pair.high().id())
                .param("actor", AuditTrail.currentActor())
                .update();
        long group = Math.min(lowGroup, highGroup);
        jdbc.sql("""
                update petition.petition set matter_group_id = :group
                where id in (:low, :high) or matter_group_id in (:lowGroup, :highGroup)
                """)
                .param("group", group)
                .param("low", pair.low().id())
                .param("high", pair.high().id())
                .param("lowGroup", lowGroup)
                .param("highGroup", highGroup)
                .update();
        record(pair, "SAME_MATTER_CONFIRMED", "petition.same-matter-confirmed", Map.of("group", group));
        return true;
    }

    /**
     * Records that two petitions are not the same matter, so that they are not suggested together again. A pair
     * already decided (either way) changes nothing; petitions already in one group cannot be told apart here.
     */
    @Transactional
    public boolean reject(long petitionId, long otherId, StaffMember staff) {
        Pair pair = pair(petitionId, otherId, staff);
        if (pair.low().matterId() == pair.high().matterId()) {
            throw DomainException.conflict("petition.same-matter-already-grouped");
        }
        int decided = jdbc.sql("""
                insert into petition.matter_decision (low_id, high_id, same, decided_by)
                values (:low, :high, false, :actor)
                on conflict (low_id, high_id) do nothing
                """)
                .param("low", pair.low().id())
                .param("high", pair.high().id())
                .param("actor", AuditTrail.currentActor())
                .update();
        if (decided == 0) {
            return false;
        }
        record(pair, "SAME_MATTER_REJECTED", "petition.same-matter-rejected", Map.of());
        return true;
    }

    /**
     * Takes a petition out of its confirmed group (tách khỏi vụ việc chung), with the officer's reason: the petition
     * becomes a matter of its own again, the group keeps the others (re-keyed to its smallest id, as a group's id
     * always is) or dissolves when one petition would be left, and each pair of the petition with a member is
     * recorded as not the same matter, so that neither a suggestion nor a later reject brings the link back (a new
     * confirm can). Idempotent under concurrency: the confirm's lock serialises it, and a petition no longer in a group
     * changes nothing and writes nothing. Audited and written on the timelines of the petition and of every member.
     * Returns whether this call took it out.
     */
    @Transactional
    public boolean unmerge(long petitionId, @Nullable String reason, StaffMember staff) {
        MatterCase own = visibleCase(petitionId, staff);
        policy.require(staff, PetitionPolicy.Action.PROCESS, own.bodyId());
        if (InputText.isBlank(reason)) {
            throw DomainException.invalid("petition.same-matter-unmerge-reason-required");
        }
        String why = InputText.accept(reason.strip(), InputText.NOTE);
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(:key)) l")
                .param("key", MERGE_LOCK)
                .query(Integer.class)
                .single();
        Optional<Long> current = jdbc.sql("select matter_group_id from petition.petition where id = :id")
                .param("id", petitionId)
                .query((rs, n) -> rs.getObject(1, Long.class))
                .optional();
        if (current.isEmpty()) {
            return false;
        }
        long group = current.get();
        List<MatterCase> others = jdbc.sql(CASE_COLUMNS + " where matter_group_id = :group and id <> :id order by id")
                .param("group", group)
                .param("id", petitionId)
                .query(MatterGroups::matterCase)
                .list();
        jdbc.sql("update petition.petition set matter_group_id = null where id = :id")
                .param("id", petitionId)
                .update();
        Long regrouped = others.size() < 2 ? null : others.getFirst().id();
        jdbc.sql("update petition.petition set matter_group_id = :regrouped where matter_group_id = :group")
                .param("regrouped", regrouped, java.sql.Types.BIGINT)
                .param("group", group)
                .update();
        LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
        for (MatterCase other : others) {
            jdbc.sql("""
                    insert into petition.matter_decision as d (low_id, high_id, same, decided_by)
                    values (:low, :high, false, :actor)
                    on conflict (low_id, high_id) do update set same = false, decided_at = now(), decided_by = :actor
                    """)
                    .param("low", Math.min(petitionId, other.id()))
                    .param("high", Math.max(petitionId, other.id()))
                    .param("actor", AuditTrail.currentActor())
                    .update();
            event(other.id(), today, "SAME_MATTER_UNMERGED", own.trackingCode() + " — " + why);
            audit.record(
                    "petition.same-matter-unmerged",
                    "petition",
                    other.id(),
                    Map.of("group", group, "removed", petitionId, "reason", why));
        }
        String codes =
                String.join(", ", others.stream().map(MatterCase::trackingCode).toList());
        event(petitionId, today, "SAME_MATTER_UNMERGED", codes + " — " + why);
        audit.record(
                "petition.same-matter-unmerged",
                "petition",
                petitionId,
                Map.of(
                        "group",
                        group,
                        "others",
                        others.stream().map(MatterCase::id).toList(),
                        "dissolved",
                        regrouped == null,
                        "reason",
                        why));
        return true;
    }

    /** One commune and field: the confirmed groups with a petition of theirs there that went to two bodies or more. */
    public record CommuneFieldGroups(String communeCode, String fieldCode, int groups) {}

    /**
     * Per commune and field, the confirmed same-matter groups that have a petition of that commune and field received
     * from {@code from} to {@code to} and whose petitions, whenever received, went to two bodies or more: the matter
     * citizens carried from one door to the next. A group counts once per commune and field; counts only.
     */
    @Transactional(readOnly = true)
    public List<CommuneFieldGroups> acrossBodies(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                with across as (
                    select matter_group_id as g from petition.petition
                    where matter_group_id is not null
                    group by matter_group_id having count(distinct body_id) >= 2)
                select p.commune_code, p.field_code, count(distinct p.matter_group_id)
                from petition.petition p join across a on a.g = p.matter_group_id
                where p.received_on between :from and :to and p.commune_code is not null
                group by p.commune_code, p.field_code
                """)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new CommuneFieldGroups(rs.getString(1), rs.getString(2), rs.getInt(3)))
                .list();
    }

    private record Pair(MatterCase low, MatterCase high) {}

    /** Acts on the staff member's own case: they may process it and see the other one. */
    private Pair pair(long petitionId, long otherId, StaffMember staff) {
        if (petitionId == otherId) {
            throw DomainException.invalid("petition.same-matter-itself");
        }
        MatterCase own = visibleCase(petitionId, staff);
        policy.require(staff, PetitionPolicy.Action.PROCESS, own.bodyId());
        MatterCase other = visibleCase(otherId, staff);
        return own.id() < other.id() ? new Pair(own, other) : new Pair(other, own);
    }

    private void record(Pair pair, String kind, String action, Map<String, ?> details) {
        LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
        for (MatterCase[] sides :
                List.of(new MatterCase[] {pair.low(), pair.high()}, new MatterCase[] {pair.high(), pair.low()})) {
            event(sides[0].id(), today, kind, sides[1].trackingCode());
            var withOther = new java.util.HashMap<String, Object>(details);
            withOther.put("other", sides[1].id());
            audit.record(action, "petition", sides[0].id(), withOther);
        }
    }

    /** A line on the case's timeline, for staff only: the other case's code, never who sent either. */
    private void event(long petitionId, LocalDate on, String kind, String note) {
        jdbc.sql("""
                insert into petition.petition_event (petition_id, occurred_on, kind, actor, note, public)
                values (:id, :on, :kind, :actor, :note, false)
                """)
                .param("id", petitionId)
                .param("on", on)
                .param("kind", kind)
                .param("actor", AuditTrail.currentActor())
                .param("note", note)
                .update();
    }

    private static MatterCase matterCase(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new MatterCase(
                rs.getLong("id"),
                rs.getString("tracking_code"),
                rs.getLong("body_id"),
                Channel.valueOf(rs.getString("channel")),
                PetitionType.valueOf(rs.getString("petition_type")),
                rs.getString("field_code"),
                rs.getString("commune_code"),
                rs.getObject("received_on", LocalDate.class),
                PetitionState.valueOf(rs.getString("state")),
                rs.getBoolean("sealed"),
                rs.getLong("matter_id"));
    }
}
