package vn.danvan.open311.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.danvan.open311.domain.ServiceCode;
import vn.danvan.petition.PetitionType;
import vn.danvan.portal.CitizenSubmissions.CitizenSubmission;
import vn.danvan.shared.DomainException;

class NewServiceRequestTests {

    static final String COMMUNE = "19753";

    static Optional<ServiceCode> services(String code) {
        return ServiceCode.parse(code, List.of("ENVIRONMENT"));
    }

    static final long RECEPTION_OFFICE = 7;

    /** A stand-in for the commune places: a point north of 16° lies in Thuận Hoá, an address naming it too. */
    static final NewServiceRequest.Locator LOCATOR = new NewServiceRequest.Locator() {
        @Override
        public Optional<String> communeAt(BigDecimal latitude, BigDecimal longitude) {
            return latitude.compareTo(BigDecimal.valueOf(16)) > 0 ? Optional.of("19789") : Optional.empty();
        }

        @Override
        public Optional<String> communeNamed(String address) {
            return address.contains("Thuận Hoá") ? Optional.of("19789") : Optional.empty();
        }

        @Override
        public long unlocatedBody() {
            return RECEPTION_OFFICE;
        }
    };

    static CitizenSubmission submission(Map<String, String> form) {
        return NewServiceRequest.of(form).toSubmission(NewServiceRequestTests::services, COMMUNE::equals, LOCATOR);
    }

    static Map<String, String> valid() {
        Map<String, String> form = new HashMap<>();
        form.put("api_key", "dv_key");
        form.put("service_code", "FEEDBACK-ENVIRONMENT");
        form.put("address_id", " " + COMMUNE + " ");
        form.put("description", "  Cây đổ chắn đường\nở kiệt 12  ");
        return form;
    }

    static void refused(Map<String, String> form, String code, Object... arguments) {
        assertThatThrownBy(() -> submission(form)).as(code).isInstanceOfSatisfying(DomainException.class, refused -> {
            assertThat(refused.code()).isEqualTo(code);
            assertThat(refused.status().value()).isEqualTo(400);
            assertThat(refused.arguments()).containsExactly(arguments);
        });
    }

    @Test
    void aRequestWithoutANameIsAnAnonymousSubmissionNotPublished() {
        var submission = submission(valid());

        assertThat(submission.type()).isEqualTo(PetitionType.FEEDBACK);
        assertThat(submission.fieldCode()).isEqualTo("ENVIRONMENT");
        assertThat(submission.communeCode()).isEqualTo(COMMUNE);
        assertThat(submission.title()).isEqualTo("Cây đổ chắn đường");
        assertThat(submission.content()).isEqualTo("Cây đổ chắn đường\nở kiệt 12");
        assertThat(submission.anonymous()).isTrue();
        assertThat(submission.fullName()).isNull();
        assertThat(submission.publishAnswer()).isFalse();
        assertThat(submission.latitude()).isNull();
    }

    @Test
    void aNamedRequestCarriesItsContactPlacePhotoPointAndConsent() {
        var form = valid();
        form.putAll(Map.of(
                "first_name",
                "Hoàng",
                "last_name",
                "Văn Nam",
                "phone",
                "0912345678",
                "email",
                "a@b.vn",
                "address_string",
                " 12 Lê Lợi ",
                "media_url",
                " https://example.vn/a.jpg ",
                "lat",
                " 16.46 ",
                "long",
                "107.59",
                "attribute[PUBLISH]",
                " yes "));

        var submission = submission(form);

        assertThat(submission.anonymous()).isFalse();
        assertThat(submission.fullName()).isEqualTo("Hoàng Văn Nam");
        assertThat(submission.phone()).isEqualTo("0912345678");
        assertThat(submission.email()).isEqualTo("a@b.vn");
        assertThat(submission.address()).isNull();
        assertThat(submission.content())
                .isEqualTo("Cây đổ chắn đường\nở kiệt 12\n\nĐịa điểm: 12 Lê Lợi\nẢnh: https://example.vn/a.jpg");
        assertThat(submission.latitude()).isEqualTo(new BigDecimal("16.46"));
        assertThat(submission.longitude()).isEqualTo(new BigDecimal("107.59"));
        assertThat(submission.publishAnswer()).isTrue();
    }

    @Test
    void aLongFirstLineIsCutToATitleOf118Characters() {
        var form = valid();
        form.put("description", "x".repeat(200));

        assertThat(submission(form).title()).hasSize(118).endsWith("…");
    }

    @Test
    void eachWrongFieldIsRefusedWithItsOwnReasonInTheSpecificationsOrder() {
        var form = valid();
        form.remove("service_code");
        refused(form, "open311.service-code-required");
        form.put("service_code", "COMPLAINT-ENVIRONMENT");
        refused(form, "open311.service-not-found", "COMPLAINT-ENVIRONMENT");
        form.put("service_code", "FEEDBACK-ENVIRONMENT");
        form.put("address_id", "99999");
        refused(form, "open311.address-id-required");
        form.put("address_id", COMMUNE);
        form.put("description", "x".repeat(4001));
        refused(form, "open311.description-required");
        form.put("description", "Cây đổ");
        form.put("lat", "north");
        refused(form, "open311.point-invalid");
        form.put("lat", "91");
        refused(form, "open311.point-invalid");
        form.put("lat", "16");
        form.put("long", "181");
        refused(form, "open311.point-invalid");
        form.put("long", "107");
        form.put("attribute[PUBLISH]", "maybe");
        refused(form, "open311.attribute.publish.invalid");
        form.put("attribute[PUBLISH]", "no");
        assertThat(submission(form).publishAnswer()).isFalse();
    }

    @Test
    void aRequestMayBeLocatedByItsPointAloneOrByItsAddressAloneAsGeoReportAllows() {
        var form = valid();
        form.remove("address_id");
        form.put("lat", "16.46");
        form.put("long", "107.59");
        assertThat(submission(form).communeCode()).isEqualTo("19789");
        assertThat(submission(form).unlocatedBodyId()).isNull();

        form.remove("lat");
        form.remove("long");
        form.put("address_string", "kiệt 45, phường Thuận Hoá");
        assertThat(submission(form).communeCode()).isEqualTo("19789");
    }

    @Test
    void aPointOrAddressThatNamesNoCommuneGoesToTheReceptionOfficeNeverRefused() {
        var form = valid();
        form.remove("address_id");
        form.put("lat", "10.5");
        form.put("long", "106.7");
        var byPoint = submission(form);
        assertThat(byPoint.communeCode()).isNull();
        assertThat(byPoint.unlocatedBodyId()).isEqualTo(RECEPTION_OFFICE);
        assertThat(byPoint.latitude()).isEqualTo(new BigDecimal("10.5"));

        form.remove("lat");
        form.remove("long");
        form.put("address_string", "đầu ngõ chợ");
        assertThat(submission(form).unlocatedBodyId()).isEqualTo(RECEPTION_OFFICE);
    }

    @Test
    void aRequestWithoutAnyLocationOrWithHalfAPointIsRefused() {
        var form = valid();
        form.remove("address_id");
        refused(form, "open311.location-required");
        form.put("lat", "16.46");
        refused(form, "open311.location-required");
        form.put("address_string", "phường Thuận Hoá");
        refused(form, "open311.point-invalid");
    }
}
