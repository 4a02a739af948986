package vn.danvan.portal.persistence;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.portal.domain.PortalSettings;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.ClientAddress;
import vn.danvan.shared.ContactSecrets;
import vn.danvan.shared.DomainException;

/**
 * The portal's limits per network address (an hour) and per contact (a day), checked in the transaction that
 * writes the submissions, so that the count and the insert are one step for every instance sharing the
 * database: the transaction first takes a PostgreSQL advisory lock for its address and for each of its
 * contacts, then counts what is committed. A second submission from the same address or for the same contact
 * waits at the lock until the first has committed or rolled back, and counts it.
 * <p>
 * The rule is "at most N in any hour" over the submissions themselves, so the submissions table is the only
 * state and a refused or failed submission costs nothing. A token bucket (Bucket4j) cannot say that rule: it
 * lets up to twice N through within an hour that straddles a refill, and keeps a second record that a
 * rolled-back submission would still have spent.
 * <p>
 * Locks are taken in one statement, in ascending order, so that two batches never wait for each other in a
 * cycle. A submission counts against its address and against each contact it carries, e-mail and phone alike.
 */
@Component
public class SubmissionLimits {

    /** What one submission is counted by: the address for the portal's own form, and its contacts' digests. */
    public record Counted(
            @Nullable String portalAddress, byte @Nullable [] emailDigest, byte @Nullable [] phoneDigest) {}

    private final JdbcClient jdbc;
    private final PortalSettings settings;
    private final AuditTrail audit;
    private final ContactSecrets secrets;

    SubmissionLimits(JdbcClient jdbc, PortalSettings settings, AuditTrail audit, ContactSecrets secrets) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.audit = audit;
        this.secrets = secrets;
    }

    /**
     * Admits the submissions about to be written in the caller's transaction, or refuses with 429 if one of
     * them goes over a limit (the whole batch: {@link vn.danvan.shared.GroupCommit} then writes each alone).
     */
    public void admit(List<Counted> submissions) {
        TreeSet<Long> locks = new TreeSet<>();
        for (Counted each : submissions) {
            if (each.portalAddress() != null) {
                locks.add(lockOf(secrets.digest("submission-address", ClientAddress.network(each.portalAddress()))));
            }
            if (each.emailDigest() != null) {
                locks.add(lockOf(each.emailDigest()));
            }
            if (each.phoneDigest() != null) {
                locks.add(lockOf(each.phoneDigest()));
            }
        }
        if (locks.isEmpty()) {
            return;
        }
        jdbc.sql(
                        "select pg_advisory_xact_lock(k) from unnest(cast(? as bigint[])) with ordinality as lock(k, n) order by n")
                .param(locks.toArray(Long[]::new))
                .query((rs, n) -> 1)
                .list();

        Map<String, Long> counted = new HashMap<>();
        boolean alone = submissions.size() == 1;
        for (Counted each : submissions) {
            String address = each.portalAddress() == null ? null : ClientAddress.network(each.portalAddress());
            if (address != null
                    && count(counted, "ip:" + address, () -> recentFromAddress(address))
                            > settings.submissionsPerIpPerHour()) {
                throw refused(alone, each, "ip", "portal.too-many-from-address");
            }
            for (var digest : new byte[][] {each.emailDigest(), each.phoneDigest()}) {
                if (digest != null
                        && count(
                                        counted,
                                        key(digest, digest == each.emailDigest()),
                                        () -> recentForContact(
                                                digest == each.emailDigest() ? "email_digest" : "phone_digest", digest))
                                > settings.submissionsPerContactPerDay()) {
                    throw refused(alone, each, "contact", "portal.too-many-from-contact");
                }
            }
        }
    }

    /** The committed count plus this one and those of the same batch before it. */
    private static long count(Map<String, Long> counted, String key, LongSupplier committed) {
        return counted.merge(key, counted.containsKey(key) ? 1L : committed.getAsLong() + 1, Long::sum);
    }

    private long recentFromAddress(String network) {
        // Counting stops at the limit: a check costs the limit's rows at most, whatever the hour's traffic.
        return jdbc.sql("""
                select count(*) from (select 1 from portal.submission
                                      where ip_network = ? and client = 'portal'
                                        and created_at > now() - interval '1 hour'
                                      limit ?) recent
                """)
                .params(network, settings.submissionsPerIpPerHour())
                .query(Long.class)
                .single();
    }

    private long recentForContact(String column, byte[] digest) {
        return jdbc.sql("""
                select count(*) from (select 1 from portal.submission
                                      where %s = ? and created_at > now() - interval '1 day' limit ?) recent
                """.formatted(column))
                .params(digest, settings.submissionsPerContactPerDay())
                .query(Long.class)
                .single();
    }

    private DomainException refused(boolean alone, Counted submission, String limit, String code) {
        if (alone) {
            // A batch that fails is written again item by item: only then is the refusal the submission's own.
            // Audited once this transaction has let go of its locks (AuditTrail.afterTransaction).
            AuditTrail.afterTransaction(() -> audit.recordRefusal(
                    "portal.rate-limited",
                    "address",
                    submission.portalAddress() == null ? "api" : submission.portalAddress(),
                    Map.of("limit", limit)));
        }
        return new DomainException(HttpStatus.TOO_MANY_REQUESTS, code);
    }

    private static String key(byte[] digest, boolean email) {
        return (email ? "email:" : "phone:") + HexFormat.of().formatHex(digest);
    }

    private static long lockOf(byte[] digest) {
        return ByteBuffer.wrap(digest).getLong();
    }
}
