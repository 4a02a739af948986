package vn.danvan.petition;

import jakarta.validation.Validator;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.danvan.organization.AdministrativeUnit;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.domain.Deadlines;
import vn.danvan.petition.domain.IdentityVault;
import vn.danvan.petition.domain.PersonalDataMask;
import vn.danvan.petition.domain.Petition;
import vn.danvan.petition.domain.PetitionHandling;
import vn.danvan.petition.domain.PetitionPolicy;
import vn.danvan.petition.domain.PetitionPolicy.Action;
import vn.danvan.petition.domain.TrackingCodes;
import vn.danvan.petition.persistence.Petitions;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.ContactSecrets;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.VietnameseText;

/** Registering petitions (tiếp nhận đơn) from every channel, and splitting one with several contents. */
@Service
@Transactional
public class PetitionIntake {

    /** Longer keys are refused: the key is part of an index entry, which PostgreSQL caps at about 2.7 kB. */
    static final int MAX_IDEMPOTENCY_KEY = 200;

    private static final JsonMapper CANONICAL_JSON = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    private final Petitions petitions;
    private final Deadlines deadlines;
    private final TrackingCodes trackingCodes;
    private final IdentityVault vault;
    private final PetitionPolicy policy;
    private final OrganizationDirectory organization;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Validator validator;
    private final ContactSecrets secrets;

    PetitionIntake(
            Petitions petitions,
            Deadlines deadlines,
            TrackingCodes trackingCodes,
            IdentityVault vault,
            PetitionPolicy policy,
            OrganizationDirectory organization,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Validator validator,
            ContactSecrets secrets) {
        this.petitions = petitions;
        this.deadlines = deadlines;
        this.trackingCodes = trackingCodes;
        this.vault = vault;
        this.policy = policy;
        this.organization = organization;
        this.audit = audit;
        this.events = events;
        this.validator = validator;
        this.secrets = secrets;
    }

    /**
     * Registers a petition; with an idempotency key, a repeated request returns the first petition (repeats racing
     * each other wait for the first), and another request with a key already used is refused.
     */
    public PetitionReference receive(ReceivePetition command, StaffMember staff, @Nullable String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            policy.require(staff, Action.RECEIVE, command.bodyId());
            return reference(register(command));
        }
        if (idempotencyKey.length() > MAX_IDEMPOTENCY_KEY) {
            throw DomainException.invalid("petition.idempotency-key-too-long", MAX_IDEMPOTENCY_KEY);
        }
        byte[] requestHash = requestHash(command);
        var earlier = petitions.lockIdempotencyKey(staff.username(), idempotencyKey);
        if (earlier.isPresent()) {
            byte[] firstHash = earlier.get().requestHash();
            if (firstHash != null && !MessageDigest.isEqual(firstHash, requestHash)) {
                throw new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, "petition.idempotency-key-reused");
            }
            return reference(petitions.find(earlier.get().petitionId()).orElseThrow());
        }
        policy.require(staff, Action.RECEIVE, command.bodyId());
        Petition petition = register(command);
        petitions.rememberIdempotencyKey(staff.username(), idempotencyKey, requestHash, petition.storedId());
        return reference(petition);
    }

    /**
     * The request in its canonical JSON form under a keyed hash (HMAC): the same request always hashes the same,
     * and the hash cannot be recomputed from guessed identities by someone who reads the database.
     */
    private byte[] requestHash(ReceivePetition command) {
        return secrets.digest("idempotency-request", CANONICAL_JSON.writeValueAsString(command));
    }

    Petition register(ReceivePetition command) {
        Prepared prepared = prepare(command);
        persist(List.of(prepared));
        return prepared.petition();
    }

    /**
     * A petition checked and built but not yet written, with the commune's name for its search text and who
     * registers it from where (taken when it was checked: it may be written by another thread, in a batch).
     */
    record Prepared(
            Petition petition,
            @Nullable String communeName,
            AuditTrail.Origin origin,
            PetitionReceived.Receipt receipt) {}

    /** Checks a petition against the rules of intake and builds it, reading only reference data. */
    @Transactional(propagation = Propagation.SUPPORTS)
    Prepared prepare(ReceivePetition command) {
        // The API and the forms validated their command already; the portal and Open311 build theirs in code.
        var violations = validator.validate(command);
        if (!violations.isEmpty()) {
            var first = violations.iterator().next();
            throw DomainException.invalid(
                    "petition.field-invalid", first.getPropertyPath().toString(), first.getMessage());
        }
        organization.body(command.bodyId()).orElseThrow(() -> DomainException.invalid("petition.unknown-body"));
        if (!petitions.fieldExists(command.fieldCode())) {
            throw DomainException.invalid("petition.unknown-field", command.fieldCode());
        }
        AdministrativeUnit commune = null;
        String communeCode = command.communeCode();
        if (communeCode != null && !communeCode.isBlank()) {
            commune = organization
                    .commune(communeCode)
                    .orElseThrow(() -> DomainException.invalid("petition.unknown-commune", communeCode));
        }
        if (command.channel() == Channel.TRANSFERRED
                && (command.sourceKind() == null || isBlank(command.sourceName()))) {
            throw DomainException.invalid("petition.transfer-needs-source");
        }
        GroupRepresentation.check(command.petitionerKind(), command.petitionerCount(), command.representativeCount());
        Instance instance = command.instance() == null ? Instance.FIRST : command.instance();
        Petition.requireInstanceFits(command.type(), instance);
        PetitionerIdentity identity = command.petitioner();
        if (!command.anonymous() && (identity == null || isBlank(identity.fullName()))) {
            throw DomainException.invalid("petition.petitioner-name-required");
        }

        Petition related = relatedPetition(command, instance);
        boolean reDenunciation = command.relation() == Relation.RE_DENUNCIATION_OF;
        LocalDate receivedOn = command.receivedOn();
        String fullName = identity == null ? null : identity.fullName();
        byte[] sealedIdentity = null;
        String petitionerName = null;
        if (identity != null && fullName != null && !fullName.isBlank()) {
            sealedIdentity = vault.seal(identity);
            petitionerName = VietnameseText.canonical(fullName);
        }
        var particulars = new Petition.Particulars(
                command.sourceKind(),
                command.sourceName(),
                command.sourceReference(),
                command.anonymous(),
                command.petitionerCount(),
                command.representativeCount(),
                sealedIdentity,
                petitionerName,
                commune == null ? null : commune.code(),
                commune == null ? null : commune.provinceCode(),
                command.remoteArea());
        Petition petition = Petition.receive(
                trackingCodes.next(receivedOn),
                command.bodyId(),
                command.channel(),
                command.type(),
                command.fieldCode(),
                instance,
                command.petitionerKind(),
                VietnameseText.canonical(command.title()),
                command.content().strip(),
                receivedOn,
                deadlines.processingDue(command.type(), reDenunciation, false, receivedOn),
                particulars,
                related,
                related == null ? null : command.relation());
        return new Prepared(
                petition,
                commune == null ? null : commune.fullName(),
                AuditTrail.currentOrigin(),
                receipt(petition, sealedIdentity == null ? null : identity));
    }

    /**
     * What the messages of the receipt need, from the petition just built and the identity still in clear: the
     * notifications then read neither the case nor its sealed identity back (docs/performance.md).
     */
    private static PetitionReceived.Receipt receipt(Petition petition, @Nullable PetitionerIdentity sealed) {
        // As CitizenDesk.track masks the title and CaseNotices.petitionerContact reads the contact.
        if (sealed == null) {
            return new PetitionReceived.Receipt(
                    petition.currentDue(),
                    PersonalDataMask.mask(petition.title(), List.of()),
                    petition.identitySealed(),
                    false,
                    false);
        }
        boolean named = !petition.anonymous();
        return new PetitionReceived.Receipt(
                petition.currentDue(),
                PersonalDataMask.mask(petition.title(), PersonalDataMask.personalStrings(sealed)),
                petition.identitySealed(),
                named && !isBlank(sealed.email()),
                named && !isBlank(sealed.phone()));
    }

    /** Writes prepared petitions together (one statement whatever their number), audited and announced. */
    void persist(List<Prepared> prepared) {
        petitions.addAll(prepared.stream()
                .map(p -> new Petitions.NewPetition(
                        p.petition(), p.communeName(), p.origin().actor()))
                .toList());
        for (Prepared each : prepared) {
            Petition petition = each.petition();
            audit.record(
                    each.origin(),
                    "petition.received",
                    "petition",
                    petition.storedId(),
                    Map.of(
                            "trackingCode",
                            petition.trackingCode(),
                            "body",
                            petition.bodyId(),
                            "type",
                            petition.type().name(),
                            "channel",
                            petition.channel().name()));
            events.publishEvent(new PetitionReceived(
                    petition.storedId(),
                    petition.trackingCode(),
                    petition.bodyId(),
                    petition.state(),
                    petition.receivedOn(),
                    each.receipt()));
        }
    }

    private @Nullable Petition relatedPetition(ReceivePetition command, Instance instance) {
        String relatedCode = command.relatedTrackingCode();
        if (relatedCode == null || relatedCode.isBlank()) {
            if (command.relation() != null && command.relation() != Relation.TRANSFERRED_FROM) {
                throw DomainException.invalid("petition.related-code-required");
            }
            if (instance == Instance.SECOND) {
                throw DomainException.invalid("petition.second-instance-needs-first");
            }
            return null;
        }
        if (command.relation() == null
                || command.relation() == Relation.TRANSFERRED_FROM
                || command.relation() == Relation.SPLIT_FROM) {
            throw DomainException.invalid("petition.relation-required");
        }
        Petition related = petitions
                .findByTrackingCode(relatedCode.strip())
                .orElseThrow(() -> DomainException.invalid("petition.related-not-found", relatedCode));
        switch (command.relation()) {
            case SECOND_INSTANCE_OF -> related.admitSecondInstance(command.type(), instance, command.receivedOn());
            case RE_DENUNCIATION_OF -> related.admitReDenunciation(command.type(), command.receivedOn());
            default -> {}
        }
        return related;
    }

    /** Splits one content off a petition with several contents (đơn có nhiều nội dung): a new petition. */
    public PetitionReference split(long petitionId, SplitPetition command, StaffMember staff) {
        Petition original = petitions.lock(petitionId);
        policy.requireVisible(staff, original.bodyId(), petitionId);
        policy.require(staff, Action.PROCESS, original.bodyId());
        original.requireAwaitingProcessing();
        if (!petitions.fieldExists(command.fieldCode())) {
            throw DomainException.invalid("petition.unknown-field", command.fieldCode());
        }
        boolean sealedBefore = original.identitySealed();
        Petition part = original.splitOff(
                trackingCodes.next(original.receivedOn()),
                command.type(),
                command.fieldCode(),
                VietnameseText.canonical(command.title()),
                command.content().strip(),
                deadlines.processingDue(command.type(), false, false, original.receivedOn()));
        if (original.identitySealed() && !sealedBefore) {
            // The part is a denunciation by the author of the whole: the identity is a denouncer's in both.
            petitions.update(original);
            List<Long> sealed = new ArrayList<>(petitions.sealLinked(original.storedId()));
            sealed.add(original.storedId());
            events.publishEvent(new IdentitiesSealed(sealed));
        }
        petitions.add(part, null);
        audit.record("petition.split", "petition", original.storedId(), Map.of("part", part.trackingCode()));
        audit.record("petition.received", "petition", part.storedId(), Map.of("splitFrom", original.trackingCode()));
        publish(part, PetitionHandling.Change.RECEIVED, part.receivedOn());
        return reference(part);
    }

    /** Creates the petition in the competent body's queue when a transfer targets a body on the platform. */
    Petition receiveTransfer(Petition origin, long targetBodyId, String sourceBodyName, LocalDate on) {
        Petition copy = origin.transferredTo(
                trackingCodes.next(on),
                targetBodyId,
                sourceBodyName,
                on,
                deadlines.processingDue(origin.type(), false, false, on));
        petitions.add(copy, null);
        audit.record(
                "petition.received", "petition", copy.storedId(), Map.of("transferredFrom", origin.trackingCode()));
        publish(copy, PetitionHandling.Change.RECEIVED, on);
        return copy;
    }

    private void publish(Petition petition, PetitionHandling.Change change, LocalDate on) {
        events.publishEvent(change.event(petition, on));
    }

    static PetitionReference reference(Petition petition) {
        return new PetitionReference(
                petition.storedId(), petition.trackingCode(), petition.state(), petition.currentDue());
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
