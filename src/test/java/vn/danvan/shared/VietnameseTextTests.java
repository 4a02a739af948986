package vn.danvan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VietnameseTextTests {

    @Test
    void foldingDropsDiacriticsAndToneMarksWhereverTheToneMarkWasPlaced() {
        assertThat(VietnameseText.fold("Hòa")).isEqualTo("hoa");
        assertThat(VietnameseText.fold("Hoà")).isEqualTo("hoa");
        assertThat(VietnameseText.fold("THU HỒI ĐẤT ở Phường Thuận Hóa")).isEqualTo("thu hoi dat o phuong thuan hoa");
        assertThat(VietnameseText.fold("Đường Lê Lợi, đoạn số 12")).isEqualTo("duong le loi, doan so 12");
    }

    @Test
    void foldingLeavesOneSpaceBetweenWordsAndNoneAtTheEnds() {
        assertThat(VietnameseText.fold("  Rác \t thải\n\nđổ   trộm \r\n")).isEqualTo("rac thai do trom");
        assertThat(VietnameseText.fold("")).isEmpty();
        assertThat(VietnameseText.fold(" \t ")).isEmpty();
    }

    @Test
    void foldingReadsTextDecomposedOrComposedAlike() {
        String decomposed = "Nguye\u0302\u0303n Thi\u0323 Hoa";
        assertThat(VietnameseText.fold(decomposed)).isEqualTo("nguyen thi hoa");
        assertThat(VietnameseText.fold("Nguyễn Thị Hoa")).isEqualTo("nguyen thi hoa");
    }

    @Test
    void theStoredFormIsComposedWithSingleSpacesAndKeepsItsMarksAndCase() {
        String decomposed = "  Nguye\u0302\u0303n   Thi\u0323\tHoa ";
        assertThat(VietnameseText.canonical(decomposed)).isEqualTo("Nguyễn Thị Hoa");
        assertThat(VietnameseText.canonical("Đơn  kiến nghị")).isEqualTo("Đơn kiến nghị");
    }

    @Test
    void textWithoutAnythingToChangeComesBackEqual() {
        assertThat(VietnameseText.canonical("Kiến nghị nạo vét mương")).isEqualTo("Kiến nghị nạo vét mương");
        assertThat(VietnameseText.fold("rac thai 2026-8dbz")).isEqualTo("rac thai 2026-8dbz");
    }
}
