package vn.danvan.petition.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalDataMaskTests {

    @Test
    void theNamesAddressContactsAndIdNumbersThePetitionerGaveAreMasked() {
        String masked = PersonalDataMask.mask(
                "Tôi là Nguyễn Thị Mai, ở 47 Nguyễn Huệ, điện thoại 0905 123 456, thư mai.nguyen@example.vn, "
                        + "CCCD 046190000123. Cống kiệt 47 Nguyễn Huệ bị tắc, nước tràn vào nhà các hộ trong kiệt.",
                List.of("Nguyễn Thị Mai", "47 Nguyễn Huệ"));
        assertThat(masked)
                .doesNotContain("Nguyễn Thị Mai", "47 Nguyễn Huệ", "0905", "mai.nguyen", "046190000123")
                .contains("Cống kiệt ***", "bị tắc, nước tràn vào nhà các hộ trong kiệt.");
    }

    @Test
    void aNameAfterAFormOfAddressIsMaskedButOrdinaryWordsAreNot() {
        assertThat(PersonalDataMask.mask("Gửi bà Trần Thị Bình và ông Lê Văn. Cống thoát nước Thuận Hoá.", List.of()))
                .isEqualTo("Gửi bà *** và ông ***. Cống thoát nước Thuận Hoá.");
        assertThat(PersonalDataMask.mask("Liên hệ +84 912 345 678 hoặc 0234.3822.123", List.of()))
                .isEqualTo("Liên hệ *** hoặc ***");
        assertThat(PersonalDataMask.mask("Ngày 20/11/2026, 60 m cống, 12 hộ.", List.of()))
                .isEqualTo("Ngày 20/11/2026, 60 m cống, 12 hộ.");
    }
}
