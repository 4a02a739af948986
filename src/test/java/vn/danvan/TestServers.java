package vn.danvan;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The servers the application talks to, started once per test JVM before the context: a real SMTP server
 * (GreenMail) and a local OIDC provider. Their addresses go into the context's properties.
 */
public class TestServers implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    public static final OidcStandIn OIDC;

    private static final int MAIL_PORT;

    static {
        mail.start();
        MAIL_PORT = mail.getSmtp().getPort();
        OIDC = OidcStandIn.start();
    }

    public static GreenMail mail() {
        return mail;
    }

    /** The SMTP server goes down: connections to its port are refused until {@link #startMail()}. */
    public static synchronized void stopMail() {
        mail.stop();
    }

    /** The SMTP server comes back on the same port, empty. */
    public static synchronized void startMail() {
        mail = new GreenMail(new ServerSetup(MAIL_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String registration = "spring.security.oauth2.client.registration.vneid.";
        TestPropertyValues.of(
                        "spring.mail.host=127.0.0.1",
                        "spring.mail.port=" + MAIL_PORT,
                        registration + "client-id=" + OidcStandIn.CLIENT_ID,
                        registration + "client-secret=" + OidcStandIn.CLIENT_SECRET,
                        registration + "client-name=VNeID",
                        registration + "scope=openid,profile,email",
                        registration + "redirect-uri={baseUrl}/portal/login/oauth2/code/{registrationId}",
                        "spring.security.oauth2.client.provider.vneid.issuer-uri=" + OIDC.issuer())
                .applyTo(context);
    }
}
