package vn.danvan.petition.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.petition.NoticeAddressee;
import vn.danvan.petition.NoticeKind;
import vn.danvan.shared.AuditTrail;

/** The written notices of cases (documents stored sealed), their numbering, and the steps of the escalation ladder. */
@Component
public class Notices {

    public record NewNotice(
            long petitionId,
            NoticeKind kind,
            NoticeAddressee addressee,
            String number,
            String title,
            @Nullable String form,
            LocalDate issuedOn,
            boolean namesIdentity,
            byte[] documentSealed) {}

    /** A notice as listed on its case: never its document. */
    public record Listed(
            long id,
            long petitionId,
            NoticeKind kind,
            NoticeAddressee addressee,
            String number,
            String title,
            @Nullable String form,
            LocalDate issuedOn,
            boolean namesIdentity) {}

    public record Stored(Listed notice, byte[] documentSealed) {}

    private final JdbcClient jdbc;

    Notices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of a body's notices in a year; concurrent issuers wait on the counter's row. */
    public int nextNumber(long bodyId, int year) {
        return jdbc.sql("""
                insert into petition.notice_number (body_id, year, last) values (?, ?, 1)
                on conflict (body_id, year) do update set last = petition.notice_number.last + 1
                returning last
                """).params(bodyId, year).query(Integer.class).single();
    }

    public long add(NewNotice notice) {
        return jdbc.sql("""
                insert into petition.notice (petition_id, kind, addressee, number, title, form, issued_on,
                    names_identity, document_sealed, issued_by)
                values (:petition, :kind, :addressee, :number, :title, :form, :issuedOn, :namesIdentity, :document, :actor)
                returning id
                """)
                .param("petition", notice.petitionId())
                .param("kind", notice.kind().name())
                .param("addressee", notice.addressee().name())
                .param("number", notice.number())
                .param("title", notice.title())
                .param("form", notice.form())
                .param("issuedOn", notice.issuedOn())
                .param("namesIdentity", notice.namesIdentity())
                .param("document", notice.documentSealed())
                .param("actor", AuditTrail.currentActor())
                .query(Long.class)
                .single();
    }

    public List<Listed> of(long petitionId) {
        return jdbc.sql(SELECT + " where petition_id = ? order by id")
                .param(petitionId)
                .query((rs, n) -> listed(rs))
                .list();
    }

    public Optional<Stored> find(long noticeId) {
        return jdbc.sql(SELECT.replace("names_identity", "names_identity, document_sealed") + " where id = ?")
                .param(noticeId)
                .query((rs, n) -> new Stored(listed(rs), rs.getBytes("document_sealed")))
                .optional();
    }

    private static final String SELECT = """
            select id, petition_id, kind, addressee, number, title, form, issued_on, names_identity
            from petition.notice""";

    private static Listed listed(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Listed(
                rs.getLong("id"),
                rs.getLong("petition_id"),
                NoticeKind.valueOf(rs.getString("kind")),
                NoticeAddressee.valueOf(rs.getString("addressee")),
                rs.getString("number"),
                rs.getString("title"),
                rs.getString("form"),
                rs.getObject("issued_on", LocalDate.class),
                rs.getBoolean("names_identity"));
    }

    /** The latest note of a kind on a case's timeline: the guidance, the reason, the summary the fact recorded. */
    public @Nullable String latestNote(long petitionId, String kind) {
        return jdbc.sql("""
                select note from petition.petition_event where petition_id = ? and kind = ? order by id desc limit 1
                """)
                .params(petitionId, kind)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /** A line on the case's timeline (staff only, or also on the citizen's public timeline). */
    public void onTimeline(long petitionId, LocalDate on, String kind, String note, boolean visibleToCitizen) {
        jdbc.sql("""
                insert into petition.petition_event (petition_id, occurred_on, kind, actor, note, public)
                values (?, ?, ?, ?, ?, ?)
                """)
                .params(petitionId, on, kind, AuditTrail.currentActor(), note, visibleToCitizen)
                .update();
    }

    // ---- the escalation ladder ------------------------------------------------------------------------

    /** Open cases past their current deadline whose ladder still has a step above {@code lastStep} to take. */
    public List<Long> overdueWithStepsLeft(LocalDate today, int lastStep) {
        return jdbc.sql("""
                select p.id from petition.petition p
                where ((p.state = 'RECEIVED' and p.processing_due < :today) or (p.state = 'ACCEPTED' and p.resolution_due < :today))
                  and not exists (select 1 from petition.escalation e where e.petition_id = p.id and e.step = :last
                                  and e.due = case when p.state = 'RECEIVED' then p.processing_due else p.resolution_due end)
                order by p.id
                """)
                .param("today", today)
                .param("last", lastStep)
                .query(Long.class)
                .list();
    }

    /** Takes a step of the ladder for a missed deadline; false when it was taken already (by this or another instance). */
    public boolean takeStep(long petitionId, LocalDate due, int step, LocalDate on, @Nullable Long targetBody) {
        return jdbc.sql("""
                        insert into petition.escalation (petition_id, due, step, taken_on, target_body)
                        values (:petition, :due, :step, :on, :target)
                        on conflict do nothing
                        """)
                        .param("petition", petitionId)
                        .param("due", due)
                        .param("step", step)
                        .param("on", on)
                        .param("target", targetBody)
                        .update()
                == 1;
    }

    /** The steps taken on a case, by deadline, for its page. */
    public record Step(
            LocalDate due,
            int step,
            LocalDate takenOn,
            @Nullable Long targetBody) {}

    public List<Step> steps(long petitionId) {
        return jdbc.sql("""
                select due, step, taken_on, target_body from petition.escalation where petition_id = ? order by due, step
                """)
                .param(petitionId)
                .query((rs, n) -> new Step(
                        rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getObject(3, LocalDate.class), (Long)
                                rs.getObject(4)))
                .list();
    }
}
