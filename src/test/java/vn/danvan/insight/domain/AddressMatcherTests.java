package vn.danvan.insight.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danvan.insight.domain.AddressMatcher.NamedUnit;

class AddressMatcherTests {

    static final AddressMatcher MATCHER = new AddressMatcher(
            List.of(
                    new NamedUnit("Huế", "Thành phố Huế", "46", "46"),
                    new NamedUnit("Thừa Thiên Huế", "Tỉnh Thừa Thiên Huế", "46", "46"),
                    new NamedUnit("Tuyên Quang", "Tỉnh Tuyên Quang", "08", "08")),
            List.of(
                    new NamedUnit("Thuận Hoá", "Phường Thuận Hoá", "19789", "46"),
                    new NamedUnit("Phú Xuân", "Phường Phú Xuân", "19753", "46"),
                    new NamedUnit("Thuận Hoà", "Xã Thuận Hoà", "00922", "08"),
                    // closed by the 2025 merger, succeeded by Thuận Hoá
                    new NamedUnit("Vĩnh Ninh", "Phường Vĩnh Ninh", "19789", "46"),
                    // split among several successors: not placed
                    new NamedUnit("Phú Hội", "Phường Phú Hội", null, "46")));

    @Test
    void aCommuneIsFoundWithoutDiacriticsAndWhereverTheToneMarkSits() {
        assertThat(MATCHER.communeOf("Kiet 45 Nguyen Hue, P. Thuan Hoa, TP Hue"))
                .contains("19789");
        assertThat(MATCHER.communeOf("12 Lê Lợi, phường Thuận Hòa, thành phố Huế"))
                .contains("19789");
        assertThat(MATCHER.communeOf("Phuong Phu Xuan")).contains("19753");
    }

    @Test
    void theProvinceNamedChoosesBetweenCommunesOfTheSameName() {
        assertThat(MATCHER.communeOf("thôn 3, xã Thuận Hoà, Tuyên Quang")).contains("00922");
        assertThat(MATCHER.communeOf("Thuận Hoà, Huế")).contains("19789");
        assertThat(MATCHER.communeOf("Thuận Hoà"))
                .as("a bare name without its province")
                .isEmpty();
    }

    @Test
    void anOldNameBeforeThe2025MergerIsReadAsTheCommuneThatSucceededIt() {
        assertThat(MATCHER.communeOf("số 5 Hà Nội, phường Vĩnh Ninh, tỉnh Thừa Thiên Huế"))
                .contains("19789");
        assertThat(MATCHER.communeOf("phường Phú Hội, Huế"))
                .as("split among several")
                .isEmpty();
    }

    @Test
    void anAddressThatNamesNoCommuneIsNotPlaced() {
        assertThat(MATCHER.communeOf("gần chợ, đầu ngõ nhà văn hoá")).isEmpty();
        assertThat(MATCHER.communeOf("")).isEmpty();
    }

    @Test
    void aPolygonHoldsThePointsInsideItAndNotThoseInItsHole() {
        var shapes = CommuneShape.read("""
                {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"code": 19789},
                  "geometry": {"type": "Polygon", "coordinates": [
                    [[107.0, 16.0], [108.0, 16.0], [108.0, 17.0], [107.0, 17.0], [107.0, 16.0]],
                    [[107.4, 16.4], [107.6, 16.4], [107.6, 16.6], [107.4, 16.6], [107.4, 16.4]]]}}]}
                """);
        assertThat(shapes).singleElement().satisfies(shape -> {
            assertThat(shape.communeCode()).isEqualTo("19789");
            Boundary boundary = CommuneShape.boundaryOf(shape.boundary());
            assertThat(boundary.contains(16.2, 107.2)).isTrue();
            assertThat(boundary.contains(16.5, 107.5)).as("in the hole").isFalse();
            assertThat(boundary.contains(15.9, 107.5)).isFalse();
        });
        assertThatThrownBy(() -> CommuneShape.read("{\"type\": \"Feature\"}"))
                .extracting("code")
                .isEqualTo("insight.geojson-invalid");
        assertThatThrownBy(() -> CommuneShape.read("""
                        {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"code": "19789"},
                          "geometry": {"type": "Point", "coordinates": [200, 16]}}]}
                        """))
                .extracting("code")
                .isEqualTo("insight.geojson-feature-geometry");
    }
}
