package vn.danvan.application;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;
import vn.danvan.shared.DanvanHome;

/**
 * Starts a real PostgreSQL server from the zonky Maven artifact when no external database is
 * configured ({@code spring.datasource.url} unset). zonky runs initdb and postgres inside a user
 * namespace, so this works as root too, where a plain PostgreSQL refuses to start.
 * <p>
 * The server is durable unless told otherwise: zonky starts PostgreSQL with {@code -F} (no fsync) and
 * {@code synchronous_commit=off}, which lose acknowledged transactions when the machine or the server dies, so
 * fsync, synchronous commit and full-page writes are switched back on here. It listens on the loopback only,
 * and a kept server asks for the password of {@link EmbeddedPostgresPassword}. A server left running by an
 * application that was killed is shut down first ({@link OrphanedPostmaster}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoExternalDatabase.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    /** What the embedded server runs with before {@code danvan.embedded-postgres.server[…]} is applied. */
    static final Map<String, String> DEFAULTS = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on",
            "listen_addresses", "localhost",
            "timezone", "UTC");

    /**
     * @param ephemeral a fresh cluster in a temporary folder, dropped at exit (tests), instead of
     *        {@code $DANVAN_HOME/postgres}
     * @param server PostgreSQL settings for the embedded server, e.g.
     *        {@code danvan.embedded-postgres.server[shared_buffers]=2GB}; they win over {@link #DEFAULTS}
     *        (durable: {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on, loopback only)
     */
    @ConfigurationProperties("danvan.embedded-postgres")
    record EmbeddedPostgresSettings(
            boolean ephemeral,
            int port,
            int maxConnections,
            @Nullable Map<String, String> server) {

        Map<String, String> serverConfig() {
            Map<String, String> config = new LinkedHashMap<>(DEFAULTS);
            config.put("max_connections", String.valueOf(Math.max(maxConnections, 50)));
            if (server != null) {
                config.putAll(server);
            }
            return config;
        }
    }

    /** The role's password: kept under {@code $DANVAN_HOME} for a kept server, none for an ephemeral one. */
    record Credentials(String password) {}

    @Bean
    Credentials embeddedPostgresCredentials(DanvanHome home, EmbeddedPostgresSettings settings) {
        return new Credentials(
                settings.ephemeral()
                        ? ""
                        : home.secret(EmbeddedPostgresPassword.SECRET, EmbeddedPostgresPassword::generate));
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(DanvanHome home, EmbeddedPostgresSettings settings, Credentials credentials)
            throws IOException {
        String password = credentials.password();
        // Recovery after a crash replays the WAL written since the last checkpoint: give it time.
        var builder = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofMinutes(5));
        // Stopped by this bean's close, after the beans that use the database; zonky's own JVM shutdown hook would
        // stop it while Spring is still closing the context, and a bean that writes on close (the event
        // publication registry) then waits out the pool's 30 s connection timeout.
        builder.setRegisterShutdownHook(false);
        settings.serverConfig().forEach(builder::setServerConfig);
        if (settings.port() > 0) {
            builder.setPort(settings.port());
        }
        if (!settings.ephemeral()) {
            Path dataDirectory = home.resolve("postgres");
            Files.createDirectories(dataDirectory.getParent());
            OrphanedPostmaster.stopIfRunning(dataDirectory);
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        }
        if (!password.isEmpty()) {
            asksForThePasswordFromInitdb(builder, home.resolve("secrets").resolve(EmbeddedPostgresPassword.SECRET));
            builder.setConnectConfig("password", password); // zonky's own connections (the start-up check)
        }
        EmbeddedPostgres postgres = builder.start();
        if (!password.isEmpty()) {
            EmbeddedPostgresPassword.require(postgres, password);
        }
        log.info(
                "Embedded PostgreSQL listening on localhost:{} ({}, fsync={}, synchronous_commit={})",
                postgres.getPort(),
                settings.ephemeral() ? "ephemeral" : "data in " + home.resolve("postgres"),
                settings.serverConfig().get("fsync"),
                settings.serverConfig().get("synchronous_commit"));
        return postgres;
    }

    /**
     * A new cluster asks for the password from its first moment: zonky's initdb writes {@code trust} for every local
     * connection, and its options end with the builder's "locale" entries, so {@code --auth} given there wins and
     * {@code --pwfile} sets the role's password from the kept secret (its first line). An existing cluster ignores
     * both; {@link EmbeddedPostgresPassword#require} then keeps {@code pg_hba.conf} as it should be.
     */
    static void asksForThePasswordFromInitdb(EmbeddedPostgres.Builder builder, Path passwordFile) {
        builder.setLocaleConfig("auth", "scram-sha-256");
        builder.setLocaleConfig("pwfile", passwordFile.toString());
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, Credentials credentials) {
        String password = credentials.password();
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        if (!password.isEmpty()) {
            dataSource.setPassword(password);
        }
        dataSource.setMaximumPoolSize(20);
        dataSource.setPoolName("danvan-embedded");
        return dataSource;
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
