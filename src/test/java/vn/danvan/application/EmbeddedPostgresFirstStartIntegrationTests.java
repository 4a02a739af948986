package vn.danvan.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A new embedded cluster never lets anyone in without the password, not even between initdb and the first
 * rewrite of {@code pg_hba.conf}: the server is looked at here straight after zonky started it, before danvan
 * touched it.
 */
class EmbeddedPostgresFirstStartIntegrationTests {

    @Test
    void aNewClusterAsksForThePasswordFromItsFirstMoment(@TempDir Path home) throws Exception {
        Path secrets = Files.createDirectories(home.resolve("secrets"));
        Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString("rwx------"));
        Path passwordFile = secrets.resolve(EmbeddedPostgresPassword.SECRET);
        String password = EmbeddedPostgresPassword.generate();
        Files.writeString(passwordFile, password + "\n");
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));

        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(home.resolve("postgres"))
                .setCleanDataDirectory(true)
                .setConnectConfig("password", password);
        EmbeddedPostgresConfiguration.asksForThePasswordFromInitdb(builder, passwordFile);

        try (EmbeddedPostgres postgres = builder.start()) {
            var source = new PGSimpleDataSource();
            source.setServerNames(new String[] {"localhost"});
            source.setPortNumbers(new int[] {postgres.getPort()});
            source.setDatabaseName("postgres");
            source.setUser("postgres");
            assertThatThrownBy(source::getConnection)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
            source.setPassword("not-the-password");
            assertThatThrownBy(source::getConnection)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
            source.setPassword(password);
            try (var connection = source.getConnection();
                    var result = connection.createStatement().executeQuery("select current_user")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getString(1)).isEqualTo("postgres");
            }
        }
    }
}
