package vn.danvan.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where danvan keeps what does not belong in the database: the embedded PostgreSQL cluster and
 * attachments. Set by {@code DANVAN_HOME}; {@code ./var} by default.
 */
@ConfigurationProperties("danvan")
public record DanvanHome(Path home) {

    public DanvanHome {
        home = (home == null ? Path.of("var") : home).toAbsolutePath().normalize();
    }

    public Path resolve(String child) {
        return home.resolve(child);
    }
}
