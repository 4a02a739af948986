package vn.danvan.portal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danvan.petition.PetitionType;

class RoutingRuleTests {

    static final String HUE = "46";
    static final String THUAN_HOA = "19753";

    final RoutingRule everywhere = new RoutingRule(1, null, null, null, null, 100);
    final RoutingRule province = new RoutingRule(2, HUE, null, null, null, 200);
    final RoutingRule provinceDenunciations = new RoutingRule(3, HUE, null, null, PetitionType.DENUNCIATION, 300);
    final RoutingRule commune = new RoutingRule(4, null, THUAN_HOA, null, null, 400);
    final RoutingRule communeLand = new RoutingRule(5, null, THUAN_HOA, "LAND", null, 500);
    final List<RoutingRule> table = List.of(everywhere, province, provinceDenunciations, commune, communeLand);

    long route(String communeCode, String provinceCode, String field, PetitionType type) {
        return RoutingRule.mostSpecific(table, communeCode, provinceCode, field, type)
                .orElseThrow()
                .bodyId();
    }

    @Test
    void aCommuneRuleWinsOverTheProvinceAndANamedFieldOverAnyField() {
        assertThat(route(THUAN_HOA, HUE, "LAND", PetitionType.FEEDBACK)).isEqualTo(500);
        assertThat(route(THUAN_HOA, HUE, "ENVIRONMENT", PetitionType.DENUNCIATION))
                .isEqualTo(400);
    }

    @Test
    void inOtherCommunesOfTheProvinceTheProvinceRulesApply() {
        assertThat(route("19774", HUE, "LAND", PetitionType.DENUNCIATION)).isEqualTo(300);
        assertThat(route("19774", HUE, "LAND", PetitionType.FEEDBACK)).isEqualTo(200);
    }

    @Test
    void elsewhereTheRuleForEverywhereApplies() {
        assertThat(route("00001", "01", "LAND", PetitionType.FEEDBACK)).isEqualTo(100);
    }

    @Test
    void ofTwoEquallySpecificRulesTheOlderWins() {
        var newer = new RoutingRule(9, null, THUAN_HOA, "LAND", null, 900);

        assertThat(RoutingRule.mostSpecific(List.of(newer, communeLand), THUAN_HOA, HUE, "LAND", PetitionType.FEEDBACK))
                .contains(communeLand);
    }

    @Test
    void withoutARuleThatAppliesThereIsNone() {
        assertThat(RoutingRule.mostSpecific(
                        List.of(provinceDenunciations), THUAN_HOA, HUE, "LAND", PetitionType.FEEDBACK))
                .isEmpty();
    }
}
