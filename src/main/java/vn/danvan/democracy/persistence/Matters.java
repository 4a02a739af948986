package vn.danvan.democracy.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.democracy.DecisionForm;
import vn.danvan.democracy.MatterCategory;
import vn.danvan.democracy.domain.DecisionRules;
import vn.danvan.democracy.domain.Matter;
import vn.danvan.democracy.domain.MatterEvent;
import vn.danvan.democracy.domain.MatterMeeting;

/** Matters, their votes, meeting counts, results and timelines ({@code democracy} schema). */
@Repository
public class Matters {

    private static final String SELECT = """
            select m.id, m.body_id, m.commune_code, m.hamlet_id, t.name, m.category, m.form, m.secret, m.title,
                m.question, m.initiative_households, m.online_agreed_households, m.closes_at, m.status, m.passed,
                m.households_total, m.households_taking_part, m.agree, m.disagree, m.hamlets_total, m.hamlets_passed,
                m.decided_at, m.recognition_number, m.recognition_date, m.created_by, m.created_at
            from democracy.matter m left join democracy.hamlet t on t.id = m.hamlet_id
            """;

    /** What a vote may meet: the result of the one statement that casts it. */
    public enum Cast {
        RECORDED,
        REFUSED
    }

    private final JdbcClient jdbc;

    Matters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record NewMatter(
            long bodyId,
            String communeCode,
            @Nullable Long hamletId,
            MatterCategory category,
            DecisionForm form,
            boolean secret,
            String title,
            String question,
            @Nullable Integer initiativeHouseholds,
            @Nullable Integer onlineAgreedHouseholds,
            Instant closesAt,
            String createdBy) {}

    public long add(NewMatter matter) {
        return jdbc.sql("""
                insert into democracy.matter (body_id, commune_code, hamlet_id, category, form, secret, title, question,
                    initiative_households, online_agreed_households, closes_at, created_by)
                values (:body, :commune, :hamlet, :category, :form, :secret, :title, :question, :initiative, :online,
                    :closes, :by)
                returning id
                """)
                .param("body", matter.bodyId())
                .param("commune", matter.communeCode())
                .param("hamlet", matter.hamletId())
                .param("category", matter.category().name())
                .param("form", matter.form().name())
                .param("secret", matter.secret())
                .param("title", matter.title())
                .param("question", matter.question())
                .param("initiative", matter.initiativeHouseholds())
                .param("online", matter.onlineAgreedHouseholds())
                .param("closes", Timestamp.from(matter.closesAt()))
                .param("by", matter.createdBy())
                .query(Long.class)
                .single();
    }

    public Optional<Matter> find(long id) {
        return jdbc.sql(SELECT + " where m.id = ?")
                .param(id)
                .query(Matters::matter)
                .optional();
    }

    public Optional<Matter> lock(long id) {
        return jdbc.sql(SELECT + " where m.id = ? for update of m")
                .param(id)
                .query(Matters::matter)
                .optional();
    }

    public List<Matter> ofBody(long bodyId) {
        return jdbc.sql(SELECT + " where m.body_id = ? order by m.created_at desc, m.id desc")
                .param(bodyId)
                .query(Matters::matter)
                .list();
    }

    public List<Matter> ofCommune(String communeCode, int limit) {
        return jdbc.sql(SELECT + " where m.commune_code = ? order by m.created_at desc, m.id desc limit ?")
                .params(communeCode, limit)
                .query(Matters::matter)
                .list();
    }

    /** The online matters still open whose deadline has passed, oldest deadline first. */
    public List<Long> openOnlinePast(Instant now) {
        return jdbc.sql("""
                select id from democracy.matter where status = 'OPEN' and form = 'ONLINE' and closes_at <= :now
                order by closes_at, id
                """).param("now", Timestamp.from(now)).query(Long.class).list();
    }

    /** The hamlets a matter is put to: its own, or every hamlet of the body. */
    public List<HamletSize> hamletsOf(long bodyId, @Nullable Long hamletId) {
        return jdbc.sql("""
                select t.id, t.name, count(h.id)::int
                from democracy.hamlet t left join democracy.household h on h.hamlet_id = t.id
                where t.body_id = :body and (cast(:hamlet as bigint) is null or t.id = :hamlet)
                group by t.id, t.name order by t.name
                """)
                .param("body", bodyId)
                .param("hamlet", hamletId)
                .query((rs, n) -> new HamletSize(rs.getLong(1), rs.getString(2), rs.getInt(3)))
                .list();
    }

    public record HamletSize(long id, String name, int households) {}

    /**
     * A signed-in representative's (or delegate's) online vote, in one statement: recorded only when the matter is
     * open, online and before its close, and the household is in its scope and represented by this account with no
     * delegation in force on the matter, or delegated to this account on the matter; changed while open,
     * unless the household's ballot was on paper. Under a secret ballot the choice goes apart, and cannot change.
     */
    public Cast voteOnline(long matterId, long householdId, long citizenId, String choice) {
        int rows = jdbc.sql("""
                with cast_vote as (
                    insert into democracy.matter_vote (matter_id, household_id, hamlet_id, channel, choice, cast_by)
                    select m.id, h.id, h.hamlet_id, 'ONLINE', case when m.secret then null else :choice end, :citizen
                    from democracy.matter m
                        join democracy.household h on h.id = :household
                        join democracy.hamlet t on t.id = h.hamlet_id
                    where m.id = :matter and m.status = 'OPEN' and m.form = 'ONLINE' and m.closes_at > now()
                        and t.body_id = m.body_id and (m.hamlet_id is null or m.hamlet_id = h.hamlet_id)
                        and (h.representative_account = :citizen and not exists (select 1
                                from democracy.vote_delegation d where d.household_id = h.id and d.revoked_at is null
                                    and d.delegate_account is not null and (d.matter_id is null or d.matter_id = m.id))
                            or exists (select 1 from democracy.vote_delegation d where d.household_id = h.id
                                and d.revoked_at is null and d.delegate_account = :citizen
                                and (d.matter_id is null or d.matter_id = m.id)))
                    on conflict (matter_id, household_id) do update set choice = excluded.choice, voted_at = now(),
                            cast_by = excluded.cast_by, changes = democracy.matter_vote.changes + 1
                        where democracy.matter_vote.channel = 'ONLINE' and democracy.matter_vote.choice is not null
                    returning matter_id, hamlet_id, choice
                ), secret_choice as (
                    insert into democracy.matter_choice (matter_id, hamlet_id, choice)
                    select matter_id, hamlet_id, :choice from cast_vote where choice is null
                )
                select count(*)::int from cast_vote
                """)
                .param("matter", matterId)
                .param("household", householdId)
                .param("citizen", citizenId)
                .param("choice", choice)
                .query(Integer.class)
                .single();
        return rows > 0 ? Cast.RECORDED : Cast.REFUSED;
    }

    /** A paper ballot of a household, as the team entered it; nothing when the household already has one. */
    public boolean votePaper(long matterId, long householdId, long hamletId, boolean secret, String choice) {
        int rows = jdbc.sql("""
                with cast_vote as (
                    insert into democracy.matter_vote (matter_id, household_id, hamlet_id, channel, choice)
                    values (:matter, :household, :hamlet, 'PAPER', :open_choice)
                    on conflict (matter_id, household_id) do nothing
                    returning matter_id
                ), secret_choice as (
                    insert into democracy.matter_choice (matter_id, hamlet_id, choice)
                    select matter_id, :hamlet, :choice from cast_vote where :secret
                )
                select count(*)::int from cast_vote
                """)
                .param("matter", matterId)
                .param("household", householdId)
                .param("hamlet", hamletId)
                .param("open_choice", secret ? null : choice)
                .param("choice", choice)
                .param("secret", secret)
                .query(Integer.class)
                .single();
        return rows > 0;
    }

    /** How a household took part: its channel, or nothing. */
    public Optional<String> channelOf(long matterId, long householdId) {
        return jdbc.sql("select channel from democracy.matter_vote where matter_id = ? and household_id = ?")
                .params(matterId, householdId)
                .query(String.class)
                .optional();
    }

    /** The choice of an open (not secret) vote, for the voter's own page. */
    public Optional<String> choiceOf(long matterId, long householdId) {
        return jdbc.sql("""
                select choice from democracy.matter_vote where matter_id = ? and household_id = ? and choice is not null
                """).params(matterId, householdId).query(String.class).optional();
    }

    /**
     * The register of who took part (not secret, Luật THDCCS 2022 Đ.22 and NĐ 59/2023: the team keeps the list of the
     * households that voted): each household with its channel and when — never its choice — by hamlet and code.
     */
    public List<Participant> participants(long matterId, int limit) {
        return jdbc.sql("""
                select t.name, h.code, h.representative_name, p.channel, p.at
                from (select household_id, channel, voted_at as at from democracy.matter_vote where matter_id = :m
                      union all
                      select a.household_id, 'MEETING', g.entered_at from democracy.matter_attendance a
                          join democracy.matter_meeting g on g.id = a.meeting_id
                      where a.matter_id = :m) p
                    join democracy.household h on h.id = p.household_id
                    join democracy.hamlet t on t.id = h.hamlet_id
                order by t.name, h.code limit :limit
                """)
                .param("m", matterId)
                .param("limit", limit)
                .query((rs, n) -> new Participant(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    public record Participant(String hamletName, String code, String representativeName, String channel, Instant at) {}

    /** Households a citizen account represents among the hamlets of a body. */
    public List<RepresentedHousehold> representedBy(long citizenId, long bodyId) {
        return jdbc.sql("""
                select h.id, h.hamlet_id, t.name, h.code from democracy.household h
                    join democracy.hamlet t on t.id = h.hamlet_id
                where h.representative_account = ? and t.body_id = ? order by t.name, h.code
                """)
                .params(citizenId, bodyId)
                .query((rs, n) ->
                        new RepresentedHousehold(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    public record RepresentedHousehold(long id, long hamletId, String hamletName, String code) {}

    /** A household a citizen may vote for, how it took part in the matter so far, and its open choice. */
    public record BallotOf(
            RepresentedHousehold household,
            @Nullable String channel,
            @Nullable String choice,
            @Nullable Delegation delegation) {}

    /**
     * The household's delegation in force on the matter, as its representative or its delegate sees it: waiting for
     * its code, given to another account, or received by this one.
     */
    public record Delegation(long id, @Nullable Long matterId, Delegation.State state) {
        public enum State {
            WAITING,
            GIVEN,
            RECEIVED
        }
    }

    private static @Nullable Delegation delegation(ResultSet rs, long citizenId) throws SQLException {
        long id = rs.getLong(7);
        if (rs.wasNull()) {
            return null;
        }
        Long matter = rs.getObject(8, Long.class);
        Long delegate = rs.getObject(9, Long.class);
        Delegation.State state = delegate == null
                ? Delegation.State.WAITING
                : delegate == citizenId ? Delegation.State.RECEIVED : Delegation.State.GIVEN;
        return new Delegation(id, matter, state);
    }

    /**
     * A new delegation of the household's vote, waiting for the delegate to enter its code; it replaces the one in
     * force, if any, which is revoked.
     */
    public long delegate(long householdId, @Nullable Long matterId, byte[] codeDigest, long representativeId) {
        revokeDelegation(householdId);
        return jdbc.sql("""
                insert into democracy.vote_delegation (household_id, matter_id, code_digest, granted_by)
                values (:household, :matter, :digest, :by) returning id
                """)
                .param("household", householdId)
                .param("matter", matterId)
                .param("digest", codeDigest)
                .param("by", representativeId)
                .query(Long.class)
                .single();
    }

    /** The delegate enters the code: the delegation is in force; its household, if the code is one waiting. */
    public Optional<Long> acceptDelegation(byte[] codeDigest, long delegateId) {
        return jdbc.sql("""
                update democracy.vote_delegation d set delegate_account = :delegate, code_digest = null,
                    accepted_at = now()
                from democracy.household h
                where d.code_digest = :digest and d.revoked_at is null and d.delegate_account is null
                    and h.id = d.household_id and h.representative_account is distinct from :delegate
                returning d.household_id
                """)
                .param("delegate", delegateId)
                .param("digest", codeDigest)
                .query(Long.class)
                .optional();
    }

    /** Ends the household's delegation in force (or waiting); whether there was one. */
    public boolean revokeDelegation(long householdId) {
        return jdbc.sql("""
                update democracy.vote_delegation set revoked_at = now(), code_digest = null
                where household_id = ? and revoked_at is null
                """).param(householdId).update() > 0;
    }

    /** Whether the household's vote on the matter is delegated to an account that has accepted. */
    public boolean delegatedAway(long householdId, long matterId) {
        return jdbc.sql("""
                select exists (select 1 from democracy.vote_delegation where household_id = ? and revoked_at is null
                    and delegate_account is not null and (matter_id is null or matter_id = ?))
                """).params(householdId, matterId).query(Boolean.class).single();
    }

    /** Whether the account holds the household's delegation in force on the matter. */
    public boolean delegatedTo(long householdId, long matterId, long citizenId) {
        return jdbc.sql("""
                select exists (select 1 from democracy.vote_delegation where household_id = ? and revoked_at is null
                    and delegate_account = ? and (matter_id is null or matter_id = ?))
                """)
                .params(householdId, citizenId, matterId)
                .query(Boolean.class)
                .single();
    }

    /** The households a citizen account represents among the hamlets of a body, with their votes on the matter. */
    public List<BallotOf> ballotsOf(long matterId, long citizenId, long bodyId) {
        return jdbc.sql("""
                with theirs as (
                    select id from democracy.household where representative_account = :citizen
                    union
                    select household_id from democracy.vote_delegation
                    where delegate_account = :citizen and revoked_at is null
                )
                select h.id, h.hamlet_id, t.name, h.code, v.channel, v.choice, d.id, d.matter_id, d.delegate_account,
                    d.granted_by
                from theirs join democracy.household h on h.id = theirs.id
                    join democracy.hamlet t on t.id = h.hamlet_id
                    left join democracy.matter_vote v on v.matter_id = :matter and v.household_id = h.id
                    left join democracy.vote_delegation d on d.household_id = h.id and d.revoked_at is null
                        and (d.matter_id is null or d.matter_id = :matter)
                where t.body_id = :body and (h.representative_account = :citizen or d.delegate_account = :citizen)
                order by t.name, h.code
                """)
                .param("matter", matterId)
                .param("citizen", citizenId)
                .param("body", bodyId)
                .query((rs, n) -> new BallotOf(
                        new RepresentedHousehold(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6),
                        delegation(rs, citizenId)))
                .list();
    }

    /** The household of a hamlet with this code. */
    public Optional<Long> householdByCode(long hamletId, String code) {
        return jdbc.sql("select id from democracy.household where hamlet_id = ? and code = ?")
                .params(hamletId, code)
                .query(Long.class)
                .optional();
    }

    public long addMeeting(
            long matterId,
            long hamletId,
            String cluster,
            String method,
            int agree,
            int disagree,
            String team,
            String enteredBy) {
        return jdbc.sql("""
                insert into democracy.matter_meeting (matter_id, hamlet_id, cluster, method, agree, disagree, team,
                    entered_by)
                values (:matter, :hamlet, :cluster, :method, :agree, :disagree, :team, :by) returning id
                """)
                .param("matter", matterId)
                .param("hamlet", hamletId)
                .param("cluster", cluster)
                .param("method", method)
                .param("agree", agree)
                .param("disagree", disagree)
                .param("team", team)
                .param("by", enteredBy)
                .query(Long.class)
                .single();
    }

    public boolean meetingExists(long matterId, long hamletId, String cluster) {
        return jdbc.sql("""
                select exists (select 1 from democracy.matter_meeting where matter_id = ? and hamlet_id = ?
                    and cluster = ?)
                """)
                .params(matterId, hamletId, cluster)
                .query(Boolean.class)
                .single();
    }

    public int meetingsOfHamlet(long matterId, long hamletId) {
        return jdbc.sql("select count(*)::int from democracy.matter_meeting where matter_id = ? and hamlet_id = ?")
                .params(matterId, hamletId)
                .query(Integer.class)
                .single();
    }

    /** Households already counted as attending another meeting of the matter, by code. */
    public List<String> alreadyAttending(long matterId, List<Long> householdIds) {
        if (householdIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select h.code from democracy.matter_attendance a join democracy.household h on h.id = a.household_id
                where a.matter_id = :matter and a.household_id in (:households) order by h.code
                """)
                .param("matter", matterId)
                .param("households", householdIds)
                .query(String.class)
                .list();
    }

    public void attend(long matterId, long meetingId, List<Long> householdIds) {
        for (long household : householdIds) {
            jdbc.sql("""
                    insert into democracy.matter_attendance (matter_id, household_id, meeting_id)
                    values (?, ?, ?)
                    """).params(matterId, household, meetingId).update();
        }
    }

    public List<MatterMeeting> meetings(long matterId) {
        return jdbc.sql("""
                select g.id, g.hamlet_id, t.name, g.cluster, g.method,
                    (select count(*)::int from democracy.matter_attendance a where a.meeting_id = g.id),
                    g.agree, g.disagree, g.team, g.entered_by, g.entered_at
                from democracy.matter_meeting g join democracy.hamlet t on t.id = g.hamlet_id
                where g.matter_id = ? order by t.name, g.cluster
                """)
                .param(matterId)
                .query((rs, n) -> new MatterMeeting(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getInt(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getTimestamp(11).toInstant()))
                .list();
    }

    /**
     * Waits for every vote being written to finish and holds new ones back until the caller's transaction ends, so
     * that the count at the close sees every acknowledged vote and nothing after it.
     */
    public void holdVotes() {
        jdbc.sql("lock table democracy.matter_vote in share mode").update();
    }

    /** The figures of each hamlet of a matter: households, those taking part, their choices. */
    public List<DecisionRules.HamletCount> counts(Matter matter) {
        List<HamletSize> hamlets = hamletsOf(matter.bodyId(), matter.hamletId());
        Map<Long, int[]> figures = new HashMap<>();
        if (matter.form() == DecisionForm.MEETING) {
            jdbc.sql("""
                    select g.hamlet_id, (select count(*)::int from democracy.matter_attendance a
                        where a.matter_id = g.matter_id and a.meeting_id in (select id from democracy.matter_meeting x
                            where x.matter_id = g.matter_id and x.hamlet_id = g.hamlet_id)),
                        sum(g.agree)::int, sum(g.disagree)::int
                    from democracy.matter_meeting g where g.matter_id = ? group by g.matter_id, g.hamlet_id
                    """).param(matter.id()).query((ResultSet rs) -> {
                figures.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3), rs.getInt(4)});
            });
        } else {
            jdbc.sql(
                            "select hamlet_id, count(*)::int from democracy.matter_vote where matter_id = ? group by hamlet_id")
                    .param(matter.id())
                    .query((ResultSet rs) -> {
                        figures.put(rs.getLong(1), new int[] {rs.getInt(2), 0, 0});
                    });
            String choices = matter.secret()
                    ? "select hamlet_id, choice, count(*)::int from democracy.matter_choice where matter_id = ?"
                            + " group by hamlet_id, choice"
                    : "select hamlet_id, choice, count(*)::int from democracy.matter_vote where matter_id = ?"
                            + " and choice is not null group by hamlet_id, choice";
            jdbc.sql(choices).param(matter.id()).query((ResultSet rs) -> {
                int[] f = figures.computeIfAbsent(rs.getLong(1), k -> new int[3]);
                switch (rs.getString(2)) {
                    case "AGREE" -> f[1] += rs.getInt(3);
                    case "DISAGREE" -> f[2] += rs.getInt(3);
                    default -> {}
                }
            });
        }
        return hamlets.stream()
                .map(h -> {
                    int[] f = figures.getOrDefault(h.id(), new int[3]);
                    return new DecisionRules.HamletCount(h.id(), h.name(), h.households(), f[0], f[1], f[2]);
                })
                .toList();
    }

    /** The live figures of an open matter: households taking part and, when not secret, the choices so far. */
    public Map<String, Integer> liveTally(long matterId, boolean secret) {
        Map<String, Integer> tally = new HashMap<>();
        jdbc.sql("""
                select coalesce(case when ? then null else choice end, 'TAKING_PART'), count(*)::int
                from democracy.matter_vote where matter_id = ? group by 1
                """).params(secret, matterId).query((ResultSet rs) -> {
            tally.merge(rs.getString(1), rs.getInt(2), Integer::sum);
        });
        int takingPart = tally.values().stream().mapToInt(Integer::intValue).sum();
        tally.put("TAKING_PART", takingPart);
        return tally;
    }

    public void decided(long matterId, DecisionRules.Outcome outcome, int hamlets) {
        jdbc.sql("""
                update democracy.matter set status = 'DECIDED', passed = :passed, households_total = :households,
                    households_taking_part = :taking, agree = :agree, disagree = :disagree, hamlets_total = :hamlets,
                    hamlets_passed = :hamletsPassed, decided_at = now(), version = version + 1
                where id = :id
                """)
                .param("passed", outcome.passed())
                .param("households", outcome.households())
                .param("taking", outcome.takingPart())
                .param("agree", outcome.agree())
                .param("disagree", outcome.disagree())
                .param("hamlets", hamlets)
                .param("hamletsPassed", outcome.hamletsPassed())
                .param("id", matterId)
                .update();
        for (DecisionRules.HamletOutcome hamlet : outcome.hamlets()) {
            var count = hamlet.count();
            jdbc.sql("""
                    insert into democracy.matter_hamlet_result (matter_id, hamlet_id, households_total, taking_part,
                        agree, disagree, passed)
                    values (?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(
                            matterId,
                            count.hamletId(),
                            count.households(),
                            count.takingPart(),
                            count.agree(),
                            count.disagree(),
                            hamlet.passed())
                    .update();
        }
    }

    public record HamletResult(
            String hamletName, int households, int takingPart, int agree, int disagree, boolean passed) {}

    public List<HamletResult> hamletResults(long matterId) {
        return jdbc.sql("""
                select t.name, r.households_total, r.taking_part, r.agree, r.disagree, r.passed
                from democracy.matter_hamlet_result r join democracy.hamlet t on t.id = r.hamlet_id
                where r.matter_id = ? order by t.name
                """)
                .param(matterId)
                .query((rs, n) -> new HamletResult(
                        rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getBoolean(6)))
                .list();
    }

    public void recognition(long matterId, boolean recognised, String number, LocalDate date) {
        jdbc.sql("""
                update democracy.matter set status = :status, recognition_number = :number, recognition_date = :date,
                    version = version + 1
                where id = :id
                """)
                .param("status", recognised ? "RECOGNISED" : "NOT_RECOGNISED")
                .param("number", number)
                .param("date", date)
                .param("id", matterId)
                .update();
    }

    public void recordEvent(long matterId, String kind, String actor, @Nullable String note) {
        jdbc.sql("insert into democracy.matter_event (matter_id, kind, actor, note) values (:m, :k, :a, :n)")
                .param("m", matterId)
                .param("k", kind)
                .param("a", actor)
                .param("n", note)
                .update();
    }

    public List<MatterEvent> timeline(long matterId) {
        return jdbc.sql("""
                select id, occurred_at, kind, actor, note from democracy.matter_event where matter_id = ?
                order by occurred_at, id
                """)
                .param(matterId)
                .query((rs, n) -> new MatterEvent(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    /** The one-time code of a household: its digest is set, replacing any earlier one. */
    public void linkCode(long householdId, byte[] digest) {
        jdbc.sql("update democracy.household set link_code_digest = ? where id = ?")
                .params(digest, householdId)
                .update();
    }

    /** Links the account to the household whose code this is, and spends the code; the household, if any. */
    public Optional<Long> link(byte[] digest, long citizenId) {
        return jdbc.sql("""
                update democracy.household set representative_account = ?, link_code_digest = null
                where link_code_digest = ? returning id
                """).params(citizenId, digest).query(Long.class).optional();
    }

    public Optional<Long> representativeAccount(long householdId) {
        return jdbc.sql("""
                select representative_account from democracy.household
                where id = ? and representative_account is not null
                """).param(householdId).query(Long.class).optional();
    }

    private static Matter matter(ResultSet rs, int row) throws SQLException {
        Timestamp decided = rs.getTimestamp(22);
        java.sql.Date recognised = rs.getDate(24);
        return new Matter(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                (Long) rs.getObject(4, Long.class),
                rs.getString(5),
                MatterCategory.valueOf(rs.getString(6)),
                DecisionForm.valueOf(rs.getString(7)),
                rs.getBoolean(8),
                rs.getString(9),
                rs.getString(10),
                rs.getObject(11, Integer.class),
                rs.getObject(12, Integer.class),
                rs.getTimestamp(13).toInstant(),
                Matter.Status.valueOf(rs.getString(14)),
                rs.getObject(15, Boolean.class),
                rs.getObject(16, Integer.class),
                rs.getObject(17, Integer.class),
                rs.getObject(18, Integer.class),
                rs.getObject(19, Integer.class),
                rs.getObject(20, Integer.class),
                rs.getObject(21, Integer.class),
                decided == null ? null : decided.toInstant(),
                rs.getString(23),
                recognised == null ? null : recognised.toLocalDate(),
                rs.getString(25),
                rs.getTimestamp(26).toInstant());
    }
}
