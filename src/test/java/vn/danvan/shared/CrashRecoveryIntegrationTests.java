package vn.danvan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.util.FileSystemUtils;

/**
 * Nothing acknowledged is lost: the application runs as deployed (its own JVM, a kept {@code $DANVAN_HOME},
 * the default settings), client systems submit through Open311 at once, and in the middle of it the
 * application is killed, then the application and its PostgreSQL together. After each restart on the same
 * home every submission that was answered 201 is in the database. The restart after the first crash also
 * proves that a PostgreSQL left running by a killed application is taken over.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryIntegrationTests {

    private static final int CLIENTS = 12;

    static Path folder;
    static DanvanProcess application;
    static String apiKey;

    @BeforeAll
    static void theApplicationRunsOnAKeptHome() throws Exception {
        folder = Files.createTempDirectory("danvan-crash");
        List<String> arguments = new java.util.ArrayList<>();
        // -Ddanvan.crash-test.arguments=--a=b,--c=d runs the same crashes with other settings (e.g. the old
        // fsync=off and synchronous_commit=off, which lose acknowledged submissions here)
        String more = System.getProperty("danvan.crash-test.arguments", "");
        if (!more.isBlank()) {
            arguments.addAll(List.of(more.split(",")));
        }
        application = DanvanProcess.start(folder.resolve("home"), arguments.toArray(String[]::new));
        apiKey = application.issueApiKey();
    }

    @AfterAll
    static void stop() throws Exception {
        if (application != null) {
            application.close();
        }
        FileSystemUtils.deleteRecursively(folder);
    }

    @Test
    @Order(1)
    void theDefaultRunIsDurableAndAsksForAPassword() throws Exception {
        var withoutPassword = new PGSimpleDataSource();
        withoutPassword.setServerNames(new String[] {"127.0.0.1"});
        withoutPassword.setPortNumbers(new int[] {application.databasePort()});
        withoutPassword.setDatabaseName("postgres");
        withoutPassword.setUser("postgres");
        assertThatThrownBy(withoutPassword::getConnection)
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
        withoutPassword.setPassword("not-the-password");
        assertThatThrownBy(withoutPassword::getConnection)
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");

        var database = application.database();
        assertThat(database.sql(
                                "select current_setting('fsync') || ' ' || current_setting('synchronous_commit') || ' '"
                                        + "|| current_setting('full_page_writes') || ' ' || current_setting('listen_addresses')")
                        .query(String.class)
                        .single())
                .isEqualTo("on on on localhost");
        assertThat(Files.getPosixFilePermissions(folder.resolve("home/secrets/postgres.password")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    @Order(2)
    void everyAcknowledgedSubmissionSurvivesAKilledApplication() throws Exception {
        nothingAcknowledgedIsLostAfter(application::killApplication);
    }

    @Test
    @Order(3)
    void everyAcknowledgedSubmissionSurvivesAKilledApplicationAndDatabase() throws Exception {
        nothingAcknowledgedIsLostAfter(application::killApplicationAndDatabase);
    }

    private static void nothingAcknowledgedIsLostAfter(Crash crash) throws Exception {
        Set<String> acknowledged = submitUntil(crash);
        application.start();
        assertThat(missing(acknowledged)).as("acknowledged submissions lost").isEmpty();
    }

    interface Crash {
        void now() throws Exception;
    }

    /** Clients submit at once; when 200 have been acknowledged, the crash comes while they go on. */
    private static Set<String> submitUntil(Crash crash) throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        var enough = new CountDownLatch(200);
        var running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            clients.submit(() -> {
                while (running.get()) {
                    try {
                        DanvanProcess.acknowledged(application.send(application.submission(apiKey)))
                                .ifPresent(code -> {
                                    acknowledged.add(code);
                                    enough.countDown();
                                });
                    } catch (Exception refusedOrCut) {
                        // the application is gone
                    }
                }
                return null;
            });
        }
        boolean reached = enough.await(60, TimeUnit.SECONDS);
        crash.now();
        Instant end = Instant.now().plusSeconds(1);
        while (Instant.now().isBefore(end)) {
            Thread.sleep(50);
        }
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(reached).as("200 submissions acknowledged before the crash").isTrue();
        return acknowledged;
    }

    private static Set<String> missing(Set<String> acknowledged) throws Exception {
        Set<String> missing = application.missing(acknowledged);
        System.out.printf(
                "Crash: %d acknowledged, %d found after restart%n",
                acknowledged.size(), acknowledged.size() - missing.size());
        return missing;
    }
}
