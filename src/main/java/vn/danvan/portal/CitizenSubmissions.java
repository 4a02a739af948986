package vn.danvan.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.petition.Channel;
import vn.danvan.petition.CitizenDesk;
import vn.danvan.petition.CitizenDesk.OnlineSubmission;
import vn.danvan.petition.PetitionReference;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.PetitionerIdentity;
import vn.danvan.portal.domain.ClientCounts;
import vn.danvan.portal.domain.ContactAddress;
import vn.danvan.portal.domain.ContactKeys;
import vn.danvan.portal.domain.PortalSettings;
import vn.danvan.portal.persistence.SubmissionLimits;
import vn.danvan.portal.persistence.Submissions;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.GroupCommit;
import vn.danvan.shared.InputText;

/**
 * Online submissions from the portal and from API clients: limits per address and per contact, the
 * routing to the competent body, the petition with its files, and the submission record that holds the
 * contact (encrypted, with keyed digests for the limits) and the consent. A repeated request (same form token or Idempotency-Key) returns the first
 * receipt; two racing repeats still make one case, because the second's insert fails and rolls back.
 */
@Service
public class CitizenSubmissions implements DisposableBean {

    /** The client name of submissions made on the portal's own form. */
    public static final String PORTAL = "portal";

    /** What the citizen (or the client on their behalf) sends. */
    public record CitizenSubmission(
            PetitionType type,
            String fieldCode,
            String title,
            String content,
            @Nullable String communeCode,
            @Nullable BigDecimal latitude,
            @Nullable BigDecimal longitude,
            boolean anonymous,
            @Nullable String fullName,
            @Nullable String phone,
            @Nullable String email,
            @Nullable String address,
            boolean publishAnswer,
            @Nullable Long unlocatedBodyId) {

        /**
         * {@code unlocatedBodyId}: the body that receives a submission no commune could be found for (an Open311
         * request whose point or address did not resolve goes to the province's reception office, to be located by
         * hand); without a commune it is required, with one it is ignored.
         */
        public CitizenSubmission {
            if (communeCode == null && unlocatedBodyId == null) {
                throw new IllegalArgumentException("A submission without a commune needs the body to receive it");
            }
        }

        public CitizenSubmission(
                PetitionType type,
                String fieldCode,
                String title,
                String content,
                String communeCode,
                @Nullable BigDecimal latitude,
                @Nullable BigDecimal longitude,
                boolean anonymous,
                @Nullable String fullName,
                @Nullable String phone,
                @Nullable String email,
                @Nullable String address,
                boolean publishAnswer) {
            this(
                    type,
                    fieldCode,
                    title,
                    content,
                    communeCode,
                    latitude,
                    longitude,
                    anonymous,
                    fullName,
                    phone,
                    email,
                    address,
                    publishAnswer,
                    null);
        }
    }

    /**
     * Where it comes from: the client ("portal" or an API client's name) and its request key, the
     * address, the signed-in citizen if any, the language for notifications and the consent given.
     */
    public record Origin(
            String client,
            String requestKey,
            String ip,
            @Nullable Long citizenId,
            Locale locale,
            String consentVersion) {}

    public interface Upload {
        String name();

        InputStream open() throws IOException;
    }

    /**
     * What the sender is told. {@code secret} is the receipt secret ({@link ReceiptSecrets}), there only in the
     * answer to the request that registered the case, never in a repeat's.
     */
    public record Receipt(
            long petitionId,
            String trackingCode,
            long bodyId,
            @Nullable LocalDate expectedOn,
            OffsetDateTime submittedAt,
            boolean repeated,
            @Nullable String secret) {}

    private final CitizenDesk petitions;
    private final RoutingTable routing;
    private final PortalSettings settings;
    private final Submissions submissions;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final ClientCounts clientCounts = new ClientCounts();
    private final CitizenContacts contacts;
    private final ContactKeys contactKeys;
    private final SubmissionLimits limits;
    private final ReceiptSecrets receiptSecrets;

    private final GroupCommit<Checked, Receipt> batches;

    CitizenSubmissions(
            CitizenDesk petitions,
            RoutingTable routing,
            PortalSettings settings,
            Submissions submissions,
            AuditTrail audit,
            TransactionTemplate transactions,
            CitizenContacts contacts,
            ContactKeys contactKeys,
            SubmissionLimits limits,
            ReceiptSecrets receiptSecrets) {
        this.petitions = petitions;
        this.routing = routing;
        this.settings = settings;
        this.submissions = submissions;
        this.audit = audit;
        this.transactions = transactions;
        this.contacts = contacts;
        this.contactKeys = contactKeys;
        this.limits = limits;
        this.receiptSecrets = receiptSecrets;
        this.batches = new GroupCommit<>(
                "intake",
                settings.intakeWriters(),
                settings.intakeBatch(),
                batch -> transactions.execute(status -> write(batch)));
    }

    @Override
    public void destroy() {
        batches.close();
    }

    public Receipt submit(CitizenSubmission submission, List<? extends Upload> files, Origin origin) {
        return submit(submission, files, origin, true);
    }

    /**
     * As {@link #submit(CitizenSubmission, List, Origin)}; {@code repeatable} false when the request key was
     * made here for this request (an API call without an Idempotency-Key), which no repeat can carry, so
     * there is no earlier submission to look for nor a repeat to wait for.
     */
    public Receipt submit(
            CitizenSubmission submission, List<? extends Upload> files, Origin origin, boolean repeatable) {
        if (!repeatable && files.isEmpty()) {
            // Nothing to look for and nothing to upload: checked here, written with whatever else is arriving.
            return batches.write(check(submission, files, origin));
        }
        if (!repeatable) {
            return transactions.execute(status -> register(submission, files, origin));
        }
        byte[] requestHash = requestHash(submission, files);
        Optional<Receipt> earlier = find(origin.client(), origin.requestKey());
        if (earlier.isPresent()) {
            return sameRequest(earlier.get(), requestHash);
        }
        try {
            return transactions.execute(status -> {
                // Repeats of one request wait here for the first, then find its receipt instead of redoing the work.
                submissions.lockRequestKey(origin.client(), origin.requestKey());
                return find(origin.client(), origin.requestKey())
                        .map(first -> sameRequest(first, requestHash))
                        .orElseGet(() -> {
                            Receipt receipt = register(submission, files, origin);
                            submissions.keepRequestHash(receipt.petitionId(), requestHash);
                            return receipt;
                        });
            });
        } catch (DuplicateKeyException repeatedWhileRunning) {
            return find(origin.client(), origin.requestKey())
                    .map(first -> sameRequest(first, requestHash))
                    .orElseThrow(() -> repeatedWhileRunning);
        }
    }

    /** The first receipt of a request key, unless the key came back with another request: then 422. */
    private Receipt sameRequest(Receipt first, byte[] requestHash) {
        byte[] firstHash = submissions.requestHash(first.petitionId());
        if (firstHash != null && !MessageDigest.isEqual(firstHash, requestHash)) {
            throw new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, "portal.request-key-reused");
        }
        return first;
    }

    /** SHA-256 of what was sent (the fields and the names of the files), the same for the same request. */
    private static byte[] requestHash(CitizenSubmission submission, List<? extends Upload> files) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(submission.toString().getBytes(StandardCharsets.UTF_8));
            for (Upload file : files) {
                digest.update(("\0" + file.name()).getBytes(StandardCharsets.UTF_8));
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private Receipt register(CitizenSubmission submission, List<? extends Upload> files, Origin origin) {
        return write(List.of(check(submission, files, origin))).getFirst();
    }

    /**
     * A submission that passed every check, its petition built; who sent it from where is kept for the audit
     * trail, since it may be written by a writer thread together with others ({@link GroupCommit}).
     */
    private record Checked(
            CitizenSubmission submission,
            List<? extends Upload> files,
            Origin origin,
            @Nullable String email,
            @Nullable String phone,
            byte @Nullable [] emailDigest,
            byte @Nullable [] phoneDigest,
            long bodyId,
            CitizenDesk.PreparedPetition petition,
            AuditTrail.Origin audited) {

        boolean fromPortal() {
            return PORTAL.equals(origin.client());
        }
    }

    /** Everything that may refuse a submission, before anything is written. */
    private Checked check(CitizenSubmission submission, List<? extends Upload> files, Origin origin) {
        String email = ContactAddress.email(submission.email());
        String phone = ContactKeys.canonicalPhone(submission.phone());
        if (submission.email() != null && !submission.email().isBlank() && email == null) {
            throw DomainException.invalid("portal.email-invalid");
        }
        if (submission.phone() != null && !submission.phone().isBlank() && phone == null) {
            throw DomainException.invalid("portal.phone-invalid");
        }
        if (!submission.anonymous() && (isBlank(submission.fullName()) || (email == null && phone == null))) {
            throw DomainException.invalid("portal.name-and-contact-required");
        }
        if (files.size() > settings.maxFiles()) {
            throw DomainException.invalid("portal.too-many-files", settings.maxFiles());
        }
        checkClientLimit(origin);
        String commune = submission.communeCode();
        long bodyId = commune == null
                ? Objects.requireNonNull(submission.unlocatedBodyId(), "checked by the record")
                : routing.route(commune, submission.fieldCode(), submission.type());
        PetitionerIdentity identity = submission.anonymous()
                ? null
                : new PetitionerIdentity(
                        Objects.requireNonNull(submission.fullName(), "checked above")
                                .strip(),
                        null,
                        InputText.blankToNull(submission.address()),
                        phone,
                        email,
                        List.of());
        var petition = petitions.prepare(new OnlineSubmission(
                bodyId,
                Channel.ONLINE,
                submission.type(),
                submission.fieldCode(),
                submission.title(),
                submission.content(),
                submission.communeCode(),
                submission.latitude(),
                submission.longitude(),
                submission.anonymous(),
                identity,
                submission.publishAnswer()));
        return new Checked(
                submission,
                files,
                origin,
                email,
                phone,
                contactKeys.email(email),
                contactKeys.phone(phone),
                bodyId,
                petition,
                AuditTrail.currentOrigin());
    }

    /** Writes checked submissions in the caller's transaction: a few statements whatever their number. */
    private List<Receipt> write(List<Checked> checked) {
        limits.admit(checked.stream()
                .map(each -> new SubmissionLimits.Counted(
                        each.fromPortal() ? each.origin().ip() : null, each.emailDigest(), each.phoneDigest()))
                .toList());
        List<PetitionReference> written =
                petitions.receiveAll(checked.stream().map(Checked::petition).toList());
        for (int i = 0; i < checked.size(); i++) {
            for (Upload file : checked.get(i).files()) {
                try (InputStream in = file.open()) {
                    petitions.attach(written.get(i).id(), file.name(), in);
                } catch (IOException unreadable) {
                    throw new UncheckedIOException(unreadable);
                }
            }
        }
        List<Submissions.NewSubmission> rows = new ArrayList<>(checked.size());
        for (int i = 0; i < checked.size(); i++) {
            Checked each = checked.get(i);
            rows.add(new Submissions.NewSubmission(
                    written.get(i).id(),
                    written.get(i).trackingCode(),
                    each.bodyId(),
                    each.origin().citizenId(),
                    each.origin().client(),
                    each.origin().requestKey(),
                    contacts.seal(each.email()),
                    contacts.seal(each.phone()),
                    each.emailDigest(),
                    each.phoneDigest(),
                    each.origin().locale().getLanguage(),
                    each.origin().consentVersion(),
                    each.origin().ip()));
        }
        submissions.addAll(rows);
        Map<Long, String> secrets =
                receiptSecrets.issue(written.stream().map(PetitionReference::id).toList());
        List<Receipt> receipts = new ArrayList<>(checked.size());
        for (int i = 0; i < checked.size(); i++) {
            Checked each = checked.get(i);
            PetitionReference petition = written.get(i);
            contacts.written(
                    petition.id(),
                    new CitizenContacts.Contact(
                            each.email(),
                            each.phone(),
                            Locale.forLanguageTag(each.origin().locale().getLanguage())));
            audit.record(
                    each.audited(),
                    "portal.submitted",
                    "petition",
                    petition.id(),
                    Map.of(
                            "client",
                            each.origin().client(),
                            "body",
                            each.bodyId(),
                            "files",
                            each.files().size(),
                            "anonymous",
                            each.submission().anonymous()));
            receipts.add(new Receipt(
                    petition.id(),
                    petition.trackingCode(),
                    each.bodyId(),
                    petition.due(),
                    OffsetDateTime.now(),
                    false,
                    secrets.get(petition.id())));
        }
        return receipts;
    }

    /**
     * An API client, whose server sends for many people, is counted per client, read from the database once per
     * hundredth of its limit ({@link ClientCounts}); an approximation that costs nothing at 1,000 submissions a
     * second. The portal's limits per address and per contact are exact: {@link SubmissionLimits}, at writing.
     */
    private void checkClientLimit(Origin origin) {
        if (PORTAL.equals(origin.client())) {
            return;
        }
        long limit = settings.submissionsPerClientPerHour();
        if (clientCounts.admitUnread(origin.client(), limit)) {
            return;
        }
        // Counting stops at the limit: the cost of a check stays that of the limit, not of the hour's traffic.
        long recent = submissions.recentFromClient(origin.client(), limit);
        clientCounts.read(origin.client(), recent + 1);
        if (recent >= limit) {
            // Checked inside the transaction that holds the request key's lock when the request has one.
            AuditTrail.afterTransaction(() ->
                    audit.recordRefusal("portal.rate-limited", "address", origin.ip(), Map.of("limit", "client")));
            throw new DomainException(HttpStatus.TOO_MANY_REQUESTS, "portal.too-many-from-client");
        }
    }

    public Optional<Receipt> find(String client, String requestKey) {
        return submissions
                .byRequestKey(client, requestKey)
                .map(r -> new Receipt(
                        r.petitionId(),
                        r.trackingCode(),
                        r.bodyId(),
                        petitions
                                .track(r.trackingCode())
                                .map(CitizenDesk.PublicCase::expectedOn)
                                .orElse(null),
                        r.submittedAt(),
                        true,
                        null));
    }

    /** A submission by an API client's token (its Idempotency-Key or the one it was given). */
    public Optional<Receipt> findByToken(String token) {
        return submissions.clientOfToken(token, PORTAL).flatMap(client -> find(client, token));
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
