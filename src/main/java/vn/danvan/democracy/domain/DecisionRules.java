package vn.danvan.democracy.domain;

import java.util.List;
import vn.danvan.democracy.DecisionForm;
import vn.danvan.democracy.MatterCategory;

/**
 * The rule table of "dân bàn và quyết định" (Luật THDCCS 2022 Đ.15–23; NĐ 59/2023/NĐ-CP; docs/law/rules.md A6): which
 * share of the households must agree, when a meeting may proceed, when online voting may be used, what a citizens'
 * initiative needs, and how a commune-wide matter is decided from its hamlets' results. Thresholds count every
 * household of the register, not only those who voted. Integer arithmetic only: "2/3" is exact.
 */
public final class DecisionRules {

    private DecisionRules() {}

    /** A citizens' initiative needs the support of ≥ 10% of the households (Luật THDCCS 2022, docs/law/rules.md A6: "≥ 10% of households") [V]. */
    public static boolean initiativeSupported(long supporting, long households) {
        return households > 0 && supporting * 10 >= households;
    }

    /**
     * Online voting may be used only after more than half of the households' representatives agreed to it, and only
     * for the other self-management matters of clause 6 (NĐ 59/2023; docs/law/rules.md A6) [V].
     */
    public static boolean onlineAgreed(long agreeing, long households) {
        return households > 0 && agreeing * 2 > households;
    }

    /**
     * A meeting may proceed, and its vote count, when more than half of the households are represented (NĐ 59/2023;
     * docs/law/rules.md A6: "Hương ước meeting needs > 50% of households present") [V for k3, applied to every meeting].
     */
    public static boolean meetingQuorate(long attending, long households) {
        return households > 0 && attending * 2 > households;
    }

    /** A hamlet of at least 200 households may meet in clusters (NĐ 59/2023; docs/law/rules.md A6) [V]. */
    public static final int CLUSTER_MINIMUM_HOUSEHOLDS = 200;

    /** The ballot team (tổ phát phiếu, tổ kiểm phiếu) has 3 to 5 members (NĐ 59/2023; docs/law/rules.md A6) [V]. */
    public static final int TEAM_MINIMUM = 3;

    public static final int TEAM_MAXIMUM = 5;

    /** A hamlet's figures at the close: every household of the register, those who took part, their choices. */
    public record HamletCount(
            long hamletId, String hamletName, int households, int takingPart, int agree, int disagree) {

        public HamletCount {
            if (households < 0 || takingPart < 0 || agree < 0 || disagree < 0 || agree + disagree > takingPart) {
                throw new IllegalArgumentException("inconsistent figures for hamlet " + hamletId);
            }
        }
    }

    /** One hamlet's result. */
    public record HamletOutcome(HamletCount count, boolean quorate, boolean passed) {}

    /** The matter's result. */
    public record Outcome(
            List<HamletOutcome> hamlets,
            int households,
            int takingPart,
            int agree,
            int disagree,
            int hamletsPassed,
            boolean passed) {

        public int absent() {
            return households - takingPart;
        }
    }

    /**
     * The result of a matter from its hamlets' figures. A hamlet passes when the category's share of all its
     * households agreed (and, in a meeting, the meeting was quorate). A matter of one hamlet passes with it. A
     * commune-wide matter of clause 1 or 2 passes when ≥ 2/3 of the hamlets passed; one of clause 6 when more than
     * half of all the commune's households agreed.
     */
    public static Outcome decide(MatterCategory category, DecisionForm form, List<HamletCount> counts) {
        int households = 0;
        int takingPart = 0;
        int agree = 0;
        int disagree = 0;
        int hamletsPassed = 0;
        List<HamletOutcome> outcomes = new java.util.ArrayList<>();
        for (HamletCount count : counts) {
            boolean quorate = form != DecisionForm.MEETING || meetingQuorate(count.takingPart(), count.households());
            boolean passed = quorate && category.threshold().isMet(count.agree(), count.households());
            outcomes.add(new HamletOutcome(count, quorate, passed));
            households += count.households();
            takingPart += count.takingPart();
            agree += count.agree();
            disagree += count.disagree();
            hamletsPassed += passed ? 1 : 0;
        }
        boolean passed;
        if (counts.isEmpty()) {
            passed = false;
        } else if (counts.size() == 1) {
            passed = outcomes.getFirst().passed();
        } else if (category == MatterCategory.K6) {
            passed = MatterCategory.Threshold.MAJORITY.isMet(agree, households);
        } else {
            // Luật THDCCS 2022 Đ.15 commune scope: "từ 2/3 số thôn, tổ dân phố" (docs/law/rules.md A6).
            passed = MatterCategory.Threshold.TWO_THIRDS.isMet(hamletsPassed, counts.size());
        }
        return new Outcome(List.copyOf(outcomes), households, takingPart, agree, disagree, hamletsPassed, passed);
    }
}
