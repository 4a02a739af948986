package vn.danvan.notification;

/**
 * Sends a short text to a phone number — SMS through an operator's gateway, or a Zalo OA message. A
 * province plugs in its contracted provider as a bean of this type; the default only writes a log line.
 */
public interface TextMessageSender {

    void send(String phone, String text) throws Exception;
}
