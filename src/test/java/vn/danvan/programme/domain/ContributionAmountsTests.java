package vn.danvan.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** VND amounts as Vietnamese people and bank exports write them, read exactly — and nothing else. */
class ContributionAmountsTests {

    @Test
    void theUsualVietnameseWaysOfWritingAnAmountAreReadExactly() {
        BigDecimal expected = new BigDecimal("1234567");
        for (String text : new String[] {
            "1234567",
            "1.234.567",
            "1,234,567",
            "1,234,567 VND",
            "1.234.567đ",
            "1.234.567 ₫",
            "1.234.567 VNĐ",
            " 1.234.567 đồng ",
            "1,234,567.00",
            "1.234.567,00",
            "1234567.00"
        }) {
            assertThat(ContributionAmounts.vnd(text)).as(text).isEqualByComparingTo(expected);
        }
        assertThat(ContributionAmounts.vnd("9999999999999999999")).isEqualByComparingTo("9999999999999999999");
        assertThat(ContributionAmounts.vnd("0")).isEqualByComparingTo("0");
    }

    @Test
    void anythingAmbiguousOrNotAWholeNumberOfDongIsRefused() {
        for (String text : new String[] {
            "",
            " ",
            "1.234,567",
            "1,234.567",
            "1.23",
            "12.34.567",
            "1,5",
            "1.234.567,50",
            "1234.5",
            "-1000",
            "+1000",
            "1e6",
            "NaN",
            "1 234 567",
            "01.000",
            "10000000000000000000",
            "một triệu",
            "1.234.567 USD",
            "1..234",
            "\u0661\u0662"
        }) {
            assertThat(ContributionAmounts.vnd(text)).as(text).isNull();
        }
        assertThat(ContributionAmounts.vnd(null)).isNull();
    }

    @Test
    void quantitiesOfGoodsTakeUpToThreeDecimalsWithAPointOrAComma() {
        assertThat(ContributionAmounts.quantity("12,5")).isEqualByComparingTo("12.5");
        assertThat(ContributionAmounts.quantity("12.125")).isEqualByComparingTo("12.125");
        assertThat(ContributionAmounts.quantity("2000")).isEqualByComparingTo("2000");
        assertThat(ContributionAmounts.quantity("1.2345")).isNull();
        assertThat(ContributionAmounts.quantity("-3")).isNull();
        assertThat(ContributionAmounts.quantity("ba tấn")).isNull();
    }

    @Test
    void anAmountIsShownWithDotsBetweenThousands() {
        assertThat(ContributionAmounts.format(new BigDecimal("1234567"))).isEqualTo("1.234.567 ₫");
        assertThat(ContributionAmounts.format(new BigDecimal("500"))).isEqualTo("500 ₫");
    }
}
