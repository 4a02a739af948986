package vn.danvan.open311.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.danvan.open311.domain.ServiceCode;
import vn.danvan.petition.CitizenDesk.RequestFilter;
import vn.danvan.petition.PetitionType;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InputRejected;

class ServiceRequestQueryTests {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-30T09:00:00+07:00");

    static Optional<ServiceCode> services(String code) {
        return ServiceCode.parse(code, List.of("ENVIRONMENT"));
    }

    static RequestFilter filter(ServiceRequestQuery query) {
        return query.toFilter(ServiceRequestQueryTests::services, NOW);
    }

    static void refused(ServiceRequestQuery query, String code) {
        assertThatThrownBy(() -> filter(query))
                .as(code)
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo(code));
    }

    @Test
    void anEmptyQueryAsksForTheLastNinetyDaysOpenAndClosed() {
        var filter = filter(new ServiceRequestQuery(null, null, null, null, null));

        assertThat(filter).isEqualTo(new RequestFilter(List.of(), null, null, NOW.minusDays(90), NOW, null, 1000));
    }

    @Test
    void codesServicePeriodAndStatusNarrowTheFilter() {
        var query = new ServiceRequestQuery(
                " KN-1, ,TC-2 ",
                " FEEDBACK-ENVIRONMENT ",
                "2026-11-01T00:00:00+07:00",
                "2026-11-15T00:00:00+07:00",
                "closed");

        assertThat(query.codes()).containsExactly("KN-1", "TC-2");
        assertThat(filter(query))
                .isEqualTo(new RequestFilter(
                        List.of("KN-1", "TC-2"),
                        PetitionType.FEEDBACK,
                        "ENVIRONMENT",
                        OffsetDateTime.parse("2026-11-01T00:00:00+07:00"),
                        OffsetDateTime.parse("2026-11-15T00:00:00+07:00"),
                        false,
                        1000));
        assertThat(filter(new ServiceRequestQuery(null, null, null, null, "open, closed"))
                        .open())
                .isNull();
    }

    @Test
    void aWrongServiceDateOrStatusIsRefusedWithItsReason() {
        refused(new ServiceRequestQuery(null, "COMPLAINT-ENVIRONMENT", null, null, null), "open311.service-not-found");
        refused(new ServiceRequestQuery(null, null, "yesterday", null, null), "open311.date-invalid");
        refused(
                new ServiceRequestQuery(null, null, "2026-11-20T00:00:00+07:00", "2026-11-10T00:00:00+07:00", null),
                "open311.date-invalid");
        refused(new ServiceRequestQuery(null, null, null, null, "pending"), "open311.status-invalid");
    }

    @Test
    void aDateOutsideTheLawsRangeIsRejectedAsInput() {
        assertThatThrownBy(() -> filter(new ServiceRequestQuery(null, null, "1900-01-01T00:00:00+07:00", null, null)))
                .isInstanceOf(InputRejected.class);
    }
}
