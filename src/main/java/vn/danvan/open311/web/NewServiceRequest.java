package vn.danvan.open311.web;

import static vn.danvan.shared.InputText.isBlank;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import vn.danvan.open311.domain.ServiceCode;
import vn.danvan.portal.CitizenSubmissions.CitizenSubmission;
import vn.danvan.shared.DomainException;

/**
 * A GeoReport v2 "POST Service Request", as the client sent its form fields. {@link #toSubmission} checks them in the
 * specification's order and refuses the first that is wrong with the message code the client is answered with.
 */
record NewServiceRequest(
        @Nullable String apiKey,
        @Nullable String serviceCode,
        @Nullable String addressId,
        @Nullable String description,
        @Nullable String latitude,
        @Nullable String longitude,
        @Nullable String publish,
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable String addressString,
        @Nullable String mediaUrl,
        @Nullable String phone,
        @Nullable String email) {

    /** The service attribute by which the author agrees to publication of the request and its answer. */
    static final String PUBLISH = "PUBLISH";

    static NewServiceRequest of(Map<String, String> form) {
        return new NewServiceRequest(
                form.get("api_key"),
                form.get("service_code"),
                form.get("address_id"),
                form.get("description"),
                form.get("lat"),
                form.get("long"),
                form.get("attribute[" + PUBLISH + "]"),
                form.get("first_name"),
                form.get("last_name"),
                form.get("address_string"),
                form.get("media_url"),
                form.get("phone"),
                form.get("email"));
    }

    /**
     * The submission this request makes, or {@link DomainException#invalid} with the reason: a service offered, a
     * location (a known commune in {@code address_id}, or a point, or an address; a point or address that names no
     * commune goes to the province's reception office, never refused), a description of at most 4,000 characters, a point on the globe, and
     * {@code yes} or {@code no} (the default) to publication. Without a name the request is anonymous.
     */
    /** Where a request without {@code address_id} is placed, and who receives it when it cannot be. */
    interface Locator {
        Optional<String> communeAt(BigDecimal latitude, BigDecimal longitude);

        Optional<String> communeNamed(String address);

        long unlocatedBody();
    }

    CitizenSubmission toSubmission(
            Function<String, Optional<ServiceCode>> services, Predicate<String> knownCommune, Locator locator) {
        if (isBlank(serviceCode)) {
            throw DomainException.invalid("open311.service-code-required");
        }
        ServiceCode service = services.apply(serviceCode)
                .orElseThrow(() -> DomainException.invalid("open311.service-not-found", serviceCode));
        // GeoReport v2: a request is located by address_id, by lat and long, or by address_string.
        if (isBlank(addressId) && (isBlank(latitude) || isBlank(longitude)) && isBlank(addressString)) {
            throw DomainException.invalid("open311.location-required");
        }
        if (!isBlank(addressId) && !knownCommune.test(addressId.strip())) {
            throw DomainException.invalid("open311.address-id-required");
        }
        if (isBlank(description) || description.length() > 4000) {
            throw DomainException.invalid("open311.description-required");
        }
        BigDecimal lat;
        BigDecimal lon;
        try {
            lat = isBlank(latitude) ? null : new BigDecimal(latitude.strip());
            lon = isBlank(longitude) ? null : new BigDecimal(longitude.strip());
        } catch (NumberFormatException notANumber) {
            throw DomainException.invalid("open311.point-invalid");
        }
        if ((lat == null) != (lon == null)
                || lat != null && lat.abs().compareTo(BigDecimal.valueOf(90)) > 0
                || lon != null && lon.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            throw DomainException.invalid("open311.point-invalid");
        }
        String commune;
        if (!isBlank(addressId)) {
            commune = addressId.strip();
        } else {
            Optional<String> located = lat != null && lon != null ? locator.communeAt(lat, lon) : Optional.empty();
            if (located.isEmpty() && !isBlank(addressString)) {
                located = locator.communeNamed(addressString);
            }
            commune = located.orElse(null);
        }
        String consent = Optional.ofNullable(publish).map(String::strip).orElse("no");
        if (!consent.equals("yes") && !consent.equals("no")) {
            throw DomainException.invalid("open311.attribute.publish.invalid");
        }
        String name = (Optional.ofNullable(firstName).orElse("") + " "
                        + Optional.ofNullable(lastName).orElse(""))
                .strip();
        StringBuilder content = new StringBuilder(description.strip());
        if (!isBlank(addressString)) {
            content.append("\n\nĐịa điểm: ").append(addressString.strip());
        }
        if (!isBlank(mediaUrl)) {
            content.append("\nẢnh: ").append(mediaUrl.strip());
        }
        String title = description.strip().lines().findFirst().orElse("").strip();
        title = title.length() > 120 ? title.substring(0, 117) + "…" : title;
        boolean anonymous = name.isEmpty();
        return new CitizenSubmission(
                service.type(),
                service.fieldCode(),
                title,
                content.toString(),
                commune,
                lat,
                lon,
                anonymous,
                anonymous ? null : name,
                phone,
                email,
                null,
                consent.equals("yes"),
                commune == null ? locator.unlocatedBody() : null);
    }
}
