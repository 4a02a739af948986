package vn.danvan.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.DanvanIntegrationTest;

/**
 * The official units are shipped with the application and loaded into a new database as the application starts. The test database
 * is shared by the whole JVM and had them from its start; the empty database is made, and given back, in
 * one rolled-back transaction, which is cheaper than starting an application on a database of its own.
 */
@DanvanIntegrationTest
class OfficialUnitsIntegrationTests {

    @Autowired
    AdministrativeUnitImport firstStart;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTestDatabaseHadTheWholeCountryFromItsFirstStartWithoutAnImport() {
        assertThat(directory.province("46"))
                .hasValueSatisfying(hue -> assertThat(hue.name()).isEqualTo("Huế"));
        assertThat(directory.commune("19789"))
                .hasValueSatisfying(ward -> assertThat(ward.fullName()).isEqualTo("Phường Thuận Hoá"));
        assertThat(directory.countCommunes("")).isGreaterThanOrEqualTo(3321);
    }

    @Test
    void anEmptyDatabaseGets34ProvincesAnd3321CommunesOnceAndADatabaseWithUnitsIsLeftAlone() {
        assertThat(firstStart.loadIfEmpty()).isFalse();
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("truncate organization.administrative_unit cascade").update();
            assertThat(count("PROVINCE")).isZero();

            assertThat(firstStart.loadIfEmpty()).isTrue();
            assertThat(count("PROVINCE")).isEqualTo(34);
            assertThat(count("COMMUNE")).isEqualTo(3321);

            assertThat(firstStart.loadIfEmpty()).isFalse();
            assertThat(count("COMMUNE")).isEqualTo(3321);
        });
    }

    private int count(String level) {
        return jdbc.sql("select count(*) from organization.administrative_unit where level = ?")
                .param(level)
                .query(Integer.class)
                .single();
    }
}
