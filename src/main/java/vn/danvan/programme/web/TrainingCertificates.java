package vn.danvan.programme.web;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Body;
import vn.danvan.programme.domain.Course;
import vn.danvan.programme.domain.CourseParticipant;
import vn.danvan.shared.PdfFonts;

/** A training certificate (giấy chứng nhận) as a one-page landscape PDF. */
@Component
class TrainingCertificates {

    private final MessageSource messages;

    TrainingCertificates(MessageSource messages) {
        this.messages = messages;
    }

    byte[] pdf(Course course, CourseParticipant participant, Body body, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 56, 56, 56, 56);
        try {
            org.openpdf.text.pdf.PdfWriter.getInstance(document, out);
            document.open();
            document.add(centered(body.name().toUpperCase(locale), PdfFonts.bold(13), 0));
            document.add(centered(message("training.certificate.title", locale), PdfFonts.bold(26), 36));
            document.add(centered(message("training.certificate.granted-to", locale), PdfFonts.regular(14), 18));
            document.add(centered(participant.fullName(), PdfFonts.bold(22), 8));
            document.add(centered(
                    message("training.certificate.completed", locale, course.title()), PdfFonts.regular(14), 18));
            document.add(centered(
                    message(
                            "training.certificate.period",
                            locale,
                            date(course.startsOn()),
                            date(course.endsOn()),
                            course.place(),
                            course.hours()),
                    PdfFonts.italic(13),
                    8));
            LocalDate on = Objects.requireNonNull(participant.certifiedOn());
            document.add(centered(
                    message(
                            "training.certificate.number",
                            locale,
                            Objects.requireNonNull(participant.certificateNo()),
                            date(on)),
                    PdfFonts.regular(12),
                    36));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static String date(LocalDate day) {
        return "%02d/%02d/%d".formatted(day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }

    private String message(String key, Locale locale, Object... arguments) {
        return Objects.requireNonNull(messages.getMessage(key, arguments, key, locale), "the key is the default");
    }

    private static Paragraph centered(String text, Font font, float before) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(before);
        return paragraph;
    }
}
