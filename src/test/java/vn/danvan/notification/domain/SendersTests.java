package vn.danvan.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;
import vn.danvan.notification.MailGateway;

@ExtendWith(OutputCaptureExtension.class)
class SendersTests {

    @Test
    void aMailWrittenToTheLogNamesItsRecipientMaskedOnly(CapturedOutput output) throws Exception {
        MailGateway logged =
                new Senders().mailGateway(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class));
        logged.send("danvan@localhost", "nguyen.van.an@example.vn", "[PA-2026-000123] Đã tiếp nhận", "…");

        assertThat(output)
                .contains("[PA-2026-000123] Đã tiếp nhận")
                .doesNotContain("nguyen.van.an@example.vn")
                .doesNotContain("nguyen.van.an");
    }

    @Test
    void aTextWrittenToTheLogNamesItsPhoneMaskedOnly(CapturedOutput output) throws Exception {
        new Senders().loggingTextMessageSender().send("0912345678", "Hồ sơ PA-2026-000123 đã được tiếp nhận");

        assertThat(output)
                .contains("PA-2026-000123")
                .doesNotContain("0912345678")
                .contains("678");
    }
}
