package vn.danvan.insight.domain;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** A commune's boundary: polygons of rings of (longitude, latitude), tested by the even-odd rule. */
public final class Boundary {

    private final List<List<double[]>> polygons;
    private final double south;
    private final double west;
    private final double north;
    private final double east;

    private Boundary(List<List<double[]>> polygons) {
        this.polygons = polygons;
        double s = 90;
        double w = 180;
        double n = -90;
        double e = -180;
        for (List<double[]> polygon : polygons) {
            for (double[] p : polygon) {
                s = Math.min(s, p[1]);
                n = Math.max(n, p[1]);
                w = Math.min(w, p[0]);
                e = Math.max(e, p[0]);
            }
        }
        this.south = s;
        this.west = w;
        this.north = n;
        this.east = e;
    }

    /**
     * Each polygon's rings are flattened into one list of edges: with the even-odd rule a hole is then outside,
     * since a ray from a point in the hole crosses both the outer ring and the hole's ring.
     */
    static Boundary of(String type, JsonNode coordinates) {
        List<List<double[]>> polygons = new ArrayList<>();
        if ("Polygon".equals(type)) {
            polygons.add(rings(coordinates));
        } else if ("MultiPolygon".equals(type)) {
            for (JsonNode polygon : coordinates) {
                polygons.add(rings(polygon));
            }
        } else {
            throw new IllegalArgumentException("not a polygon");
        }
        if (polygons.isEmpty()) {
            throw new IllegalArgumentException("no polygon");
        }
        return new Boundary(polygons);
    }

    private static List<double[]> rings(JsonNode polygon) {
        List<double[]> edges = new ArrayList<>();
        if (!polygon.isArray() || polygon.isEmpty()) {
            throw new IllegalArgumentException("no ring");
        }
        for (JsonNode ring : polygon) {
            if (!ring.isArray() || ring.size() < 4) {
                throw new IllegalArgumentException("a ring needs four positions");
            }
            for (JsonNode position : ring) {
                edges.add(CommuneShape.point(position));
            }
            // A NaN marker separates rings, so that no edge joins the end of one ring to the start of the next.
            edges.add(new double[] {Double.NaN, Double.NaN});
        }
        return edges;
    }

    public boolean contains(double latitude, double longitude) {
        if (latitude < south || latitude > north || longitude < west || longitude > east) {
            return false;
        }
        for (List<double[]> polygon : polygons) {
            boolean inside = false;
            for (int i = 1; i < polygon.size(); i++) {
                double[] a = polygon.get(i - 1);
                double[] b = polygon.get(i);
                if (Double.isNaN(a[0]) || Double.isNaN(b[0])) {
                    continue;
                }
                if ((a[1] > latitude) != (b[1] > latitude)
                        && longitude < (b[0] - a[0]) * (latitude - a[1]) / (b[1] - a[1]) + a[0]) {
                    inside = !inside;
                }
            }
            if (inside) {
                return true;
            }
        }
        return false;
    }

    /** The mean of the outer ring's vertices of the largest polygon: inside for the compact shapes communes have. */
    double[] centre() {
        List<double[]> largest = polygons.getFirst();
        for (List<double[]> polygon : polygons) {
            if (polygon.size() > largest.size()) {
                largest = polygon;
            }
        }
        double lat = 0;
        double lon = 0;
        int n = 0;
        for (double[] p : largest) {
            if (Double.isNaN(p[0])) {
                break;
            }
            lat += p[1];
            lon += p[0];
            n++;
        }
        return new double[] {lat / n, lon / n};
    }
}
