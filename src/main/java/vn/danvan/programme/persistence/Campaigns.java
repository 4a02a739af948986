package vn.danvan.programme.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.programme.CampaignCommands.CreateCampaign;
import vn.danvan.programme.CampaignKind;
import vn.danvan.programme.ContributionChannel;
import vn.danvan.programme.ContributionKind;
import vn.danvan.programme.PublicationDuty;
import vn.danvan.programme.domain.Beneficiary;
import vn.danvan.programme.domain.Campaign;
import vn.danvan.programme.domain.CampaignEvent;
import vn.danvan.programme.domain.Contribution;
import vn.danvan.programme.domain.Distribution;
import vn.danvan.programme.domain.DutyClock;
import vn.danvan.programme.domain.LedgerTotals;
import vn.danvan.programme.domain.StatementLine;
import vn.danvan.shared.FileStore;

/** Campaigns with their contributions, beneficiaries, distributions, statements, duties and timeline. */
@Repository
public class Campaigns {

    private static final String COLUMNS = """
            id, kind, body_id, level, province_code, commune_code, title, purpose, scope, bank_name, bank_account,
            launched_on, receiving_from, receiving_until, distribution_until, extended, goals, participants, results,
            version""";
    private static final String CONTRIBUTION_COLUMNS = """
            c.id, c.campaign_id, c.kind, c.channel, c.donor_name, c.anonymous, c.amount, c.item, c.unit, c.quantity,
            c.received_on, c.reference, c.from_campaign_id,
            exists (select 1 from programme.statement_line l where l.contribution_id = c.id) as matched""";

    private final JdbcClient jdbc;

    Campaigns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- campaigns ----------------------------------------------------------------------------------

    public long add(
            CreateCampaign command,
            String level,
            @Nullable String provinceCode,
            @Nullable String communeCode,
            String createdBy) {
        return jdbc.sql("""
                insert into programme.campaign (kind, body_id, level, province_code, commune_code, title, purpose,
                    scope, bank_name, bank_account, launched_on, receiving_from, receiving_until, distribution_until,
                    goals, created_by)
                values (:kind, :body, :level, :province, :commune, :title, :purpose, :scope, :bankName, :account,
                    :launched, :from, :until, :distribution, :goals, :by)
                returning id
                """)
                .param("kind", command.kind().name())
                .param("body", command.bodyId())
                .param("level", level)
                .param("province", provinceCode)
                .param("commune", communeCode)
                .param("title", command.title())
                .param("purpose", command.purpose())
                .param("scope", command.scope())
                .param("bankName", command.bankName())
                .param("account", command.bankAccount())
                .param("launched", command.launchedOn())
                .param("from", command.receivingFrom())
                .param("until", command.receivingUntil())
                .param("distribution", command.distributionUntil())
                .param("goals", command.goals())
                .param("by", createdBy)
                .query(Long.class)
                .single();
    }

    public boolean accountTaken(String account) {
        return jdbc.sql("select exists (select 1 from programme.campaign where bank_account = ?)")
                .param(account)
                .query(Boolean.class)
                .single();
    }

    public Optional<Campaign> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from programme.campaign where id = ?")
                .param(id)
                .query(Campaigns::campaign)
                .optional();
    }

    /** The campaign, its row locked until the transaction ends: receipts and distributions happen one at a time. */
    public Optional<Campaign> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from programme.campaign where id = ? for update")
                .param(id)
                .query(Campaigns::campaign)
                .optional();
    }

    public List<Campaign> of(Collection<Long> bodyIds, int limit) {
        return jdbc.sql("select " + COLUMNS
                        + " from programme.campaign where body_id = any(:bodies) order by launched_on desc, id desc"
                        + " limit :limit")
                .param("bodies", bodyIds.toArray(Long[]::new))
                .param("limit", limit)
                .query(Campaigns::campaign)
                .list();
    }

    /** Campaigns whose call was published, of a province (and a commune), newest first. */
    public List<Campaign> published(@Nullable String provinceCode, @Nullable String communeCode, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + """
                 from programme.campaign c where exists (select 1 from programme.publication_duty d
                    where d.campaign_id = c.id and d.duty = 'CALL' and d.done_on is not null)
                """);
        if (provinceCode != null) {
            sql.append(" and province_code = :province");
        }
        if (communeCode != null) {
            sql.append(" and commune_code = :commune");
        }
        sql.append(" order by launched_on desc, id desc limit :limit");
        var statement = jdbc.sql(sql.toString()).param("limit", limit);
        if (provinceCode != null) {
            statement = statement.param("province", provinceCode);
        }
        if (communeCode != null) {
            statement = statement.param("commune", communeCode);
        }
        return statement.query(Campaigns::campaign).list();
    }

    /** Movements and task forces whose goals are public once created: they hold no money. */
    public boolean callPublished(long id) {
        return jdbc.sql("select exists (select 1 from programme.publication_duty where campaign_id = ?"
                        + " and duty = 'CALL' and done_on is not null)")
                .param(id)
                .query(Boolean.class)
                .single();
    }

    public void extend(long id, LocalDate receivingUntil, LocalDate distributionUntil) {
        jdbc.sql("""
                update programme.campaign set receiving_until = :until, distribution_until = :distribution,
                    extended = true, version = version + 1 where id = :id
                """)
                .param("until", receivingUntil)
                .param("distribution", distributionUntil)
                .param("id", id)
                .update();
    }

    public void results(long id, int participants, String results) {
        jdbc.sql("update programme.campaign set participants = :participants, results = :results,"
                        + " version = version + 1 where id = :id")
                .param("participants", participants)
                .param("results", results)
                .param("id", id)
                .update();
    }

    public void recordEvent(long id, String kind, String actor, @Nullable String note) {
        jdbc.sql("insert into programme.campaign_event (campaign_id, kind, actor, note) values (:id, :kind, :actor,"
                        + " :note)")
                .param("id", id)
                .param("kind", kind)
                .param("actor", actor)
                .param("note", note)
                .update();
    }

    public List<CampaignEvent> timeline(long id) {
        return jdbc.sql("select id, occurred_at, kind, actor, note from programme.campaign_event where campaign_id = ?"
                        + " order by occurred_at, id")
                .param(id)
                .query((rs, n) -> new CampaignEvent(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("kind"),
                        rs.getString("actor"),
                        rs.getString("note")))
                .list();
    }

    // ---- contributions ------------------------------------------------------------------------------

    public long addContribution(
            long campaignId,
            ContributionKind kind,
            ContributionChannel channel,
            @Nullable String donorName,
            boolean anonymous,
            byte @Nullable [] sealedContact,
            @Nullable BigDecimal amount,
            @Nullable String item,
            @Nullable String unit,
            @Nullable BigDecimal quantity,
            LocalDate receivedOn,
            @Nullable String reference,
            @Nullable Long fromCampaignId,
            String recordedBy) {
        return jdbc.sql("""
                insert into programme.contribution (campaign_id, kind, channel, donor_name, anonymous,
                    donor_contact_sealed, amount, item, unit, quantity, received_on, reference, from_campaign_id,
                    recorded_by)
                values (:campaign, :kind, :channel, :donor, :anonymous, :contact, :amount, :item, :unit, :quantity,
                    :received, :reference, :from, :by)
                returning id
                """)
                .param("campaign", campaignId)
                .param("kind", kind.name())
                .param("channel", channel.name())
                .param("donor", donorName)
                .param("anonymous", anonymous)
                .param("contact", sealedContact)
                .param("amount", amount)
                .param("item", item)
                .param("unit", unit)
                .param("quantity", quantity)
                .param("received", receivedOn)
                .param("reference", reference)
                .param("from", fromCampaignId)
                .param("by", recordedBy)
                .query(Long.class)
                .single();
    }

    public List<Contribution> contributions(long campaignId) {
        return jdbc.sql("select " + CONTRIBUTION_COLUMNS
                        + " from programme.contribution c where c.campaign_id = ? order by c.received_on, c.id")
                .param(campaignId)
                .query(Campaigns::contribution)
                .list();
    }

    public Optional<Contribution> contribution(long id) {
        return jdbc.sql("select " + CONTRIBUTION_COLUMNS + " from programme.contribution c where c.id = ?")
                .param(id)
                .query(Campaigns::contribution)
                .optional();
    }

    // ---- beneficiaries and distributions ------------------------------------------------------------

    public long addBeneficiary(
            long campaignId,
            String name,
            @Nullable String address,
            String criteria,
            @Nullable BigDecimal plannedAmount,
            String by) {
        return jdbc.sql("""
                insert into programme.beneficiary (campaign_id, name, address, criteria, planned_amount, recorded_by)
                values (:campaign, :name, :address, :criteria, :planned, :by) returning id
                """)
                .param("campaign", campaignId)
                .param("name", name)
                .param("address", address)
                .param("criteria", criteria)
                .param("planned", plannedAmount)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    public List<Beneficiary> beneficiaries(long campaignId) {
        return jdbc.sql("select id, campaign_id, name, address, criteria, planned_amount from programme.beneficiary"
                        + " where campaign_id = ? order by id")
                .param(campaignId)
                .query((rs, n) -> new Beneficiary(
                        rs.getLong("id"),
                        rs.getLong("campaign_id"),
                        rs.getString("name"),
                        rs.getString("address"),
                        rs.getString("criteria"),
                        rs.getBigDecimal("planned_amount")))
                .list();
    }

    public long addDistribution(
            long campaignId,
            @Nullable Long beneficiaryId,
            String recipient,
            ContributionKind kind,
            @Nullable BigDecimal amount,
            @Nullable String item,
            @Nullable String unit,
            @Nullable BigDecimal quantity,
            LocalDate distributedOn,
            @Nullable Long toCampaignId,
            String by) {
        return jdbc.sql("""
                insert into programme.distribution (campaign_id, beneficiary_id, recipient, kind, amount, item, unit,
                    quantity, distributed_on, to_campaign_id, recorded_by)
                values (:campaign, :beneficiary, :recipient, :kind, :amount, :item, :unit, :quantity, :on, :to, :by)
                returning id
                """)
                .param("campaign", campaignId)
                .param("beneficiary", beneficiaryId)
                .param("recipient", recipient)
                .param("kind", kind.name())
                .param("amount", amount)
                .param("item", item)
                .param("unit", unit)
                .param("quantity", quantity)
                .param("on", distributedOn)
                .param("to", toCampaignId)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    public List<Distribution> distributions(long campaignId) {
        return jdbc.sql("""
                select d.id, d.campaign_id, d.beneficiary_id, d.recipient, d.kind, d.amount, d.item, d.unit,
                    d.quantity, d.distributed_on, d.to_campaign_id,
                    (select count(*) from programme.distribution_receipt r where r.distribution_id = d.id) as receipts
                from programme.distribution d where d.campaign_id = ? order by d.distributed_on, d.id
                """)
                .param(campaignId)
                .query((rs, n) -> new Distribution(
                        rs.getLong("id"),
                        rs.getLong("campaign_id"),
                        nullableLong(rs, "beneficiary_id"),
                        rs.getString("recipient"),
                        ContributionKind.valueOf(rs.getString("kind")),
                        rs.getBigDecimal("amount"),
                        rs.getString("item"),
                        rs.getString("unit"),
                        rs.getBigDecimal("quantity"),
                        rs.getObject("distributed_on", LocalDate.class),
                        nullableLong(rs, "to_campaign_id"),
                        rs.getInt("receipts")))
                .list();
    }

    public Optional<LocalDate> firstDistribution(long campaignId) {
        return jdbc.sql("select min(distributed_on) from programme.distribution where campaign_id = ?"
                        + " and to_campaign_id is null")
                .param(campaignId)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
                .single();
    }

    public boolean distributionOf(long campaignId, long distributionId) {
        return jdbc.sql("select exists (select 1 from programme.distribution where id = ? and campaign_id = ?)")
                .param(distributionId)
                .param(campaignId)
                .query(Boolean.class)
                .single();
    }

    public long addReceipt(long distributionId, FileStore.Stored stored, String by) {
        return jdbc.sql("""
                insert into programme.distribution_receipt (distribution_id, file_name, content_type, size_bytes,
                    sha256, storage_key, uploaded_by)
                values (:distribution, :name, :type, :size, :sha, :key, :by) returning id
                """)
                .param("distribution", distributionId)
                .param("name", stored.fileName())
                .param("type", stored.contentType())
                .param("size", stored.size())
                .param("sha", stored.sha256())
                .param("key", stored.key())
                .param("by", by)
                .query(Long.class)
                .single();
    }

    public record Receipt(long id, long distributionId, String fileName, String key) {}

    public List<Receipt> receipts(long campaignId) {
        return jdbc.sql("""
                select r.id, r.distribution_id, r.file_name, r.storage_key from programme.distribution_receipt r
                join programme.distribution d on d.id = r.distribution_id where d.campaign_id = ? order by r.id
                """)
                .param(campaignId)
                .query((rs, n) -> new Receipt(
                        rs.getLong("id"),
                        rs.getLong("distribution_id"),
                        rs.getString("file_name"),
                        rs.getString("storage_key")))
                .list();
    }

    // ---- totals -------------------------------------------------------------------------------------

    public LedgerTotals totals(long campaignId) {
        record Money(BigDecimal received, BigDecimal distributed, BigDecimal transferred, long count, long donors) {}
        Money money = jdbc.sql("""
                select
                  (select coalesce(sum(amount), 0) from programme.contribution where campaign_id = :id
                      and kind = 'MONEY') as received,
                  (select coalesce(sum(amount), 0) from programme.distribution where campaign_id = :id
                      and kind = 'MONEY') as distributed,
                  (select coalesce(sum(amount), 0) from programme.distribution where campaign_id = :id
                      and kind = 'MONEY' and to_campaign_id is not null) as transferred,
                  (select count(*) from programme.contribution where campaign_id = :id) as contributions,
                  (select count(distinct coalesce(donor_name, 'anonymous-' || id)) from programme.contribution
                      where campaign_id = :id) as donors
                """)
                .param("id", campaignId)
                .query((rs, n) -> new Money(
                        rs.getBigDecimal("received"),
                        rs.getBigDecimal("distributed"),
                        rs.getBigDecimal("transferred"),
                        rs.getLong("contributions"),
                        rs.getLong("donors")))
                .single();
        List<LedgerTotals.ItemBalance> items = jdbc.sql("""
                select min(item) as item, min(unit) as unit, sum(received) as received,
                    sum(distributed) as distributed from (
                  select item, unit, quantity as received, 0 as distributed
                    from programme.contribution where campaign_id = :id and kind = 'IN_KIND'
                  union all
                  select item, unit, 0, quantity from programme.distribution
                    where campaign_id = :id and kind = 'IN_KIND') goods
                group by lower(item), lower(unit) order by lower(item), lower(unit)
                """)
                .param("id", campaignId)
                .query((rs, n) -> new LedgerTotals.ItemBalance(
                        rs.getString("item"),
                        rs.getString("unit"),
                        rs.getBigDecimal("received"),
                        rs.getBigDecimal("distributed")))
                .list();
        return new LedgerTotals(
                money.received(), money.distributed(), money.transferred(), items, money.count(), money.donors());
    }

    // ---- bank statements ----------------------------------------------------------------------------

    public long addStatement(
            long campaignId, String bank, String fileName, String sha256, int linesRead, String importedBy) {
        return jdbc.sql("""
                insert into programme.bank_statement (campaign_id, bank, file_name, sha256, lines_read, lines_added,
                    imported_by)
                values (:campaign, :bank, :file, :sha, :read, 0, :by) returning id
                """)
                .param("campaign", campaignId)
                .param("bank", bank)
                .param("file", fileName)
                .param("sha", sha256)
                .param("read", linesRead)
                .param("by", importedBy)
                .query(Long.class)
                .single();
    }

    public void statementAdded(long statementId, int added) {
        jdbc.sql("update programme.bank_statement set lines_added = ? where id = ?")
                .param(added)
                .param(statementId)
                .update();
    }

    public boolean lineKnown(String account, String reference) {
        return jdbc.sql("select exists (select 1 from programme.statement_line where account = ? and reference = ?)")
                .param(account)
                .param(reference)
                .query(Boolean.class)
                .single();
    }

    /** The line, unless the account already has a line of that reference (then nothing is added). */
    public boolean addLine(
            long campaignId,
            long statementId,
            String account,
            String reference,
            LocalDate bookedOn,
            BigDecimal amount,
            String description) {
        return jdbc.sql("""
                        insert into programme.statement_line (campaign_id, statement_id, account, reference, booked_on,
                            amount, description)
                        values (:campaign, :statement, :account, :reference, :booked, :amount, :description)
                        on conflict (account, reference) do nothing
                        """)
                        .param("campaign", campaignId)
                        .param("statement", statementId)
                        .param("account", account)
                        .param("reference", reference)
                        .param("booked", bookedOn)
                        .param("amount", amount)
                        .param("description", description)
                        .update()
                == 1;
    }

    public List<StatementLine> lines(long campaignId, boolean unmatchedOnly) {
        return jdbc.sql("select id, campaign_id, account, reference, booked_on, amount, description, contribution_id,"
                        + " matched_how from programme.statement_line where campaign_id = :campaign"
                        + (unmatchedOnly ? " and contribution_id is null" : "")
                        + " order by booked_on, id")
                .param("campaign", campaignId)
                .query(Campaigns::line)
                .list();
    }

    public Optional<StatementLine> line(long campaignId, long lineId) {
        return jdbc.sql("select id, campaign_id, account, reference, booked_on, amount, description, contribution_id,"
                        + " matched_how from programme.statement_line where id = ? and campaign_id = ? for update")
                .param(lineId)
                .param(campaignId)
                .query(Campaigns::line)
                .optional();
    }

    public void match(long lineId, long contributionId, String how) {
        jdbc.sql("update programme.statement_line set contribution_id = ?, matched_how = ? where id = ?")
                .param(contributionId)
                .param(how)
                .param(lineId)
                .update();
    }

    public void unmatch(long lineId) {
        jdbc.sql("update programme.statement_line set contribution_id = null, matched_how = null where id = ?")
                .param(lineId)
                .update();
    }

    // ---- publication duties -------------------------------------------------------------------------

    public void setDue(long campaignId, PublicationDuty duty, @Nullable LocalDate dueOn) {
        jdbc.sql("""
                insert into programme.publication_duty (campaign_id, duty, due_on) values (:campaign, :duty, :due)
                on conflict (campaign_id, duty) do update set due_on = excluded.due_on
                """)
                .param("campaign", campaignId)
                .param("duty", duty.name())
                .param("due", dueOn)
                .update();
    }

    public void dutyDone(
            long campaignId,
            PublicationDuty duty,
            LocalDate doneOn,
            String by,
            String channel,
            @Nullable BigDecimal publishedAmount) {
        jdbc.sql("""
                update programme.publication_duty set done_on = :on, done_by = :by, channel = :channel,
                    published_amount = :amount where campaign_id = :campaign and duty = :duty
                """)
                .param("on", doneOn)
                .param("by", by)
                .param("channel", channel)
                .param("amount", publishedAmount)
                .param("campaign", campaignId)
                .param("duty", duty.name())
                .update();
    }

    public List<DutyClock> duties(Collection<Long> campaignIds) {
        return jdbc.sql("""
                select campaign_id, duty, due_on, done_on, channel, published_amount from programme.publication_duty
                where campaign_id = any(:ids) order by campaign_id, due_on nulls last
                """)
                .param("ids", campaignIds.toArray(Long[]::new))
                .query((rs, n) -> new DutyClock(
                        rs.getLong("campaign_id"),
                        PublicationDuty.valueOf(rs.getString("duty")),
                        rs.getObject("due_on", LocalDate.class),
                        rs.getObject("done_on", LocalDate.class),
                        rs.getString("channel"),
                        rs.getBigDecimal("published_amount")))
                .list();
    }

    // ---- review figures -----------------------------------------------------------------------------

    public record Figures(
            long relief, long movements, BigDecimal received, BigDecimal distributed, long inKindContributions) {}

    public Figures figures(@Nullable Collection<Long> bodyIds, LocalDate from, LocalDate to) {
        String bodies = bodyIds == null ? "true" : "c.body_id = any(:bodies)";
        var statement = jdbc.sql("""
                select
                  (select count(*) from programme.campaign c where %1$s and c.kind = 'RELIEF'
                      and c.launched_on between :from and :to) as relief,
                  (select count(*) from programme.campaign c where %1$s and c.kind <> 'RELIEF'
                      and c.launched_on between :from and :to) as movements,
                  (select coalesce(sum(x.amount), 0) from programme.contribution x join programme.campaign c
                      on c.id = x.campaign_id where %1$s and x.kind = 'MONEY'
                      and x.received_on between :from and :to) as received,
                  (select coalesce(sum(x.amount), 0) from programme.distribution x join programme.campaign c
                      on c.id = x.campaign_id where %1$s and x.kind = 'MONEY'
                      and x.distributed_on between :from and :to) as distributed,
                  (select count(*) from programme.contribution x join programme.campaign c on c.id = x.campaign_id
                      where %1$s and x.kind = 'IN_KIND' and x.received_on between :from and :to) as in_kind
                """.formatted(bodies)).param("from", from).param("to", to);
        if (bodyIds != null) {
            statement = statement.param("bodies", bodyIds.toArray(Long[]::new));
        }
        return statement
                .query((rs, n) -> new Figures(
                        rs.getLong("relief"),
                        rs.getLong("movements"),
                        rs.getBigDecimal("received"),
                        rs.getBigDecimal("distributed"),
                        rs.getLong("in_kind")))
                .single();
    }

    // ---- mapping ------------------------------------------------------------------------------------

    private static Campaign campaign(ResultSet rs, int row) throws SQLException {
        Object participants = rs.getObject("participants");
        return new Campaign(
                rs.getLong("id"),
                CampaignKind.valueOf(rs.getString("kind")),
                rs.getLong("body_id"),
                rs.getString("level"),
                rs.getString("province_code"),
                rs.getString("commune_code"),
                rs.getString("title"),
                rs.getString("purpose"),
                rs.getString("scope"),
                rs.getString("bank_name"),
                rs.getString("bank_account"),
                rs.getObject("launched_on", LocalDate.class),
                rs.getObject("receiving_from", LocalDate.class),
                rs.getObject("receiving_until", LocalDate.class),
                rs.getObject("distribution_until", LocalDate.class),
                rs.getBoolean("extended"),
                rs.getString("goals"),
                participants == null ? null : ((Number) participants).intValue(),
                rs.getString("results"),
                rs.getInt("version"));
    }

    private static Contribution contribution(ResultSet rs, int row) throws SQLException {
        return new Contribution(
                rs.getLong("id"),
                rs.getLong("campaign_id"),
                ContributionKind.valueOf(rs.getString("kind")),
                ContributionChannel.valueOf(rs.getString("channel")),
                rs.getString("donor_name"),
                rs.getBoolean("anonymous"),
                rs.getBigDecimal("amount"),
                rs.getString("item"),
                rs.getString("unit"),
                rs.getBigDecimal("quantity"),
                rs.getObject("received_on", LocalDate.class),
                rs.getString("reference"),
                nullableLong(rs, "from_campaign_id"),
                rs.getBoolean("matched"));
    }

    private static StatementLine line(ResultSet rs, int row) throws SQLException {
        return new StatementLine(
                rs.getLong("id"),
                rs.getLong("campaign_id"),
                rs.getString("account"),
                rs.getString("reference"),
                rs.getObject("booked_on", LocalDate.class),
                rs.getBigDecimal("amount"),
                rs.getString("description"),
                nullableLong(rs, "contribution_id"),
                rs.getString("matched_how"));
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
