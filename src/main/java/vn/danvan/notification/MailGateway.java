package vn.danvan.notification;

import java.util.List;

/** Sends one e-mail or throws; the dispatcher retries what throws. */
public interface MailGateway {

    /** A file sent with an e-mail (a written notice as PDF). */
    record Attachment(String fileName, String contentType, byte[] content) {}

    void send(String from, String to, String subject, String body) throws Exception;

    /** With attachments; a gateway that cannot attach files sends the text alone. */
    default void send(String from, String to, String subject, String body, List<Attachment> attachments)
            throws Exception {
        send(from, to, subject, body);
    }
}
