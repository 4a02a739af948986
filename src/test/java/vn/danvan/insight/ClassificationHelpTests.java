package vn.danvan.insight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The words shown with a suggestion read as the person wrote them, not in the model's folded form. */
class ClassificationHelpTests {

    @Test
    void theWordsThatWeighedMostAreShownWithTheirDiacritics() {
        var written = ClassificationHelp.asWritten("Tôi TỐ CÁO cán bộ địa chính, nhận hối lộ!");

        assertThat(written)
                .containsEntry("to cao", "tố cáo")
                .containsEntry("nhan hoi", "nhận hối")
                .containsEntry("chinh nhan", "chính nhận")
                .doesNotContainKey("tôi tố");
    }
}
