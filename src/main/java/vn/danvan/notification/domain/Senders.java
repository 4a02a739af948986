package vn.danvan.notification.domain;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import vn.danvan.notification.MailGateway;
import vn.danvan.notification.TextMessageSender;
import vn.danvan.shared.ContactSecrets;

/**
 * E-mail goes through SMTP when {@code spring.mail.host} is set, else to the log (the demo); texts go to
 * the log unless a real {@link TextMessageSender} is configured. A log line names its recipient masked only.
 */
@Configuration(proxyBeanMethods = false)
class Senders {

    private static final Logger log = LoggerFactory.getLogger(Senders.class);

    @Bean
    @ConditionalOnMissingBean(MailGateway.class)
    MailGateway mailGateway(ObjectProvider<JavaMailSender> smtp) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            log.info("No spring.mail.host: e-mails are written to the log instead of sent");
            return (from, to, subject, body) -> log.info("E-mail to {}: {}", ContactSecrets.masked(to), subject);
        }
        return new SmtpGateway(sender);
    }

    /** Plain text through SMTP; with attachments, a multipart message (a written notice's PDF). */
    private record SmtpGateway(JavaMailSender sender) implements MailGateway {

        @Override
        public void send(String from, String to, String subject, String body) {
            var message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(to);
            message.setSubject(subject);
            message.setText(body);
            sender.send(message);
        }

        @Override
        public void send(String from, String to, String subject, String body, List<Attachment> attachments)
                throws Exception {
            if (attachments.isEmpty()) {
                send(from, to, subject, body);
                return;
            }
            MimeMessage message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(body);
            for (Attachment attachment : attachments) {
                helper.addAttachment(
                        attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.contentType());
            }
            sender.send(message);
        }
    }

    @Bean
    @ConditionalOnMissingBean(TextMessageSender.class)
    TextMessageSender loggingTextMessageSender() {
        return (phone, text) -> log.info("Text to {}: {}", ContactSecrets.masked(phone), text);
    }
}
