package vn.danvan.insight;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.insight.domain.HotspotScoring;
import vn.danvan.insight.persistence.HotspotAlerts;
import vn.danvan.notification.Mailings;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.Role;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.VietnamTime;

/**
 * Scores every commune and field once a day from every source, stores the scores with their parts for the pages
 * ({@code insight.hotspot_state}), on one instance (ShedLock), and alerts the heads of the bodies holding
 * a hot spot's recent cases, once per crossing of the threshold: the state row changes from cool to hot for one
 * caller only, even when two instances compute at the same time.
 */
@Component
public class HotspotWatch {

    private static final Logger log = LoggerFactory.getLogger(HotspotWatch.class);
    private static final Locale VIETNAMESE = Locale.of("vi");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** An alert raised: the crossing and whom it was sent to (how many heads; never their addresses). */
    public record Alert(long id, String communeCode, String fieldCode, LocalDate crossedOn, double score, int mailed) {}

    private final HotspotBoard board;
    private final HotspotAlerts alerts;
    private final OrganizationDirectory organization;
    private final Mailings mailings;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Clock clock;

    HotspotWatch(
            HotspotBoard board,
            HotspotAlerts alerts,
            OrganizationDirectory organization,
            Mailings mailings,
            MessageSource messages,
            AuditTrail audit,
            Clock clock) {
        this.board = board;
        this.alerts = alerts;
        this.organization = organization;
        this.mailings = mailings;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(cron = "${danvan.insight.hotspot.cron:0 30 6-18 * * *}", zone = VietnamTime.ZONE_ID)
    @SchedulerLock(name = "insight.hotspot-watch", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void scheduled() {
        List<Alert> raised = evaluate(LocalDate.now(clock.withZone(VietnamTime.ZONE)));
        if (!raised.isEmpty()) {
            log.info("Raised {} hot-spot alerts", raised.size());
        }
    }

    /** Scores every commune and field as of a day; alerts each new crossing and cools the spots that cooled. */
    @Transactional
    public List<Alert> evaluate(LocalDate asOf) {
        var settings = board.settings();
        Set<String> hotBefore = new HashSet<>(alerts.hotPairs());
        List<Alert> raised = new ArrayList<>();
        List<HotspotLine> lines = board.compute(asOf);
        board.store(lines, asOf);
        Set<String> scored = new HashSet<>();
        for (HotspotLine line : lines) {
            String pair = line.communeCode() + "|" + line.fieldCode();
            scored.add(pair);
            if (line.hot()) {
                if (!hotBefore.contains(pair) && alerts.turnHot(line.communeCode(), line.fieldCode(), asOf)) {
                    alerts.add(
                                    line.communeCode(),
                                    line.fieldCode(),
                                    asOf,
                                    line.score().total(),
                                    evidence(line))
                            .ifPresent(id -> raised.add(alert(id, board.named(line), asOf)));
                }
            } else if (hotBefore.contains(pair) && HotspotScoring.cooled(line.score(), settings)) {
                alerts.turnCool(line.communeCode(), line.fieldCode(), asOf);
                audit.record(
                        "hotspot.cooled",
                        "hotspot",
                        pair,
                        Map.of("score", line.score().total(), "on", asOf.toString()));
            }
        }
        for (String pair : hotBefore) {
            if (!scored.contains(pair)) {
                // no signal left at all in the window and history: cooled.
                String[] parts = pair.split("\\|", 2);
                alerts.turnCool(parts[0], parts[1], asOf);
                audit.record("hotspot.cooled", "hotspot", pair, Map.of("score", 0.0, "on", asOf.toString()));
            }
        }
        return raised;
    }

    private Alert alert(long id, HotspotLine line, LocalDate asOf) {
        audit.record(
                "hotspot.alerted",
                "hotspot_alert",
                id,
                Map.of(
                        "commune", line.communeCode(),
                        "field", line.fieldCode(),
                        "score", line.score().total()));
        String link = mailings.link("/insight/hotspots/" + line.communeCode() + "/" + line.fieldCode());
        String why = line.score().parts().stream()
                .filter(part -> part.points() > 0)
                .map(part -> "- " + messages.getMessage("hotspot.part." + part.key(), null, VIETNAMESE) + ": "
                        + number(part.value()) + " × " + number(part.weight()) + " = " + number(part.points()))
                .collect(Collectors.joining("\n"));
        Object[] args = {
            line.communeName(),
            board.fieldName(line.fieldCode(), false),
            number(line.score().total()),
            DATE.format(asOf),
            why,
            link
        };
        String subject = messages.getMessage("hotspot.mail.subject", args, VIETNAMESE);
        String body = messages.getMessage("hotspot.mail.body", args, VIETNAMESE);
        Set<String> sent = new HashSet<>();
        for (long bodyId : line.bodyIds()) {
            for (var head : organization.staffContacts(bodyId, Set.of(Role.HEAD_OF_BODY))) {
                if (sent.add(head.email())) {
                    mailings.email("hotspot-alert:" + id, head.email(), subject, body);
                }
            }
        }
        return new Alert(
                id, line.communeCode(), line.fieldCode(), asOf, line.score().total(), sent.size());
    }

    private static String evidence(HotspotLine line) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("recent", line.recent());
        values.put("history", line.history());
        values.put("expected", line.score().expected());
        for (var part : line.score().parts()) {
            values.put(part.key(), part.value());
        }
        values.put("bodies", line.bodyIds().size());
        return values.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String number(double value) {
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(VIETNAMESE)).format(value);
    }
}
