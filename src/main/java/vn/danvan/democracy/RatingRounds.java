package vn.danvan.democracy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.democracy.RatingCommands.OpenRound;
import vn.danvan.democracy.RatingCommands.Rate;
import vn.danvan.democracy.domain.DisclosurePolicy;
import vn.danvan.democracy.domain.RatingRound;
import vn.danvan.democracy.domain.SupervisionPolicy;
import vn.danvan.democracy.domain.SupervisionSettings;
import vn.danvan.democracy.persistence.Boards;
import vn.danvan.democracy.persistence.RatingSheets;
import vn.danvan.democracy.persistence.SupervisionRecords;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.ContactSecrets;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.LawfulDates;

/**
 * The citizens' yearly rating of their commune's government and officials (Luật THDCCS 2022 Đ.34(1)): the commune's
 * People's Committee opens the year's round with the configured criteria; a signed-in citizen rates once per round
 * (the database's unique key decides between simultaneous sheets); the results are read by staff at any time and
 * published on the portal once the round has closed. A sheet keeps the citizen only as a keyed digest of the account
 * id, so the sheets cannot be traced back to accounts without the key.
 */
@Service
@Transactional
public class RatingRounds {

    static final String SUBJECT = "RATING";

    private final RatingSheets sheets;
    private final Boards boards;
    private final SupervisionRecords records;
    private final SupervisionSettings settings;
    private final SupervisionPolicy policy;
    private final OrganizationDirectory organization;
    private final ContactSecrets secrets;
    private final AuditTrail audit;

    RatingRounds(
            RatingSheets sheets,
            Boards boards,
            SupervisionRecords records,
            SupervisionSettings settings,
            SupervisionPolicy policy,
            OrganizationDirectory organization,
            ContactSecrets secrets,
            AuditTrail audit) {
        this.sheets = sheets;
        this.boards = boards;
        this.records = records;
        this.settings = settings;
        this.policy = policy;
        this.organization = organization;
        this.secrets = secrets;
        this.audit = audit;
    }

    public long open(OpenRound command, StaffMember staff) {
        Body committee = DisclosurePolicy.requirePublisher(organization
                .body(command.committeeBodyId())
                .orElseThrow(() -> DomainException.invalid("oversight.body-unknown")));
        policy.requireScope(staff, committee.id(), "body", committee.id());
        LawfulDates.checkYear(command.year());
        LawfulDates.check(command.opensOn());
        LawfulDates.check(command.closesOn());
        if (command.closesOn().isBefore(command.opensOn())) {
            throw DomainException.invalid("oversight.rating-dates");
        }
        if (command.opensOn().getYear() != command.year()) {
            throw DomainException.invalid("oversight.rating-year");
        }
        long id = sheets.addRound(
                        committee.id(),
                        Objects.requireNonNull(committee.provinceCode()),
                        Objects.requireNonNull(committee.communeCode()),
                        command.year(),
                        settings.ratingCriteria(),
                        command.opensOn(),
                        command.closesOn(),
                        staff.username())
                .orElseThrow(() ->
                        DomainException.conflict("oversight.rating-round-exists", String.valueOf(command.year())));
        records.recordEvent(SUBJECT, id, "OPENED", staff.username(), command.opensOn() + " – " + command.closesOn());
        audit.record(
                "oversight.rating-opened",
                "rating_round",
                id,
                Map.of("commune", Objects.requireNonNull(committee.communeCode()), "year", command.year()));
        return id;
    }

    /** The citizen's sheet in the commune's round of this year; a second sheet is refused. */
    public void rate(String communeCode, Rate command, long citizenId, LocalDate today) {
        RatingRound round = sheets.round(communeCode, today.getYear())
                .orElseThrow(() -> DomainException.notFound("oversight.rating-none"));
        if (!round.open(today)) {
            throw DomainException.conflict("oversight.rating-closed");
        }
        if (command.scores().size() != round.criteria().size()
                || command.scores().stream().anyMatch(s -> s == null || s < 1 || s > 5)) {
            throw DomainException.invalid(
                    "oversight.rating-scores", round.criteria().size());
        }
        if (command.hamletId() != null
                && boards.hamletsOf(communeCode).stream().noneMatch(h -> h.id() == command.hamletId())) {
            throw DomainException.invalid("oversight.rating-hamlet");
        }
        byte[] digest = citizen(citizenId);
        if (!sheets.addSheet(round.id(), digest, command.hamletId(), command.scores(), command.comment())) {
            throw DomainException.conflict("oversight.rating-twice", String.valueOf(round.year()));
        }
        audit.record(
                "oversight.rating-sheet",
                "rating_round",
                round.id(),
                Map.of("criteria", command.scores().size()));
    }

    /** Publishes the results of every round closed before today, once. */
    public int publishClosed(LocalDate today) {
        List<RatingRound> closed = sheets.closedUnpublished(today);
        for (RatingRound round : closed) {
            sheets.published(round.id(), today);
            records.recordEvent(SUBJECT, round.id(), "PUBLISHED", "system", today.toString());
            audit.record("oversight.rating-published", "rating_round", round.id(), Map.of("on", today.toString()));
        }
        return closed.size();
    }

    // ---- reads --------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public boolean hasRated(RatingRound round, long citizenId) {
        return sheets.hasSheet(round.id(), citizen(citizenId));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<RatingRound> round(String communeCode, int year) {
        return sheets.round(communeCode, year);
    }

    @Transactional(readOnly = true)
    public List<RatingRound> roundsInScope(StaffMember staff) {
        return sheets.rounds(organization.bodies().stream()
                .filter(DisclosurePolicy::isPublisher)
                .map(Body::id)
                .filter(staff::inScope)
                .toList());
    }

    @Transactional(readOnly = true)
    public List<Body> committeesInScope(StaffMember staff) {
        return organization.bodies().stream()
                .filter(DisclosurePolicy::isPublisher)
                .filter(b -> staff.inScope(b.id()))
                .toList();
    }

    @Transactional(readOnly = true)
    public RatingRound.Result result(RatingRound round) {
        return sheets.result(round);
    }

    @Transactional(readOnly = true)
    public List<RatingRound> published(String communeCode) {
        return sheets.publishedRounds(communeCode);
    }

    @Transactional(readOnly = true)
    public List<Boards.Hamlet> hamlets(String communeCode) {
        return boards.hamletsOf(communeCode);
    }

    private byte[] citizen(long citizenId) {
        return secrets.digest("oversight-rating", String.valueOf(citizenId));
    }
}
