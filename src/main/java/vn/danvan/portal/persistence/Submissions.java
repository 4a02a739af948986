package vn.danvan.portal.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.shared.ClientAddress;

/**
 * The online submissions ({@code portal.submission}), one per petition sent through the portal or by an API
 * client: where it came from, its request key, the contact sealed and its keyed digests, the consent given.
 */
@Repository
public class Submissions {

    /** A submission to store; its contact sealed already. */
    public record NewSubmission(
            long petitionId,
            String trackingCode,
            long bodyId,
            @Nullable Long citizenId,
            String client,
            String requestKey,
            byte @Nullable [] emailSealed,
            byte @Nullable [] phoneSealed,
            byte @Nullable [] emailDigest,
            byte @Nullable [] phoneDigest,
            String locale,
            String consentVersion,
            String ip) {}

    /** A submission as a repeat of its request finds it. */
    public record Stored(long petitionId, String trackingCode, long bodyId, OffsetDateTime submittedAt) {}

    private final JdbcClient jdbc;

    Submissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits, in the caller's transaction, for any other transaction holding the same request key. */
    public void lockRequestKey(String client, String requestKey) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(? || '|' || ?, 0))")
                .params(client, requestKey)
                .query(Object.class)
                .single();
    }

    public Optional<Stored> byRequestKey(String client, String requestKey) {
        return jdbc.sql("""
                select petition_id, tracking_code, body_id, created_at from portal.submission
                where client = ? and request_key = ?
                """)
                .params(client, requestKey)
                .query((rs, n) -> new Stored(
                        rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getObject(4, OffsetDateTime.class)))
                .optional();
    }

    /** The API client that sent a submission under this token (its Idempotency-Key or the one it was given). */
    public Optional<String> clientOfToken(String token, String portalClient) {
        return jdbc.sql("select client from portal.submission where request_key = ? and client <> ? limit 1")
                .params(token, portalClient)
                .query(String.class)
                .optional();
    }

    /** The hash of what was sent with the submission's request, if kept. */
    public byte @Nullable [] requestHash(long petitionId) {
        return jdbc.sql("select request_hash from portal.submission where petition_id = ?")
                .param(petitionId)
                .query((rs, n) -> rs.getBytes(1))
                .single();
    }

    public void keepRequestHash(long petitionId, byte[] requestHash) {
        jdbc.sql("update portal.submission set request_hash = ? where petition_id = ?")
                .params(requestHash, petitionId)
                .update();
    }

    /** Stores submissions in one statement, consented now. */
    public void addAll(List<NewSubmission> submissions) {
        jdbc.sql("""
                insert into portal.submission (petition_id, tracking_code, body_id, citizen_id, client, request_key,
                    email_sealed, phone_sealed, email_digest, phone_digest, locale, consent_version, consented_at, ip, ip_network)
                select petition_id, tracking_code, body_id, citizen_id, client, request_key, email_sealed, phone_sealed,
                    email_digest, phone_digest, locale, consent_version, now(), ip, ip_network
                from unnest(cast(:petition as bigint[]), cast(:trackingCode as text[]), cast(:body as bigint[]),
                    cast(:citizen as bigint[]), cast(:client as text[]), cast(:requestKey as text[]),
                    cast(:email as bytea[]), cast(:phone as bytea[]), cast(:emailDigest as bytea[]),
                    cast(:phoneDigest as bytea[]), cast(:locale as text[]), cast(:consent as text[]), cast(:ip as text[]),
                    cast(:ipNetwork as text[]))
                    as row(petition_id, tracking_code, body_id, citizen_id, client, request_key, email_sealed, phone_sealed,
                        email_digest, phone_digest, locale, consent_version, ip, ip_network)
                """)
                .param(
                        "petition",
                        submissions.stream().map(NewSubmission::petitionId).toArray(Long[]::new))
                .param(
                        "trackingCode",
                        submissions.stream().map(NewSubmission::trackingCode).toArray(String[]::new))
                .param("body", submissions.stream().map(NewSubmission::bodyId).toArray(Long[]::new))
                .param(
                        "citizen",
                        submissions.stream().map(NewSubmission::citizenId).toArray(Long[]::new))
                .param("client", submissions.stream().map(NewSubmission::client).toArray(String[]::new))
                .param(
                        "requestKey",
                        submissions.stream().map(NewSubmission::requestKey).toArray(String[]::new))
                .param(
                        "email",
                        submissions.stream().map(NewSubmission::emailSealed).toArray(byte[][]::new))
                .param(
                        "phone",
                        submissions.stream().map(NewSubmission::phoneSealed).toArray(byte[][]::new))
                .param(
                        "emailDigest",
                        submissions.stream().map(NewSubmission::emailDigest).toArray(byte[][]::new))
                .param(
                        "phoneDigest",
                        submissions.stream().map(NewSubmission::phoneDigest).toArray(byte[][]::new))
                .param("locale", submissions.stream().map(NewSubmission::locale).toArray(String[]::new))
                .param(
                        "consent",
                        submissions.stream().map(NewSubmission::consentVersion).toArray(String[]::new))
                .param("ip", submissions.stream().map(NewSubmission::ip).toArray(String[]::new))
                .param(
                        "ipNetwork",
                        submissions.stream()
                                .map(each -> ClientAddress.network(each.ip()))
                                .toArray(String[]::new))
                .update();
    }

    /**
     * How many submissions an API client made in the last hour, counted up to {@code limit} only: the cost of a
     * check stays that of the limit, not of the hour's traffic.
     */
    public long recentFromClient(String client, long limit) {
        return jdbc.sql("""
                select count(*) from (select 1 from portal.submission
                                      where client = ? and client <> 'portal' and created_at > now() - interval '1 hour'
                                      limit ?) recent
                """).params(client, limit).query(Long.class).single();
    }

    /** The signed-in account that sent the case, if one did. */
    public Optional<Long> author(long petitionId) {
        return jdbc.sql("select citizen_id from portal.submission where petition_id = ? and citizen_id is not null")
                .param(petitionId)
                .query(Long.class)
                .optional();
    }

    /**
     * The reopened case inherits the submission of the first: its contact, account and consent, so the author is
     * told about it and may rate or reopen it again.
     */
    public void copyForReopened(long petitionId, long reopenedId, String reopenedTrackingCode) {
        jdbc.sql("""
                insert into portal.submission (petition_id, tracking_code, body_id, citizen_id, client, request_key,
                    email_sealed, phone_sealed, locale, consent_version, consented_at, ip)
                select ?, ?, body_id, citizen_id, 'reopen', ?, email_sealed, phone_sealed, locale, consent_version,
                    consented_at, ip
                from portal.submission where petition_id = ?
                """)
                .params(reopenedId, reopenedTrackingCode, reopenedTrackingCode, petitionId)
                .update();
    }
}
