package vn.danvan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanApplication;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.TestServers;

/**
 * The small version of {@code bench/run}: 30,000 petitions over the 3,321 communes in a database of its
 * own on the test's PostgreSQL, and each benchmark for a few rounds, so that the generator and the
 * benchmarks keep working. No timing is asserted here; the figures are in docs/performance.md. (30,000 rather
 * than the 100,000 of earlier rounds: the generator's output is proportional, the checks below hold alike, and
 * the whole country's land cases still reach the queue benchmark's page 500; it saves half a minute of CI.)
 */
@DanvanIntegrationTest
class BenchmarkSmokeIntegrationTests {

    static final long PETITIONS = 30_000;

    static final Path UNITS = Path.of(System.getProperty("danvan.units", "src/main/resources/admin-units"));

    @Autowired
    DataSource dataSource;

    @Test
    void theGeneratorFillsTheCountryAndEveryBenchmarkRuns() throws Exception {
        assertThat(Files.exists(UNITS.resolve("communes.csv")))
                .as("the official units at " + UNITS.toAbsolutePath())
                .isTrue();
        HikariDataSource main = (HikariDataSource) dataSource;
        JdbcClient server = JdbcClient.create(main);
        server.sql("drop database if exists bench_smoke with (force)").update();
        server.sql("create database bench_smoke").update();
        String url = main.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/bench_smoke$1");
        try (var app = new SpringApplicationBuilder(DanvanApplication.class)
                .profiles("test")
                .initializers(new TestServers())
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + main.getUsername(),
                        "--spring.datasource.password=" + (main.getPassword() == null ? "" : main.getPassword()))) {
            // Intake from wrk beside pgbench where they are installed (as on the benchmark machine), else in-process.
            boolean external = Benchmarks.available("wrk") && Benchmarks.available("pgbench");
            var results = BenchRun.run(
                    app,
                    new BenchRun.Settings(
                            PETITIONS, 42, UNITS, 10, 3, 4, Duration.ofSeconds(2), java.util.Set.of(), external));

            assertThat(results.generated().communes()).isEqualTo(3_321);
            assertThat(results.generated().bodies()).isEqualTo(3_321 + 34 * 3);
            assertThat(results.generated().visits())
                    .as("a visit for ten petitions")
                    .isEqualTo(PETITIONS / 10);
            JdbcClient bench = JdbcClient.create(app.getBean(DataSource.class));
            assertThat(bench.sql("select count(distinct state) from petition.petition")
                            .query(Integer.class)
                            .single())
                    .as("every state")
                    .isEqualTo(vn.danvan.petition.PetitionState.values().length);
            assertThat(bench.sql("select count(*) from petition.petition where overdue_flagged_on is not null")
                            .query(Long.class)
                            .single())
                    .as("overdue cases")
                    .isPositive();
            // Over the generator's rows only (the first ones of the fresh database): how many petitions the intake
            // benchmark adds after them depends on the machine's speed.
            assertThat(bench.sql("""
                    select (count(*) filter (where field_code = 'LAND'))::float / count(*)
                    from (select field_code from petition.petition order by id limit ?) generated
                    """).param(PETITIONS).query(Double.class).single())
                    .as("land disputes dominate")
                    .isBetween(0.45, 0.65);
            assertThat(bench.sql("select count(*) from petition.petition where field_code = 'LAND'")
                            .query(Long.class)
                            .single())
                    .as("the whole country's land cases fill the queue benchmark's page 500 (20 a page)")
                    .isGreaterThan(500 * 20);
            assertThat(bench.sql("select count(*) from reception.visit where delegation")
                            .query(Long.class)
                            .single())
                    .isPositive();

            assertThat(results.report().measured().samples()).isEqualTo(10);
            assertThat(results.queue())
                    .hasSize(7)
                    .anySatisfy(pair -> assertThat(pair.measured().name()).contains("home page"))
                    .anySatisfy(pair -> assertThat(pair.measured().name()).contains("GET /home"))
                    .anySatisfy(pair -> assertThat(pair.measured().name()).contains("hot-spot watch"));
            assertThat(results.queue())
                    .filteredOn(pair -> !pair.measured().name().contains("hot-spot watch"))
                    .allSatisfy(pair -> assertThat(pair.measured().samples()).isEqualTo(3));
            assertThat(results.intake().requests()).isPositive();
            assertThat(results.intake().errors()).isZero();
            assertThat(results.insertBaseline().requests()).isPositive();
            if (external) {
                assertThat(results.petitionInsertBaseline().requests()).isPositive();
                assertThat(results.httpFloor().requests()).isPositive();
                assertThat(results.apiWithToken().requests()).isPositive();
                assertThat(results.apiWithToken().errors()).isZero();
            }
            // The open loop runs whether or not wrk is installed (its own load generator): at the run's rate, no timing
            // asserted, every request sent or counted as failed.
            assertThat(results.openFloor().result().requests()).isPositive();
            assertThat(results.openApi().result().requests()).isPositive();
            String markdown = BenchRun.markdown(results, 0);
            System.out.println(markdown);
            assertThat(markdown).contains("report (Biểu 02)", "intake over HTTP", "open loop (constant arrival rate");
        } finally {
            server.sql("drop database if exists bench_smoke with (force)").update();
        }
    }
}
