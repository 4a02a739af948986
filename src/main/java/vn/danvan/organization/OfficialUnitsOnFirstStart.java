package vn.danvan.organization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the official provinces and communes shipped with the application ({@code admin-units/} on the
 * classpath, with their source and licence) when the database has no unit yet, so that a new deployment
 * has the whole country without an import. A database with units is left alone: updates come by import
 * ({@code /admin/units} or {@code --danvan.import.*}). Runs before the other start-up runners (demo data
 * among them); {@code danvan.units.load-on-start=false} turns it off.
 */
@Component
@Order(0)
class OfficialUnitsOnFirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OfficialUnitsOnFirstStart.class);

    private final AdministrativeUnits units;
    private final AdministrativeUnitImport unitImport;
    private final TransactionTemplate transactions;
    private final boolean enabled;

    OfficialUnitsOnFirstStart(AdministrativeUnits units, AdministrativeUnitImport unitImport,
            TransactionTemplate transactions, Environment environment) {
        this.units = units;
        this.unitImport = unitImport;
        this.transactions = transactions;
        this.enabled = environment.getProperty("danvan.units.load-on-start", Boolean.class, true);
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (enabled) {
            loadIfEmpty();
        }
    }

    /** Loads the shipped list in one transaction if there is no unit yet; whether it did. */
    boolean loadIfEmpty() {
        Boolean loaded = transactions.execute(status -> {
            if (!units.noneYetLocked()) {
                return false;
            }
            var provinces = load("provinces.csv", stream -> unitImport.importProvinces(stream));
            var communes = load("communes.csv", stream -> unitImport.importCommunes(stream));
            log.info("Loaded the official administrative units into a new database: {} provinces, {} communes",
                    provinces.added(), communes.added());
            return true;
        });
        return Boolean.TRUE.equals(loaded);
    }

    private interface Importer {
        AdministrativeUnitImport.ImportResult from(InputStream stream);
    }

    private static AdministrativeUnitImport.ImportResult load(String file, Importer importer) {
        try (InputStream stream = new ClassPathResource("admin-units/" + file).getInputStream()) {
            return importer.from(stream);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read admin-units/" + file + " from the classpath", e);
        }
    }
}
