package vn.danvan.insight;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.danvan.dialogue.DialogueFacts;
import vn.danvan.insight.domain.HotspotScoring;
import vn.danvan.insight.domain.HotspotSettings;
import vn.danvan.insight.persistence.HotspotAlerts;
import vn.danvan.insight.persistence.HotspotAlerts.ScoreRow;
import vn.danvan.organization.AdministrativeUnit;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.MatterGroups;
import vn.danvan.petition.PetitionQueries;
import vn.danvan.petition.PetitionSignals;
import vn.danvan.reception.ReceptionFacts;

/**
 * The hot spots a staff member may see: the scores the watch stored for the communes and fields of the cases in their
 * scope, highest first. The pages read the stored scores ({@code insight.hotspot_state}); only the watch computes,
 * from every source: the petition module's counts and its confirmed same-matter groups, the reception module's
 * delegations and the dialogue module's unmet commitments.
 */
@Service
public class HotspotBoard {

    private final PetitionSignals signals;
    private final ReceptionFacts reception;
    private final DialogueFacts dialogue;
    private final PetitionQueries queries;
    private final MatterGroups matterGroups;
    private final OrganizationDirectory organization;
    private final HotspotAlerts stored;
    private final HotspotSettings settings;
    private final Clock clock;

    HotspotBoard(
            PetitionSignals signals,
            ReceptionFacts reception,
            DialogueFacts dialogue,
            PetitionQueries queries,
            MatterGroups matterGroups,
            OrganizationDirectory organization,
            HotspotAlerts stored,
            HotspotSettings settings,
            Clock clock) {
        this.signals = signals;
        this.reception = reception;
        this.dialogue = dialogue;
        this.queries = queries;
        this.matterGroups = matterGroups;
        this.organization = organization;
        this.stored = stored;
        this.settings = settings;
        this.clock = clock;
    }

    /** The {@code n} highest stored scores in the staff member's scope, each above zero. */
    public List<HotspotLine> top(StaffMember staff, int n) {
        return stored.scored(scope(staff), Math.max(0, n)).stream()
                .map(this::line)
                .map(this::named)
                .toList();
    }

    /** One commune and field in the staff member's scope, as the watch last scored it. */
    public Optional<HotspotLine> line(StaffMember staff, String communeCode, String fieldCode) {
        return stored.scored(communeCode, fieldCode, scope(staff))
                .map(this::line)
                .map(this::named);
    }

    /** When the watch last computed the scores; empty before its first run. */
    public Optional<Instant> computedAt() {
        return stored.computedAt();
    }

    /** A field's name in Vietnamese or English, its code when unknown. */
    public String fieldName(String code, boolean english) {
        return queries.fields().stream()
                .filter(field -> field.code().equals(code))
                .findFirst()
                .map(field -> english ? field.nameEn() : field.nameVi())
                .orElse(code);
    }

    public HotspotSettings settings() {
        return settings;
    }

    /**
     * Every commune and field with a signal from any source, scored as of a day, highest first; the commune's name is
     * its code until {@link #named}. The watch's computation: one grouped scan per source.
     */
    List<HotspotLine> compute(LocalDate asOf) {
        LocalDate windowFrom = asOf.minusDays(settings.windowDays() - 1L);
        LocalDate historyFrom = windowFrom.minusDays(settings.historyDays());
        Map<String, Signals> pairs = new TreeMap<>();
        for (var counts : signals.counts(historyFrom, windowFrom, asOf, null)) {
            var pair = pairs.computeIfAbsent(
                    counts.communeCode() + "|" + counts.fieldCode(),
                    key -> new Signals(counts.communeCode(), counts.fieldCode()));
            pair.recent = counts.recent();
            pair.history = counts.history();
            pair.groups = counts.groups();
            pair.repeats = counts.repeats();
            pair.secondInstance = counts.secondInstance();
            pair.overdue = counts.overdue();
            pair.bodies.addAll(counts.bodyIds());
        }
        for (var delegations : reception.delegationsByCommune(windowFrom, asOf)) {
            var pair = pairs.computeIfAbsent(
                    delegations.communeCode() + "|" + delegations.fieldCode(),
                    key -> new Signals(delegations.communeCode(), delegations.fieldCode()));
            pair.delegations = delegations.delegations();
            pair.bodies.addAll(delegations.bodyIds());
        }
        for (var commitments : dialogue.overdueByCommune(asOf)) {
            var pair = pairs.computeIfAbsent(
                    commitments.communeCode() + "|" + commitments.fieldCode(),
                    key -> new Signals(commitments.communeCode(), commitments.fieldCode()));
            pair.overdueCommitments = commitments.overdue();
            pair.bodies.addAll(commitments.bodyIds());
        }
        // Officers' confirmed groups only: a matter the matcher merely suggested does not heat a commune.
        for (var same : matterGroups.acrossBodies(windowFrom, asOf)) {
            var pair = pairs.get(same.communeCode() + "|" + same.fieldCode());
            if (pair != null) {
                pair.sameMatter = same.groups();
            }
        }
        Instant now = clock.instant();
        List<HotspotLine> lines = new ArrayList<>(pairs.size());
        for (Signals pair : pairs.values()) {
            var score = HotspotScoring.score(
                    new HotspotScoring.Counts(
                            pair.recent,
                            pair.history,
                            pair.groups,
                            pair.repeats,
                            pair.secondInstance,
                            pair.overdue,
                            pair.delegations,
                            pair.overdueCommitments,
                            pair.sameMatter),
                    settings);
            lines.add(new HotspotLine(
                    pair.communeCode,
                    pair.communeCode,
                    pair.fieldCode,
                    pair.recent,
                    pair.history,
                    score,
                    List.copyOf(pair.bodies),
                    now));
        }
        lines.sort(Comparator.comparingDouble((HotspotLine l) -> l.score().total())
                .reversed()
                .thenComparing(HotspotLine::communeCode)
                .thenComparing(HotspotLine::fieldCode));
        return lines;
    }

    /** The computed lines stored for the pages. */
    void store(List<HotspotLine> lines, LocalDate asOf) {
        stored.store(
                lines.stream()
                        .map(l -> new ScoreRow(
                                l.communeCode(),
                                l.fieldCode(),
                                l.recent(),
                                l.history(),
                                l.score().expected(),
                                l.score().total(),
                                l.hot(),
                                l.score().parts(),
                                l.bodyIds(),
                                l.computedAt()))
                        .toList(),
                asOf);
    }

    HotspotLine named(HotspotLine line) {
        return line.withName(organization
                .commune(line.communeCode())
                .map(AdministrativeUnit::fullName)
                .orElse(line.communeCode()));
    }

    private HotspotLine line(ScoreRow row) {
        return new HotspotLine(
                row.communeCode(),
                row.communeCode(),
                row.fieldCode(),
                row.recent(),
                row.history(),
                new HotspotScoring.Score(row.expected(), row.score(), row.overThreshold(), row.parts()),
                row.bodyIds(),
                row.computedAt());
    }

    private static @Nullable Set<Long> scope(StaffMember staff) {
        return staff.allBodies() ? null : staff.scope();
    }

    /** One commune and field's counts from every source, gathered before scoring. */
    private static final class Signals {
        final String communeCode;
        final String fieldCode;
        int recent;
        int history;
        int groups;
        int repeats;
        int secondInstance;
        int overdue;
        int delegations;
        int overdueCommitments;
        int sameMatter;
        final Set<Long> bodies = new TreeSet<>();

        Signals(String communeCode, String fieldCode) {
            this.communeCode = communeCode;
            this.fieldCode = fieldCode;
        }
    }
}
