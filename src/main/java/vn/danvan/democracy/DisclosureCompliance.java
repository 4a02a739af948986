package vn.danvan.democracy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.democracy.domain.ComplianceLine;
import vn.danvan.democracy.domain.DisclosurePolicy;
import vn.danvan.democracy.persistence.Disclosures;
import vn.danvan.organization.Body;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.DomainException;

/**
 * How the communes keep their publication deadlines (Luật THDCCS 2022 Đ.12(3)), for heads of body and the
 * province: per commune, the items due in a period and of those how many were published on time, late, are
 * overdue or not yet due. A commune with nothing due shows zeros: having nothing to publish is a figure too.
 */
@Service
@Transactional(readOnly = true)
public class DisclosureCompliance {

    private final Disclosures disclosures;
    private final DisclosurePublishing publishing;

    DisclosureCompliance(Disclosures disclosures, DisclosurePublishing publishing) {
        this.disclosures = disclosures;
        this.publishing = publishing;
    }

    public List<ComplianceLine> lines(StaffMember staff, LocalDate from, LocalDate to, LocalDate today) {
        DisclosurePolicy.requireOverseer(staff);
        if (to.isBefore(from)) {
            throw DomainException.invalid("democracy.period-reversed");
        }
        List<Body> bodies = publishing.publishersInScope(staff);
        if (bodies.isEmpty()) {
            return List.of();
        }
        Map<Long, ComplianceLine> counted =
                disclosures.compliance(bodies.stream().map(Body::id).toList(), from, to, today).stream()
                        .collect(Collectors.toMap(ComplianceLine::bodyId, Function.identity()));
        return bodies.stream()
                .map(body -> {
                    ComplianceLine line = counted.get(body.id());
                    String commune = body.communeCode() == null ? "" : body.communeCode();
                    return line == null
                            ? new ComplianceLine(body.id(), body.name(), commune, 0, 0, 0, 0, 0)
                            : new ComplianceLine(
                                    body.id(),
                                    body.name(),
                                    commune,
                                    line.due(),
                                    line.onTime(),
                                    line.late(),
                                    line.overdue(),
                                    line.pending());
                })
                .sorted(Comparator.comparing(ComplianceLine::bodyName))
                .toList();
    }

    /** The sum of the lines. */
    public static ComplianceLine total(List<ComplianceLine> lines) {
        return new ComplianceLine(
                0,
                "",
                "",
                lines.stream().mapToInt(ComplianceLine::due).sum(),
                lines.stream().mapToInt(ComplianceLine::onTime).sum(),
                lines.stream().mapToInt(ComplianceLine::late).sum(),
                lines.stream().mapToInt(ComplianceLine::overdue).sum(),
                lines.stream().mapToInt(ComplianceLine::pending).sum());
    }

    /** The items due in a period and how they stood on {@code today}, summed over bodies the caller chose. */
    public record Totals(int due, int onTime, int late, int overdue, int pending) {}

    /**
     * The totals of the publishing bodies among {@code bodyIds} (a dân vận review covers its body and those under it),
     * without a staff member's scope: the same counts as {@link #lines}.
     */
    public Totals totals(java.util.Set<Long> bodyIds, LocalDate from, LocalDate to, LocalDate today) {
        if (bodyIds.isEmpty()) {
            return new Totals(0, 0, 0, 0, 0);
        }
        ComplianceLine sum = total(disclosures.compliance(bodyIds, from, to, today));
        return new Totals(sum.due(), sum.onTime(), sum.late(), sum.overdue(), sum.pending());
    }
}
