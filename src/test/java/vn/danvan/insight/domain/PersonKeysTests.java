package vn.danvan.insight.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonKeysTests {

    @Test
    void aNameWithItsIdNumberIsOneKeyWhateverTheDiacriticsCaseAndSpacing() {
        assertThat(PersonKeys.of("Nguyễn Văn Hoà", "046 090 001 234", null, null))
                .isEqualTo(PersonKeys.of("NGUYEN  VAN HOA", "046090001234", null, null))
                .isEqualTo(PersonKeys.of("Nguyễn Văn Hòa", "046-090-001-234", null, null))
                .containsExactly("name-id:nguyen van hoa|046090001234");
    }

    @Test
    void aNameAloneIdentifiesNobody() {
        assertThat(PersonKeys.of("Nguyễn Văn An", null, null, null)).isEmpty();
        assertThat(PersonKeys.of("Nguyễn Văn An", " ", null, null)).isEmpty();
    }

    @Test
    void aPhoneNumberInItsInternationalFormIsTheSamePhone() {
        assertThat(PersonKeys.of(null, null, "+84 905 123 456", null))
                .isEqualTo(PersonKeys.of(null, null, "0905.123.456", null))
                .containsExactly("phone:0905123456");
    }

    @Test
    void anEmailAddressIsComparedWithoutCaseOrSurroundingSpace() {
        assertThat(PersonKeys.of(null, null, null, " An.Nguyen@Example.VN "))
                .containsExactly("email:an.nguyen@example.vn");
    }
}
