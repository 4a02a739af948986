package vn.danvan.dialogue.persistence;

import static vn.danvan.shared.InputText.blankToNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.dialogue.DialogueCommands.HoldDialogue;
import vn.danvan.dialogue.DialogueCommands.RaiseIssue;
import vn.danvan.dialogue.DialogueKind;
import vn.danvan.dialogue.domain.Dialogue;
import vn.danvan.dialogue.domain.Issue;
import vn.danvan.dialogue.domain.MinutesFile;
import vn.danvan.shared.FileStore;

/** The dialogues held, with their issues and the files of their minutes. */
@Repository
public class Dialogues {

    private final JdbcClient jdbc;

    Dialogues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a dialogue held; returns its id. */
    public long add(HoldDialogue command, long convenerBodyId, @Nullable String communeCode, String createdBy) {
        return jdbc.sql("""
                insert into dialogue.dialogue (convener_body_id, co_convener_body_id, kind, held_on, place, topic,
                    chair_name, chair_position, participants, groups_present, minutes, commune_code, created_by)
                values (:convener, :coConvener, :kind, :day, :place, :topic, :chair, :position, :participants, :groups,
                    :minutes, :commune, :by) returning id
                """)
                .param("convener", convenerBodyId)
                .param("coConvener", command.coConvenerBodyId())
                .param("kind", command.kind().name())
                .param("day", command.heldOn())
                .param("place", command.place().strip())
                .param("topic", command.topic().strip())
                .param("chair", command.chairName().strip())
                .param("position", blankToNull(command.chairPosition()))
                .param("participants", command.participants())
                .param("groups", blankToNull(command.groupsPresent()))
                .param("minutes", blankToNull(command.minutes()))
                .param("commune", communeCode)
                .param("by", createdBy)
                .query(Long.class)
                .single();
    }

    public Optional<Dialogue> find(long id) {
        return jdbc.sql("select * from dialogue.dialogue where id = ?")
                .param(id)
                .query((rs, n) -> dialogue(rs))
                .optional();
    }

    /** The dialogues convened or co-convened by the bodies in a year, latest first. */
    public List<Dialogue> heldBy(Collection<Long> bodyIds, int year) {
        if (bodyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from dialogue.dialogue
                where (convener_body_id in (:bodies) or co_convener_body_id in (:bodies))
                  and held_on between :first and :last
                order by held_on desc, id desc
                """)
                .param("bodies", bodyIds)
                .param("first", LocalDate.of(year, 1, 1))
                .param("last", LocalDate.of(year, 12, 31))
                .query((rs, n) -> dialogue(rs))
                .list();
    }

    /** How many annual grassroots dialogues the body convened or co-convened in the year. */
    public int annualHeld(long bodyId, int year) {
        return jdbc.sql("""
                select count(*) from dialogue.dialogue
                where kind = 'ANNUAL_GRASSROOTS' and (convener_body_id = :body or co_convener_body_id = :body)
                  and held_on between :first and :last
                """)
                .param("body", bodyId)
                .param("first", LocalDate.of(year, 1, 1))
                .param("last", LocalDate.of(year, 12, 31))
                .query(Integer.class)
                .single();
    }

    // ---- issues -------------------------------------------------------------------------------------

    /** Records an issue raised in the dialogue; returns its id. */
    public long addIssue(long dialogueId, RaiseIssue command) {
        return jdbc.sql("""
                insert into dialogue.issue (dialogue_id, content, raised_by, field_code, answer)
                values (:dialogue, :content, :raisedBy, :field, :answer) returning id
                """)
                .param("dialogue", dialogueId)
                .param("content", command.content().strip())
                .param("raisedBy", blankToNull(command.raisedBy()))
                .param("field", command.fieldCode())
                .param("answer", blankToNull(command.answer()))
                .query(Long.class)
                .single();
    }

    public Optional<Issue> issue(long id) {
        return jdbc.sql("select * from dialogue.issue where id = ?")
                .param(id)
                .query((rs, n) -> issue(rs))
                .optional();
    }

    public List<Issue> issues(long dialogueId) {
        return jdbc.sql("select * from dialogue.issue where dialogue_id = ? order by id")
                .param(dialogueId)
                .query((rs, n) -> issue(rs))
                .list();
    }

    // ---- minutes ------------------------------------------------------------------------------------

    /** Records a stored file of the dialogue's minutes; returns it. */
    public MinutesFile addMinutes(long dialogueId, FileStore.Stored stored, String uploadedBy) {
        long id = jdbc.sql("""
                insert into dialogue.minutes_file (dialogue_id, file_name, content_type, size_bytes, sha256, storage_key,
                    uploaded_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id
                """)
                .params(
                        dialogueId,
                        stored.fileName(),
                        stored.contentType(),
                        stored.size(),
                        stored.sha256(),
                        stored.key(),
                        uploadedBy)
                .query(Long.class)
                .single();
        return new MinutesFile(id, stored.fileName(), stored.contentType(), stored.size());
    }

    public List<MinutesFile> minutes(long dialogueId) {
        return jdbc.sql(
                        "select id, file_name, content_type, size_bytes from dialogue.minutes_file where dialogue_id = ? order by id")
                .param(dialogueId)
                .query((rs, n) -> new MinutesFile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
    }

    /** Where the file store keeps a file of the dialogue's minutes. */
    public Optional<String> minutesKey(long dialogueId, long fileId) {
        return jdbc.sql("select storage_key from dialogue.minutes_file where id = ? and dialogue_id = ?")
                .params(fileId, dialogueId)
                .query(String.class)
                .optional();
    }

    private static Dialogue dialogue(ResultSet rs) throws SQLException {
        return new Dialogue(
                rs.getLong("id"),
                rs.getLong("convener_body_id"),
                (Long) rs.getObject("co_convener_body_id"),
                DialogueKind.valueOf(rs.getString("kind")),
                rs.getObject("held_on", LocalDate.class),
                rs.getString("place"),
                rs.getString("topic"),
                rs.getString("chair_name"),
                rs.getString("chair_position"),
                rs.getInt("participants"),
                rs.getString("groups_present"),
                rs.getString("minutes"),
                rs.getString("commune_code"));
    }

    private static Issue issue(ResultSet rs) throws SQLException {
        return new Issue(
                rs.getLong("id"),
                rs.getLong("dialogue_id"),
                rs.getString("content"),
                rs.getString("raised_by"),
                rs.getString("field_code"),
                rs.getString("answer"));
    }
}
