package vn.danvan.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.shared.DomainException;

/**
 * Imports the full official list (shipped on the classpath under admin-units/). The database
 * is shared by every test in the JVM, so each test first brings the units to the current official
 * list, which the import makes idempotent, and uses its own codes for anything it creates.
 */
@DanvanIntegrationTest
class AdministrativeUnitImportIntegrationTests {

    @Autowired
    AdministrativeUnitImport unitImport;

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    static InputStream file(String name) {
        try {
            return new ClassPathResource("admin-units/" + name).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream text(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void importTheOfficialList() {
        unitImport.importProvinces(file("provinces.csv"));
        unitImport.importCommunes(file("communes.csv"));
    }

    int rowCount() {
        return jdbc.sql("select count(*) from organization.administrative_unit")
                .query(Integer.class)
                .single();
    }

    @Test
    void theOfficialListHas34ProvincesAnd3321Communes() {
        assertThat(directory.provinces()).hasSize(34);
        assertThat(directory.province("01")).hasValueSatisfying(hanoi -> {
            assertThat(hanoi.fullName()).isEqualTo("Thành phố Hà Nội");
            assertThat(hanoi.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        });
        assertThat(directory.countCommunes("")).isEqualTo(3321);
        assertThat(directory.communeCountsByProvince())
                .containsEntry("79", 168)
                .containsEntry("01", 126)
                .hasSize(34);
        assertThat(directory.commune("00004"))
                .hasValueSatisfying(commune -> assertThat(commune.fullName()).isEqualTo("Phường Ba Đình"));
    }

    @Test
    void importingTheSameFilesAgainChangesNothing() {
        int rows = rowCount();
        var provinces = unitImport.importProvinces(file("provinces.csv"));
        var communes = unitImport.importCommunes(file("communes.csv"));
        assertThat(provinces).isEqualTo(new AdministrativeUnitImport.ImportResult(UnitLevel.PROVINCE, 0, 0, 34));
        assertThat(communes).isEqualTo(new AdministrativeUnitImport.ImportResult(UnitLevel.COMMUNE, 0, 0, 3321));
        assertThat(rowCount()).isEqualTo(rows);
    }

    @Test
    void theFullCommuneListImportsInACoupleOfSeconds() {
        long start = System.nanoTime();
        unitImport.importCommunes(file("communes_2025-07-01.csv"));
        unitImport.importCommunes(file("communes.csv"));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4_000);
    }

    @Test
    void theOlderCommuneListAndTheCurrentOneDifferIn202NamesAndSearchFindsBothSpellings() {
        var older = unitImport.importCommunes(file("communes_2025-07-01.csv"));
        assertThat(older).isEqualTo(new AdministrativeUnitImport.ImportResult(UnitLevel.COMMUNE, 0, 202, 3119));
        assertThat(directory.commune("00175"))
                .hasValueSatisfying(commune -> assertThat(commune.fullName()).isEqualTo("Phường Yên Hòa"));
        assertThat(directory.searchCommunes("Yên Hoà", 0, 10))
                .extracting(AdministrativeUnit::code)
                .contains("00175");

        var current = unitImport.importCommunes(file("communes.csv"));
        assertThat(current).isEqualTo(new AdministrativeUnitImport.ImportResult(UnitLevel.COMMUNE, 0, 202, 3119));
        assertThat(directory.commune("00175"))
                .hasValueSatisfying(commune -> assertThat(commune.fullName()).isEqualTo("Phường Yên Hoà"));
        assertThat(directory.commune("00745"))
                .hasValueSatisfying(commune -> assertThat(commune.name()).isEqualTo("Phố Bảng"));
        for (String spelling : List.of("Yên Hòa", "Yên Hoà", "yen hoa", "YÊN HOÀ")) {
            assertThat(directory.searchCommunes(spelling, 0, 10))
                    .extracting(AdministrativeUnit::code)
                    .as(spelling)
                    .contains("00175");
        }
        assertThat(directory.countCommunes("hoa"))
                .isEqualTo(directory.countCommunes("hòa"))
                .isEqualTo(directory.countCommunes("hoà"))
                .isGreaterThan(100);
    }

    @Test
    void namesAreStoredInNfcWhateverTheFileUses() {
        String decomposed = java.text.Normalizer.normalize("Hà Nội", java.text.Normalizer.Form.NFD);
        unitImport.importProvinces(text("code,name,full_name,type_name\n01," + decomposed + ",Thành phố Hà Nội,"
                + "Thành phố trực thuộc trung ương\n"));
        assertThat(directory.province("01"))
                .hasValueSatisfying(hanoi -> assertThat(hanoi.name()).isEqualTo("Hà Nội"));
    }

    @Test
    void aFileWithOneBadRowWritesNothingAndTheErrorNamesTheLine() {
        int rows = rowCount();
        String csv = """
                code,name,name_en,full_name,full_name_en,type,type_name,province_code
                00004,Ba Đình Mới,Ba Dinh,Phường Ba Đình Mới,Ba Dinh Ward,phuong,Phường,01
                99001,Thử Nghiệm,Thu Nghiem,"Xã Thử Nghiệm, mới",Thu Nghiem Commune,xa,Xã,01
                1234,Sai Mã,Sai Ma,Xã Sai Mã,Sai Ma Commune,xa,Xã,01
                """;
        assertThatThrownBy(() -> unitImport.importCommunes(text(csv)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("organization.import.bad-commune-code");
                    assertThat(messages.getMessage(e.code(), e.arguments(), Locale.forLanguageTag("vi")))
                            .isEqualTo("Dòng 4: mã xã \"1234\" không hợp lệ (phải gồm đúng 5 chữ số).");
                });
        assertThat(rowCount()).isEqualTo(rows);
        assertThat(directory.commune("00004"))
                .hasValueSatisfying(commune -> assertThat(commune.name()).isEqualTo("Ba Đình"));
        assertThat(directory.commune("99001")).isEmpty();
    }

    @Test
    void aCommuneOfAnUnknownProvinceIsRejected() {
        String csv = "code,name,full_name,type_name,province_code\n99002,Thử,Xã Thử,Xã,98\n";
        assertThatThrownBy(() -> unitImport.importCommunes(text(csv)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("organization.import.unknown-province");
                    assertThat(e.arguments()).containsExactly("2", "98");
                });
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRejected() {
        assertThatThrownBy(() -> unitImport.importProvinces(text("code,name\n01,Hà Nội\n")))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("organization.import.missing-column"));
    }

    @Test
    void aClosedUnitRecordsItsSuccessorsAndItsCodeIsNeverReused() {
        unitImport.importCommunes(text("""
                code,name,full_name,type_name,province_code
                99101,Cũ Một,Xã Cũ Một,Xã,96
                99102,Cũ Hai,Xã Cũ Hai,Xã,96
                """));
        unitImport.importCommunes(text("""
                code,name,full_name,type_name,province_code
                99103,Hợp Nhất,Xã Hợp Nhất,Xã,96
                """), LocalDate.of(2026, 5, 1));

        var closed = administration.closeUnit(UnitLevel.COMMUNE, "99101", LocalDate.of(2026, 4, 30), List.of("99103"));
        administration.closeUnit(UnitLevel.COMMUNE, "99102", LocalDate.of(2026, 4, 30), List.of("99103"));

        assertThat(closed.validTo()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(directory.commune("99101")).isEmpty();
        assertThat(directory.successorsOf(UnitLevel.COMMUNE, "99101"))
                .extracting(AdministrativeUnit::code)
                .containsExactly("99103");
        assertThat(jdbc.sql(
                                "select count(*) from organization.unit_succession us join organization.administrative_unit s"
                                        + " on s.id = us.successor_id where s.code = '99103' and us.effective_on = date '2026-05-01'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql(
                                "select count(*) from shared.audit_event where action = 'unit.closed' and details->>'code' = '99101'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThatThrownBy(() -> unitImport.importCommunes(
                        text("code,name,full_name,type_name,province_code\n99101,Cũ Một,Xã Cũ Một,Xã,96\n")))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("organization.import.code-retired"));

        administration.closeUnit(UnitLevel.COMMUNE, "99103", LocalDate.of(2026, 12, 31));
        assertThat(directory.countCommunes("")).isEqualTo(3321);
    }

    @Test
    void aSuccessorMustBeValidWhenTheMergerTakesEffect() {
        unitImport.importCommunes(text("code,name,full_name,type_name,province_code\n99201,Lẻ,Xã Lẻ,Xã,96\n"));
        assertThatThrownBy(() -> administration.closeUnit(
                        UnitLevel.COMMUNE, "99201", LocalDate.of(2026, 4, 30), List.of("99299")))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("organization.unit.unknown-successor"));
        assertThat(directory.commune("99201")).isPresent();
        administration.closeUnit(UnitLevel.COMMUNE, "99201", LocalDate.of(2026, 4, 30));
    }
}
