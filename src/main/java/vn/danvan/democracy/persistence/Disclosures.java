package vn.danvan.democracy.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.democracy.DisclosureCategory;
import vn.danvan.democracy.DisclosureCommands.SaveDisclosure;
import vn.danvan.democracy.PublicationForm;
import vn.danvan.democracy.domain.ComplianceLine;
import vn.danvan.democracy.domain.Disclosure;
import vn.danvan.democracy.domain.DisclosureDocument;
import vn.danvan.democracy.domain.DisclosureEvent;
import vn.danvan.democracy.domain.DisclosureStatus;
import vn.danvan.shared.FileStore;

/** Disclosure items with their documents and timelines ({@code democracy} schema). */
@Repository
public class Disclosures {

    private static final String COLUMNS = """
            id, body_id, province_code, commune_code, category, title, summary, document_number, document_date,
            due_on, published_on, forms, version""";

    private final JdbcClient jdbc;

    Disclosures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(
            SaveDisclosure command, String provinceCode, String communeCode, LocalDate dueOn, String createdBy) {
        return jdbc.sql("""
                insert into democracy.disclosure (body_id, province_code, commune_code, category, title, summary,
                    document_number, document_date, due_on, created_by)
                values (:body, :province, :commune, :category, :title, :summary, :number, :documentDate, :due, :by)
                returning id
                """)
                .param("body", command.bodyId())
                .param("province", provinceCode)
                .param("commune", communeCode)
                .param("category", command.category().name())
                .param("title", command.title())
                .param("summary", command.summary())
                .param("number", command.documentNumber())
                .param("documentDate", command.documentDate())
                .param("due", dueOn)
                .param("by", createdBy)
                .query(Long.class)
                .single();
    }

    public void update(long id, SaveDisclosure command, LocalDate dueOn) {
        jdbc.sql("""
                update democracy.disclosure set category = :category, title = :title, summary = :summary,
                    document_number = :number, document_date = :documentDate, due_on = :due, version = version + 1
                where id = :id
                """)
                .param("category", command.category().name())
                .param("title", command.title())
                .param("summary", command.summary())
                .param("number", command.documentNumber())
                .param("documentDate", command.documentDate())
                .param("due", dueOn)
                .param("id", id)
                .update();
    }

    public void published(long id, LocalDate on, List<PublicationForm> forms) {
        jdbc.sql("""
                update democracy.disclosure set published_on = :on, forms = :forms, version = version + 1
                where id = :id
                """)
                .param("on", on)
                .param("forms", forms.stream().map(Enum::name).toArray(String[]::new))
                .param("id", id)
                .update();
    }

    public Optional<Disclosure> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from democracy.disclosure where id = ?")
                .param(id)
                .query(Disclosures::disclosure)
                .optional();
    }

    /** The item, its row locked until the transaction ends: moves of one item happen one after the other. */
    public Optional<Disclosure> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from democracy.disclosure where id = ? for update")
                .param(id)
                .query(Disclosures::disclosure)
                .optional();
    }

    /**
     * Items of the bodies, newest document first; optionally of one body, one category, one status as of
     * {@code today}, due in a period.
     */
    public List<Disclosure> of(
            Collection<Long> bodyIds,
            @Nullable Long bodyId,
            @Nullable DisclosureCategory category,
            @Nullable DisclosureStatus status,
            @Nullable LocalDate dueFrom,
            @Nullable LocalDate dueTo,
            LocalDate today,
            int limit) {
        StringBuilder sql =
                new StringBuilder("select " + COLUMNS + " from democracy.disclosure where body_id = any(:bodies)");
        if (bodyId != null) {
            sql.append(" and body_id = :body");
        }
        if (category != null) {
            sql.append(" and category = :category");
        }
        if (dueFrom != null) {
            sql.append(" and due_on >= :from");
        }
        if (dueTo != null) {
            sql.append(" and due_on <= :to");
        }
        if (status != null) {
            sql.append(
                    switch (status) {
                        case PENDING -> " and published_on is null and due_on >= :today";
                        case OVERDUE -> " and published_on is null and due_on < :today";
                        case ON_TIME -> " and published_on is not null and published_on <= due_on";
                        case LATE -> " and published_on is not null and published_on > due_on";
                    });
        }
        sql.append(" order by document_date desc, id desc limit :limit");
        var statement = jdbc.sql(sql.toString())
                .param("bodies", bodyIds.toArray(Long[]::new))
                .param("today", today)
                .param("limit", limit);
        if (bodyId != null) {
            statement = statement.param("body", bodyId);
        }
        if (category != null) {
            statement = statement.param("category", category.name());
        }
        if (dueFrom != null) {
            statement = statement.param("from", dueFrom);
        }
        if (dueTo != null) {
            statement = statement.param("to", dueTo);
        }
        return statement.query(Disclosures::disclosure).list();
    }

    /** A commune's published items, newest publication first. */
    public List<Disclosure> publishedIn(String communeCode, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 from democracy.disclosure where commune_code = ? and published_on is not null
                order by published_on desc, id desc limit ?
                """)
                .params(communeCode, limit)
                .query(Disclosures::disclosure)
                .list();
    }

    /** Per publishing body: items due in the period and where they stand as of {@code today}. */
    public List<ComplianceLine> compliance(Collection<Long> bodyIds, LocalDate from, LocalDate to, LocalDate today) {
        return jdbc.sql("""
                select body_id, min(commune_code),
                    count(*),
                    count(*) filter (where published_on is not null and published_on <= due_on),
                    count(*) filter (where published_on is not null and published_on > due_on),
                    count(*) filter (where published_on is null and due_on < :today),
                    count(*) filter (where published_on is null and due_on >= :today)
                from democracy.disclosure
                where body_id = any(:bodies) and due_on between :from and :to
                group by body_id
                """)
                .param("bodies", bodyIds.toArray(Long[]::new))
                .param("from", from)
                .param("to", to)
                .param("today", today)
                .query((rs, n) -> new ComplianceLine(
                        rs.getLong(1),
                        "",
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getInt(7)))
                .list();
    }

    public DisclosureDocument addDocument(long disclosureId, FileStore.Stored stored, String uploadedBy) {
        return jdbc.sql("""
                insert into democracy.disclosure_document (disclosure_id, file_name, content_type, size_bytes, sha256,
                    storage_key, uploaded_by)
                values (?, ?, ?, ?, ?, ?, ?)
                returning id, disclosure_id, file_name, content_type, size_bytes, uploaded_at
                """)
                .params(
                        disclosureId,
                        stored.fileName(),
                        stored.contentType(),
                        stored.size(),
                        stored.sha256(),
                        stored.key(),
                        uploadedBy)
                .query(Disclosures::document)
                .single();
    }

    public List<DisclosureDocument> documents(long disclosureId) {
        return jdbc.sql("""
                select id, disclosure_id, file_name, content_type, size_bytes, uploaded_at
                from democracy.disclosure_document where disclosure_id = ? order by id
                """).param(disclosureId).query(Disclosures::document).list();
    }

    public Optional<String> documentKey(long disclosureId, long documentId) {
        return jdbc.sql("select storage_key from democracy.disclosure_document where disclosure_id = ? and id = ?")
                .params(disclosureId, documentId)
                .query(String.class)
                .optional();
    }

    public void recordEvent(long disclosureId, String kind, String actor, @Nullable String note) {
        jdbc.sql("""
                insert into democracy.disclosure_event (disclosure_id, kind, actor, note)
                values (:id, :kind, :actor, :note)
                """)
                .param("id", disclosureId)
                .param("kind", kind)
                .param("actor", actor)
                .param("note", note)
                .update();
    }

    public List<DisclosureEvent> timeline(long disclosureId) {
        return jdbc.sql("""
                select id, occurred_at, kind, actor, note from democracy.disclosure_event
                where disclosure_id = ? order by occurred_at, id
                """)
                .param(disclosureId)
                .query((rs, n) -> new DisclosureEvent(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    private static Disclosure disclosure(ResultSet rs, int row) throws SQLException {
        java.sql.Date published = rs.getDate("published_on");
        return new Disclosure(
                rs.getLong("id"),
                rs.getLong("body_id"),
                rs.getString("province_code"),
                rs.getString("commune_code"),
                DisclosureCategory.valueOf(rs.getString("category")),
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("document_number"),
                rs.getDate("document_date").toLocalDate(),
                rs.getDate("due_on").toLocalDate(),
                published == null ? null : published.toLocalDate(),
                forms(rs.getArray("forms")),
                rs.getInt("version"));
    }

    private static List<PublicationForm> forms(@Nullable Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<PublicationForm> forms = new ArrayList<>();
        Arrays.stream((String[]) array.getArray()).map(PublicationForm::valueOf).forEach(forms::add);
        return forms;
    }

    private static DisclosureDocument document(ResultSet rs, int row) throws SQLException {
        return new DisclosureDocument(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getLong(5),
                rs.getTimestamp(6).toInstant());
    }
}
