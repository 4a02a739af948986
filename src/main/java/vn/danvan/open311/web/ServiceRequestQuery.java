package vn.danvan.open311.web;

import static vn.danvan.shared.InputText.isBlank;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.danvan.open311.domain.ServiceCode;
import vn.danvan.petition.CitizenDesk.RequestFilter;
import vn.danvan.petition.PetitionType;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.LawfulDates;

/**
 * A GeoReport v2 "GET Service Requests", as the client asked: tracking codes ({@code service_request_id}, comma
 * separated), a service, a period (ISO 8601, the last 90 days by default) and {@code open}, {@code closed} or both.
 */
record ServiceRequestQuery(
        @Nullable String ids,
        @Nullable String serviceCode,
        @Nullable String startDate,
        @Nullable String endDate,
        @Nullable String status) {

    /** The tracking codes asked for; each counts as a lookup. */
    List<String> codes() {
        return isBlank(ids)
                ? List.of()
                : Arrays.stream(ids.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    /**
     * The filter the query makes, at most a thousand requests, or {@link DomainException#invalid} with the reason:
     * a service not offered, a date not ISO 8601 or a period that ends before it starts, a status unknown. A date
     * out of the law's range is an {@link vn.danvan.shared.InputRejected}.
     */
    RequestFilter toFilter(Function<String, Optional<ServiceCode>> services, OffsetDateTime now) {
        PetitionType type = null;
        String field = null;
        if (!isBlank(serviceCode)) {
            ServiceCode service = services.apply(serviceCode.strip())
                    .orElseThrow(() -> DomainException.invalid("open311.service-not-found", serviceCode));
            type = service.type();
            field = service.fieldCode();
        }
        OffsetDateTime end;
        OffsetDateTime start;
        try {
            end = isBlank(endDate) ? now : LawfulDates.check(OffsetDateTime.parse(endDate.strip()));
            start = isBlank(startDate) ? end.minusDays(90) : LawfulDates.check(OffsetDateTime.parse(startDate.strip()));
        } catch (DateTimeParseException notIso) {
            throw DomainException.invalid("open311.date-invalid");
        }
        if (start.isAfter(end)) {
            throw DomainException.invalid("open311.date-invalid");
        }
        Boolean open = null;
        if (!isBlank(status)) {
            List<String> statuses =
                    Arrays.stream(status.split(",")).map(String::strip).toList();
            if (!List.of("open", "closed").containsAll(statuses)) {
                throw DomainException.invalid("open311.status-invalid");
            }
            open = statuses.contains("open") && statuses.contains("closed") ? null : statuses.contains("open");
        }
        return new RequestFilter(codes(), type, field, start, end, open, 1000);
    }
}
