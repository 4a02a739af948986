package vn.danvan.petition.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.organization.Body;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.petition.PetitionEscalated;
import vn.danvan.petition.domain.EscalationSettings.Recipient;
import vn.danvan.petition.persistence.Notices;
import vn.danvan.petition.persistence.Petitions;
import vn.danvan.shared.AuditTrail;

/**
 * Climbs the escalation ladder ({@link EscalationSettings}) of every open case past its current deadline: each rung
 * whose working days have passed is taken once per case and deadline — the row lock on the case and the key of
 * {@code petition.escalation} make it so across instances — written on the timeline, audited and announced
 * ({@link PetitionEscalated}) for the e-mails. A case decided or resolved meanwhile has no current deadline and
 * climbs no further.
 */
@Component
public class EscalationLadder {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final EscalationSettings settings;
    private final Petitions petitions;
    private final Notices notices;
    private final Deadlines deadlines;
    private final OrganizationDirectory organization;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    EscalationLadder(
            EscalationSettings settings,
            Petitions petitions,
            Notices notices,
            Deadlines deadlines,
            OrganizationDirectory organization,
            MessageSource messages,
            AuditTrail audit,
            ApplicationEventPublisher events,
            TransactionTemplate transactions) {
        this.settings = settings;
        this.petitions = petitions;
        this.notices = notices;
        this.deadlines = deadlines;
        this.organization = organization;
        this.messages = messages;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
    }

    /** Takes every rung due on {@code today}; returns how many were taken. Each case in its own transaction. */
    public int climb(LocalDate today) {
        List<EscalationSettings.Step> ladder = settings.ladder();
        if (ladder.isEmpty()) {
            return 0;
        }
        int taken = 0;
        for (long id : notices.overdueWithStepsLeft(today, ladder.size())) {
            Integer steps = transactions.execute(status -> climb(id, today, ladder));
            taken += steps == null ? 0 : steps;
        }
        return taken;
    }

    private int climb(long id, LocalDate today, List<EscalationSettings.Step> ladder) {
        Petition petition = petitions.lock(id);
        LocalDate due = petition.currentDue();
        if (due == null || !due.isBefore(today)) {
            return 0;
        }
        int late = Math.max(0, deadlines.workingDaysBetween(due, today));
        int taken = 0;
        for (int i = 0; i < ladder.size(); i++) {
            var step = ladder.get(i);
            if (late < step.afterWorkingDays()) {
                break;
            }
            Long inspectorate = step.tell().contains(Recipient.SUPERIOR_INSPECTORATE)
                    ? superiorInspectorate(petition.bodyId()).map(Body::id).orElse(null)
                    : null;
            if (!notices.takeStep(id, due, i + 1, today, inspectorate)) {
                continue;
            }
            record(petition, i + 1, step, due, late, inspectorate, today);
            taken++;
        }
        return taken;
    }

    private void record(
            Petition petition,
            int number,
            EscalationSettings.Step step,
            LocalDate due,
            int late,
            @Nullable Long inspectorate,
            LocalDate today) {
        Long handler = step.tell().contains(Recipient.HANDLER) ? petition.handlerId() : null;
        Long head = step.tell().contains(Recipient.HEAD_OF_BODY) ? petition.bodyId() : null;
        String told = step.tell().stream()
                .sorted()
                .map(r -> r == Recipient.SUPERIOR_INSPECTORATE && inspectorate != null
                        ? organization.body(inspectorate).map(Body::name).orElse("")
                        : messages.getMessage("escalation.recipient." + r.name(), null, VIETNAMESE))
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        String note =
                messages.getMessage("escalation.note", new Object[] {number, late, DATE.format(due), told}, VIETNAMESE);
        notices.onTimeline(petition.storedId(), today, "ESCALATED", note, false);
        Map<String, Object> details = new HashMap<>();
        details.put("step", number);
        details.put("due", due.toString());
        details.put("workingDaysOverdue", late);
        details.put("tell", step.tell().stream().map(Enum::name).sorted().toList());
        if (inspectorate != null) {
            details.put("inspectorate", inspectorate);
        }
        audit.record("petition.escalated", "petition", petition.storedId(), details);
        events.publishEvent(new PetitionEscalated(
                petition.storedId(),
                petition.trackingCode(),
                petition.bodyId(),
                number,
                due,
                late,
                handler,
                head,
                inspectorate,
                today));
    }

    /**
     * The inspectorate above a body: the superior itself if it is one, else the inspectorate that reports to the
     * superior (Thanh tra tỉnh under UBND tỉnh), else one seated at the superior's place; the chain is walked up
     * until one is found. A body without a superior has no one above to escalate to.
     */
    Optional<Body> superiorInspectorate(long bodyId) {
        Body body = organization.body(bodyId).orElse(null);
        for (int depth = 0; body != null && body.superiorId() != null && depth < 10; depth++) {
            Body superior = organization.body(body.superiorId()).orElse(null);
            if (superior == null) {
                return Optional.empty();
            }
            if (superior.kind() == BodyKind.INSPECTORATE) {
                return Optional.of(superior);
            }
            long superiorId = superior.id();
            Optional<Body> below = organization.bodies().stream()
                    .filter(b -> b.kind() == BodyKind.INSPECTORATE && Objects.equals(b.superiorId(), superiorId))
                    .findFirst();
            if (below.isPresent()) {
                return below;
            }
            if (superior.provinceCode() != null) {
                Optional<Body> seated =
                        organization
                                .bodiesAt(BodyKind.INSPECTORATE, superior.provinceCode(), superior.communeCode())
                                .stream()
                                .filter(b -> b.id() != bodyId)
                                .findFirst();
                if (seated.isPresent()) {
                    return seated;
                }
            }
            body = superior;
        }
        return Optional.empty();
    }
}
