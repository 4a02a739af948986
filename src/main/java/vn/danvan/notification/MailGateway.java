package vn.danvan.notification;

/** Sends one e-mail or throws; the dispatcher retries what throws. */
public interface MailGateway {

    void send(String from, String to, String subject, String body) throws Exception;
}
