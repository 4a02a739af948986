package vn.danvan.organization.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.danvan.organization.AdministrativeUnitImport;
import vn.danvan.shared.DomainException;

/**
 * Imports administrative units at start-up (after Flyway has migrated the database) when asked on
 * the command line:
 * {@code --danvan.import.provinces=provinces.csv --danvan.import.communes=communes.csv}, optionally
 * {@code --danvan.import.valid-from=2025-07-01} and {@code --danvan.import.exit=true} to stop after
 * importing. Provinces are imported before communes.
 */
@Component
public class AdministrativeUnitImportRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministrativeUnitImportRunner.class);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final AdministrativeUnitImport unitImport;
    private final Environment environment;
    private final MessageSource messages;
    private final ApplicationContext context;

    public AdministrativeUnitImportRunner(
            AdministrativeUnitImport unitImport,
            Environment environment,
            MessageSource messages,
            ApplicationContext context) {
        this.unitImport = unitImport;
        this.environment = environment;
        this.messages = messages;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        String provinces = environment.getProperty("danvan.import.provinces");
        String communes = environment.getProperty("danvan.import.communes");
        LocalDate validFrom = environment.getProperty(
                "danvan.import.valid-from", LocalDate.class, AdministrativeUnitImport.REFORM_DATE);
        boolean exit = environment.getProperty("danvan.import.exit", Boolean.class, false);
        if (provinces == null && communes == null) {
            if (exit) {
                log.warn(
                        "danvan.import.exit=true but neither danvan.import.provinces nor danvan.import.communes is set");
                System.exit(SpringApplication.exit(context));
            }
            return;
        }
        try {
            if (provinces != null) {
                importFile(Path.of(provinces), stream -> unitImport.importProvinces(stream, validFrom));
            }
            if (communes != null) {
                importFile(Path.of(communes), stream -> unitImport.importCommunes(stream, validFrom));
            }
        } catch (DomainException e) {
            String message = messages.getMessage(e.code(), e.arguments(), e.code(), VIETNAMESE);
            log.error("Import of administrative units failed, nothing was written: {}", message);
            throw new IllegalStateException("Import of administrative units failed: " + message, e);
        }
        if (exit) {
            System.exit(SpringApplication.exit(context));
        }
    }

    private interface Importer {
        AdministrativeUnitImport.ImportResult from(InputStream stream);
    }

    private void importFile(Path file, Importer importer) {
        try (InputStream stream = Files.newInputStream(file)) {
            var result = importer.from(stream);
            log.info(
                    "Imported {} from {}: {} added, {} updated, {} unchanged",
                    result.level(),
                    file,
                    result.added(),
                    result.updated(),
                    result.unchanged());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
