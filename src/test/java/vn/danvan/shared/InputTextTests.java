package vn.danvan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The one rule for text from outside, and the one range of dates the law can mean. */
class InputTextTests {

    @Test
    void vietnameseTextWithTabsAndLineBreaksIsTakenInNfc() {
        String decomposed = "Hoa\u0300 Bi\u0300nh\tthôn Đông\r\ndòng hai";
        assertThat(InputText.fault(decomposed, 100)).isNull();
        assertThat(InputText.accept(decomposed, 100)).isEqualTo("Hoà Bình\tthôn Đông\r\ndòng hai");
        assertThat(InputText.accept("Chữ 😀 ngoài mặt phẳng cơ bản", 100)).isEqualTo("Chữ 😀 ngoài mặt phẳng cơ bản");
    }

    @Test
    void nulAndOtherControlCharactersAreRefused() {
        for (String text : new String[] {"a\u0000b", "\u0001", "\u001b[31m", "x\u007f", "\u0085", "\u009f"}) {
            assertThat(InputText.fault(text, 100)).as(text).isEqualTo("input.control-character");
        }
    }

    @Test
    void loneSurrogatesAndNoncharactersAreRefused() {
        for (String text :
                new String[] {"\uD800", "a\uD800b", "\uDC00", "\uDC00\uD800", "\uFFFF", "\uFFFE", "\uFFFD"}) {
            assertThat(InputText.fault(text, 100)).as(text).isEqualTo("input.broken-unicode");
        }
    }

    @Test
    void textLongerThanItsFieldIsRefusedWithTheLimit() {
        assertThat(InputText.fault("x".repeat(InputText.LONGEST), InputText.LONGEST))
                .isNull();
        assertThatThrownBy(() -> InputText.accept("x".repeat(InputText.LONGEST + 1), InputText.LONGEST))
                .isInstanceOfSatisfying(InputRejected.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo("input.too-long");
                    assertThat(rejected.getStatusCode().value()).isEqualTo(400);
                });
    }

    @Test
    void datesTheLawCanMeanLieBetween1990AndTenYearsAhead() {
        int thisYear = LocalDate.now().getYear();
        assertThat(LawfulDates.lawful(LocalDate.of(1990, 1, 1))).isTrue();
        assertThat(LawfulDates.lawful(LocalDate.of(thisYear + 10, 12, 31))).isTrue();
        assertThat(LawfulDates.lawful(LocalDate.of(1989, 12, 31))).isFalse();
        assertThat(LawfulDates.lawful(LocalDate.of(thisYear + 11, 1, 1))).isFalse();
        assertThat(LawfulDates.lawful(LocalDate.MIN)).isFalse();
        assertThat(LawfulDates.lawful(LocalDate.MAX)).isFalse();
        assertThat(LawfulDates.lawfulYear(999_999_999)).isFalse();
        assertThatThrownBy(() -> LawfulDates.check(OffsetDateTime.parse("+999999999-12-31T23:59:59+18:00")))
                .isInstanceOf(InputRejected.class);
        assertThatThrownBy(() -> LawfulDates.checkYear(0)).isInstanceOf(InputRejected.class);
    }
}
