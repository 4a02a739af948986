package vn.danvan.reception.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.PetitionerKind;
import vn.danvan.reception.Matter;
import vn.danvan.reception.ReceptionCommands.RecordVisit;
import vn.danvan.reception.RefusalGround;
import vn.danvan.reception.VisitAnswer;
import vn.danvan.reception.domain.ReceptionVisit;
import vn.danvan.reception.domain.Visitor;

/** The reception log: every visit, with its visitor in clear or sealed. */
@Repository
public class ReceptionVisits {

    private final JdbcClient jdbc;

    ReceptionVisits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Logs a visit; returns its id. */
    public long add(
            RecordVisit command,
            Visitor visitor,
            @Nullable String communeCode,
            @Nullable String response,
            @Nullable LocalDate groundsOn,
            String recordedBy) {
        return jdbc.sql("""
                insert into reception.visit (body_id, session_id, visited_on, visitor_kind, people_count,
                    representative_count, delegation, visitor_name, visitor_phone, visitor_address, commune_code, matter,
                    content_type, field_code, summary, response, refused, refusal_ground, recorded_by, visitor_identity,
                    visitor_sealed, representatives_in_writing, representatives_among_group, refusal_grounds_on,
                    refusal_notice_on)
                values (:body, :session, :day, :kind, :people, :representatives, :delegation, :name, :phone, :address,
                    :commune, :matter, :type, :field, :summary, :response, :refused, :ground, :by, :identity, :sealed,
                    :inWriting, :amongGroup, :groundsOn, :noticeOn)
                returning id
                """)
                .param("body", command.bodyId())
                .param("session", command.sessionId())
                .param("day", command.visitedOn())
                .param("kind", command.visitorKind().name())
                .param("people", command.peopleCount())
                .param("representatives", command.representativeCount())
                .param("delegation", command.visitorKind() == PetitionerKind.GROUP)
                .param("name", visitor.name())
                .param("phone", visitor.phone())
                .param("address", visitor.address())
                .param("identity", visitor.sealedIdentity())
                .param("sealed", visitor.sealed())
                .param("commune", communeCode)
                .param("matter", command.matter().name())
                .param("type", command.contentType().name())
                .param("field", command.fieldCode())
                .param("summary", command.summary().strip())
                .param("response", response)
                .param("refused", command.refusalGround() != null)
                .param(
                        "ground",
                        command.refusalGround() == null
                                ? null
                                : command.refusalGround().name())
                .param("by", recordedBy)
                .param("inWriting", command.visitorKind() == PetitionerKind.GROUP && command.representativesInWriting())
                .param(
                        "amongGroup",
                        command.visitorKind() == PetitionerKind.GROUP && command.representativesAmongGroup())
                .param("groundsOn", groundsOn)
                .param("noticeOn", command.refusalGround() == null ? null : command.refusalNoticeOn())
                .query(Long.class)
                .single();
    }

    public Optional<ReceptionVisit> find(long id) {
        return jdbc.sql("select * from reception.visit where id = ?")
                .param(id)
                .query((rs, n) -> visit(rs))
                .optional();
    }

    /** The visit, locked until the transaction ends. */
    public Optional<ReceptionVisit> lock(long id) {
        return jdbc.sql("select id from reception.visit where id = ? for update")
                .param(id)
                .query(Long.class)
                .optional()
                .flatMap(this::find);
    }

    /** Links the visit to the petition made from it. */
    public void linkPetition(long visitId, long petitionId) {
        jdbc.sql("update reception.visit set petition_id = :petition where id = :id")
                .param("petition", petitionId)
                .param("id", visitId)
                .update();
    }

    /** Records the answer given to the person received, and its day. */
    public void answer(long visitId, VisitAnswer answer, LocalDate on) {
        jdbc.sql("update reception.visit set answer = :answer, answered_on = :on where id = :id")
                .param("answer", answer.name())
                .param("on", on)
                .param("id", visitId)
                .update();
    }

    /** Records the day the written notice of a refusal was issued. */
    public void recordRefusalNotice(long visitId, LocalDate on) {
        jdbc.sql("update reception.visit set refusal_notice_on = :on where id = :id")
                .param("on", on)
                .param("id", visitId)
                .update();
    }

    /**
     * The visits of the bodies that still owe the person something — an answer, or the notice of a refusal — oldest
     * first, at most {@code limit}.
     */
    public List<ReceptionVisit> awaiting(
            Collection<Long> bodyIds, Collection<String> groundsNotified, LocalDate noticesFrom, int limit) {
        if (bodyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from reception.visit where body_id in (:bodies)
                  and ((not refused and answer is null)
                    or (refused and refusal_notice_on is null and refusal_ground in (:grounds)
                        and refusal_grounds_on >= :noticesFrom))
                order by visited_on, id limit :limit
                """)
                .param("bodies", bodyIds)
                .param("grounds", groundsNotified)
                .param("noticesFrom", noticesFrom)
                .param("limit", limit)
                .query((rs, n) -> visit(rs))
                .list();
    }

    /** The sealed identity of the visitor, if the visit keeps one. */
    public byte @Nullable [] sealedIdentity(long visitId) {
        return jdbc
                .sql("select visitor_identity from reception.visit where id = ?")
                .param(visitId)
                .query((rs, n) -> Optional.ofNullable(rs.getBytes(1)))
                .list()
                .stream()
                .findFirst()
                .flatMap(found -> found)
                .orElse(null);
    }

    /** The visits of the bodies between two days, latest first, at most {@code limit}. */
    public List<ReceptionVisit> ofBodies(Collection<Long> bodyIds, LocalDate from, LocalDate to, int limit) {
        if (bodyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from reception.visit where body_id in (:bodies) and visited_on between :from and :to
                order by visited_on desc, id desc limit :limit
                """)
                .param("bodies", bodyIds)
                .param("from", from)
                .param("to", to)
                .param("limit", limit)
                .query((rs, n) -> visit(rs))
                .list();
    }

    private static ReceptionVisit visit(ResultSet rs) throws SQLException {
        String ground = rs.getString("refusal_ground");
        String answer = rs.getString("answer");
        return new ReceptionVisit(
                rs.getLong("id"),
                rs.getLong("body_id"),
                (Long) rs.getObject("session_id"),
                rs.getObject("visited_on", LocalDate.class),
                PetitionerKind.valueOf(rs.getString("visitor_kind")),
                rs.getInt("people_count"),
                rs.getInt("representative_count"),
                rs.getBoolean("delegation"),
                rs.getString("visitor_name"),
                rs.getString("visitor_phone"),
                rs.getString("visitor_address"),
                rs.getString("commune_code"),
                Matter.valueOf(rs.getString("matter")),
                PetitionType.valueOf(rs.getString("content_type")),
                rs.getString("field_code"),
                rs.getString("summary"),
                rs.getString("response"),
                ground == null ? null : RefusalGround.valueOf(ground),
                (Long) rs.getObject("petition_id"),
                rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class),
                rs.getBoolean("visitor_sealed"),
                answer == null ? null : VisitAnswer.valueOf(answer),
                rs.getObject("answered_on", LocalDate.class),
                rs.getBoolean("representatives_in_writing"),
                rs.getBoolean("representatives_among_group"),
                rs.getObject("refusal_grounds_on", LocalDate.class),
                rs.getObject("refusal_notice_on", LocalDate.class));
    }
}
