package vn.danvan.democracy;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.democracy.MatterCommands.Choice;
import vn.danvan.democracy.MatterCommands.MeetingCount;
import vn.danvan.democracy.MatterCommands.OpenMatter;
import vn.danvan.democracy.MatterCommands.PaperBallots;
import vn.danvan.democracy.MatterCommands.Recognition;
import vn.danvan.democracy.domain.DecisionRules;
import vn.danvan.democracy.domain.DisclosurePolicy;
import vn.danvan.democracy.domain.Matter;
import vn.danvan.democracy.domain.MatterEvent;
import vn.danvan.democracy.domain.MatterMeeting;
import vn.danvan.democracy.persistence.Households;
import vn.danvan.democracy.persistence.Matters;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.ContactSecrets;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InputText;
import vn.danvan.shared.LawfulDates;
import vn.danvan.shared.VietnamTime;

/**
 * "Dân bàn và quyết định" (Luật THDCCS 2022 Đ.15–23; NĐ 59/2023): a commune opens a matter for a hamlet or for the
 * whole commune in a form its category allows; households vote once each — online by their linked representative,
 * on paper through the ballot team, or at a meeting counted by the team; at the close the legal threshold gives the
 * result, which is published with its minutes on the portal and among the commune's disclosures, then recognised
 * by the commune where the law asks (k3–k5). Every change of a tally or a result is audited and on the timeline.
 */
@Service
@Transactional
public class CommunityDecisions {

    /** The live tally a page shows is at most this old (the page says so). */
    public static final long LIVE_TALLY_SECONDS = 5;

    /** Who closes a matter at its deadline, on its timeline and in the audit. */
    static final String SYSTEM = "system";

    private static final String LINK_CODE_KIND = "household-link";
    private static final String DELEGATION_CODE_KIND = "vote-delegation";
    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Matters matters;
    private final Households households;
    private final DisclosurePolicy policy;
    private final DisclosurePublishing publishing;
    private final OrganizationDirectory organization;
    private final ContactSecrets secrets;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<Long, LiveTally> live = new ConcurrentHashMap<>();

    /** A matter's figures as last counted, and when. */
    public record LiveTally(
            int takingPart,
            @Nullable Integer agree,
            @Nullable Integer disagree,
            Instant countedAt) {}

    /** What the minutes (Mẫu 03) and the result pages show. */
    public record Minutes(
            Matter matter, String communeName, List<Matters.HamletResult> hamlets, List<MatterMeeting> meetings) {}

    CommunityDecisions(
            Matters matters,
            Households households,
            DisclosurePolicy policy,
            DisclosurePublishing publishing,
            OrganizationDirectory organization,
            ContactSecrets secrets,
            AuditTrail audit,
            Clock clock) {
        this.matters = matters;
        this.households = households;
        this.policy = policy;
        this.publishing = publishing;
        this.organization = organization;
        this.secrets = secrets;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------------- opening

    public long open(OpenMatter command, StaffMember staff) {
        Body body = DisclosurePolicy.requirePublisher(organization
                .body(command.bodyId())
                .orElseThrow(() -> DomainException.invalid("democracy.body-unknown")));
        policy.requireWork(staff, body.id());
        MatterCategory category = command.category();
        if (!category.allows(command.form())) {
            throw DomainException.invalid("matter.form-not-allowed", category.clause());
        }
        if (command.hamletId() == null && !category.mayBeCommuneWide()) {
            throw DomainException.invalid("matter.hamlet-required");
        }
        List<Matters.HamletSize> hamlets = matters.hamletsOf(body.id(), command.hamletId());
        if (hamlets.isEmpty()) {
            throw DomainException.invalid(command.hamletId() == null ? "matter.no-hamlets" : "matter.hamlet-unknown");
        }
        int total = hamlets.stream().mapToInt(Matters.HamletSize::households).sum();
        if (total == 0) {
            throw DomainException.invalid("matter.no-households");
        }
        Integer initiative = command.initiativeHouseholds();
        if (initiative != null && !DecisionRules.initiativeSupported(initiative, total)) {
            throw DomainException.invalid("matter.initiative-too-few", initiative, total);
        }
        Integer online = command.onlineAgreedHouseholds();
        if (command.form() == DecisionForm.ONLINE) {
            if (online == null || !DecisionRules.onlineAgreed(online, total)) {
                throw DomainException.invalid("matter.online-not-agreed", online == null ? 0 : online, total);
            }
        }
        if (online != null && online > total || initiative != null && initiative > total) {
            throw DomainException.invalid("matter.more-than-households", total);
        }
        Instant closesAt = command.closesAt().atZone(VietnamTime.ZONE).toInstant();
        LawfulDates.check(command.closesAt().toLocalDate());
        if (!closesAt.isAfter(clock.instant())) {
            throw DomainException.invalid("matter.closes-in-past");
        }
        long id = matters.add(new Matters.NewMatter(
                body.id(),
                Objects.requireNonNull(body.communeCode()),
                command.hamletId(),
                category,
                command.form(),
                command.secret(),
                InputText.accept(command.title().strip(), InputText.LINE),
                InputText.accept(command.question().strip(), InputText.NOTE),
                initiative,
                online,
                closesAt,
                staff.username()));
        matters.recordEvent(id, "OPENED", staff.username(), category.name() + " · " + command.form());
        audit.record(
                "matter.opened",
                "matter",
                id,
                Map.of(
                        "body", body.id(),
                        "category", category.name(),
                        "form", command.form().name(),
                        "secret", command.secret(),
                        "households", total));
        return id;
    }

    // ---------------------------------------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public Matter matter(long id, StaffMember staff) {
        Matter matter = matters.find(id).orElseThrow(() -> DomainException.notFound("matter.unknown"));
        DisclosurePolicy.requireVisible(staff, matter.bodyId());
        return matter;
    }

    @Transactional(readOnly = true)
    public List<Matter> mattersOf(long bodyId, StaffMember staff) {
        DisclosurePolicy.requireVisible(staff, bodyId);
        return matters.ofBody(bodyId);
    }

    @Transactional(readOnly = true)
    public List<Matters.HamletSize> hamlets(long bodyId, StaffMember staff) {
        DisclosurePolicy.requireVisible(staff, bodyId);
        return matters.hamletsOf(bodyId, null);
    }

    @Transactional(readOnly = true)
    public List<MatterEvent> timeline(long id) {
        return matters.timeline(id);
    }

    @Transactional(readOnly = true)
    public List<MatterMeeting> meetings(long id) {
        return matters.meetings(id);
    }

    /** Every matter of a commune, for the portal. */
    @Transactional(readOnly = true)
    public List<Matter> publicMatters(String communeCode) {
        return matters.ofCommune(communeCode, 200);
    }

    @Transactional(readOnly = true)
    public Matter publicMatter(String communeCode, long id) {
        return matters.find(id)
                .filter(m -> m.communeCode().equals(communeCode))
                .orElseThrow(() -> DomainException.notFound("matter.unknown"));
    }

    /**
     * The figures of an open matter, counted at most {@link #LIVE_TALLY_SECONDS} ago: counting a million votes on
     * every page view would cost more than the votes. Under a secret ballot only the households taking part.
     */
    @Transactional(readOnly = true)
    public LiveTally liveTally(Matter matter) {
        Instant now = clock.instant();
        LiveTally known = live.get(matter.id());
        if (known != null && known.countedAt().isAfter(now.minusSeconds(LIVE_TALLY_SECONDS))) {
            return known;
        }
        Map<String, Integer> tally = matters.liveTally(matter.id(), matter.secret());
        LiveTally counted = new LiveTally(
                tally.getOrDefault("TAKING_PART", 0),
                matter.secret() ? null : tally.getOrDefault("AGREE", 0),
                matter.secret() ? null : tally.getOrDefault("DISAGREE", 0),
                now);
        live.put(matter.id(), counted);
        return counted;
    }

    /**
     * Who took part, for staff of the matter's body: at most {@code limit} households, by hamlet and code, with their
     * channel; the register of who took part is public record, what each chose is not in it.
     */
    @Transactional(readOnly = true)
    public List<Matters.Participant> participants(Matter matter, StaffMember staff, int limit) {
        DisclosurePolicy.requireVisible(staff, matter.bodyId());
        return matters.participants(matter.id(), limit);
    }

    @Transactional(readOnly = true)
    public Minutes minutes(Matter matter) {
        String commune = organization
                .commune(matter.communeCode())
                .map(unit -> unit.fullName())
                .orElse(matter.communeCode());
        return new Minutes(matter, commune, matters.hamletResults(matter.id()), matters.meetings(matter.id()));
    }

    // ---------------------------------------------------------------------------------------------- online votes

    /** The households this citizen represents that may take part in the matter. */
    @Transactional(readOnly = true)
    public List<Matters.RepresentedHousehold> householdsFor(Matter matter, long citizenId) {
        return matters.representedBy(citizenId, matter.bodyId()).stream()
                .filter(h -> matter.hamletId() == null || matter.hamletId() == h.hamletId())
                .toList();
    }

    /**
     * The households this citizen may vote for in the matter, each with how it took part so far and its open choice,
     * in one query (a representative may stand for many households).
     */
    @Transactional(readOnly = true)
    public List<Matters.BallotOf> ballotsFor(Matter matter, long citizenId) {
        return matters.ballotsOf(matter.id(), citizenId, matter.bodyId()).stream()
                .filter(b -> matter.hamletId() == null
                        || matter.hamletId() == b.household().hamletId())
                .toList();
    }

    /** How a household took part in a matter, and its open choice if it may be shown to its representative. */
    @Transactional(readOnly = true)
    public Optional<String> choiceOf(long matterId, long householdId) {
        return matters.choiceOf(matterId, householdId);
    }

    @Transactional(readOnly = true)
    public Optional<String> channelOf(long matterId, long householdId) {
        return matters.channelOf(matterId, householdId);
    }

    /**
     * A signed-in citizen's vote for a household they represent: one statement when all is well (the benchmark's
     * path); only a refused vote looks further, to say why. Not audited one by one: the vote row is its own record
     * (who, when, by which channel) and a secret choice must not be traceable to it. Outside a transaction: the one
     * statement commits by itself, which saves the round trips of a transaction around it.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public void voteOnline(long matterId, long householdId, long citizenId, Choice choice) {
        if (matters.voteOnline(matterId, householdId, citizenId, choice.name()) == Matters.Cast.RECORDED) {
            return;
        }
        Matter matter = matters.find(matterId).orElseThrow(() -> DomainException.notFound("matter.unknown"));
        if (matter.form() != DecisionForm.ONLINE) {
            throw DomainException.invalid("matter.online-not-allowed");
        }
        if (!matter.isOpen() || !matter.closesAt().isAfter(clock.instant())) {
            throw DomainException.conflict("matter.closed");
        }
        boolean represents = matters.representativeAccount(householdId)
                .filter(account -> account == citizenId)
                .isPresent();
        boolean delegate = matters.delegatedTo(householdId, matterId, citizenId);
        if (represents && !delegate && matters.delegatedAway(householdId, matterId)) {
            throw DomainException.conflict("matter.ballot.delegated");
        }
        if (ballotsFor(matter, citizenId).stream().noneMatch(b -> b.household().id() == householdId)) {
            throw DomainException.forbidden("matter.not-representative");
        }
        String channel = matters.channelOf(matterId, householdId).orElse("");
        if ("PAPER".equals(channel)) {
            throw DomainException.conflict("matter.already-on-paper");
        }
        if (matter.secret()) {
            throw DomainException.conflict("matter.secret-vote-final");
        }
        throw DomainException.conflict("matter.closed");
    }

    // ---------------------------------------------------------------------------------------------- team entries

    /**
     * Paper ballots of a hamlet as the team reads them: the whole list or nothing. A household counts once — a
     * ballot entered twice, or for a household that already voted online, is refused, naming the household.
     */
    public int enterBallots(long matterId, PaperBallots command, StaffMember staff) {
        Matter matter = openForTeam(matterId, staff);
        if (matter.form() == DecisionForm.MEETING) {
            throw DomainException.invalid("matter.ballots-not-allowed");
        }
        long hamletId = hamletOf(matter, command.hamletId());
        Map<String, Choice> ballots = new LinkedHashMap<>();
        String[] lines = InputText.accept(command.lines(), 200_000).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s*[,;\\t]\\s*", 2);
            Choice choice = parts.length == 2 ? choice(parts[1]) : null;
            if (choice == null) {
                throw DomainException.invalid("matter.ballot-line-malformed", i + 1);
            }
            String code = parts[0].strip();
            if (ballots.put(code, choice) != null) {
                throw DomainException.invalid("matter.ballot-twice", code);
            }
        }
        if (ballots.isEmpty()) {
            throw DomainException.invalid("matter.ballots-empty");
        }
        List<Long> ids = new ArrayList<>();
        for (String code : ballots.keySet()) {
            ids.add(matters.householdByCode(hamletId, code)
                    .orElseThrow(() -> DomainException.invalid("matter.household-unknown", code)));
        }
        int i = 0;
        for (Map.Entry<String, Choice> ballot : ballots.entrySet()) {
            long household = ids.get(i++);
            if (!matters.votePaper(
                    matterId,
                    household,
                    hamletId,
                    matter.secret(),
                    ballot.getValue().name())) {
                String channel = matters.channelOf(matterId, household).orElse("");
                // Thrown inside the transaction: the ballots of this list already written are rolled back.
                throw DomainException.conflict(
                        "ONLINE".equals(channel) ? "matter.already-online" : "matter.ballot-entered", ballot.getKey());
            }
        }
        matters.recordEvent(matterId, "BALLOTS_ENTERED", staff.username(), ballots.size() + " phiếu");
        audit.record(
                "matter.ballots-entered", "matter", matterId, Map.of("hamlet", hamletId, "ballots", ballots.size()));
        return ballots.size();
    }

    /** A meeting's (or a cluster's) attendance and count, as the ballot team entered it. */
    public void enterMeeting(long matterId, MeetingCount command, StaffMember staff) {
        Matter matter = openForTeam(matterId, staff);
        if (matter.form() != DecisionForm.MEETING) {
            throw DomainException.invalid("matter.meeting-not-allowed");
        }
        long hamletId = hamletOf(matter, command.hamletId());
        String cluster = InputText.accept(command.cluster().strip(), 100);
        List<String> team = List.of(
                        InputText.accept(command.team(), InputText.LINE).split("\\s*,\\s*"))
                .stream()
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .toList();
        if (team.size() < DecisionRules.TEAM_MINIMUM || team.size() > DecisionRules.TEAM_MAXIMUM) {
            throw DomainException.invalid("matter.team-size", DecisionRules.TEAM_MINIMUM, DecisionRules.TEAM_MAXIMUM);
        }
        if (matters.meetingExists(matterId, hamletId, cluster)) {
            throw DomainException.conflict("matter.meeting-entered", cluster);
        }
        int households = matters.hamletsOf(matter.bodyId(), hamletId).getFirst().households();
        if (matters.meetingsOfHamlet(matterId, hamletId) > 0 && households < DecisionRules.CLUSTER_MINIMUM_HOUSEHOLDS) {
            throw DomainException.invalid("matter.clusters-not-allowed", DecisionRules.CLUSTER_MINIMUM_HOUSEHOLDS);
        }
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        for (String code : InputText.accept(command.attending(), 200_000).split("[\\s,;]+")) {
            if (!code.isBlank()) {
                codes.add(code.strip());
            }
        }
        List<Long> ids = new ArrayList<>();
        for (String code : codes) {
            ids.add(matters.householdByCode(hamletId, code)
                    .orElseThrow(() -> DomainException.invalid("matter.household-unknown", code)));
        }
        List<String> twice = matters.alreadyAttending(matterId, ids);
        if (!twice.isEmpty()) {
            throw DomainException.conflict("matter.attending-twice", String.join(", ", twice));
        }
        if ((long) command.agree() + command.disagree() > ids.size()) {
            throw DomainException.invalid("matter.count-exceeds-attendance", ids.size());
        }
        long meeting = matters.addMeeting(
                matterId,
                hamletId,
                cluster,
                command.method().name(),
                command.agree(),
                command.disagree(),
                String.join(", ", team),
                staff.username());
        matters.attend(matterId, meeting, ids);
        matters.recordEvent(
                matterId,
                "MEETING_ENTERED",
                staff.username(),
                cluster + ": " + ids.size() + " hộ, " + command.agree() + " đồng ý, " + command.disagree()
                        + " không đồng ý");
        audit.record(
                "matter.meeting-entered",
                "matter",
                matterId,
                Map.of(
                        "hamlet", hamletId,
                        "cluster", cluster,
                        "attending", ids.size(),
                        "agree", command.agree(),
                        "disagree", command.disagree()));
    }

    // ---------------------------------------------------------------------------------------------- result

    /**
     * Closes the matter and applies the threshold. An online vote closes only at its deadline; the count waits for
     * the votes being written and holds back later ones, so it equals a plain count of the acknowledged votes. The
     * result and its minutes go public at once, also as an item of the commune's disclosures.
     */
    public Matter close(long matterId, StaffMember staff) {
        Matter matter = matters.lock(matterId).orElseThrow(() -> DomainException.notFound("matter.unknown"));
        policy.requireWork(staff, matter.bodyId());
        if (!matter.isOpen()) {
            throw DomainException.conflict("matter.closed");
        }
        if (matter.form() == DecisionForm.ONLINE && matter.closesAt().isAfter(clock.instant())) {
            throw DomainException.conflict("matter.online-still-open");
        }
        decide(matter, staff.username(), false);
        return matters.find(matterId).orElseThrow();
    }

    /** The online matters still open past their deadline, oldest deadline first, for {@link MatterWatch}. */
    @Transactional(readOnly = true)
    public List<Long> dueToClose() {
        return matters.openOnlinePast(clock.instant());
    }

    /**
     * Closes an online matter at its deadline, as the system, exactly as an officer's close does. The matter's row
     * is locked and its state read again under the lock, so when two instances (or an officer) close it at once it
     * is decided once: the later one finds it decided and returns {@code false}. Paper ballots and meetings are
     * entered by the team after the day itself, so those matters wait for the officer.
     */
    public boolean closeAtDeadline(long matterId) {
        Optional<Matter> locked = matters.lock(matterId);
        if (locked.isEmpty()
                || !locked.get().isOpen()
                || locked.get().form() != DecisionForm.ONLINE
                || locked.get().closesAt().isAfter(clock.instant())) {
            return false;
        }
        decide(locked.get(), SYSTEM, true);
        return true;
    }

    private void decide(Matter matter, String actor, boolean atDeadline) {
        long matterId = matter.id();
        matters.holdVotes();
        List<DecisionRules.HamletCount> counts = matters.counts(matter);
        DecisionRules.Outcome outcome = DecisionRules.decide(matter.category(), matter.form(), counts);
        matters.decided(matterId, outcome, counts.size());
        live.remove(matterId);
        String note = (atDeadline ? "Tự đóng khi hết hạn biểu quyết. " : "")
                + (outcome.passed() ? "Thông qua" : "Không thông qua") + ": " + outcome.agree() + "/"
                + outcome.households() + " hộ đồng ý";
        matters.recordEvent(matterId, "DECIDED", actor, note);
        audit.record(
                "matter.decided",
                "matter",
                matterId,
                Map.of(
                        "passed", outcome.passed(),
                        "households", outcome.households(),
                        "takingPart", outcome.takingPart(),
                        "agree", outcome.agree(),
                        "disagree", outcome.disagree(),
                        "hamletsPassed", outcome.hamletsPassed(),
                        "closedBy", atDeadline ? "deadline" : "officer"));
        disclose(matter, outcome, actor);
    }

    /** The commune recognises the decision, or refuses in writing (k3–k5, Luật THDCCS 2022 Đ.21). */
    public Matter recognise(long matterId, Recognition command, StaffMember staff) {
        Matter matter = matters.lock(matterId).orElseThrow(() -> DomainException.notFound("matter.unknown"));
        policy.requireWork(staff, matter.bodyId());
        if (!matter.awaitsRecognition()) {
            throw DomainException.conflict("matter.recognition-not-due");
        }
        LocalDate date = LawfulDates.check(command.date());
        LocalDate decided = Objects.requireNonNull(matter.decidedAt())
                .atZone(VietnamTime.ZONE)
                .toLocalDate();
        if (date.isBefore(decided) || date.isAfter(LocalDate.now(clock))) {
            throw DomainException.invalid("matter.recognition-date-invalid");
        }
        String number = InputText.accept(command.number().strip(), 100);
        matters.recognition(matterId, command.recognised(), number, date);
        matters.recordEvent(matterId, command.recognised() ? "RECOGNISED" : "NOT_RECOGNISED", staff.username(), number);
        audit.record(
                command.recognised() ? "matter.recognised" : "matter.not-recognised",
                "matter",
                matterId,
                Map.of("number", number, "date", date.toString()));
        return matters.find(matterId).orElseThrow();
    }

    private void disclose(Matter matter, DecisionRules.Outcome outcome, String actor) {
        LocalDate today = LocalDate.now(clock);
        String summary = matter.question() + "\n\nTổng số hộ: " + outcome.households() + "; tham gia: "
                + outcome.takingPart() + "; đồng ý: " + outcome.agree() + "; không đồng ý: " + outcome.disagree()
                + ". Kết quả: " + (outcome.passed() ? "thông qua." : "không thông qua.")
                + "\nBiên bản: /portal/matters/" + matter.communeCode() + "/" + matter.id();
        publishing.publishOnBehalf(
                new DisclosureCommands.SaveDisclosure(
                        matter.bodyId(),
                        DisclosureCategory.OTHER,
                        InputText.accept(("Kết quả biểu quyết: " + matter.title()), 500),
                        summary,
                        null,
                        today),
                new DisclosureCommands.Publish(
                        today, List.of(PublicationForm.PORTAL, PublicationForm.THROUGH_HAMLET_HEADS)),
                today,
                actor);
    }

    // ---------------------------------------------------------------------------------------------- linking

    /**
     * A new one-time code for a household's representative to link their citizen account (printed and handed over
     * by the commune; docs/security.md "Community votes"). Only its keyed digest is kept; a new code replaces the
     * old one.
     */
    public String issueLinkCode(long householdId, StaffMember staff) {
        households.lock(householdId).orElseThrow(() -> DomainException.notFound("democracy.household.unknown"));
        policy.requireWork(staff, households.bodyOf(householdId).orElseThrow());
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
        }
        matters.linkCode(householdId, secrets.digest(LINK_CODE_KIND, code.toString()));
        audit.record("household.link-code-issued", "household", householdId, Map.of());
        return code.substring(0, 5) + "-" + code.substring(5);
    }

    /** Links the signed-in citizen's account to the household whose code they entered; the code is spent. */
    public long linkAccount(String code, long citizenId) {
        String canonical = code.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (!canonical.matches("[" + CODE_LETTERS + "]{10}")) {
            throw DomainException.invalid("matter.link-code-unknown");
        }
        long household = matters.link(secrets.digest(LINK_CODE_KIND, canonical), citizenId)
                .orElseThrow(() -> DomainException.invalid("matter.link-code-unknown"));
        households.recordChange(household, "citizen:" + citizenId, "ACCOUNT_LINKED", null, "{}", null);
        audit.record("household.account-linked", "household", household, Map.of("citizen", citizenId));
        return household;
    }

    // ---------------------------------------------------------------------------------------------- delegation

    /**
     * The representative delegates the household's online vote to another citizen account, on one open online matter
     * or (no matter) on every matter until revoked [K: the law is silent on delegating an online vote; rules.md A6]:
     * a one-time code to hand to the delegate, who enters it signed in. It replaces the household's delegation in
     * force, if any. Only the code's keyed digest is kept.
     */
    public String delegate(long householdId, @Nullable Long matterId, long representativeId) {
        households.lock(householdId).orElseThrow(() -> DomainException.notFound("democracy.household.unknown"));
        if (matters.representativeAccount(householdId)
                .filter(account -> account == representativeId)
                .isEmpty()) {
            throw DomainException.forbidden("matter.not-representative");
        }
        if (matterId != null) {
            Matter matter = matters.find(matterId).orElseThrow(() -> DomainException.notFound("matter.unknown"));
            if (matter.form() != DecisionForm.ONLINE) {
                throw DomainException.invalid("matter.online-not-allowed");
            }
            if (!matter.isOpen() || !matter.closesAt().isAfter(clock.instant())) {
                throw DomainException.conflict("matter.closed");
            }
        }
        String code = newCode();
        long delegation =
                matters.delegate(householdId, matterId, secrets.digest(DELEGATION_CODE_KIND, code), representativeId);
        households.recordChange(
                householdId,
                "citizen:" + representativeId,
                "VOTE_DELEGATED",
                null,
                "{}",
                matterId == null ? "mọi nội dung đến khi thu hồi" : "nội dung số " + matterId);
        audit.record(
                "household.vote-delegated",
                "household",
                householdId,
                Map.of("delegation", delegation, "matter", matterId == null ? "all" : matterId));
        return code.substring(0, 5) + "-" + code.substring(5);
    }

    /** The delegate, signed in, enters the code the representative gave them: the delegation is in force. */
    public long acceptDelegation(String code, long citizenId) {
        String canonical = code.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (!canonical.matches("[" + CODE_LETTERS + "]{10}")) {
            throw DomainException.invalid("matter.delegation.code-unknown");
        }
        long household = matters.acceptDelegation(secrets.digest(DELEGATION_CODE_KIND, canonical), citizenId)
                .orElseThrow(() -> DomainException.invalid("matter.delegation.code-unknown"));
        households.recordChange(household, "citizen:" + citizenId, "DELEGATION_ACCEPTED", null, "{}", null);
        audit.record("household.delegation-accepted", "household", household, Map.of("delegate", citizenId));
        return household;
    }

    /** The representative takes the household's vote back; a vote the delegate cast stays until changed. */
    public void revokeDelegation(long householdId, long representativeId) {
        households.lock(householdId).orElseThrow(() -> DomainException.notFound("democracy.household.unknown"));
        if (matters.representativeAccount(householdId)
                .filter(account -> account == representativeId)
                .isEmpty()) {
            throw DomainException.forbidden("matter.not-representative");
        }
        if (!matters.revokeDelegation(householdId)) {
            throw DomainException.conflict("matter.delegation.none");
        }
        households.recordChange(householdId, "citizen:" + representativeId, "DELEGATION_REVOKED", null, "{}", null);
        audit.record("household.delegation-revoked", "household", householdId, Map.of());
    }

    private String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private Matter openForTeam(long matterId, StaffMember staff) {
        Matter matter = matters.lock(matterId).orElseThrow(() -> DomainException.notFound("matter.unknown"));
        policy.requireWork(staff, matter.bodyId());
        if (!matter.isOpen()) {
            throw DomainException.conflict("matter.closed");
        }
        return matter;
    }

    private long hamletOf(Matter matter, long hamletId) {
        if (matter.hamletId() != null && matter.hamletId() != hamletId
                || matters.hamletsOf(matter.bodyId(), hamletId).isEmpty()) {
            throw DomainException.invalid("matter.hamlet-unknown");
        }
        return hamletId;
    }

    /** A ballot's mark as the team reads it. */
    static @Nullable Choice choice(String text) {
        String plain = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd');
        return switch (plain) {
            case "1", "dong y", "agree" -> Choice.AGREE;
            case "2", "khong dong y", "disagree" -> Choice.DISAGREE;
            case "0", "trong", "blank" -> Choice.BLANK;
            default -> null;
        };
    }
}
