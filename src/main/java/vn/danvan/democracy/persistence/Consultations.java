package vn.danvan.democracy.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.democracy.CommentAuthorKind;
import vn.danvan.democracy.CommentChannel;
import vn.danvan.democracy.CommentVerdict;
import vn.danvan.democracy.ConsultationCommands.DraftSection;
import vn.danvan.democracy.ConsultationSubject;
import vn.danvan.democracy.domain.Comment;
import vn.danvan.democracy.domain.CommentGroup;
import vn.danvan.democracy.domain.Consultation;
import vn.danvan.democracy.domain.ConsultationDocument;
import vn.danvan.democracy.domain.ConsultationEvent;
import vn.danvan.democracy.domain.ConsultationSection;
import vn.danvan.democracy.domain.ConsultationStatus;
import vn.danvan.shared.FileStore;

/** Drafts put to the people, with their sections, documents, comments, groups and timelines ({@code democracy}). */
@Repository
public class Consultations {

    private static final String COLUMNS = """
            id, body_id, province_code, commune_code, subject, title, summary, status, opens_on, closes_on, closed_on,
            synthesis_note, synthesised_on, disclosure_id, created_by, version""";

    private static final String COMMENT_COLUMNS = """
            id, consultation_id, section_id, channel, author_kind, citizen_id, organisation_name, source_note, body,
            group_id, hidden_reason, hidden_at, created_at""";

    private final JdbcClient jdbc;

    Consultations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(
            long bodyId,
            String provinceCode,
            String communeCode,
            ConsultationSubject subject,
            String title,
            @Nullable String summary,
            String createdBy) {
        return jdbc.sql("""
                insert into democracy.consultation (body_id, province_code, commune_code, subject, title, summary,
                    created_by)
                values (:body, :province, :commune, :subject, :title, :summary, :by)
                returning id
                """)
                .param("body", bodyId)
                .param("province", provinceCode)
                .param("commune", communeCode)
                .param("subject", subject.name())
                .param("title", title)
                .param("summary", summary)
                .param("by", createdBy)
                .query(Long.class)
                .single();
    }

    public void replaceSections(long consultationId, List<DraftSection> sections) {
        jdbc.sql("delete from democracy.consultation_section where consultation_id = ?")
                .param(consultationId)
                .update();
        int position = 1;
        for (DraftSection section : sections) {
            jdbc.sql("""
                    insert into democracy.consultation_section (consultation_id, position, heading, body)
                    values (:consultation, :position, :heading, :body)
                    """)
                    .param("consultation", consultationId)
                    .param("position", position++)
                    .param("heading", section.heading())
                    .param("body", section.body() == null ? "" : section.body())
                    .update();
        }
    }

    public void opened(long id, LocalDate opensOn, LocalDate closesOn) {
        jdbc.sql("""
                update democracy.consultation set status = 'OPEN', opens_on = :opens, closes_on = :closes,
                    version = version + 1
                where id = :id
                """)
                .param("opens", opensOn)
                .param("closes", closesOn)
                .param("id", id)
                .update();
    }

    public void closed(long id, LocalDate on) {
        jdbc.sql("""
                update democracy.consultation set status = 'CLOSED', closed_on = :on,
                    closes_on = least(closes_on, :on), version = version + 1
                where id = :id
                """).param("on", on).param("id", id).update();
    }

    public void synthesised(long id, String note, LocalDate on, long disclosureId) {
        jdbc.sql("""
                update democracy.consultation set status = 'SYNTHESISED', synthesis_note = :note, synthesised_on = :on,
                    closed_on = coalesce(closed_on, closes_on), disclosure_id = :disclosure, version = version + 1
                where id = :id
                """)
                .param("note", note)
                .param("on", on)
                .param("disclosure", disclosureId)
                .param("id", id)
                .update();
    }

    public Optional<Consultation> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from democracy.consultation where id = ?")
                .param(id)
                .query(Consultations::consultation)
                .optional();
    }

    /** The consultation, its row locked until the transaction ends. */
    public Optional<Consultation> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from democracy.consultation where id = ? for update")
                .param(id)
                .query(Consultations::consultation)
                .optional();
    }

    /** Drafts of the bodies, newest first. */
    public List<Consultation> of(Collection<Long> bodyIds, int limit) {
        return jdbc.sql("select " + COLUMNS
                        + " from democracy.consultation where body_id = any(:bodies) order by created_at desc, id desc"
                        + " limit :limit")
                .param("bodies", bodyIds.toArray(Long[]::new))
                .param("limit", limit)
                .query(Consultations::consultation)
                .list();
    }

    /** The opened drafts of a commune (open first, then by last day, latest first). */
    public List<Consultation> publicIn(String communeCode, int limit) {
        return jdbc.sql(
                        "select " + COLUMNS + " from democracy.consultation where commune_code = :commune"
                                + " and status <> 'DRAFT' order by (status = 'OPEN') desc, closes_on desc, id desc limit :limit")
                .param("commune", communeCode)
                .param("limit", limit)
                .query(Consultations::consultation)
                .list();
    }

    /** Drafts open on a day, anywhere, by last day. */
    public List<Consultation> openOn(LocalDate today, int limit) {
        return jdbc.sql("select " + COLUMNS + " from democracy.consultation where status = 'OPEN'"
                        + " and opens_on <= :today and closes_on >= :today order by closes_on, id limit :limit")
                .param("today", today)
                .param("limit", limit)
                .query(Consultations::consultation)
                .list();
    }

    public List<ConsultationSection> sections(long consultationId) {
        return jdbc.sql("""
                select id, consultation_id, position, heading, body from democracy.consultation_section
                where consultation_id = ? order by position
                """)
                .param(consultationId)
                .query((rs, n) -> new ConsultationSection(
                        rs.getLong("id"),
                        rs.getLong("consultation_id"),
                        rs.getInt("position"),
                        rs.getString("heading"),
                        rs.getString("body")))
                .list();
    }

    // ---- documents ------------------------------------------------------------------------------------

    public ConsultationDocument addDocument(long consultationId, FileStore.Stored stored, String by) {
        return jdbc.sql("""
                insert into democracy.consultation_document (consultation_id, file_name, content_type, size_bytes,
                    sha256, storage_key, uploaded_by)
                values (:consultation, :name, :type, :size, :sha, :key, :by)
                returning id, consultation_id, file_name, content_type, size_bytes, uploaded_at
                """)
                .param("consultation", consultationId)
                .param("name", stored.fileName())
                .param("type", stored.contentType())
                .param("size", stored.size())
                .param("sha", stored.sha256())
                .param("key", stored.key())
                .param("by", by)
                .query(Consultations::document)
                .single();
    }

    public List<ConsultationDocument> documents(long consultationId) {
        return jdbc.sql("""
                select id, consultation_id, file_name, content_type, size_bytes, uploaded_at
                from democracy.consultation_document where consultation_id = ? order by id
                """)
                .param(consultationId)
                .query(Consultations::document)
                .list();
    }

    public Optional<String> documentKey(long consultationId, long documentId) {
        return jdbc.sql("""
                select storage_key from democracy.consultation_document where consultation_id = ? and id = ?
                """)
                .param(consultationId)
                .param(documentId)
                .query(String.class)
                .optional();
    }

    public Optional<ConsultationDocument> document(long consultationId, long documentId) {
        return documents(consultationId).stream()
                .filter(d -> d.id() == documentId)
                .findFirst();
    }

    // ---- comments -------------------------------------------------------------------------------------

    public long addComment(
            long consultationId,
            @Nullable Long sectionId,
            CommentChannel channel,
            CommentAuthorKind authorKind,
            @Nullable Long citizenId,
            @Nullable String organisationName,
            @Nullable String sourceNote,
            String body,
            @Nullable String enteredBy) {
        return jdbc.sql("""
                insert into democracy.consultation_comment (consultation_id, section_id, channel, author_kind,
                    citizen_id, organisation_name, source_note, body, entered_by)
                values (:consultation, :section, :channel, :kind, :citizen, :organisation, :source, :body, :by)
                returning id
                """)
                .param("consultation", consultationId)
                .param("section", sectionId)
                .param("channel", channel.name())
                .param("kind", authorKind.name())
                .param("citizen", citizenId)
                .param("organisation", organisationName)
                .param("source", sourceNote)
                .param("body", body)
                .param("by", enteredBy)
                .query(Long.class)
                .single();
    }

    public List<Comment> comments(long consultationId) {
        return jdbc.sql("select " + COMMENT_COLUMNS
                        + " from democracy.consultation_comment where consultation_id = ? order by created_at, id")
                .param(consultationId)
                .query(Consultations::comment)
                .list();
    }

    public Optional<Comment> comment(long consultationId, long commentId) {
        return jdbc.sql("select " + COMMENT_COLUMNS
                        + " from democracy.consultation_comment where consultation_id = ? and id = ?")
                .param(consultationId)
                .param(commentId)
                .query(Consultations::comment)
                .optional();
    }

    public void hide(long commentId, String reason, String by) {
        jdbc.sql("""
                update democracy.consultation_comment set hidden_reason = :reason, hidden_by = :by, hidden_at = now()
                where id = :id
                """)
                .param("reason", reason)
                .param("by", by)
                .param("id", commentId)
                .update();
    }

    /** The distinct portal accounts with a visible comment on the draft. */
    public List<Long> commenters(long consultationId) {
        return jdbc.sql("""
                select distinct citizen_id from democracy.consultation_comment
                where consultation_id = ? and citizen_id is not null and hidden_at is null order by citizen_id
                """).param(consultationId).query(Long.class).list();
    }

    // ---- groups ---------------------------------------------------------------------------------------

    public long addGroup(long consultationId, String title, List<Long> commentIds) {
        long id = jdbc.sql("""
                insert into democracy.consultation_group (consultation_id, title) values (:consultation, :title)
                returning id
                """)
                .param("consultation", consultationId)
                .param("title", title)
                .query(Long.class)
                .single();
        jdbc.sql("""
                update democracy.consultation_comment set group_id = :group
                where consultation_id = :consultation and id = any(:ids)
                """)
                .param("group", id)
                .param("consultation", consultationId)
                .param("ids", commentIds.toArray(Long[]::new))
                .update();
        return id;
    }

    public List<CommentGroup> groups(long consultationId) {
        return jdbc.sql("""
                select id, consultation_id, title, verdict, answer, answered_at from democracy.consultation_group
                where consultation_id = ? order by id
                """).param(consultationId).query(Consultations::group).list();
    }

    public void answer(long groupId, CommentVerdict verdict, String answer, String by) {
        jdbc.sql("""
                update democracy.consultation_group set verdict = :verdict, answer = :answer, answered_by = :by,
                    answered_at = now()
                where id = :id
                """)
                .param("verdict", verdict.name())
                .param("answer", answer)
                .param("by", by)
                .param("id", groupId)
                .update();
    }

    // ---- timeline -------------------------------------------------------------------------------------

    public void recordEvent(long consultationId, String kind, String actor, @Nullable String note) {
        jdbc.sql("""
                insert into democracy.consultation_event (consultation_id, kind, actor, note)
                values (:consultation, :kind, :actor, :note)
                """)
                .param("consultation", consultationId)
                .param("kind", kind)
                .param("actor", actor)
                .param("note", note)
                .update();
    }

    public List<ConsultationEvent> timeline(long consultationId) {
        return jdbc.sql("""
                select occurred_at, kind, actor, note from democracy.consultation_event
                where consultation_id = ? order by occurred_at, id
                """)
                .param(consultationId)
                .query((rs, n) -> new ConsultationEvent(
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("kind"),
                        rs.getString("actor"),
                        rs.getString("note")))
                .list();
    }

    // ---- mapping --------------------------------------------------------------------------------------

    static Consultation consultation(ResultSet rs, int row) throws SQLException {
        long disclosure = rs.getLong("disclosure_id");
        Long disclosureId = rs.wasNull() ? null : disclosure;
        return new Consultation(
                rs.getLong("id"),
                rs.getLong("body_id"),
                rs.getString("province_code"),
                rs.getString("commune_code"),
                ConsultationSubject.valueOf(rs.getString("subject")),
                rs.getString("title"),
                rs.getString("summary"),
                ConsultationStatus.valueOf(rs.getString("status")),
                rs.getObject("opens_on", LocalDate.class),
                rs.getObject("closes_on", LocalDate.class),
                rs.getObject("closed_on", LocalDate.class),
                rs.getString("synthesis_note"),
                rs.getObject("synthesised_on", LocalDate.class),
                disclosureId,
                rs.getString("created_by"),
                rs.getInt("version"));
    }

    static Comment comment(ResultSet rs, int row) throws SQLException {
        long section = rs.getLong("section_id");
        Long sectionId = rs.wasNull() ? null : section;
        long citizen = rs.getLong("citizen_id");
        Long citizenId = rs.wasNull() ? null : citizen;
        long group = rs.getLong("group_id");
        Long groupId = rs.wasNull() ? null : group;
        Timestamp hiddenAt = rs.getTimestamp("hidden_at");
        return new Comment(
                rs.getLong("id"),
                rs.getLong("consultation_id"),
                sectionId,
                CommentChannel.valueOf(rs.getString("channel")),
                CommentAuthorKind.valueOf(rs.getString("author_kind")),
                citizenId,
                rs.getString("organisation_name"),
                rs.getString("source_note"),
                rs.getString("body"),
                groupId,
                rs.getString("hidden_reason"),
                hiddenAt == null ? null : hiddenAt.toInstant(),
                rs.getTimestamp("created_at").toInstant());
    }

    static CommentGroup group(ResultSet rs, int row) throws SQLException {
        String verdict = rs.getString("verdict");
        Timestamp answeredAt = rs.getTimestamp("answered_at");
        return new CommentGroup(
                rs.getLong("id"),
                rs.getLong("consultation_id"),
                rs.getString("title"),
                verdict == null ? null : CommentVerdict.valueOf(verdict),
                rs.getString("answer"),
                answeredAt == null ? null : answeredAt.toInstant());
    }

    static ConsultationDocument document(ResultSet rs, int row) throws SQLException {
        return new ConsultationDocument(
                rs.getLong("id"),
                rs.getLong("consultation_id"),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getTimestamp("uploaded_at").toInstant());
    }
}
