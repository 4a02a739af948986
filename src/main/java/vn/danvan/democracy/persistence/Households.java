package vn.danvan.democracy.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.democracy.HamletKind;
import vn.danvan.democracy.HouseholdCommands.EditHousehold;
import vn.danvan.democracy.domain.Household;
import vn.danvan.democracy.domain.HouseholdChange;
import vn.danvan.democracy.domain.HouseholdFile;

/** Hamlets, their households and every change of a household ({@code democracy} schema). */
@Repository
public class Households {

    private static final String SELECT = """
            select h.id, h.hamlet_id, t.name, t.kind, h.code, h.head_name, h.representative_name, h.address, h.members,
                h.version, t.body_id
            from democracy.household h join democracy.hamlet t on t.id = h.hamlet_id
            """;

    private final JdbcClient jdbc;

    Households(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The hamlet of the body with this name, created if new. */
    public long hamlet(long bodyId, String communeCode, String name, HamletKind kind) {
        jdbc.sql("""
                insert into democracy.hamlet (body_id, commune_code, name, kind) values (?, ?, ?, ?)
                on conflict (body_id, name) do nothing
                """).params(bodyId, communeCode, name, kind.name()).update();
        return jdbc.sql("select id from democracy.hamlet where body_id = ? and name = ?")
                .params(bodyId, name)
                .query(Long.class)
                .single();
    }

    /** The household with this code in the hamlet, its row locked. */
    public Optional<Household> lockByCode(long hamletId, String code) {
        return jdbc.sql(SELECT + " where h.hamlet_id = ? and h.code = ? for update of h")
                .params(hamletId, code)
                .query(Households::household)
                .optional();
    }

    public Optional<Household> lock(long id) {
        return jdbc.sql(SELECT + " where h.id = ? for update of h")
                .param(id)
                .query(Households::household)
                .optional();
    }

    public Optional<Household> find(long id) {
        return jdbc.sql(SELECT + " where h.id = ?")
                .param(id)
                .query(Households::household)
                .optional();
    }

    /** The body that keeps the household's register. */
    public Optional<Long> bodyOf(long householdId) {
        return jdbc.sql("""
                select t.body_id from democracy.household h join democracy.hamlet t on t.id = h.hamlet_id where h.id = ?
                """).param(householdId).query(Long.class).optional();
    }

    public long add(long hamletId, HouseholdFile.Line line) {
        return jdbc.sql("""
                insert into democracy.household (hamlet_id, code, head_name, representative_name, address, members)
                values (:hamlet, :code, :head, :representative, :address, :members) returning id
                """)
                .param("hamlet", hamletId)
                .param("code", line.code())
                .param("head", line.headName())
                .param("representative", line.representativeName())
                .param("address", line.address())
                .param("members", line.members())
                .query(Long.class)
                .single();
    }

    public void update(long id, EditHousehold facts) {
        jdbc.sql("""
                update democracy.household set head_name = :head, representative_name = :representative,
                    address = :address, members = :members, version = version + 1,
                    representative_account = case when representative_name = :representative
                        then representative_account end
                where id = :id
                """)
                .param("head", facts.headName())
                .param("representative", facts.representativeName())
                .param("address", facts.address())
                .param("members", facts.members())
                .param("id", id)
                .update();
    }

    public void recordChange(
            long householdId, String actor, String kind, @Nullable String before, String after, @Nullable String note) {
        jdbc.sql("""
                insert into democracy.household_change (household_id, actor, kind, before, after, note)
                values (:household, :actor, :kind, cast(:before as jsonb), cast(:after as jsonb), :note)
                """)
                .param("household", householdId)
                .param("actor", actor)
                .param("kind", kind)
                .param("before", before)
                .param("after", after)
                .param("note", note)
                .update();
    }

    public List<HouseholdChange> history(long householdId) {
        return jdbc.sql("""
                select id, occurred_at, actor, kind, before::text, after::text, note from democracy.household_change
                where household_id = ? order by occurred_at, id
                """)
                .param(householdId)
                .query((rs, n) -> new HouseholdChange(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    /** The register of a body: every household by hamlet and code. */
    public List<Household> of(long bodyId) {
        return jdbc.sql(SELECT + " where t.body_id = ? order by t.name, h.code")
                .param(bodyId)
                .query(Households::household)
                .list();
    }

    private static Household household(ResultSet rs, int row) throws SQLException {
        return new Household(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                HamletKind.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getInt(9),
                rs.getInt(10));
    }
}
