package vn.danvan.organization.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.WebSession;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.OrganizationAdministration;
import vn.danvan.organization.Role;
import vn.danvan.organization.UnitLevel;

/**
 * A new version may move a class whose objects a signed-in session keeps in PostgreSQL: a session written by the
 * old version must send its person to sign in again, not fail every request until it expires.
 */
@DanvanIntegrationTest
class UnreadableSessionPageTests {

    private static final String PASSWORD = "mật-khẩu-đủ-dài";

    @LocalServerPort
    int port;

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSessionWhoseStoredSignInCannotBeReadAsksToSignInAgainInsteadOfFailing() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long body = administration
                .addBody(
                        "TTS-" + suffix,
                        "Thanh tra " + suffix,
                        BodyKind.INSPECTORATE,
                        UnitLevel.PROVINCE,
                        "46",
                        null,
                        null)
                .id();
        String username = "cb-" + suffix;
        administration.addStaff(username, PASSWORD, "Cán Bộ", null, body, EnumSet.of(Role.CASE_HANDLER), false);
        WebSession browser = WebSession.signedIn(port, username, PASSWORD);
        assertThat(browser.get("/petitions").statusCode()).isEqualTo(200);

        // What an older version wrote: bytes this version's classes cannot read back.
        int corrupted = jdbc.sql("""
                update spring_session_attributes set attribute_bytes = '\\xaced0005737200186f6c642e76657273696f6e2e5072696e636970616c'::bytea
                where session_primary_id in (select primary_id from spring_session where principal_name = ?)
                """).param(username).update();
        assertThat(corrupted).isPositive();

        var answer = browser.get("/petitions");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.uri().getPath()).isEqualTo("/login");

        browser.login(username, PASSWORD);
        var again = browser.get("/petitions");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.uri().getPath()).isEqualTo("/petitions");
    }
}
