package vn.danvan.petition.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The facts recorded on the legal path of a denunciation or of regulation feedback (petition.legal_path). */
@Repository
public class LegalPaths {

    private final JdbcClient jdbc;

    LegalPaths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What was recorded; every field empty for a petition with nothing recorded yet. */
    public record Facts(
            @Nullable String severalPlacesReason,
            @Nullable LocalDate severalPlacesOn,
            boolean regulationFeedback,
            @Nullable String accusedName,
            @Nullable String accusedPosition,
            @Nullable String accusedBody,
            @Nullable LocalDate denouncerNotifiedOn,
            @Nullable LocalDate accusedNotifiedOn,
            @Nullable LocalDate withdrawnOn,
            @Nullable String withdrawalForm,
            boolean withdrawalPartial,
            @Nullable String withdrawalContinuation,
            @Nullable LocalDate publishedOn,
            List<String> publicationForms) {

        static final Facts NONE =
                new Facts(null, null, false, null, null, null, null, null, null, null, false, null, null, List.of());
    }

    public Facts facts(long petitionId) {
        return jdbc.sql("select * from petition.legal_path where petition_id = ?")
                .param(petitionId)
                .query(LegalPaths::map)
                .optional()
                .orElse(Facts.NONE);
    }

    public void severalPlaces(long petitionId, LocalDate on, String reason) {
        jdbc.sql("""
                insert into petition.legal_path (petition_id, several_places_reason, several_places_on)
                values (:id, :reason, :on)
                on conflict (petition_id) do update set several_places_reason = :reason, several_places_on = :on
                """)
                .param("id", petitionId)
                .param("reason", reason)
                .param("on", on)
                .update();
    }

    public void regulationFeedback(long petitionId) {
        jdbc.sql("""
                insert into petition.legal_path (petition_id, regulation_feedback) values (?, true)
                on conflict (petition_id) do update set regulation_feedback = true
                """).param(petitionId).update();
    }

    public void accused(long petitionId, String name, @Nullable String position, @Nullable String body) {
        jdbc.sql("""
                insert into petition.legal_path (petition_id, accused_name, accused_position, accused_body)
                values (:id, :name, :position, :body)
                on conflict (petition_id) do update set accused_name = :name, accused_position = :position,
                    accused_body = :body
                """)
                .param("id", petitionId)
                .param("name", name)
                .param("position", position)
                .param("body", body)
                .update();
    }

    public void denouncerNotified(long petitionId, LocalDate on) {
        jdbc.sql("""
                insert into petition.legal_path (petition_id, denouncer_notified_on) values (?, ?)
                on conflict (petition_id) do update set denouncer_notified_on = excluded.denouncer_notified_on
                """).params(petitionId, on).update();
    }

    public void accusedNotified(long petitionId, LocalDate on) {
        jdbc.sql("""
                insert into petition.legal_path (petition_id, accused_notified_on) values (?, ?)
                on conflict (petition_id) do update set accused_notified_on = excluded.accused_notified_on
                """).params(petitionId, on).update();
    }

    public void withdrawn(long petitionId, LocalDate on, String form, boolean partial, @Nullable String continuation) {
        jdbc.sql("""
                insert into petition.legal_path (petition_id, withdrawn_on, withdrawal_form, withdrawal_partial,
                    withdrawal_continuation)
                values (:id, :on, :form, :partial, :continuation)
                on conflict (petition_id) do update set withdrawn_on = :on, withdrawal_form = :form,
                    withdrawal_partial = :partial, withdrawal_continuation = :continuation
                """)
                .param("id", petitionId)
                .param("on", on)
                .param("form", form)
                .param("partial", partial)
                .param("continuation", continuation)
                .update();
    }

    public void published(long petitionId, LocalDate on, List<String> forms) {
        jdbc.sql("""
                insert into petition.legal_path (petition_id, published_on, publication_forms)
                values (:id, :on, cast(:forms as text[]))
                on conflict (petition_id) do update set published_on = :on, publication_forms = cast(:forms as text[])
                """)
                .param("id", petitionId)
                .param("on", on)
                .param("forms", forms.toArray(String[]::new))
                .update();
    }

    /** The conclusion as recorded on the timeline: the note of the latest RESOLVED event. */
    public Optional<String> conclusion(long petitionId) {
        return jdbc.sql("""
                select note from petition.petition_event where petition_id = ? and kind = 'RESOLVED' and note is not null
                order by id desc limit 1
                """).param(petitionId).query(String.class).optional();
    }

    private static Facts map(ResultSet rs, int row) throws SQLException {
        Array forms = rs.getArray("publication_forms");
        return new Facts(
                rs.getString("several_places_reason"),
                rs.getObject("several_places_on", LocalDate.class),
                rs.getBoolean("regulation_feedback"),
                rs.getString("accused_name"),
                rs.getString("accused_position"),
                rs.getString("accused_body"),
                rs.getObject("denouncer_notified_on", LocalDate.class),
                rs.getObject("accused_notified_on", LocalDate.class),
                rs.getObject("withdrawn_on", LocalDate.class),
                rs.getString("withdrawal_form"),
                rs.getBoolean("withdrawal_partial"),
                rs.getString("withdrawal_continuation"),
                rs.getObject("published_on", LocalDate.class),
                forms == null ? List.of() : Arrays.asList((String[]) forms.getArray()));
    }
}
