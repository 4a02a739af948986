package vn.danvan.democracy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.democracy.DisclosureCategory;
import vn.danvan.democracy.DisclosurePublishing;
import vn.danvan.democracy.domain.DisclosureStatus;
import vn.danvan.organization.Body;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.DomainException;

/** A commune's disclosure items with their due dates and status, for staff in scope. */
@RestController
@RequestMapping("/api/v1/disclosures")
@Tag(name = "Disclosures", description = "Công khai thông tin ở cấp xã (Luật THDCCS 2022 Đ.11–12)")
public class DisclosureApi {

    private final DisclosurePublishing publishing;
    private final Clock clock;

    public DisclosureApi(DisclosurePublishing publishing, Clock clock) {
        this.publishing = publishing;
        this.clock = clock;
    }

    @Operation(summary = "The disclosure items of a commune the caller works for or oversees, newest document first")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public List<DisclosureView> list(
            @Parameter(description = "Commune code (5 digits, QĐ 19/2025/QĐ-TTg)") @RequestParam String commune,
            @Parameter(description = "Only this category") @RequestParam(required = false) @Nullable
                    DisclosureCategory category,
            @Parameter(description = "Only this status as of today") @RequestParam(required = false) @Nullable
                    DisclosureStatus status,
            StaffMember staff) {
        if (!commune.matches("\\d{5}")) {
            throw DomainException.invalid("democracy.commune-malformed", commune);
        }
        List<Body> bodies = publishing.publishersInScope(staff).stream()
                .filter(b -> commune.equals(b.communeCode()))
                .toList();
        if (bodies.isEmpty()) {
            throw DomainException.forbidden("democracy.out-of-scope");
        }
        LocalDate today = LocalDate.now(clock);
        return bodies.stream()
                .flatMap(b -> publishing.list(staff, b.id(), category, status, null, null, today).stream())
                .map(d -> DisclosureView.of(d, today, "/disclosures/" + d.id()))
                .toList();
    }
}
