package vn.danvan.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.insight.domain.MatcherMinHash;
import vn.danvan.insight.domain.PersonKeys;
import vn.danvan.insight.domain.SameMatterRule;
import vn.danvan.insight.domain.SameMatterSettings;
import vn.danvan.insight.persistence.MatterSamples;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.MatterGroups;
import vn.danvan.petition.MatterGroups.MatchSource;
import vn.danvan.petition.MatterGroups.MatterCase;
import vn.danvan.petition.PetitionReceived;
import vn.danvan.petition.PetitionerIdentity;
import vn.danvan.shared.ContactSecrets;
import vn.danvan.shared.VietnamTime;

/**
 * One citizen – one matter (issue 20). Remembers every petition as it is received — in the intake's own transaction,
 * so that no petition acknowledged to its sender is missing (ADR 0002) — and suggests, on a case's page, the
 * petitions possibly of the same matter: met through the commune's LSH bands and at the text similarity threshold,
 * or sent by the same person. Only cases the viewer may see are suggested, and the same person is a reason only when
 * the viewer may see both identities: a sealed denouncer is never linked by person for anyone else (Luật Tố cáo 2018
 * Đ.9(1)(b), Đ.47). The officer's decision is the petition module's ({@link MatterGroups}).
 */
@Service
public class SameMatters {

    private static final Logger log = LoggerFactory.getLogger(SameMatters.class);
    private static final String PERSON_DIGEST = "matter-person";

    /** A case possibly of the same matter, and why. */
    public record Suggestion(
            MatterCase matterCase, int percent, boolean sameCommune, boolean sameField, boolean samePerson) {

        /** The message keys of the reasons, strongest first ("cùng người gửi, cùng xã, nội dung giống 84%"). */
        public List<String> reasons() {
            List<String> reasons = new ArrayList<>(4);
            if (samePerson) {
                reasons.add("samematter.reason.person");
            }
            if (sameCommune) {
                reasons.add("samematter.reason.commune");
            }
            if (percent > 0) {
                reasons.add("samematter.reason.text");
            }
            if (sameField) {
                reasons.add("samematter.reason.field");
            }
            return reasons;
        }
    }

    /** What the case page's block shows: the suggestions, and the case's confirmed group when it has one. */
    public record Board(
            MatterCase subject, boolean mayDecide, List<Suggestion> suggestions, List<MatterCase> group, int unseen) {}

    private final MatterGroups groups;
    private final MatterSamples samples;
    private final ContactSecrets secrets;
    private final SameMatterSettings settings;
    private final TransactionTemplate transactions;

    SameMatters(
            MatterGroups groups,
            MatterSamples samples,
            ContactSecrets secrets,
            SameMatterSettings settings,
            TransactionTemplate transactions) {
        this.transactions = transactions;
        this.groups = groups;
        this.samples = samples;
        this.secrets = secrets;
        this.settings = settings;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(PetitionReceived received) {
        groups.source(received.petitionId()).ifPresent(this::remember);
    }

    /** Remembers one petition (idempotent). */
    public void remember(MatchSource source) {
        long[] signature = MatcherMinHash.signature(source.title() + " " + source.content());
        samples.remember(
                source.petitionId(),
                signature,
                MatcherMinHash.bandKeys(signature, source.communeCode()),
                personDigests(source.identity()));
    }

    /**
     * Remembers the petitions taken in before the matcher (the demo data, an upgraded database) and any the intake's
     * listener did not see, a batch per transaction, on one instance, every minute; the walk goes on through the new
     * ids too (each already remembered: an insert that does nothing), so once caught up a run reads little.
     */
    @Scheduled(cron = "${danvan.insight.same-matter.backfill-cron:30 * * * * *}", zone = VietnamTime.ZONE_ID)
    @SchedulerLock(name = "insight.same-matter-backfill", lockAtMostFor = "PT30M")
    void scheduledBackfill() {
        int remembered = backfill(Integer.MAX_VALUE);
        if (remembered > 0) {
            log.info("Same-matter matcher: remembered {} earlier petitions", remembered);
        }
    }

    /** Walks the petitions not yet walked, at most {@code batches} batches; returns how many it walked. */
    public int backfill(int batches) {
        int walked = 0;
        for (int batch = 0; batch < batches; batch++) {
            int size = backfillBatch();
            if (size == 0) {
                break;
            }
            walked += size;
        }
        return walked;
    }

    private int backfillBatch() {
        Integer walked = transactions.execute(status -> walkBatch());
        return walked == null ? 0 : walked;
    }

    private int walkBatch() {
        List<MatchSource> sources = groups.sourcesAfter(samples.backfilledUpTo(), settings.backfillBatch());
        sources.forEach(this::remember);
        if (!sources.isEmpty()) {
            samples.backfilledUpTo(sources.getLast().petitionId());
        }
        return sources.size();
    }

    /** The case's block: what may be the same matter, and the group it belongs to, as this viewer may see them. */
    public Board board(long petitionId, StaffMember staff) {
        MatterCase subject = groups.visibleCase(petitionId, staff);
        List<MatterCase> group = groups.group(petitionId);
        List<MatterCase> visibleGroup = group.size() < 2
                ? List.of()
                : group.stream().filter(c -> staff.inScope(c.bodyId())).toList();
        int unseen = group.size() < 2 ? 0 : group.size() - visibleGroup.size();
        return new Board(subject, groups.mayDecide(subject, staff), suggestions(subject, staff), visibleGroup, unseen);
    }

    /** The candidates for a case, best first, only those the viewer may see and no pair already decided. */
    public List<Suggestion> suggestions(MatterCase subject, StaffMember staff) {
        Optional<MatchSource> source = groups.source(subject.id());
        if (source.isEmpty()) {
            return List.of();
        }
        long[] signature = samples.signature(subject.id())
                .orElseGet(() -> MatcherMinHash.signature(
                        source.get().title() + " " + source.get().content()));
        List<MatterSamples.Met> met = samples.meet(
                subject.id(),
                MatcherMinHash.bandKeys(signature, subject.communeCode()),
                personDigests(source.get().identity()),
                settings.lookupLimit());
        if (met.isEmpty()) {
            return List.of();
        }
        Set<Long> decided = groups.decidedWith(subject.id());
        Map<Long, MatterCase> cases = groups
                .cases(met.stream().map(MatterSamples.Met::petitionId).toList())
                .stream()
                .collect(Collectors.toMap(MatterCase::id, Function.identity()));
        boolean maySeeSubjectIdentity = groups.mayViewIdentity(subject, staff);
        SameMatterRule.Sample subjectSample = sample(subject, signature);
        List<Suggestion> suggestions = new ArrayList<>();
        for (MatterSamples.Met candidate : met) {
            MatterCase other = cases.get(candidate.petitionId());
            if (other == null
                    || !staff.inScope(other.bodyId())
                    || decided.contains(other.id())
                    || other.matterId() == subject.matterId()) {
                continue;
            }
            boolean samePerson =
                    candidate.samePerson() && maySeeSubjectIdentity && groups.mayViewIdentity(other, staff);
            Optional<SameMatterRule.Reason> reason =
                    SameMatterRule.suggest(subjectSample, sample(other, candidate.signature()), settings.threshold());
            if (reason.isPresent() || samePerson) {
                suggestions.add(new Suggestion(
                        other,
                        reason.map(SameMatterRule.Reason::percent).orElse(0),
                        reason.map(SameMatterRule.Reason::sameCommune).orElse(false),
                        reason.map(SameMatterRule.Reason::sameField)
                                .orElse(other.fieldCode().equals(subject.fieldCode())),
                        samePerson));
            }
        }
        // One suggestion per matter: confirming it joins the whole group.
        Set<Long> matterIds = new java.util.HashSet<>();
        return suggestions.stream()
                .sorted(Comparator.comparingDouble(SameMatters::rank)
                        .reversed()
                        .thenComparing(s -> s.matterCase().id(), Comparator.reverseOrder()))
                .filter(s -> matterIds.add(s.matterCase().matterId()))
                .limit(settings.suggestions())
                .toList();
    }

    private static double rank(Suggestion suggestion) {
        return suggestion.percent() + (suggestion.samePerson() ? 100 : 0) + (suggestion.sameField() ? 5 : 0);
    }

    private static SameMatterRule.Sample sample(MatterCase matterCase, long[] signature) {
        return new SameMatterRule.Sample(
                matterCase.id(),
                matterCase.communeCode() == null ? "" : matterCase.communeCode(),
                matterCase.fieldCode(),
                signature);
    }

    private List<byte[]> personDigests(@org.jspecify.annotations.Nullable PetitionerIdentity identity) {
        if (identity == null) {
            return List.of();
        }
        return PersonKeys.of(identity.fullName(), identity.idNumber(), identity.phone(), identity.email()).stream()
                .map(key -> secrets.digest(PERSON_DIGEST, key))
                .toList();
    }
}
