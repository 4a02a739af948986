package vn.danvan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The backup drill of the operators' guide, on the embedded database: {@code bin/backup} while the application
 * runs and takes submissions, the home lost, {@code bin/restore} into an empty home, and the application
 * started on it finds every petition acknowledged before the backup, the attachments and the keys.
 */
class BackupDrillIntegrationTests {

    Path folder;
    DanvanProcess application;

    @AfterEach
    void stop() throws Exception {
        if (application != null) {
            application.close();
        }
        FileSystemUtils.deleteRecursively(folder);
    }

    @Test
    void aBackupTakenWhileTheApplicationRunsRestoresEveryPetitionAndAttachmentIntoAnEmptyHome() throws Exception {
        folder = Files.createTempDirectory("danvan-backup");
        Path home = folder.resolve("home");
        application = DanvanProcess.start(home);
        String apiKey = application.issueApiKey();
        Set<String> before = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            before.add(application.firstAcknowledged(apiKey));
        }
        byte[] evidence = new byte[200_000];
        new SecureRandom().nextBytes(evidence);
        Path attachment = home.resolve("attachments/drill/evidence.pdf");
        Files.createDirectories(attachment.getParent());
        Files.write(attachment, evidence);
        String identityKey = Files.readString(home.resolve("secrets/identity.key"));
        long petitions = application
                .database()
                .sql("select count(*) from petition.petition")
                .query(Long.class)
                .single();

        run(home, "bin/backup", folder.resolve("backups").toString());
        long stopping = System.nanoTime();
        application.close();
        // A stop used to wait out the pool's 30 s connection timeout when PostgreSQL went down before the beans
        // that still use it (zonky's own shutdown hook racing Spring's).
        assertThat(Duration.ofNanos(System.nanoTime() - stopping))
                .as("the operator's stop (SIGTERM): the database stops after the beans that use it, at once")
                .isLessThan(Duration.ofSeconds(20));
        assertThat(application.logLines())
                .as("no bean found the database gone while the application stopped")
                .noneMatch(line -> line.contains("Invocation of destroy method failed"));
        FileSystemUtils.deleteRecursively(home);
        Path backup;
        try (Stream<Path> made = Files.list(folder.resolve("backups"))) {
            backup = made.findFirst().orElseThrow();
        }
        run(home, "bin/restore", backup.toString());

        application.start();
        assertThat(application.missing(before))
                .as("petitions lost by the drill")
                .isEmpty();
        assertThat(application
                        .database()
                        .sql("select count(*) from petition.petition")
                        .query(Long.class)
                        .single())
                .isEqualTo(petitions);
        assertThat(Files.readAllBytes(attachment)).isEqualTo(evidence);
        assertThat(Files.readString(home.resolve("secrets/identity.key"))).isEqualTo(identityKey);
        assertThat(DanvanProcess.acknowledged(application.send(application.submission(apiKey))))
                .isPresent();
    }

    private static void run(Path home, String script, String argument) throws Exception {
        var process = new ProcessBuilder(List.of(script, argument)).redirectErrorStream(true);
        process.environment().put("DANVAN_HOME", home.toString());
        process.environment().remove("SPRING_DATASOURCE_URL");
        Process running = process.start();
        String output = new String(running.getInputStream().readAllBytes());
        assertThat(running.waitFor(5, TimeUnit.MINUTES)).isTrue();
        System.out.print(output);
        assertThat(running.exitValue()).as(script + " said:\n" + output).isZero();
    }
}
