package vn.danvan.insight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.insight.domain.AddressMatcher;
import vn.danvan.insight.domain.AddressMatcher.NamedUnit;
import vn.danvan.insight.domain.Boundary;
import vn.danvan.insight.domain.CommuneShape;
import vn.danvan.insight.persistence.CommunePlaceRows;
import vn.danvan.organization.AdministrativeUnit;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.UnitLevel;
import vn.danvan.petition.PetitionFigures;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.ReferenceCache;

/**
 * Where communes are, and which commune a point or an address is in. A commune's place is the one imported from
 * the operator's GeoJSON, else the mean point of its cases (denunciations left out); a point falls in the commune
 * whose imported boundary contains it, else in the nearest placed commune within {@code
 * danvan.insight.nearest-commune-km} (default 30 km, configurable: beyond it the point is not placed).
 */
@Service
@Transactional(readOnly = true)
public class CommunePlaces {

    /** A commune's place on the map; {@code imported} when the operator's file gave it. */
    public record Place(String communeCode, double latitude, double longitude, boolean imported) {}

    public enum Source {
        BOUNDARY,
        NEAREST,
        ADDRESS
    }

    public record Located(String communeCode, Source source) {}

    public record Imported(int communes, int boundaries) {}

    private static final String CACHED = "insight.commune-place";
    private static final double EARTH_KM = 6371.0;

    private final CommunePlaceRows rows;
    private final PetitionFigures figures;
    private final OrganizationDirectory organization;
    private final ReferenceCache cache;
    private final AuditTrail audit;
    private final double nearestKm;

    CommunePlaces(
            CommunePlaceRows rows,
            PetitionFigures figures,
            OrganizationDirectory organization,
            ReferenceCache cache,
            AuditTrail audit,
            @Value("${danvan.insight.nearest-commune-km:30}") double nearestKm) {
        this.rows = rows;
        this.figures = figures;
        this.organization = organization;
        this.cache = cache;
        this.audit = audit;
        this.nearestKm = nearestKm;
    }

    private record Known(Map<String, Place> places, List<Map.Entry<String, Boundary>> boundaries) {}

    /** Every placed commune by code. */
    public Map<String, Place> places() {
        return known().places();
    }

    public Optional<Place> place(String communeCode) {
        return Optional.ofNullable(places().get(communeCode));
    }

    /** The commune the point is in: by imported boundary, else the nearest placed commune close enough. */
    public Optional<Located> communeAt(double latitude, double longitude) {
        Known known = known();
        for (var boundary : known.boundaries()) {
            if (boundary.getValue().contains(latitude, longitude)) {
                return Optional.of(new Located(boundary.getKey(), Source.BOUNDARY));
            }
        }
        Place nearest = null;
        double best = Double.MAX_VALUE;
        for (Place place : known.places().values()) {
            double km = distanceKm(latitude, longitude, place.latitude(), place.longitude());
            if (km < best) {
                best = km;
                nearest = place;
            }
        }
        return nearest == null || best > nearestKm
                ? Optional.empty()
                : Optional.of(new Located(nearest.communeCode(), Source.NEAREST));
    }

    /** The commune an address names, old names before the 2025 merger included. */
    public Optional<Located> communeNamed(String address) {
        AddressMatcher matcher = cache.value(CACHED, "matcher", this::matcher);
        return matcher.communeOf(address).map(code -> new Located(code, Source.ADDRESS));
    }

    /** Imports the operator's GeoJSON (format in {@link CommuneShape}); all features or none. */
    @Transactional
    public Imported importGeoJson(String geoJson) {
        List<CommuneShape> shapes = CommuneShape.read(geoJson);
        for (CommuneShape shape : shapes) {
            if (organization.commune(shape.communeCode()).isEmpty()) {
                throw vn.danvan.shared.DomainException.invalid("insight.geojson-unknown-commune", shape.communeCode());
            }
        }
        rows.save(shapes, AuditTrail.currentActor());
        int boundaries = (int) shapes.stream().filter(s -> s.boundary() != null).count();
        audit.record(
                "insight.commune-places-imported",
                "commune_place",
                "*",
                Map.of("communes", shapes.size(), "boundaries", boundaries));
        cache.evict(CACHED);
        return new Imported(shapes.size(), boundaries);
    }

    private Known known() {
        return cache.value(CACHED, "known", () -> {
            Map<String, Place> places = new HashMap<>();
            for (PetitionFigures.CommuneMean mean : figures.communeMeans()) {
                places.put(mean.communeCode(), new Place(mean.communeCode(), mean.latitude(), mean.longitude(), false));
            }
            List<Map.Entry<String, Boundary>> boundaries = new ArrayList<>();
            for (CommuneShape shape : rows.all()) {
                places.put(
                        shape.communeCode(), new Place(shape.communeCode(), shape.latitude(), shape.longitude(), true));
                if (shape.boundary() != null) {
                    boundaries.add(Map.entry(shape.communeCode(), CommuneShape.boundaryOf(shape.boundary())));
                }
            }
            return new Known(Map.copyOf(places), List.copyOf(boundaries));
        });
    }

    private AddressMatcher matcher() {
        List<NamedUnit> provinces = new ArrayList<>();
        List<NamedUnit> communes = new ArrayList<>();
        for (AdministrativeUnit province : organization.provinces()) {
            provinces.add(new NamedUnit(province.name(), province.fullName(), province.code(), province.code()));
            for (AdministrativeUnit commune : organization.communesOf(province.code())) {
                communes.add(new NamedUnit(commune.name(), commune.fullName(), commune.code(), province.code()));
            }
        }
        for (AdministrativeUnit former : organization.formerUnits(UnitLevel.PROVINCE)) {
            String successor = single(organization.successorsOf(UnitLevel.PROVINCE, former.code()));
            provinces.add(new NamedUnit(former.name(), former.fullName(), successor, successor));
        }
        for (AdministrativeUnit former : organization.formerUnits(UnitLevel.COMMUNE)) {
            List<AdministrativeUnit> successors = organization.successorsOf(UnitLevel.COMMUNE, former.code());
            String successor = single(successors);
            communes.add(new NamedUnit(
                    former.name(),
                    former.fullName(),
                    successor,
                    successors.size() == 1 ? successors.getFirst().provinceCode() : former.provinceCode()));
        }
        return new AddressMatcher(provinces, communes);
    }

    private static @org.jspecify.annotations.Nullable String single(List<AdministrativeUnit> successors) {
        return successors.size() == 1 && successors.getFirst().validTo() == null
                ? successors.getFirst().code()
                : null;
    }

    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1))
                        * Math.cos(Math.toRadians(lat2))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * EARTH_KM * Math.asin(Math.sqrt(a));
    }
}
