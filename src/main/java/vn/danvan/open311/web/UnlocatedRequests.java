package vn.danvan.open311.web;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.danvan.insight.CommunePlaces;
import vn.danvan.organization.Body;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.UnitLevel;
import vn.danvan.shared.DomainException;

/**
 * Places a request sent without {@code address_id}: its point in a commune (imported boundaries, else the nearest
 * placed commune), else its address text; and names the body that receives what neither places: the body whose
 * code is {@code danvan.open311.unlocated-body}, else the first provincial reception office (Ban tiếp công dân).
 */
@Component
class UnlocatedRequests implements NewServiceRequest.Locator {

    private final CommunePlaces places;
    private final OrganizationDirectory organization;
    private final String configuredBody;

    UnlocatedRequests(
            CommunePlaces places,
            OrganizationDirectory organization,
            @Value("${danvan.open311.unlocated-body:}") String configuredBody) {
        this.places = places;
        this.organization = organization;
        this.configuredBody = configuredBody;
    }

    @Override
    public Optional<String> communeAt(BigDecimal latitude, BigDecimal longitude) {
        return places.communeAt(latitude.doubleValue(), longitude.doubleValue())
                .map(CommunePlaces.Located::communeCode);
    }

    @Override
    public Optional<String> communeNamed(String address) {
        return places.communeNamed(address).map(CommunePlaces.Located::communeCode);
    }

    @Override
    public long unlocatedBody() {
        Optional<Body> configured =
                configuredBody.isBlank() ? Optional.empty() : organization.bodyByCode(configuredBody.strip());
        return configured
                .or(() -> organization.bodies().stream()
                        .filter(b -> b.kind() == BodyKind.RECEPTION_OFFICE && b.level() == UnitLevel.PROVINCE)
                        .min(Comparator.comparingLong(Body::id)))
                .map(Body::id)
                .orElseThrow(() -> DomainException.invalid("open311.no-reception-office"));
    }
}
