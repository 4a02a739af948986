package vn.danvan.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.danvan.insight.domain.HotspotScoring;
import vn.danvan.insight.domain.HotspotSettings;
import vn.danvan.organization.AdministrativeUnit;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.PetitionQueries;
import vn.danvan.petition.PetitionSignals;
import vn.danvan.petition.PetitionSignals.CommuneFieldCounts;
import vn.danvan.shared.VietnamTime;

/**
 * The hot spots a staff member may see: the scores of the communes and fields of the cases in their scope, highest
 * first. Computed from the petition module's counts on each call (one grouped scan of the history window).
 */
@Service
public class HotspotBoard {

    private final PetitionSignals signals;
    private final PetitionQueries queries;
    private final OrganizationDirectory organization;
    private final HotspotSettings settings;
    private final Clock clock;

    HotspotBoard(
            PetitionSignals signals,
            PetitionQueries queries,
            OrganizationDirectory organization,
            HotspotSettings settings,
            Clock clock) {
        this.signals = signals;
        this.queries = queries;
        this.organization = organization;
        this.settings = settings;
        this.clock = clock;
    }

    /** The {@code n} highest scores in the staff member's scope, each with a score above zero. */
    public List<HotspotLine> top(StaffMember staff, int n) {
        return lines(scope(staff), today()).stream()
                .filter(line -> line.score().total() > 0)
                .limit(Math.max(0, n))
                .map(this::named)
                .toList();
    }

    /** One commune and field in the staff member's scope, scored today. */
    public Optional<HotspotLine> line(StaffMember staff, String communeCode, String fieldCode) {
        return lines(scope(staff), today()).stream()
                .filter(l ->
                        l.communeCode().equals(communeCode) && l.fieldCode().equals(fieldCode))
                .findFirst()
                .map(this::named);
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
     * Every commune and field of the given bodies (all when null) scored as of a day, highest first; the commune's
     * name is its code until {@link #named}.
     */
    List<HotspotLine> lines(@Nullable Set<Long> bodies, LocalDate asOf) {
        LocalDate windowFrom = asOf.minusDays(settings.windowDays() - 1L);
        LocalDate historyFrom = windowFrom.minusDays(settings.historyDays());
        return signals.counts(historyFrom, windowFrom, asOf, bodies).stream()
                .map(this::line)
                .sorted(Comparator.comparingDouble((HotspotLine l) -> l.score().total())
                        .reversed()
                        .thenComparing(HotspotLine::communeCode)
                        .thenComparing(HotspotLine::fieldCode))
                .toList();
    }

    private HotspotLine line(CommuneFieldCounts counts) {
        var score = HotspotScoring.score(
                new HotspotScoring.Counts(
                        counts.recent(),
                        counts.history(),
                        counts.groups(),
                        counts.repeats(),
                        counts.secondInstance(),
                        counts.overdue()),
                settings);
        return new HotspotLine(
                counts.communeCode(),
                counts.communeCode(),
                counts.fieldCode(),
                counts.recent(),
                counts.history(),
                score,
                counts.bodyIds());
    }

    HotspotLine named(HotspotLine line) {
        String name = organization
                .commune(line.communeCode())
                .map(AdministrativeUnit::fullName)
                .orElse(line.communeCode());
        return new HotspotLine(
                line.communeCode(),
                name,
                line.fieldCode(),
                line.recent(),
                line.history(),
                line.score(),
                line.bodyIds());
    }

    private static @Nullable Set<Long> scope(StaffMember staff) {
        return staff.allBodies() ? null : staff.scope();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(VietnamTime.ZONE));
    }
}
