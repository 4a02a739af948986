package vn.danvan.democracy.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.democracy.CommentVerdict;
import vn.danvan.democracy.ConsultationCommands.CriticismDocument;
import vn.danvan.democracy.CriticismForm;
import vn.danvan.democracy.domain.ConsultationEvent;
import vn.danvan.democracy.domain.Criticism;
import vn.danvan.democracy.domain.CriticismRecommendation;

/** The Front's criticisms of drafts, their recommendations and replies, and their timelines. */
@Repository
public class Criticisms {

    private static final String COLUMNS = """
            id, consultation_id, front_body_id, form, draft_received_on, submission_on, conference_on,
            conference_place, participants, experts, document_number, document_date, reply_due_on""";

    private final JdbcClient jdbc;

    Criticisms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(
            long consultationId,
            long frontBodyId,
            CriticismForm form,
            LocalDate draftReceivedOn,
            @Nullable LocalDate submissionOn,
            String by) {
        return jdbc.sql("""
                insert into democracy.criticism (consultation_id, front_body_id, form, draft_received_on,
                    submission_on, created_by)
                values (:consultation, :front, :form, :received, :submission, :by)
                returning id
                """)
                .param("consultation", consultationId)
                .param("front", frontBodyId)
                .param("form", form.name())
                .param("received", draftReceivedOn)
                .param("submission", submissionOn)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    public void document(long id, CriticismDocument document, List<String> recommendations, LocalDate replyDue) {
        jdbc.sql("""
                update democracy.criticism set conference_on = :conference, conference_place = :place,
                    participants = :participants, experts = :experts, document_number = :number,
                    document_date = :date, reply_due_on = :due, version = version + 1
                where id = :id
                """)
                .param("conference", document.conferenceOn())
                .param("place", document.conferencePlace())
                .param("participants", document.participants())
                .param("experts", document.experts())
                .param("number", document.documentNumber())
                .param("date", document.documentDate())
                .param("due", replyDue)
                .param("id", id)
                .update();
        int position = 1;
        for (String recommendation : recommendations) {
            jdbc.sql("""
                    insert into democracy.criticism_recommendation (criticism_id, position, body)
                    values (:criticism, :position, :body)
                    """)
                    .param("criticism", id)
                    .param("position", position++)
                    .param("body", recommendation)
                    .update();
        }
    }

    public Optional<Criticism> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from democracy.criticism where id = ?")
                .param(id)
                .query(Criticisms::criticism)
                .optional();
    }

    public Optional<Criticism> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from democracy.criticism where id = ? for update")
                .param(id)
                .query(Criticisms::criticism)
                .optional();
    }

    public List<Criticism> ofConsultation(long consultationId) {
        return jdbc.sql("select " + COLUMNS + " from democracy.criticism where consultation_id = ? order by id")
                .param(consultationId)
                .query(Criticisms::criticism)
                .list();
    }

    public List<CriticismRecommendation> recommendations(long criticismId) {
        return jdbc.sql("""
                select id, criticism_id, position, body, verdict, reply, replied_on, done_on, done_note
                from democracy.criticism_recommendation where criticism_id = ? order by position
                """)
                .param(criticismId)
                .query(Criticisms::recommendation)
                .list();
    }

    public void reply(long recommendationId, CommentVerdict verdict, String reply, LocalDate on, String by) {
        jdbc.sql("""
                update democracy.criticism_recommendation set verdict = :verdict, reply = :reply, replied_on = :on,
                    replied_by = :by
                where id = :id
                """)
                .param("verdict", verdict.name())
                .param("reply", reply)
                .param("on", on)
                .param("by", by)
                .param("id", recommendationId)
                .update();
    }

    public void done(long recommendationId, LocalDate on, @Nullable String note) {
        jdbc.sql("update democracy.criticism_recommendation set done_on = :on, done_note = :note where id = :id")
                .param("on", on)
                .param("note", note)
                .param("id", recommendationId)
                .update();
    }

    public void recordEvent(long criticismId, String kind, String actor, @Nullable String note) {
        jdbc.sql("""
                insert into democracy.criticism_event (criticism_id, kind, actor, note)
                values (:criticism, :kind, :actor, :note)
                """)
                .param("criticism", criticismId)
                .param("kind", kind)
                .param("actor", actor)
                .param("note", note)
                .update();
    }

    public List<ConsultationEvent> timeline(long criticismId) {
        return jdbc.sql("""
                select occurred_at, kind, actor, note from democracy.criticism_event
                where criticism_id = ? order by occurred_at, id
                """)
                .param(criticismId)
                .query((rs, n) -> new ConsultationEvent(
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("kind"),
                        rs.getString("actor"),
                        rs.getString("note")))
                .list();
    }

    static Criticism criticism(ResultSet rs, int row) throws SQLException {
        return new Criticism(
                rs.getLong("id"),
                rs.getLong("consultation_id"),
                rs.getLong("front_body_id"),
                CriticismForm.valueOf(rs.getString("form")),
                rs.getObject("draft_received_on", LocalDate.class),
                rs.getObject("submission_on", LocalDate.class),
                rs.getObject("conference_on", LocalDate.class),
                rs.getString("conference_place"),
                rs.getString("participants"),
                rs.getString("experts"),
                rs.getString("document_number"),
                rs.getObject("document_date", LocalDate.class),
                rs.getObject("reply_due_on", LocalDate.class));
    }

    static CriticismRecommendation recommendation(ResultSet rs, int row) throws SQLException {
        String verdict = rs.getString("verdict");
        return new CriticismRecommendation(
                rs.getLong("id"),
                rs.getLong("criticism_id"),
                rs.getInt("position"),
                rs.getString("body"),
                verdict == null ? null : CommentVerdict.valueOf(verdict),
                rs.getString("reply"),
                rs.getObject("replied_on", LocalDate.class),
                rs.getObject("done_on", LocalDate.class),
                rs.getString("done_note"));
    }
}
