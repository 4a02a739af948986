package vn.danvan.organization;

import jakarta.annotation.PostConstruct;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.organization.domain.UnitRecord;
import vn.danvan.organization.persistence.AdministrativeUnits;
import vn.danvan.organization.persistence.CsvReader;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.VietnameseText;

/**
 * Imports the official list of provinces and communes (QĐ 19/2025/QĐ-TTg codes) from CSV. A file is
 * imported whole or not at all: every row is checked before anything is written, and any bad row
 * fails the import with an error naming its line. Importing the same file twice changes nothing; a
 * changed name updates the unit's current row. Units missing from a file are left alone: closing a
 * unit is a separate, deliberate act ({@link OrganizationAdministration#closeUnit}).
 *
 * <p>Accepted headers (column order is free, extra columns are ignored):
 * provinces {@code code,name,name_en,full_name,full_name_en,type,type_name}; communes the same plus
 * {@code province_code}; and the older communes format {@code code,name,full_name,type_name,province_code}.
 * The official list itself ships with the application and is loaded into a new database ({@link #loadIfEmpty}).
 */
@Service
public class AdministrativeUnitImport {

    /** The day the two-tier structure and its codes took effect (19/2025/QĐ-TTg). */
    public static final LocalDate REFORM_DATE = LocalDate.of(2025, 7, 1);

    /** What an import did. */
    public record ImportResult(UnitLevel level, int added, int updated, int unchanged) {

        public int total() {
            return added + updated + unchanged;
        }
    }

    private static final Pattern PROVINCE_CODE = Pattern.compile("\\d{2}");
    private static final Pattern COMMUNE_CODE = Pattern.compile("\\d{5}");
    private static final Set<String> PROVINCE_TYPES = Set.of("tinh", "thanh_pho_truc_thuoc_trung_uong");
    private static final Set<String> COMMUNE_TYPES = Set.of("xa", "phuong", "dac_khu");

    private static final Logger log = LoggerFactory.getLogger(AdministrativeUnitImport.class);

    private final AdministrativeUnits units;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final boolean loadOnStart;

    AdministrativeUnitImport(
            AdministrativeUnits units,
            AuditTrail audit,
            TransactionTemplate transactions,
            @Value("${danvan.units.load-on-start:true}") boolean loadOnStart) {
        this.units = units;
        this.audit = audit;
        this.transactions = transactions;
        this.loadOnStart = loadOnStart;
    }

    /**
     * A new database gets the official list shipped with the application ({@code admin-units/} on the classpath,
     * with its source and licence) as soon as this service exists: before any component that imports or reads
     * units is ready, and before the start-up runners (demo data among them).
     */
    @PostConstruct
    void loadTheOfficialListIntoANewDatabase() {
        if (loadOnStart) {
            loadIfEmpty();
        }
    }

    /**
     * Loads the official provinces and communes shipped with the application when there is no unit at all, in one
     * transaction; whether it did. A database with units is left alone: updates come by import. Of two instances
     * starting on a new database, one loads and the other, waiting on the same advisory lock, finds the units.
     */
    public boolean loadIfEmpty() {
        Boolean loaded = transactions.execute(status -> {
            if (!units.noneYetLocked()) {
                return false;
            }
            var provinces = importShipped(UnitLevel.PROVINCE, "provinces.csv");
            var communes = importShipped(UnitLevel.COMMUNE, "communes.csv");
            log.info(
                    "Loaded the official administrative units into a new database: {} provinces, {} communes",
                    provinces.added(),
                    communes.added());
            return true;
        });
        return Boolean.TRUE.equals(loaded);
    }

    private ImportResult importShipped(UnitLevel level, String file) {
        try (InputStream csv = new ClassPathResource("admin-units/" + file).getInputStream()) {
            return importUnits(level, csv, REFORM_DATE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read admin-units/" + file + " from the classpath", e);
        }
    }

    @Transactional
    public ImportResult importProvinces(InputStream csv, LocalDate validFrom) {
        return importUnits(UnitLevel.PROVINCE, csv, validFrom);
    }

    @Transactional
    public ImportResult importProvinces(InputStream csv) {
        return importUnits(UnitLevel.PROVINCE, csv, REFORM_DATE);
    }

    @Transactional
    public ImportResult importCommunes(InputStream csv, LocalDate validFrom) {
        return importUnits(UnitLevel.COMMUNE, csv, validFrom);
    }

    @Transactional
    public ImportResult importCommunes(InputStream csv) {
        return importUnits(UnitLevel.COMMUNE, csv, REFORM_DATE);
    }

    private ImportResult importUnits(UnitLevel level, InputStream csv, LocalDate validFrom) {
        List<CsvReader.Row> rows = CsvReader.read(utf8(csv));
        if (rows.isEmpty()) {
            throw DomainException.invalid("organization.import.empty");
        }
        Header header = Header.of(level, rows.getFirst());
        Map<String, AdministrativeUnits.Stored> current = units.currentByCode(level);
        Set<String> retired = units.retiredCodes(level);
        Set<String> provinces = level == UnitLevel.COMMUNE
                ? units.currentByCode(UnitLevel.PROVINCE).keySet()
                : Set.of();

        Map<String, Integer> seen = new HashMap<>();
        Map<String, UnitRecord> added = new LinkedHashMap<>();
        List<AdministrativeUnits.Stored> changed = new ArrayList<>();
        int unchanged = 0;
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            String line = String.valueOf(row.line());
            if (row.fields().size() != header.size()) {
                throw DomainException.invalid(
                        "organization.import.column-count",
                        line,
                        String.valueOf(row.fields().size()),
                        String.valueOf(header.size()));
            }
            UnitRecord unit = header.unit(row, provinces);
            Integer earlier = seen.putIfAbsent(unit.code(), row.line());
            if (earlier != null) {
                throw DomainException.invalid(
                        "organization.import.duplicate-code", line, unit.code(), String.valueOf(earlier));
            }
            if (retired.contains(unit.code())) {
                throw DomainException.invalid("organization.import.code-retired", line, unit.code());
            }
            AdministrativeUnits.Stored existing = current.get(unit.code());
            if (existing == null) {
                added.put(unit.code(), unit);
                continue;
            }
            UnitRecord merged = header.keepingAbsentColumns(unit, existing.unit());
            if (merged.equals(existing.unit())) {
                unchanged++;
            } else {
                changed.add(new AdministrativeUnits.Stored(existing.id(), merged));
            }
        }
        units.insertAll(level, validFrom, added.values());
        units.updateAll(changed);
        var result = new ImportResult(level, added.size(), changed.size(), unchanged);
        audit.record(
                "units.imported",
                "administrative_unit",
                level.name(),
                Map.of(
                        "added",
                        result.added(),
                        "updated",
                        result.updated(),
                        "unchanged",
                        result.unchanged(),
                        "validFrom",
                        validFrom.toString()));
        return result;
    }

    private static String utf8(InputStream csv) {
        try {
            byte[] bytes = csv.readAllBytes();
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw DomainException.invalid("organization.import.not-utf8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where each known column is in a file, and how a row of it becomes a unit. */
    private record Header(UnitLevel level, Map<String, Integer> columns, int size) {

        static Header of(UnitLevel level, CsvReader.Row row) {
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < row.fields().size(); i++) {
                columns.putIfAbsent(row.fields().get(i).strip().toLowerCase(Locale.ROOT), i);
            }
            List<String> required = level == UnitLevel.COMMUNE
                    ? List.of("code", "name", "full_name", "province_code")
                    : List.of("code", "name", "full_name");
            for (String column : required) {
                if (!columns.containsKey(column)) {
                    throw DomainException.invalid("organization.import.missing-column", column);
                }
            }
            if (!columns.containsKey("type") && !columns.containsKey("type_name")) {
                throw DomainException.invalid("organization.import.missing-column", "type");
            }
            return new Header(level, Map.copyOf(columns), row.fields().size());
        }

        UnitRecord unit(CsvReader.Row row, Set<String> provinces) {
            String line = String.valueOf(row.line());
            String code = required(row, "code");
            Pattern codes = level == UnitLevel.PROVINCE ? PROVINCE_CODE : COMMUNE_CODE;
            if (!codes.matcher(code).matches()) {
                throw DomainException.invalid(
                        level == UnitLevel.PROVINCE
                                ? "organization.import.bad-province-code"
                                : "organization.import.bad-commune-code",
                        line,
                        code);
            }
            String typeName = optional(row, "type_name");
            String type = optional(row, "type");
            if (type == null) {
                type = typeName == null ? null : VietnameseText.fold(typeName).replace(' ', '_');
            }
            if (type == null) {
                throw DomainException.invalid("organization.import.missing-value", line, "type");
            }
            if (!(level == UnitLevel.PROVINCE ? PROVINCE_TYPES : COMMUNE_TYPES).contains(type)) {
                throw DomainException.invalid("organization.import.bad-type", line, type);
            }
            String provinceCode = null;
            if (level == UnitLevel.COMMUNE) {
                provinceCode = required(row, "province_code");
                if (!provinces.contains(provinceCode)) {
                    throw DomainException.invalid("organization.import.unknown-province", line, provinceCode);
                }
            }
            return new UnitRecord(
                    code,
                    required(row, "name"),
                    optional(row, "name_en"),
                    required(row, "full_name"),
                    optional(row, "full_name_en"),
                    type,
                    typeName,
                    provinceCode);
        }

        /** The incoming unit, with the columns this file does not have taken from the stored unit. */
        UnitRecord keepingAbsentColumns(UnitRecord incoming, UnitRecord stored) {
            return new UnitRecord(
                    incoming.code(),
                    incoming.name(),
                    columns.containsKey("name_en") ? incoming.nameEn() : stored.nameEn(),
                    incoming.fullName(),
                    columns.containsKey("full_name_en") ? incoming.fullNameEn() : stored.fullNameEn(),
                    incoming.unitType(),
                    columns.containsKey("type_name") ? incoming.typeName() : stored.typeName(),
                    incoming.provinceCode());
        }

        private String required(CsvReader.Row row, String column) {
            String value = optional(row, column);
            if (value == null) {
                throw DomainException.invalid("organization.import.missing-value", String.valueOf(row.line()), column);
            }
            return value;
        }

        private @Nullable String optional(CsvReader.Row row, String column) {
            Integer index = columns.get(column);
            if (index == null) {
                return null;
            }
            String value = VietnameseText.canonical(row.fields().get(index));
            return value.isEmpty() ? null : value;
        }
    }
}
