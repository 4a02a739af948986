package vn.danvan.petition.domain;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The escalation ladder of overdue cases ({@code danvan.petition.escalation.steps[i].after-working-days},
 * {@code .tell}). No statute fixes its rungs: TT 05/2021/TT-TTCP Chương IV asks for follow-up and urging
 * (theo dõi, đôn đốc) of overdue cases without figures, so the values are the province's to set [K]. The default:
 * at the deadline the handler and the head of the body; 3 working days late the head again; 10 working days late
 * the inspectorate of the superior body.
 */
@ConfigurationProperties("danvan.petition.escalation")
public record EscalationSettings(@Nullable List<Step> steps) {

    public enum Recipient {
        HANDLER,
        HEAD_OF_BODY,
        SUPERIOR_INSPECTORATE
    }

    /** A rung: taken once the case is this many working days past its deadline (0: the first day after it). */
    public record Step(int afterWorkingDays, Set<Recipient> tell) {}

    public EscalationSettings {
        steps = steps == null || steps.isEmpty()
                ? List.of(
                        new Step(0, Set.of(Recipient.HANDLER, Recipient.HEAD_OF_BODY)),
                        new Step(3, Set.of(Recipient.HEAD_OF_BODY)),
                        new Step(10, Set.of(Recipient.SUPERIOR_INSPECTORATE)))
                : steps.stream()
                        .sorted(java.util.Comparator.comparingInt(Step::afterWorkingDays))
                        .toList();
    }

    public List<Step> ladder() {
        return steps == null ? List.of() : steps;
    }
}
