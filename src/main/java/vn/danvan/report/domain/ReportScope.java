package vn.danvan.report.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.DomainException;

/** Which bodies and days a report covers, checked against what the staff member may see. */
@Component
public class ReportScope {

    /** Twenty years: enough for any statutory report, and a bound on what one request may scan. */
    public static final long LONGEST_PERIOD_DAYS = 366L * 20;

    public record Covered(Body body, Set<Long> bodyIds, List<String> bodyNames) {}

    private final OrganizationDirectory organization;

    public ReportScope(OrganizationDirectory organization) {
        this.organization = organization;
    }

    /**
     * The body ({@code bodyId}, or the staff member's own when null) and, with {@code includeSubordinates},
     * every body under it that the staff member may see; refuses a reversed or overlong period.
     */
    public Covered cover(
            @Nullable Long bodyId, LocalDate from, LocalDate to, boolean includeSubordinates, StaffMember staff) {
        if (to.isBefore(from)) {
            throw DomainException.invalid("report.period.reversed");
        }
        if (ChronoUnit.DAYS.between(from, to) >= LONGEST_PERIOD_DAYS) {
            throw DomainException.invalid("report.period.too-long");
        }
        long id = bodyId == null ? staff.bodyId() : bodyId;
        Body body = organization
                .body(id)
                .orElseThrow(() -> DomainException.notFound("report.body.unknown", String.valueOf(id)));
        if (!staff.inScope(id)) {
            throw DomainException.forbidden("report.body.out-of-scope", body.name());
        }
        Set<Long> bodies = includeSubordinates
                ? organization.bodyWithSubordinates(id).stream()
                        .filter(staff::inScope)
                        .collect(Collectors.toSet())
                : Set.of(id);
        List<String> names = organization.bodies().stream()
                .filter(b -> bodies.contains(b.id()))
                .map(Body::name)
                .sorted()
                .toList();
        return new Covered(body, bodies, names);
    }
}
