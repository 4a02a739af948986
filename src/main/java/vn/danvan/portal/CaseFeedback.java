package vn.danvan.portal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.petition.OnlinePetitions;
import vn.danvan.petition.OnlinePetitions.PublicCase;
import vn.danvan.petition.PetitionReference;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;

/**
 * After a case is finished its author rates the handling (1–5 and a comment, once), or reopens it within
 * the configured window. The tracking code is the author's key: it is random and only on their receipt.
 */
@Service
@Transactional
public class CaseFeedback {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public record Rating(int score, @Nullable String comment, LocalDate ratedOn) {
    }

    private final OnlinePetitions petitions;
    private final PortalSettings settings;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    CaseFeedback(OnlinePetitions petitions, PortalSettings settings, JdbcClient jdbc, AuditTrail audit) {
        this.petitions = petitions;
        this.settings = settings;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public void rate(String trackingCode, int score, @Nullable String comment) {
        PublicCase found = finishedCase(trackingCode);
        if (score < 1 || score > 5) {
            throw DomainException.invalid("portal.rating-out-of-range");
        }
        if (comment != null && comment.length() > 2000) {
            throw DomainException.invalid("portal.comment-too-long");
        }
        int inserted = jdbc.sql("""
                insert into portal.rating (petition_id, body_id, score, comment, rated_on) values (?, ?, ?, ?, ?)
                on conflict (petition_id) do nothing
                """).params(found.id(), found.bodyId(), score, comment == null || comment.isBlank() ? null : comment.strip(),
                LocalDate.now(VIETNAM)).update();
        if (inserted == 0) {
            throw DomainException.conflict("portal.already-rated");
        }
        audit.record("portal.rated", "petition", found.id(), Map.of("score", score));
    }

    @Transactional(readOnly = true)
    public Optional<Rating> rating(long petitionId) {
        return jdbc.sql("select score, comment, rated_on from portal.rating where petition_id = ?").param(petitionId)
                .query((rs, n) -> new Rating(rs.getInt(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .optional();
    }

    /** The last day the author may reopen, or empty when the case is not finished. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> reopenUntil(PublicCase found) {
        return Optional.ofNullable(found.finishedOn()).map(d -> d.plusDays(settings.reopenWindowDays()));
    }

    public PetitionReference reopen(String trackingCode, String reason) {
        PublicCase found = finishedCase(trackingCode);
        LocalDate until = reopenUntil(found).orElseThrow();
        if (LocalDate.now(VIETNAM).isAfter(until)) {
            throw DomainException.conflict("portal.reopen-window-passed", until);
        }
        PetitionReference reopened = petitions.reopen(found.trackingCode(), reason);
        // The contact given with the first case follows the reopened one, so the author is told about it too.
        jdbc.sql("""
                insert into portal.submission (petition_id, tracking_code, body_id, citizen_id, client, request_key,
                    email_sealed, phone_sealed, locale, consent_version, consented_at, ip)
                select ?, ?, body_id, citizen_id, 'reopen', ?, email_sealed, phone_sealed, locale, consent_version,
                    consented_at, ip
                from portal.submission where petition_id = ?
                """).params(reopened.id(), reopened.trackingCode(), reopened.trackingCode(), found.id()).update();
        audit.record("portal.reopened", "petition", found.id(), Map.of("reopenedAs", reopened.trackingCode()));
        return reopened;
    }

    private PublicCase finishedCase(String trackingCode) {
        PublicCase found = petitions.track(trackingCode)
                .orElseThrow(() -> DomainException.notFound("portal.case-not-found", trackingCode));
        if (!found.finished()) {
            throw DomainException.conflict("portal.case-not-finished");
        }
        return found;
    }
}
