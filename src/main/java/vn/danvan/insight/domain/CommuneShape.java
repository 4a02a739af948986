package vn.danvan.insight.domain;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.danvan.shared.DomainException;

/**
 * A commune as the operator's GeoJSON gives it: its code, a centroid, and its boundary when the geometry is a
 * polygon. The format (docs/insight.md): a FeatureCollection whose features carry the five-digit commune code in
 * {@code properties.code} (or {@code ma_xa}, {@code commune_code}) and a Point, Polygon or MultiPolygon geometry
 * in WGS 84 longitude/latitude, as GeoJSON (RFC 7946) orders them.
 */
public record CommuneShape(
        String communeCode,
        double latitude,
        double longitude,
        @Nullable String boundary) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> CODE_KEYS = List.of("code", "ma_xa", "commune_code", "maXa");

    /** Every feature of the collection, or a refusal naming the first feature that is not one. */
    public static List<CommuneShape> read(String geoJson) {
        JsonNode root;
        try {
            root = JSON.readTree(geoJson);
        } catch (RuntimeException notJson) {
            throw DomainException.invalid("insight.geojson-invalid");
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asString(""))) {
            throw DomainException.invalid("insight.geojson-invalid");
        }
        List<CommuneShape> shapes = new ArrayList<>();
        int position = 0;
        for (JsonNode feature : root.path("features")) {
            position++;
            shapes.add(feature(feature, position));
        }
        if (shapes.isEmpty()) {
            throw DomainException.invalid("insight.geojson-empty");
        }
        return shapes;
    }

    private static CommuneShape feature(JsonNode feature, int position) {
        String code = null;
        for (String key : CODE_KEYS) {
            JsonNode value = feature.path("properties").path(key);
            if (value.isString() || value.isNumber()) {
                code = value.asString().strip();
                break;
            }
        }
        if (code == null || !code.matches("\\d{1,5}")) {
            throw DomainException.invalid("insight.geojson-feature-code", position);
        }
        code = "0".repeat(5 - code.length()) + code;
        JsonNode geometry = feature.path("geometry");
        String type = geometry.path("type").asString("");
        JsonNode coordinates = geometry.path("coordinates");
        try {
            return switch (type) {
                case "Point" -> {
                    double[] point = point(coordinates);
                    yield new CommuneShape(code, point[1], point[0], null);
                }
                case "Polygon", "MultiPolygon" -> {
                    Boundary boundary = Boundary.of(type, coordinates);
                    double[] centre = boundary.centre();
                    yield new CommuneShape(code, centre[0], centre[1], JSON.writeValueAsString(geometry));
                }
                default -> throw DomainException.invalid("insight.geojson-feature-geometry", position);
            };
        } catch (IllegalArgumentException malformed) {
            throw DomainException.invalid("insight.geojson-feature-geometry", position);
        }
    }

    static double[] point(JsonNode pair) {
        if (!pair.isArray()
                || pair.size() < 2
                || !pair.get(0).isNumber()
                || !pair.get(1).isNumber()) {
            throw new IllegalArgumentException("not a position");
        }
        double lon = pair.get(0).asDouble();
        double lat = pair.get(1).asDouble();
        if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            throw new IllegalArgumentException("outside the globe");
        }
        return new double[] {lon, lat};
    }

    /** The boundary stored with the place, read back. */
    public static Boundary boundaryOf(String geometry) {
        JsonNode node = JSON.readTree(geometry);
        return Boundary.of(node.path("type").asString(""), node.path("coordinates"));
    }
}
