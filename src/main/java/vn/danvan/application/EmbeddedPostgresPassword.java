package vn.danvan.application;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The password of the embedded server's {@code postgres} role. zonky's initdb lets every local connection in
 * without one ({@code trust}); at every start the role gets the password kept in
 * {@code $DANVAN_HOME/secrets/postgres.password} (generated on first start) and {@code pg_hba.conf} is
 * rewritten to ask for it (scram-sha-256) on every connection, TCP from this machine only or the socket.
 */
final class EmbeddedPostgresPassword {

    static final String SECRET = "postgres.password";

    private static final String HBA = """
            # Written by danvan at every start of its embedded server: every connection gives the password
            # (scram-sha-256, kept in $DANVAN_HOME/secrets/postgres.password), and only from this machine.
            local   all             all                                     scram-sha-256
            host    all             all             127.0.0.1/32            scram-sha-256
            host    all             all             ::1/128                 scram-sha-256
            local   replication     all                                     scram-sha-256
            host    replication     all             127.0.0.1/32            scram-sha-256
            host    replication     all             ::1/128                 scram-sha-256
            """;

    private EmbeddedPostgresPassword() {}

    static String generate() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Sets {@code password} on the role and makes the server ask for it from now on. */
    static void require(EmbeddedPostgres postgres, String password) throws IOException {
        var source = new PGSimpleDataSource();
        source.setServerNames(new String[] {"localhost"});
        source.setPortNumbers(new int[] {postgres.getPort()});
        source.setDatabaseName("postgres");
        source.setUser("postgres");
        source.setPassword(password);
        try (Connection connection = source.getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("set password_encryption = 'scram-sha-256'");
            // A generated password is base64url: no quote to escape.
            sql.execute("alter role postgres password '" + password + "'");
            Path hba;
            try (var result = sql.executeQuery("show hba_file")) {
                result.next();
                hba = Path.of(result.getString(1));
            }
            if (!Files.exists(hba) || !Files.readString(hba).equals(HBA)) {
                Files.writeString(hba, HBA);
                sql.execute("select pg_reload_conf()");
            }
        } catch (SQLException refused) {
            throw new IllegalStateException(
                    "The embedded PostgreSQL refuses the password kept in secrets/" + SECRET
                            + " under DANVAN_HOME (was the file replaced?): " + refused.getMessage(),
                    refused);
        }
    }
}
