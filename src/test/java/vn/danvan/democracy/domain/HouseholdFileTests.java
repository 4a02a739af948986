package vn.danvan.democracy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import vn.danvan.democracy.HamletKind;
import vn.danvan.shared.DomainException;

/** The household register file: read whole, or refused at its first malformed line, named by number. */
class HouseholdFileTests {

    static final String HEADER = "thon,loai,ma_ho,chu_ho,nguoi_dai_dien,dia_chi,so_nhan_khau\n";

    @Test
    void aFileWithVietnameseKindsAndQuotedCommasIsRead() {
        var lines = HouseholdFile.read("\uFEFF" + HEADER
                + "Thôn 1,thôn,H001,Nguyễn Văn An,Nguyễn Văn An,\"Xóm Đình, thôn 1\",4\r\n"
                + "\n"
                + "Tổ dân phố 5,Tổ dân phố,H002,Trần Thị Bình,Lê Văn Cường,,3\n");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).kind()).isEqualTo(HamletKind.HAMLET);
        assertThat(lines.get(0).address()).isEqualTo("Xóm Đình, thôn 1");
        assertThat(lines.get(1).kind()).isEqualTo(HamletKind.RESIDENTIAL_GROUP);
        assertThat(lines.get(1).number()).isEqualTo(4);
        assertThat(lines.get(1).address()).isNull();
    }

    static DomainException refusal(String text) {
        DomainException refused = catchThrowableOfType(DomainException.class, () -> HouseholdFile.read(text));
        assertThat(refused).isNotNull();
        return refused;
    }

    static String reason(DomainException refused) {
        return ((org.springframework.context.MessageSourceResolvable) refused.arguments()[1]).getCodes()[0];
    }

    @Test
    void theFirstMalformedLineIsNamedWithItsReason() {
        DomainException refused = refusal(HEADER
                + "Thôn 1,thôn,H001,Nguyễn Văn An,Nguyễn Văn An,,4\n"
                + "Thôn 1,thôn,H002,Trần Văn Bảo,Trần Văn Bảo,,hai\n"
                + "Thôn 1,xóm lạ,H003,Lê Thị Cúc,Lê Thị Cúc,,2\n");
        assertThat(refused.code()).isEqualTo("democracy.household.line-malformed");
        assertThat(refused.arguments()[0]).isEqualTo(3);
        assertThat(reason(refused)).isEqualTo("democracy.household.members-invalid");
    }

    @Test
    void aMissingRepresentativeAWrongKindAShortLineAndADuplicateCodeAreEachNamed() {
        assertThat(reason(refusal(HEADER + "Thôn 1,thôn,H001,Nguyễn Văn An, ,,4\n")))
                .isEqualTo("democracy.household.representative-required");
        assertThat(reason(refusal(HEADER + "Thôn 1,xóm,H001,Nguyễn Văn An,Nguyễn Văn An,,4\n")))
                .isEqualTo("democracy.household.kind-invalid");
        assertThat(reason(refusal(HEADER + "Thôn 1,thôn,H001,Nguyễn Văn An\n")))
                .isEqualTo("democracy.household.field-count");
        DomainException duplicate = refusal(HEADER
                + "Thôn 1,thôn,H001,Nguyễn Văn An,Nguyễn Văn An,,4\n"
                + "Thôn 2,thôn,H001,Phan Văn Bình,Phan Văn Bình,,2\n"
                + "Thôn 1,thôn,H001,Lê Văn Chí,Lê Văn Chí,,3\n");
        assertThat(duplicate.arguments()[0]).isEqualTo(4);
        assertThat(reason(duplicate)).isEqualTo("democracy.household.duplicate");
        assertThat(reason(refusal("ho,ten\nThôn 1,thôn\n"))).isEqualTo("democracy.household.header");
        assertThat(refusal(HEADER).code()).isEqualTo("democracy.household.file-empty");
    }
}
